#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace jiahu::cli {

/// Reading a file or standard input with a limit: never more than the limit plus one byte, so a
/// device or pipe that never ends (/dev/zero) cannot exhaust memory, and a size the file system
/// reports wrongly (0 for devices and pipes) does not matter.
class FileInput {
public:
    /// Up to maxBytes + 1 bytes of the file at `path`. More than maxBytes in the result means
    /// the file is larger than allowed; the caller says so in its own words.
    static Result<QByteArray> readAtMost(const QString& path, qint64 maxBytes);
    /// The same from standard input.
    static Result<QByteArray> readStdinAtMost(qint64 maxBytes);
};

} // namespace jiahu::cli
