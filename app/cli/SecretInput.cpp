#include "SecretInput.h"

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace jiahu::cli {

namespace {
constexpr size_t kMaxSecretBytes = 1024;

/// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

Result<SecureBytes> SecretInput::readLine(bool echoOff, const QString& prompt)
{
    if (!prompt.isEmpty()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    std::optional<EchoOff> quiet;
    if (echoOff)
        quiet.emplace();
    SecureBytes buffer(kMaxSecretBytes + 1);
    size_t n = 0;
    bool sawNewline = false;
    while (true) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
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
    if (m_fromStdin)
        return readLine(false, {});
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::InvalidArgument,
                         tr("There is no terminal to ask for the password. Pass it on standard "
                            "input with --password-stdin."));
    return readLine(true, prompt);
}

Result<SecureBytes> SecretInput::readNew(const QString& prompt, const QString& repeatPrompt)
{
    auto first = read(prompt);
    if (!first.ok() || m_fromStdin)
        return first;
    auto second = read(repeatPrompt);
    if (!second.ok())
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords differ."));
    return first;
}

} // namespace jiahu::cli
