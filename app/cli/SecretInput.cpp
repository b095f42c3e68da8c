#include "SecretInput.h"

#include "TextOutput.h"

#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace jiahu::cli {

namespace {
constexpr size_t kMaxSecretBytes = 1024;

/// Turns echo off on a terminal for its lifetime.
class EchoOff {
public:
    EchoOff(int fd, int newlineFd) : m_fd(fd), m_newlineFd(newlineFd)
    {
        if (tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
            [[maybe_unused]] const ssize_t n = ::write(m_newlineFd, "\n", 1);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    int m_newlineFd;
    termios m_saved{};
    bool m_active = false;
};

/// Closes a file descriptor it opened.
class OwnedFd {
public:
    explicit OwnedFd(int fd) : m_fd(fd) {}
    ~OwnedFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OwnedFd(const OwnedFd&) = delete;
    OwnedFd& operator=(const OwnedFd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};
} // namespace

Result<SecureBytes> SecretInput::readLine(int fd, bool echoOff, const QString& prompt, int promptFd)
{
    // Echo goes off before the prompt shows, so nothing typed after it can be echoed or lost.
    std::optional<EchoOff> quiet;
    if (echoOff)
        quiet.emplace(fd, promptFd);
    if (!prompt.isEmpty()) {
        std::fflush(stderr);
        const QByteArray bytes = TextOutput::escapeControls(prompt).toUtf8();
        [[maybe_unused]] const ssize_t n =
            ::write(promptFd, bytes.constData(), size_t(bytes.size()));
    }
    SecureBytes buffer(kMaxSecretBytes + 1);
    size_t n = 0;
    bool sawNewline = false;
    while (true) {
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got <= 0)
            break;
        if (c == '\n') {
            sawNewline = true;
            break;
        }
        if (n > kMaxSecretBytes)
            return makeError(ErrorCode::InvalidArgument, tr("The password is too long."));
        buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    if (n == 0 && !sawNewline)
        return makeError(ErrorCode::InvalidArgument,
                         tr("No password was given on standard input."));
    return SecureBytes::copyOf(QByteArrayView(buffer.constChars(), qsizetype(n)));
}

Result<SecureBytes> SecretInput::read(const QString& prompt)
{
    switch (m_source) {
    case Source::Stdin:
        return readLine(STDIN_FILENO, false, {}, STDERR_FILENO);
    case Source::Terminal:
        if (!isatty(STDIN_FILENO))
            return makeError(ErrorCode::InvalidArgument,
                             tr("There is no terminal to ask for the password. Pass it on "
                                "standard input with --password-stdin."));
        return readLine(STDIN_FILENO, true, prompt, STDERR_FILENO);
    case Source::ControllingTerminal: {
        const OwnedFd tty(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC));
        if (tty.get() < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("There is no terminal to ask for the password, and "
                                "standard input holds the text to record: give the text "
                                "in a file instead."));
        return readLine(tty.get(), true, prompt, tty.get());
    }
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown secret source"));
}

Result<SecureBytes> SecretInput::readNew(const QString& prompt, const QString& repeatPrompt)
{
    auto first = read(prompt);
    if (!first.ok() || m_source == Source::Stdin)
        return first;
    auto second = read(repeatPrompt);
    if (!second.ok())
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords differ."));
    return first;
}

} // namespace jiahu::cli
