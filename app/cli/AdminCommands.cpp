// The database, users, keys and the audit log: init, doctor, user list|add|remove|passwd,
// recovery reset, rekey, backup, restore, audit verify|list.
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "crypto/Keyring.h"
#include "services/AuditLog.h"
#include "services/UserAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

int init(Invocation& run)
{
    const QString admin = run.options.text("admin", run.userName());
    if (admin.isEmpty())
        return run.usage(CliApp::tr("Name the first administrator with --admin NAME."));
    auto password = run.secrets().readNew(CliApp::tr("New password for %1: ").arg(admin),
                                          CliApp::tr("Repeat the password: "));
    if (!password.ok())
        return run.fail(password.error());
    Vault::CreateOptions options;
    options.databasePath = run.databasePath();
    options.adminName = admin;
    options.adminDisplayName = run.options.text("display-name");
    options.kdf = run.kdf();
    auto created = Vault::create(options, password.value());
    if (!created.ok())
        return run.fail(created.error());
    const QString code = QString::fromLatin1(created->recoveryCode.view());
    return run.output(
        QJsonObject{{QStringLiteral("database"), options.databasePath},
                    {QStringLiteral("administrator"), admin},
                    {QStringLiteral("recovery_code"), code}},
        {CliApp::tr("Created %1 with administrator %2.").arg(options.databasePath, admin),
         CliApp::tr("Recovery code (shown only now; print it and keep it locked away):"), QString(),
         QStringLiteral("    ") + code, QString()});
}

int doctor(Invocation& run)
{
    HealthReport report;
    if (run.options.isSet("refresh-derived")) {
        auto vault = run.unlock();
        if (!vault.ok())
            return run.fail(vault.error());
        if (auto st = vault.value()->refreshDerivedData(); !st.ok())
            return run.fail(st.error());
        report = vault.value()->checkHealth();
    } else if (run.options.isSet("recovery") || !run.userName().isEmpty()) {
        // Signs in without changing anything, also to a database known to be damaged.
        const bool recovery = run.options.isSet("recovery");
        auto secret =
            run.secrets().read(recovery ? CliApp::tr("Recovery code: ")
                                        : CliApp::tr("Password for %1: ").arg(run.userName()));
        if (!secret.ok())
            return run.fail(secret.error());
        auto checked =
            Vault::diagnose(run.databasePath(), run.userName(), secret.value(), recovery);
        if (!checked.ok())
            return run.fail(checked.error());
        report = checked.value();
    } else {
        report = Vault::inspectFiles(run.databasePath());
        report.ok(CliApp::tr("Sign in with --user to check the database's contents as well."));
    }
    QJsonArray findings;
    QStringList lines;
    for (const auto& f : report.findings) {
        findings.append(
            QJsonObject{{QStringLiteral("problem"), f.problem}, {QStringLiteral("text"), f.text}});
        lines << (f.problem ? CliApp::tr("PROBLEM: ") : CliApp::tr("ok: ")) + f.text;
    }
    run.output(QJsonObject{{QStringLiteral("healthy"), report.healthy()},
                           {QStringLiteral("findings"), findings}},
               lines);
    return report.healthy() ? CliApp::Ok : CliApp::Failure;
}

int userList(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto users = vault.value()->users();
    if (!users.ok())
        return run.fail(users.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const UserAccount& u : users.value()) {
        json.append(QJsonObject{{QStringLiteral("name"), u.name},
                                {QStringLiteral("display_name"), u.displayName},
                                {QStringLiteral("role"), Roles::id(u.role)}});
        rows << TextRow{u.name, Roles::displayName(u.role), u.displayName};
    }
    return run.outputRows(json, rows);
}

int userAdd(Invocation& run)
{
    const QString name = run.args[0];
    const Role role = *Roles::fromId(run.options.text("role"));
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto password = run.secrets().readNew(CliApp::tr("New password for %1: ").arg(name),
                                          CliApp::tr("Repeat the password: "));
    if (!password.ok())
        return run.fail(password.error());
    auto st = vault.value()->addUser({name, run.options.text("display-name"), role},
                                     password.value(), run.kdf());
    if (!st.ok())
        return run.fail(st.error());
    return run.output(
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), Roles::id(role)}},
        {CliApp::tr("Added %1 (%2).").arg(name, Roles::displayName(role))});
}

int userRemove(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto st = vault.value()->removeUser(run.args[0]);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(QJsonObject{{QStringLiteral("removed"), run.args[0]}},
                      {CliApp::tr("Removed %1 and replaced the database key.").arg(run.args[0])});
}

int userPasswd(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    const QString self = vault.value()->user().name;
    const QString target = run.args.value(0, self);
    auto password = run.secrets().readNew(CliApp::tr("New password for %1: ").arg(target),
                                          CliApp::tr("Repeat the password: "));
    if (!password.ok())
        return run.fail(password.error());
    auto st = target != self || vault.value()->isRecoverySession()
                  ? vault.value()->resetPassword(target, password.value(), run.kdf())
                  : vault.value()->changePassword(password.value(), run.kdf());
    if (!st.ok())
        return run.fail(st.error());
    return run.output(QJsonObject{{QStringLiteral("user"), target}},
                      {CliApp::tr("The password of %1 was changed.").arg(target)});
}

int recoveryReset(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto code = vault.value()->resetRecoveryCode(run.kdf());
    if (!code.ok())
        return run.fail(code.error());
    const QString text = QString::fromLatin1(code->view());
    return run.output(QJsonObject{{QStringLiteral("recovery_code"), text}},
                      {CliApp::tr("New recovery code (the old one no longer works):"), QString(),
                       QStringLiteral("    ") + text, QString()});
}

int rekey(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto st = vault.value()->rotateDataKey();
    if (!st.ok())
        return run.fail(st.error());
    return run.output(QJsonObject{{QStringLiteral("rekeyed"), true}},
                      {CliApp::tr("The database now has a new key.")});
}

int backup(Invocation& run)
{
    const QString dest = run.args[0];
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto st = vault.value()->backup(dest);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(
        QJsonObject{{QStringLiteral("backup"), dest},
                    {QStringLiteral("keyring"), Keyring::pathFor(dest)}},
        {CliApp::tr("Backup written to %1 and %2.").arg(dest, Keyring::pathFor(dest))});
}

int restore(Invocation& run)
{
    const QString source = run.args[0];
    const QString user = run.userName();
    if (user.isEmpty())
        return run.usage(CliApp::tr("Name the user with --user NAME."));
    auto password = run.secrets().read(CliApp::tr("Password for %1 in the backup: ").arg(user));
    if (!password.ok())
        return run.fail(password.error());
    // A backup of another database replaces this one only with one of its administrators.
    Vault::TargetAdministrator targetAdmin;
    std::optional<SecureBytes> targetPassword;
    if (run.options.isSet("target-user")) {
        targetAdmin.userName = run.options.text("target-user");
        auto second =
            run.secrets().read(CliApp::tr("Password for %1 in the database being replaced: ")
                                   .arg(targetAdmin.userName));
        if (!second.ok())
            return run.fail(second.error());
        targetPassword = std::move(second.value());
        targetAdmin.password = &*targetPassword;
    }
    auto aside = Vault::restore(source, run.databasePath(), user, password.value(), targetAdmin);
    if (!aside.ok())
        return run.fail(aside.error());
    QStringList lines{CliApp::tr("Restored %1 from %2.").arg(run.databasePath(), source)};
    if (!aside->isEmpty())
        lines << CliApp::tr("The database it replaced was kept as %1.").arg(aside.value());
    return run.output(QJsonObject{{QStringLiteral("restored"), run.databasePath()},
                                  {QStringLiteral("from"), source},
                                  {QStringLiteral("kept_as"), aside.value()}},
                      lines);
}

int auditVerify(Invocation& run)
{
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto v = vault.value()->verifyAudit();
    if (!v.ok())
        return run.fail(v.error());
    run.output(QJsonObject{{QStringLiteral("intact"), v->intact},
                           {QStringLiteral("entries"), double(v->entries)},
                           {QStringLiteral("first_bad_entry"), double(v->firstBadSeq)},
                           {QStringLiteral("problem"), v->problem}},
               {v->intact
                    ? CliApp::tr("The audit log is intact (%n entries).", nullptr, int(v->entries))
                    : v->problem});
    return v->intact ? CliApp::Ok : CliApp::Failure;
}

int auditList(Invocation& run)
{
    AuditFilter filter;
    filter.userName = run.options.text("by");
    filter.familyId = run.options.text("family");
    if (const QDate from = run.options.date("from"); from.isValid())
        filter.fromMs = from.startOfDay().toMSecsSinceEpoch();
    if (const QDate to = run.options.date("to"); to.isValid())
        filter.toMs = to.addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    filter.limit = int(run.options.integer("limit", filter.limit));
    filter.action = run.options.text("action");
    filter.newestFirst = run.options.isSet("newest-first");
    filter.after = run.options.text("after");
    auto vault = run.unlock();
    if (!vault.ok())
        return run.fail(vault.error());
    auto entries = vault.value()->auditEntries(filter);
    if (!entries.ok())
        return run.fail(entries.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const AuditEntry& e : entries->rows) {
        const QString when = QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODateWithMs);
        json.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                {QStringLiteral("at"), when},
                                {QStringLiteral("user"), e.record.userName},
                                {QStringLiteral("action"), e.record.action},
                                {QStringLiteral("entity"), e.record.entity},
                                {QStringLiteral("entity_id"), e.record.entityId},
                                {QStringLiteral("family_id"), e.record.familyId},
                                {QStringLiteral("reason"), e.record.reason},
                                {QStringLiteral("reason_hidden"), e.reasonHidden}});
        rows << TextRow{QString::number(e.seq),
                        when,
                        e.record.userName,
                        e.record.action,
                        e.record.entity + u' ' + e.record.entityId,
                        e.reasonHidden ? CliApp::tr("(reason not shown: case text)")
                                       : e.record.reason};
    }
    return run.outputPage("entries", json, rows, entries->next);
}

} // namespace jiahu::cli
