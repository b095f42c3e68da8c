#include "Invocation.h"

#include <QJsonObject>

#include "CliApp.h"

#include "services/FamilyService.h"

#include <QProcessEnvironment>

namespace jiahu::cli {

Invocation::Invocation(const Command& command, QStringList arguments, OptionValues options)
    : command(command), args(std::move(arguments)), options(std::move(options))
{
}

QString Invocation::databasePath() const
{
    return options.text("db",
                        QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_DB")));
}

QString Invocation::userName() const
{
    return options.text(
        "user", QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_USER")));
}

KdfParams Invocation::kdf() const
{
    const QString cost = options.text("kdf");
    if (cost == QLatin1String("sensitive"))
        return KdfParams::sensitive();
    if (cost == QLatin1String("interactive"))
        return KdfParams::interactive();
    return KdfParams::release();
}

SecretInput& Invocation::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<SecretInput>(
            options.isSet("password-stdin") ? SecretInput::Source::Stdin
            : options.readStdin()           ? SecretInput::Source::ControllingTerminal
                                            : SecretInput::Source::Terminal);
    return *m_secrets;
}

Result<std::unique_ptr<Vault>> Invocation::unlock()
{
    if (options.isSet("recovery")) {
        auto code = secrets().read(CliApp::tr("Recovery code: "));
        if (!code.ok())
            return code.error();
        return Vault::unlockWithRecoveryCode(databasePath(), code.value());
    }
    const QString user = userName();
    if (user.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CliApp::tr("Name the user with --user NAME."));
    auto password = secrets().read(CliApp::tr("Password for %1: ").arg(user));
    if (!password.ok())
        return password.error();
    return Vault::unlock(databasePath(), user, password.value());
}

Result<CaseContext> Invocation::openCase(const QString& familyKey)
{
    auto vault = unlock();
    if (!vault.ok())
        return vault.error();
    auto session = CaseSession::start(vault.value()->database(), vault.value()->user());
    if (!session.ok())
        return session.error();
    CaseContext ctx{std::move(vault.value()), std::move(session.value()), {}};
    if (!familyKey.isEmpty()) {
        auto family = FamilyService(*ctx.session).find(familyKey);
        if (!family.ok())
            return family.error();
        ctx.family = family.value();
    }
    return ctx;
}

int Invocation::fail(const Error& error)
{
    TextOutput::error(error.message);
    if (!error.detail.isEmpty())
        TextOutput::errorDetail(QStringLiteral("  (") + error.detail + u')');
    switch (error.code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::Throttled:
    case ErrorCode::PermissionDenied:
        return CliApp::AuthFailed;
    default:
        return CliApp::Failure;
    }
}

int Invocation::usage(const QString& message)
{
    return CliApp::usage(message, &command);
}

int Invocation::output(const QJsonValue& json, const QStringList& lines)
{
    if (this->json()) {
        TextOutput::json(json);
    } else {
        for (const QString& line : lines)
            TextOutput::line(line);
    }
    return CliApp::Ok;
}

int Invocation::outputRows(const QJsonValue& json, const QList<TextRow>& rows)
{
    if (this->json()) {
        TextOutput::json(json);
    } else {
        for (const TextRow& row : rows)
            TextOutput::row(row);
    }
    return CliApp::Ok;
}

int Invocation::outputPage(const char* key, const QJsonArray& json, QList<TextRow> rows,
                           const QString& next, std::optional<QString> countLine,
                           std::optional<qint64> count)
{
    QJsonObject object{{QString::fromLatin1(key), json}, {QStringLiteral("next"), next}};
    if (count)
        object.insert(QStringLiteral("count"), double(*count));
    if (countLine)
        rows.prepend(TextRow{*countLine});
    if (!next.isEmpty())
        rows << TextRow{CliApp::tr("next: %1").arg(next)};
    return outputRows(object, rows);
}

} // namespace jiahu::cli
