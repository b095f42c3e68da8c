#include "FileInput.h"

#include "CliApp.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace jiahu::cli {

namespace {
Error readError(const QString& name, int error)
{
    return makeError(ErrorCode::Io, CliApp::tr("Cannot read %1.").arg(name),
                     QString::fromLocal8Bit(std::strerror(error)));
}

/// Reads `fd` to its end or to maxBytes + 1 bytes, whichever comes first.
Result<QByteArray> readFd(int fd, const QString& name, qint64 maxBytes)
{
    const qint64 want = maxBytes + 1;
    QByteArray data(qMin<qint64>(want, 64 * 1024), Qt::Uninitialized);
    qint64 have = 0;
    while (have < want) {
        if (have == data.size())
            data.resize(qMin<qint64>(want, data.size() * 2));
        const ssize_t n = ::read(fd, data.data() + have, size_t(data.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return readError(name, errno);
        if (n == 0)
            break;
        have += n;
    }
    data.truncate(have);
    return data;
}
} // namespace

Result<QByteArray> FileInput::readAtMost(const QString& path, qint64 maxBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return readError(path, errno);
    auto data = readFd(fd, path, maxBytes);
    ::close(fd);
    return data;
}

Result<QByteArray> FileInput::readStdinAtMost(qint64 maxBytes)
{
    return readFd(STDIN_FILENO, CliApp::tr("standard input"), maxBytes);
}

} // namespace jiahu::cli
