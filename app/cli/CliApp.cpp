#include "CliApp.h"

#include "crypto/Keyring.h"
#include "services/UserAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>

namespace jiahu::cli {

namespace {
const QCommandLineOption kDb({QStringLiteral("d"), QStringLiteral("db")},
                             QStringLiteral("Database file (or $JIAHU_DB)."),
                             QStringLiteral("path"));
const QCommandLineOption kUser({QStringLiteral("u"), QStringLiteral("user")},
                               QStringLiteral("User name to sign in with (or $JIAHU_USER)."),
                               QStringLiteral("name"));
const QCommandLineOption kPasswordStdin(
    QStringLiteral("password-stdin"),
    QStringLiteral("Read passwords from standard input, one per line, instead of the terminal."));
const QCommandLineOption
    kTargetUser(QStringLiteral("target-user"),
                QStringLiteral("restore: an administrator of the database being replaced, when "
                               "the backup is of another database."),
                QStringLiteral("name"));
const QCommandLineOption
    kRecovery(QStringLiteral("recovery"),
              QStringLiteral("Sign in with the recovery code instead of a password."));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print results as JSON."));
const QCommandLineOption kLang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                               QStringLiteral("language"));
const QCommandLineOption kAdmin(QStringLiteral("admin"),
                                QStringLiteral("init: name of the first administrator."),
                                QStringLiteral("name"));
const QCommandLineOption kDisplayName(QStringLiteral("display-name"),
                                      QStringLiteral("Full name shown in the application."),
                                      QStringLiteral("text"));
const QCommandLineOption kRole(QStringLiteral("role"),
                               QStringLiteral("user add: administrator, caseworker, counselor, "
                                              "supervisor or liaison."),
                               QStringLiteral("role"));
const QCommandLineOption kFamily(QStringLiteral("family"),
                                 QStringLiteral("audit list: only entries about this family."),
                                 QStringLiteral("id"));
const QCommandLineOption
    kFrom(QStringLiteral("from"),
          QStringLiteral("audit list: from this date (YYYY-MM-DD, local time)."),
          QStringLiteral("date"));
const QCommandLineOption kTo(QStringLiteral("to"),
                             QStringLiteral("audit list: up to and including this date."),
                             QStringLiteral("date"));
const QCommandLineOption
    kLimit(QStringLiteral("limit"),
           QStringLiteral("audit list: at most this many entries (default 100)."),
           QStringLiteral("n"));
const QCommandLineOption kBy(QStringLiteral("by"),
                             QStringLiteral("audit list: only this user's entries."),
                             QStringLiteral("name"));
const QCommandLineOption kKdf(QStringLiteral("kdf"),
                              QStringLiteral("Password hashing cost for new keys: moderate "
                                             "(default, 256 MiB), sensitive (1 GiB) or "
                                             "interactive (64 MiB)."),
                              QStringLiteral("cost"));
} // namespace

CliApp::CliApp(const QStringList& arguments) : m_arguments(arguments)
{
    m_parser.setApplicationDescription(
        QStringLiteral("Jiahu command-line tool.\n\nCommands:\n"
                       "  init --admin NAME       create a database and its first administrator\n"
                       "  doctor                  check the database and keyring\n"
                       "  user list               list users\n"
                       "  user add NAME --role R  add a user\n"
                       "  user remove NAME        remove a user and rotate the data key\n"
                       "  user passwd [NAME]      change your password, or reset NAME's\n"
                       "  recovery reset          replace the recovery code\n"
                       "  rekey                   rotate the data key\n"
                       "  audit verify            check the audit log's hash chain\n"
                       "  audit list              audit entries (--by, --family, --from, --to)\n"
                       "  backup DEST             write an encrypted backup (and DEST.keyring)\n"
                       "  restore SRC             replace the database with a backup\n"
                       "                          (--target-user NAME when SRC is a backup of\n"
                       "                          another database)\n") +
        caseCommandHelp() +
        QStringLiteral("\nExit codes: 0 success, 1 failure, 2 usage error, 3 sign-in failed or "
                       "not permitted."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({kDb, kUser, kPasswordStdin, kRecovery, kJson, kLang, kAdmin, kDisplayName,
                         kRole, kKdf, kFamily, kFrom, kTo, kLimit, kBy, kTargetUser});
    m_parser.addOptions(caseCommandOptions());
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
}

void CliApp::print(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliApp::fail(const Error& error)
{
    std::fprintf(stderr, "jiahu-cli: %s\n", error.message.toLocal8Bit().constData());
    if (!error.detail.isEmpty())
        std::fprintf(stderr, "  (%s)\n", error.detail.toLocal8Bit().constData());
    switch (error.code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::Throttled:
    case ErrorCode::PermissionDenied:
        return AuthFailed;
    default:
        return Failure;
    }
}

int CliApp::usage(const QString& message)
{
    std::fprintf(stderr, "jiahu-cli: %s\n%s\n", message.toLocal8Bit().constData(),
                 tr("Run jiahu-cli --help for the commands.").toLocal8Bit().constData());
    return Usage;
}

QString CliApp::databasePath() const
{
    if (m_parser.isSet(kDb))
        return m_parser.value(kDb);
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_DB"));
}

std::optional<KdfParams> CliApp::kdfParams()
{
    const QString cost = m_parser.value(kKdf);
    if (cost.isEmpty() || cost == QLatin1String("moderate"))
        return KdfParams::release();
    if (cost == QLatin1String("sensitive"))
        return KdfParams::sensitive();
    if (cost == QLatin1String("interactive"))
        return KdfParams::interactive();
    return std::nullopt;
}

int CliApp::run()
{
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        print(m_parser.helpText());
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        print(QStringLiteral("jiahu-cli %1").arg(QLatin1String(JIAHU_VERSION)));
        return Ok;
    }
    m_secrets = std::make_unique<SecretInput>(m_parser.isSet(kPasswordStdin));
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("Name a command."));
    if (databasePath().isEmpty())
        return usage(tr("Name the database with --db PATH."));
    const QString verb = args.first();
    if (verb == QLatin1String("init"))
        return init();
    if (verb == QLatin1String("doctor"))
        return doctor();
    if (verb == QLatin1String("user") && args.value(1) != QLatin1String("scope"))
        return userCommand(args.mid(1));
    if (verb == QLatin1String("recovery"))
        return recoveryCommand(args.mid(1));
    if (verb == QLatin1String("rekey"))
        return rekey();
    if (verb == QLatin1String("audit"))
        return auditCommand(args.mid(1));
    if (verb == QLatin1String("user") && args.value(1) == QLatin1String("scope"))
        return scopeCommand(args.mid(2));
    if (const int code = caseCommand(verb, args.mid(1)); code >= 0)
        return code;
    if (verb == QLatin1String("backup") && args.size() == 2)
        return backup(args[1]);
    if (verb == QLatin1String("restore") && args.size() == 2)
        return restore(args[1]);
    return usage(tr("Unknown command or wrong arguments: %1").arg(args.join(u' ')));
}

Result<std::unique_ptr<Vault>> CliApp::unlock()
{
    if (m_parser.isSet(kRecovery)) {
        auto code = m_secrets->read(tr("Recovery code: "));
        if (!code.ok())
            return code.error();
        return Vault::unlockWithRecoveryCode(databasePath(), code.value());
    }
    QString user = m_parser.value(kUser);
    if (user.isEmpty())
        user = QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_USER"));
    if (user.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Name the user with --user NAME."));
    auto password = m_secrets->read(tr("Password for %1: ").arg(user));
    if (!password.ok())
        return password.error();
    return Vault::unlock(databasePath(), user, password.value());
}

int CliApp::init()
{
    const QString admin =
        m_parser.value(kAdmin).isEmpty() ? m_parser.value(kUser) : m_parser.value(kAdmin);
    if (admin.isEmpty())
        return usage(tr("Name the first administrator with --admin NAME."));
    const auto kdf = kdfParams();
    if (!kdf)
        return usage(tr("--kdf must be moderate, sensitive or interactive."));
    auto password =
        m_secrets->readNew(tr("New password for %1: ").arg(admin), tr("Repeat the password: "));
    if (!password.ok())
        return fail(password.error());
    Vault::CreateOptions options;
    options.databasePath = databasePath();
    options.adminName = admin;
    options.adminDisplayName = m_parser.value(kDisplayName);
    options.kdf = *kdf;
    auto created = Vault::create(options, password.value());
    if (!created.ok())
        return fail(created.error());
    const QString code = QString::fromLatin1(created->recoveryCode.view());
    if (m_parser.isSet(kJson)) {
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("database"), options.databasePath},
                                      {QStringLiteral("administrator"), admin},
                                      {QStringLiteral("recovery_code"), code}})
                .toJson(QJsonDocument::Compact)));
    } else {
        print(tr("Created %1 with administrator %2.").arg(options.databasePath, admin));
        print(tr("Recovery code (shown only now; print it and keep it locked away):"));
        print(QStringLiteral("\n    ") + code + u'\n');
    }
    return Ok;
}

int CliApp::doctor()
{
    HealthReport report;
    QString user = m_parser.value(kUser);
    if (user.isEmpty())
        user = QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_USER"));
    if (m_parser.isSet(kRecovery) || !user.isEmpty()) {
        // Signs in without changing anything, also to a database known to be damaged.
        const bool recovery = m_parser.isSet(kRecovery);
        auto secret =
            m_secrets->read(recovery ? tr("Recovery code: ") : tr("Password for %1: ").arg(user));
        if (!secret.ok())
            return fail(secret.error());
        auto checked = Vault::diagnose(databasePath(), user, secret.value(), recovery);
        if (!checked.ok())
            return fail(checked.error());
        report = checked.value();
    } else {
        report = Vault::inspectFiles(databasePath());
        report.ok(tr("Sign in with --user to check the database's contents as well."));
    }
    if (m_parser.isSet(kJson)) {
        QJsonArray findings;
        for (const auto& f : report.findings)
            findings.append(QJsonObject{{QStringLiteral("problem"), f.problem},
                                        {QStringLiteral("text"), f.text}});
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("healthy"), report.healthy()},
                                      {QStringLiteral("findings"), findings}})
                .toJson(QJsonDocument::Compact)));
    } else {
        for (const auto& f : report.findings)
            print((f.problem ? tr("PROBLEM: ") : tr("ok: ")) + f.text);
    }
    return report.healthy() ? Ok : Failure;
}

int CliApp::userCommand(const QStringList& args)
{
    if (args.isEmpty())
        return usage(tr("user needs list, add, remove or passwd."));
    const QString sub = args.first();
    if (sub == QLatin1String("add") && args.size() == 2) {
        const auto role = Roles::fromId(m_parser.value(kRole));
        if (!role)
            return usage(
                tr("--role must be one of: %1").arg(Roles::allIds().join(QStringLiteral(", "))));
        const auto kdf = kdfParams();
        if (!kdf)
            return usage(tr("--kdf must be moderate, sensitive or interactive."));
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        auto password = m_secrets->readNew(tr("New password for %1: ").arg(args[1]),
                                           tr("Repeat the password: "));
        if (!password.ok())
            return fail(password.error());
        auto st = vault.value()->addUser({args[1], m_parser.value(kDisplayName), *role},
                                         password.value(), *kdf);
        if (!st.ok())
            return fail(st.error());
        print(tr("Added %1 (%2).").arg(args[1], Roles::displayName(*role)));
        return Ok;
    }
    if (sub == QLatin1String("remove") && args.size() == 2) {
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        auto st = vault.value()->removeUser(args[1]);
        if (!st.ok())
            return fail(st.error());
        print(tr("Removed %1 and replaced the database key.").arg(args[1]));
        return Ok;
    }
    if (sub == QLatin1String("passwd") && args.size() <= 2) {
        const auto kdf = kdfParams();
        if (!kdf)
            return usage(tr("--kdf must be moderate, sensitive or interactive."));
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        const bool other = args.size() == 2 && args[1] != vault.value()->user().name;
        const QString target = args.size() == 2 ? args[1] : vault.value()->user().name;
        auto password = m_secrets->readNew(tr("New password for %1: ").arg(target),
                                           tr("Repeat the password: "));
        if (!password.ok())
            return fail(password.error());
        auto st = other || vault.value()->isRecoverySession()
                      ? vault.value()->resetPassword(target, password.value(), *kdf)
                      : vault.value()->changePassword(password.value(), *kdf);
        if (!st.ok())
            return fail(st.error());
        print(tr("The password of %1 was changed.").arg(target));
        return Ok;
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        auto users = vault.value()->users();
        if (!users.ok())
            return fail(users.error());
        if (m_parser.isSet(kJson)) {
            QJsonArray list;
            for (const UserAccount& u : users.value())
                list.append(QJsonObject{{QStringLiteral("name"), u.name},
                                        {QStringLiteral("display_name"), u.displayName},
                                        {QStringLiteral("role"), Roles::id(u.role)}});
            print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        } else {
            for (const UserAccount& u : users.value())
                print(QStringLiteral("%1\t%2\t%3")
                          .arg(u.name, Roles::displayName(u.role), u.displayName));
        }
        return Ok;
    }
    return usage(tr("Unknown user command: %1").arg(args.join(u' ')));
}

int CliApp::recoveryCommand(const QStringList& args)
{
    if (args != QStringList{QStringLiteral("reset")})
        return usage(tr("recovery needs: reset"));
    const auto kdf = kdfParams();
    if (!kdf)
        return usage(tr("--kdf must be moderate, sensitive or interactive."));
    auto vault = unlock();
    if (!vault.ok())
        return fail(vault.error());
    auto code = vault.value()->resetRecoveryCode(*kdf);
    if (!code.ok())
        return fail(code.error());
    print(tr("New recovery code (the old one no longer works):"));
    print(QStringLiteral("\n    ") + QString::fromLatin1(code->view()) + u'\n');
    return Ok;
}

int CliApp::rekey()
{
    auto vault = unlock();
    if (!vault.ok())
        return fail(vault.error());
    auto st = vault.value()->rotateDataKey();
    if (!st.ok())
        return fail(st.error());
    print(tr("The database now has a new key."));
    return Ok;
}

int CliApp::auditCommand(const QStringList& args)
{
    if (args == QStringList{QStringLiteral("verify")}) {
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        auto v = vault.value()->verifyAudit();
        if (!v.ok())
            return fail(v.error());
        if (m_parser.isSet(kJson)) {
            print(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("intact"), v->intact},
                                {QStringLiteral("entries"), double(v->entries)},
                                {QStringLiteral("first_bad_entry"), double(v->firstBadSeq)},
                                {QStringLiteral("problem"), v->problem}})
                    .toJson(QJsonDocument::Compact)));
        } else if (v->intact) {
            print(tr("The audit log is intact (%n entries).", nullptr, int(v->entries)));
        } else {
            print(v->problem);
        }
        return v->intact ? Ok : Failure;
    }
    if (args == QStringList{QStringLiteral("list")}) {
        AuditFilter filter;
        filter.userName = m_parser.value(kBy);
        filter.familyId = m_parser.value(kFamily);
        if (m_parser.isSet(kFrom) || m_parser.isSet(kTo)) {
            const QDate from = QDate::fromString(m_parser.value(kFrom), Qt::ISODate);
            const QDate to = QDate::fromString(m_parser.value(kTo), Qt::ISODate);
            if ((m_parser.isSet(kFrom) && !from.isValid()) ||
                (m_parser.isSet(kTo) && !to.isValid()))
                return usage(tr("Dates are written YYYY-MM-DD."));
            if (from.isValid())
                filter.fromMs = from.startOfDay().toMSecsSinceEpoch();
            if (to.isValid())
                filter.toMs = to.addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
        }
        if (m_parser.isSet(kLimit)) {
            bool ok = false;
            filter.limit = m_parser.value(kLimit).toInt(&ok);
            if (!ok || filter.limit < 1)
                return usage(tr("--limit needs a positive number."));
        }
        auto vault = unlock();
        if (!vault.ok())
            return fail(vault.error());
        auto entries = vault.value()->auditEntries(filter);
        if (!entries.ok())
            return fail(entries.error());
        QJsonArray list;
        for (const AuditEntry& e : entries.value()) {
            const QString when = QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODateWithMs);
            if (m_parser.isSet(kJson)) {
                list.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                        {QStringLiteral("at"), when},
                                        {QStringLiteral("user"), e.record.userName},
                                        {QStringLiteral("action"), e.record.action},
                                        {QStringLiteral("entity"), e.record.entity},
                                        {QStringLiteral("entity_id"), e.record.entityId},
                                        {QStringLiteral("family_id"), e.record.familyId},
                                        {QStringLiteral("reason"), e.record.reason}});
            } else {
                print(QStringLiteral("%1\t%2\t%3\t%4\t%5 %6\t%7")
                          .arg(e.seq)
                          .arg(when, e.record.userName, e.record.action, e.record.entity,
                               e.record.entityId, e.record.reason));
            }
        }
        if (m_parser.isSet(kJson))
            print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    return usage(tr("audit needs verify or list."));
}

int CliApp::backup(const QString& dest)
{
    auto vault = unlock();
    if (!vault.ok())
        return fail(vault.error());
    auto st = vault.value()->backup(dest);
    if (!st.ok())
        return fail(st.error());
    print(tr("Backup written to %1 and %2.").arg(dest, Keyring::pathFor(dest)));
    return Ok;
}

int CliApp::restore(const QString& source)
{
    QString user = m_parser.value(kUser);
    if (user.isEmpty())
        user = QProcessEnvironment::systemEnvironment().value(QStringLiteral("JIAHU_USER"));
    if (user.isEmpty())
        return usage(tr("Name the user with --user NAME."));
    auto password = m_secrets->read(tr("Password for %1 in the backup: ").arg(user));
    if (!password.ok())
        return fail(password.error());
    // A backup of another database replaces this one only with one of its administrators.
    Vault::TargetAdministrator targetAdmin;
    std::optional<SecureBytes> targetPassword;
    if (m_parser.isSet(kTargetUser)) {
        targetAdmin.userName = m_parser.value(kTargetUser);
        auto second = m_secrets->read(
            tr("Password for %1 in the database being replaced: ").arg(targetAdmin.userName));
        if (!second.ok())
            return fail(second.error());
        targetPassword = std::move(second.value());
        targetAdmin.password = &*targetPassword;
    }
    auto aside = Vault::restore(source, databasePath(), user, password.value(), targetAdmin);
    if (!aside.ok())
        return fail(aside.error());
    print(tr("Restored %1 from %2.").arg(databasePath(), source));
    if (!aside->isEmpty())
        print(tr("The database it replaced was kept as %1.").arg(aside.value()));
    return Ok;
}

} // namespace jiahu::cli
