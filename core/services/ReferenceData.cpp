#include "ReferenceData.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace jiahu {

Status ReferenceData::addTown(const QString& name, const QString& code)
{
    JIAHU_TRY(m_s.policy().requireAdministrator());
    JIAHU_TRY(TextRules::checkRequired(tr("Town"), name, 40));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (!codeRe.match(code).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A town code is 1 to 8 capital letters or digits, e.g. BSY."));
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto st = m_s.db().prepare("INSERT INTO towns(name, code) VALUES (?, ?);");
    if (!st.ok())
        return st.error();
    if (auto r = st->bindAll(name, code).exec(); !r.ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("The town or its code is already in the list."));
    m_s.noteChange(QStringLiteral("towns"), name);
    JIAHU_TRY(m_s.audit(QStringLiteral("town.add"), QStringLiteral("town"), name, {}));
    return tx->commit();
}

Result<QList<QPair<QString, QString>>> ReferenceData::towns()
{
    return fetchAll(m_s.db(), "SELECT name, code FROM towns ORDER BY code;", {},
                    [](const Statement& st) { return qMakePair(st.text(0), st.text(1)); });
}

Status ReferenceData::setFileNumberFormat(const QString& format)
{
    JIAHU_TRY(m_s.policy().requireAdministrator());
    JIAHU_TRY(TextRules::checkRequired(tr("File number format"), format, 60));
    static const QRegularExpression seq(QStringLiteral("\\{seq(:\\d)?\\}"));
    if (!seq.match(format).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The format must contain {seq} (or {seq:5} for five digits); it may "
                            "use {town} and {year}."));
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(MetaSettings(m_s.db()).set(QStringLiteral("file_number_format"), format));
    m_s.noteChange(QStringLiteral("meta"), QStringLiteral("file_number_format"));
    JIAHU_TRY(m_s.audit(QStringLiteral("settings.file_number_format"), QStringLiteral("meta"),
                        QStringLiteral("file_number_format"), {}, format));
    return tx->commit();
}

Result<FollowUpCadence> ReferenceData::cadence(Database& db)
{
    auto text = MetaSettings(db).value(QString::fromLatin1(FollowUpCadence::kSettingKey));
    if (!text.ok())
        return text.error();
    return FollowUpCadence::fromSetting(text.value());
}

Status ReferenceData::setCadence(const QString& spec)
{
    JIAHU_TRY(m_s.policy().requireAdministrator());
    auto current = cadence(m_s.db());
    if (!current.ok())
        return current.error();
    auto next = FollowUpCadence::parse(spec, current.value());
    if (!next.ok())
        return next.error();
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    const QString text = next->text();
    JIAHU_TRY(MetaSettings(m_s.db()).set(QString::fromLatin1(FollowUpCadence::kSettingKey), text));
    m_s.noteChange(QStringLiteral("meta"), QString::fromLatin1(FollowUpCadence::kSettingKey));
    JIAHU_TRY(m_s.audit(QStringLiteral("settings.follow_up_cadence"), QStringLiteral("meta"),
                        QStringLiteral("follow_up_cadence"), {}, text));
    return tx->commit();
}

Result<QString> ReferenceData::userId(const QString& userName)
{
    auto user = UserDirectory(m_s.db()).byName(userName);
    if (!user.ok())
        return user.error();
    return user->id;
}

Status ReferenceData::setScope(const QString& userName, const QString& kind,
                               const QStringList& values)
{
    return setScopes(userName, {{kind, values}});
}

Status ReferenceData::setScopes(const QString& userName, const QMap<QString, QStringList>& scopes)
{
    JIAHU_TRY(m_s.policy().requireAdministrator());
    auto id = userId(userName);
    if (!id.ok())
        return id.error();
    static const QStringList kinds = {QStringLiteral("town"), QStringLiteral("school"),
                                      QStringLiteral("agency"), QStringLiteral("case_role")};
    QMap<QString, QStringList> clean;
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        const QString& kind = it.key();
        if (!kinds.contains(kind))
            return makeError(ErrorCode::InvalidArgument,
                             tr("A scope is town, school, agency or case_role."));
        QStringList values;
        for (const QString& v : it.value())
            values << v.trimmed();
        if (kind == QLatin1String("agency") && values.size() > 1)
            return makeError(ErrorCode::InvalidArgument, tr("A liaison works for one agency."));
        if (kind == QLatin1String("case_role"))
            for (const QString& v : values)
                if (!Roles::fromId(v) || v == QLatin1String("administrator"))
                    return makeError(
                        ErrorCode::InvalidArgument,
                        tr("A case role is caseworker, counselor, supervisor or liaison."));
        for (const QString& v : values) {
            JIAHU_TRY(TextRules::checkRequired(tr("Scope"), v, TextRules::kShort));
            if (kind == QLatin1String("town") && v != QLatin1String("*")) {
                auto town = fetchOne(
                    m_s.db(), "SELECT 1 FROM towns WHERE name = ?;", {v},
                    [](const Statement&) { return true; }, tr("%1 is not a known town.").arg(v));
                if (!town.ok())
                    return town.error();
            }
        }
        clean.insert(kind, values);
    }
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    for (auto it = clean.begin(); it != clean.end(); ++it) {
        const QString& kind = it.key();
        auto del = m_s.db().prepare("DELETE FROM user_scopes WHERE user_id = ? AND kind = ?;");
        if (!del.ok())
            return del.error();
        JIAHU_TRY(del->bindAll(id.value(), kind).exec());
        auto ins = m_s.db().prepare("INSERT OR IGNORE INTO user_scopes(user_id, kind, value) "
                                    "VALUES (?, ?, ?);");
        if (!ins.ok())
            return ins.error();
        for (const QString& v : it.value())
            JIAHU_TRY(ins->bindAll(id.value(), kind, v).exec());
        m_s.noteChange(QStringLiteral("user_scopes"), id.value());
        JIAHU_TRY(m_s.audit(QStringLiteral("user.scope"), QStringLiteral("user"), id.value(), {},
                            kind + u'=' + it.value().join(u',')));
    }
    return tx->commit();
}

Result<Scope> ReferenceData::scopeOf(const QString& userName)
{
    auto id = userId(userName);
    if (!id.ok())
        return id.error();
    return CaseSession::loadScope(m_s.db(), id.value());
}

} // namespace jiahu
