#include "FileInput.h"

#include "CliApp.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace jiahu::cli {

QString FileInput::displayName(const QString& path)
{
    return path == QLatin1String("-") ? CliApp::tr("standard input") : path;
}

Result<QByteArray> FileInput::readAtMost(const QString& path, qint64 maxBytes)
{
    const bool fromStdin = path == QLatin1String("-");
    const int fd = fromStdin ? STDIN_FILENO
                             : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    auto failure = [&path](int error) {
        return makeError(ErrorCode::Io, CliApp::tr("Cannot read %1.").arg(displayName(path)),
                         QString::fromLocal8Bit(std::strerror(error)));
    };
    if (fd < 0)
        return failure(errno);
    const qint64 want = maxBytes + 1;
    QByteArray data(qMin<qint64>(want, 64 * 1024), Qt::Uninitialized);
    qint64 have = 0;
    while (have < want) {
        if (have == data.size())
            data.resize(qMin<qint64>(want, data.size() * 2));
        const ssize_t n = ::read(fd, data.data() + have, size_t(data.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            if (!fromStdin)
                ::close(fd);
            return failure(error);
        }
        if (n == 0)
            break;
        have += n;
    }
    if (!fromStdin)
        ::close(fd);
    data.truncate(have);
    return data;
}

} // namespace jiahu::cli
