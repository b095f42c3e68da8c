#include "CaseSession.h"

#include "common/Uuid7.h"
#include "crypto/SecureBytes.h"
#include "projection/FamilyProjection.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"
#include "storage/Query.h"

#include <QSet>

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
    return meta.setIfAbsent(
        QStringLiteral("node_id"),
        QString::fromLatin1(SecureBytes::random(6).view().toByteArray().toHex()));
}

Result<Hlc> lastHlc(Database& db)
{
    auto text = fetchOptional(db, "SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1;", {},
                              [](const Statement& st) { return st.text(0); });
    if (!text.ok())
        return text.error();
    if (!text.value())
        return Hlc{};
    return Hlc::parse(*text.value()).value_or(Hlc{});
}

QString familyOf(const QByteArray& table, const QString& rowId, const CaseSession::Fields& fields)
{
    if (table == "families")
        return rowId;
    for (const auto& f : fields)
        if (f.first == "family_id")
            return f.second.toString();
    return {};
}

} // namespace

// --- CaseWrite ---------------------------------------------------------------------------------

CaseWrite::CaseWrite(CaseSession* session, Transaction tx, qsizetype mark)
    : m_s(session), m_tx(std::move(tx)), m_mark(mark)
{
    ++m_s->m_depth;
}

CaseWrite::CaseWrite(CaseWrite&& other) noexcept
    : m_s(std::exchange(other.m_s, nullptr)), m_tx(std::move(other.m_tx)), m_mark(other.m_mark)
{
    other.m_tx.reset();
}

CaseWrite::~CaseWrite()
{
    abandon();
}

void CaseWrite::abandon()
{
    if (!m_s)
        return;
    m_tx->rollback();
    m_s->dropChangesFrom(m_mark);
    --m_s->m_depth;
    m_s = nullptr;
}

Status CaseWrite::commit()
{
    if (!m_s)
        return makeError(ErrorCode::Internal,
                         CaseSession::tr("The transaction has already ended."));
    const bool outermost = m_s->m_depth == 1;
    if (outermost) {
        if (auto st = m_s->finishOutermost(); !st.ok()) {
            abandon();
            return st;
        }
    }
    if (auto st = m_tx->commit(); !st.ok()) {
        abandon();
        return st;
    }
    CaseSession* s = std::exchange(m_s, nullptr);
    --s->m_depth;
    if (outermost) {
        ChangeSet published = std::exchange(s->m_pending, {});
        if (s->m_notifier)
            s->m_notifier->publish(published);
    }
    return {};
}

// --- CaseSession -------------------------------------------------------------------------------

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
                                                        WallClock wall, ChangeNotifier* notifier)
{
    wall = orSystemClock(std::move(wall));
    auto node = nodeId(db);
    if (!node.ok())
        return node.error();
    auto last = lastHlc(db);
    if (!last.ok())
        return last.error();
    HybridClock clock(node.value(), wall, last.value());
    std::unique_ptr<CaseSession> session(
        new CaseSession(db, user, std::move(wall), std::move(clock), notifier));
    JIAHU_TRY(session->refreshPolicy());
    return session;
}

Result<std::unique_ptr<CaseSession>> CaseSession::startReader(Database& db, const UserAccount& user,
                                                              WallClock wall)
{
    std::unique_ptr<CaseSession> session(
        new CaseSession(db, user, orSystemClock(std::move(wall)), std::nullopt, nullptr));
    JIAHU_TRY(session->refreshPolicy());
    return session;
}

CaseSession::CaseSession(Database& db, UserAccount user, WallClock wall,
                         std::optional<HybridClock> clock, ChangeNotifier* notifier)
    : m_db(db), m_user(std::move(user)), m_policy(m_user.role, Scope{}), m_wall(std::move(wall)),
      m_clock(std::move(clock)), m_audit(db, m_wall), m_notifier(notifier)
{
}

QDate CaseSession::today() const
{
    return caseDate(m_wall());
}

Status CaseSession::refreshPolicy()
{
    // data_version moves when another connection commits; total_changes() when this one writes.
    // Either may have changed the user's role or scopes.
    auto dataVersion = m_db.queryText("PRAGMA data_version;");
    if (!dataVersion.ok())
        return dataVersion.error();
    const QString key = QString::number(m_db.totalChanges()) + u'/' + dataVersion.value();
    if (key == m_policyVersion)
        return {};
    auto account =
        fetchOptional(m_db, "SELECT role FROM users WHERE id = ? AND deleted_at IS NULL;",
                      {m_user.id}, [](const Statement& st) { return Roles::fromId(st.text(0)); });
    if (!account.ok())
        return account.error();
    auto scope = loadScope(m_db, m_user.id);
    if (!scope.ok())
        return scope.error();
    if (account.value() && *account.value()) {
        m_user.role = **account.value();
        m_policy = AccessPolicy(m_user.role, std::move(scope.value()));
    } else {
        m_policy = AccessPolicy::removed(m_user.role);
    }
    m_policyVersion = key;
    return {};
}

const AccessPolicy& CaseSession::policy()
{
    // A failed read keeps the last known policy; the service's own query then reports the error.
    (void)refreshPolicy();
    return m_policy;
}

Status CaseSession::requireWriter() const
{
    if (!m_clock) // a reader session has no clock to stamp rows with
        return makeError(ErrorCode::Internal, QStringLiteral("a reader session cannot write"));
    return {};
}

Status CaseSession::requireWrite() const
{
    JIAHU_TRY(requireWriter());
    if (m_depth == 0)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("synced rows are written inside CaseSession::begin()"));
    return {};
}

Result<CaseWrite> CaseSession::begin()
{
    JIAHU_TRY(requireWriter());
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    return CaseWrite(this, std::move(tx.value()), m_pending.rows.size());
}

Status CaseSession::finishOutermost()
{
    QSet<QString> done;
    for (const RowChange& change : std::as_const(m_pending.rows)) {
        if (change.familyId.isEmpty() || done.contains(change.familyId))
            continue;
        done.insert(change.familyId);
        JIAHU_TRY(FamilyProjection::refresh(m_db, change.familyId));
    }
    return {};
}

void CaseSession::dropChangesFrom(qsizetype mark)
{
    if (mark < m_pending.rows.size())
        m_pending.rows.resize(mark);
}

void CaseSession::noteChange(const QString& table, const QString& rowId, const QString& familyId)
{
    m_pending.rows.append({table, rowId, familyId, false});
}

Result<QString> CaseSession::insert(const QByteArray& table, const Fields& fields)
{
    JIAHU_TRY(requireWrite());
    const qint64 now = m_wall();
    RowStamp stamp{createUuid7(now).toString(QUuid::WithoutBraces), now, now, m_user.id,
                   m_clock->now().toString()};
    return insertRow(table, fields, stamp);
}

Result<QString> CaseSession::insert(const QByteArray& table, const Fields& fields,
                                    const RowStamp& stamp)
{
    JIAHU_TRY(requireWrite());
    if (const auto hlc = Hlc::parse(stamp.hlc))
        (void)m_clock->observe(*hlc); // later local stamps order after it
    return insertRow(table, fields, stamp);
}

Result<QString> CaseSession::insertRow(const QByteArray& table, const Fields& fields,
                                       const RowStamp& stamp)
{
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
    st->bindAll(stamp.id, stamp.createdAt, stamp.updatedAt, stamp.updatedBy, stamp.hlc);
    int i = 5;
    for (const auto& f : fields)
        st->bind(++i, f.second);
    JIAHU_TRY(st->exec());
    m_pending.rows.append(
        {QString::fromLatin1(table), stamp.id, familyOf(table, stamp.id, fields), true});
    return stamp.id;
}

Status CaseSession::update(const QByteArray& table, const QString& id, const QString& familyId,
                           const Fields& fields)
{
    JIAHU_TRY(requireWrite());
    QByteArray sql = "UPDATE OR ROLLBACK " + table + " SET updated_at = ?, updated_by = ?, hlc = ?";
    for (const auto& f : fields)
        sql += ", " + f.first + " = ?";
    sql += " WHERE id = ?;";
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bindAll(m_wall(), m_user.id, m_clock->now().toString());
    int i = 3;
    for (const auto& f : fields)
        st->bind(++i, f.second);
    st->bind(++i, id);
    JIAHU_TRY(st->exec());
    if (st->changes() != 1)
        return makeError(ErrorCode::NotFound, tr("The record to change was not found."));
    m_pending.rows.append({QString::fromLatin1(table), id, familyId, false});
    return {};
}

Status CaseSession::audit(const QString& action, const QString& entity, const QString& entityId,
                          const QString& familyId, const QString& reason)
{
    JIAHU_TRY(requireWriter());
    return m_audit.append({m_user.id, m_user.name, action, entity, entityId, familyId, reason});
}

} // namespace jiahu
