#include "CaseSession.h"

#include "common/Uuid7.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"

#include <QDateTime>

namespace jiahu {

namespace {

/// This database's node id for HLC stamps, made on first use (two first uses at once agree).
Result<QString> nodeId(Database& db)
{
    MetaSettings meta(db);
    auto existing = meta.get(QStringLiteral("node_id"));
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return *existing.value();
    return meta.setIfAbsent(QStringLiteral("node_id"), QString::fromLatin1(SecureBytes::random(6).view().toByteArray().toHex()));
}

Result<Hlc> lastHlc(Database& db)
{
    auto st = db.prepare("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1;");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Hlc{};
    return Hlc::parse(st->text(0)).value_or(Hlc{});
}

} // namespace

Result<Scope> CaseSession::loadScope(Database& db, const QString& userId)
{
    auto st =
        db.prepare("SELECT kind, value FROM user_scopes WHERE user_id = ? ORDER BY kind, value;");
    if (!st.ok())
        return st.error();
    st->bindAll(userId);
    Scope scope;
    JIAHU_TRY(st->forEachRow([&] {
        const QString kind = st->text(0);
        const QString value = st->text(1);
        if (kind == QLatin1String("town")) {
            if (value == QLatin1String("*"))
                scope.allTowns = true;
            else
                scope.towns.append(value);
        } else if (kind == QLatin1String("school")) {
            scope.schools.append(value);
        } else if (kind == QLatin1String("agency")) {
            scope.agency = value;
        } else if (kind == QLatin1String("case_role")) {
            scope.caseRole = Roles::fromId(value);
        }
    }));
    return scope;
}

Result<std::unique_ptr<CaseSession>> CaseSession::start(Database& db, const UserAccount& user,
                                                        WallClock wall)
{
    wall = orSystemClock(std::move(wall));
    auto scope = loadScope(db, user.id);
    if (!scope.ok())
        return scope.error();
    auto node = nodeId(db);
    if (!node.ok())
        return node.error();
    auto last = lastHlc(db);
    if (!last.ok())
        return last.error();
    HybridClock clock(node.value(), wall, last.value());
    return std::unique_ptr<CaseSession>(
        new CaseSession(db, user, std::move(scope.value()), std::move(wall), std::move(clock)));
}

CaseSession::CaseSession(Database& db, UserAccount user, Scope scope, WallClock wall,
                         HybridClock clock)
    : m_db(db), m_user(std::move(user)), m_policy(m_user.role, std::move(scope)),
      m_wall(std::move(wall)), m_clock(std::move(clock)), m_audit(db)
{
}

QDate CaseSession::today() const
{
    return caseDate(m_wall());
}

Result<QString> CaseSession::insert(const QByteArray& table, const Fields& fields)
{
    const qint64 now = m_wall();
    const QString id = createUuid7(now).toString(QUuid::WithoutBraces);
    // OR ROLLBACK: a failed constraint ends the whole transaction (every service abandons it on
    // an error anyway), so SQLite needs no statement journal for statements that fire the
    // outbox triggers; SQLCipher would encrypt each journalled page once more. (Foreign keys are
    // DEFERRABLE INITIALLY DEFERRED for the same reason; they are checked at commit.)
    QByteArray sql =
        "INSERT OR ROLLBACK INTO " + table + "(id, created_at, updated_at, updated_by, hlc";
    QByteArray marks = "?, ?, ?, ?, ?";
    for (const auto& f : fields) {
        sql += ", " + f.first;
        marks += ", ?";
    }
    sql += ") VALUES (" + marks + ");";
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bindAll(id, now, now, m_user.id, m_clock.now().toString());
    int i = 5;
    for (const auto& f : fields)
        st->bind(++i, f.second);
    JIAHU_TRY(st->exec());
    return id;
}

Status CaseSession::update(const QByteArray& table, const QString& id, const Fields& fields)
{
    QByteArray sql = "UPDATE OR ROLLBACK " + table + " SET updated_at = ?, updated_by = ?, hlc = ?";
    for (const auto& f : fields)
        sql += ", " + f.first + " = ?";
    sql += " WHERE id = ?;";
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bindAll(m_wall(), m_user.id, m_clock.now().toString());
    int i = 3;
    for (const auto& f : fields)
        st->bind(++i, f.second);
    st->bind(++i, id);
    JIAHU_TRY(st->exec());
    if (st->changes() != 1)
        return makeError(ErrorCode::NotFound, tr("The record to change was not found."));
    return {};
}

Status CaseSession::audit(const QString& action, const QString& entity, const QString& entityId,
                          const QString& familyId, const QString& reason)
{
    return m_audit.append({m_user.id, m_user.name, action, entity, entityId, familyId, reason});
}

} // namespace jiahu
