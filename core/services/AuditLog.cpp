#include "AuditLog.h"

#include "common/Uuid7.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <sodium.h>

namespace jiahu {

namespace {

constexpr int kHashBytes = crypto_hash_sha256_BYTES;

void addField(crypto_hash_sha256_state& state, const QByteArray& bytes)
{
    const quint32 n = quint32(bytes.size());
    const unsigned char length[4] = {
        static_cast<unsigned char>(n >> 24), static_cast<unsigned char>(n >> 16),
        static_cast<unsigned char>(n >> 8), static_cast<unsigned char>(n)};
    crypto_hash_sha256_update(&state, length, 4);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              size_t(bytes.size()));
}

AuditEntry readEntry(const Statement& st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.id = st.text(1);
    e.at = st.int64(2);
    e.record = {st.text(3), st.text(4), st.text(5), st.text(6), st.text(7), st.text(8), st.text(9)};
    e.prevHash = st.blob(10);
    e.hash = st.blob(11);
    return e;
}

constexpr char kColumns[] = "SELECT seq, id, at, user_id, user_name, action, entity, entity_id, "
                            "family_id, reason, prev_hash, hash FROM audit_log ";

} // namespace

QByteArray AuditLog::entryHash(const QByteArray& prevHash, const AuditEntry& e)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    addField(state, prevHash);
    addField(state, QByteArray::number(e.seq));
    addField(state, e.id.toUtf8());
    addField(state, QByteArray::number(e.at));
    for (const QString* field :
         {&e.record.userId, &e.record.userName, &e.record.action, &e.record.entity,
          &e.record.entityId, &e.record.familyId, &e.record.reason})
        addField(state, field->toUtf8());
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Status AuditLog::append(const AuditRecord& record)
{
    if (m_db.inTransaction())
        return appendInTransaction(record);
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(appendInTransaction(record));
    return tx->commit();
}

Status AuditLog::appendInTransaction(const AuditRecord& record)
{
    AuditEntry e;
    e.prevHash = QByteArray(kHashBytes, '\0');
    {
        auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
        if (!last.ok())
            return last.error();
        auto row = last->step();
        if (!row.ok())
            return row.error();
        if (row.value()) {
            e.seq = last->int64(0);
            e.prevHash = last->blob(1);
        }
    }
    e.seq += 1;
    e.at = m_clock();
    e.id = createUuid7(e.at).toString(QUuid::WithoutBraces);
    e.record = record;
    // Null text is stored as '' (coalesce below); both hash the same, as empty UTF-8.
    e.hash = entryHash(e.prevHash, e);
    auto ins = m_db.prepare(
        "INSERT OR ROLLBACK INTO audit_log(seq, id, at, user_id, user_name, action, entity, "
        "entity_id, family_id, reason, prev_hash, hash) "
        "VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, ''), "
        "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?);");
    if (!ins.ok())
        return ins.error();
    JIAHU_TRY(ins->bindAll(e.seq, e.id, e.at, record.userId, record.userName, record.action,
                           record.entity, record.entityId, record.familyId, record.reason,
                           e.prevHash, e.hash)
                  .exec());
    return MetaSettings(m_db).set(QStringLiteral("audit_head"),
                                  QString::number(e.seq) + u':' +
                                      QString::fromLatin1(e.hash.toHex()));
}

Result<Page<AuditEntry>> AuditLog::list(const AuditFilter& f, const ReasonVisibility& visibility)
{
    constexpr const char* kList = "audit";
    // The reason column is replaced by NULL where the reader may not read it.
    const QByteArray reason =
        visibility.familyCondition.isEmpty()
            ? QByteArray("reason")
            : "CASE WHEN family_id = '' OR EXISTS (SELECT 1 FROM families f WHERE f.id = "
              "audit_log.family_id AND " +
                  visibility.familyCondition + ") THEN reason END";
    QByteArray sql = "SELECT seq, id, at, user_id, user_name, action, entity, entity_id, "
                     "family_id, " +
                     reason + ", prev_hash, hash FROM audit_log WHERE at BETWEEN ? AND ?";
    QVariantList binds = visibility.binds;
    binds << f.fromMs << f.toMs;
    if (!f.userName.isEmpty()) {
        sql += " AND user_name = ?";
        binds << f.userName;
    }
    if (!f.familyId.isEmpty()) {
        sql += " AND family_id = ?";
        binds << f.familyId;
    }
    if (!f.action.isEmpty()) {
        if (f.action.endsWith(u'.')) {
            sql += " AND action >= ? AND action < ?"; // a prefix, on the text's order
            binds << f.action << f.action.left(f.action.size() - 1) + u'/';
        } else {
            sql += " AND action = ?";
            binds << f.action;
        }
    }
    if (!f.after.isEmpty()) {
        auto key = PageCursor::decode(kList, f.after, 1);
        if (!key.ok())
            return key.error();
        sql += f.newestFirst ? " AND seq < ?" : " AND seq > ?";
        binds << key->first();
    }
    const int limit = std::clamp(f.limit, 1, kMaxPage);
    binds << limit + 1;
    sql += f.newestFirst ? " ORDER BY seq DESC LIMIT ?;" : " ORDER BY seq LIMIT ?;";
    auto rows = fetchAll(m_db, sql, binds, [](const Statement& st) {
        AuditEntry e = readEntry(st);
        e.reasonHidden = st.isNull(9);
        return e;
    });
    if (!rows.ok())
        return rows.error();
    return makePage(std::move(rows.value()), limit, kList,
                    [](const AuditEntry& e) { return QVariantList{e.seq}; });
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification v;
    QByteArray expectedPrev(kHashBytes, '\0');
    qint64 previousSeq = 0;
    const auto fail = [&v](qint64 seq, const QString& problem) {
        if (!v.intact)
            return;
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    auto st = m_db.prepare(QByteArray(kColumns) + "ORDER BY seq;");
    if (!st.ok())
        return st.error();
    JIAHU_TRY(st->forEachRow([&] {
        const AuditEntry e = readEntry(st.value());
        ++v.entries;
        if (e.seq != previousSeq + 1)
            fail(previousSeq + 1, tr("Audit entry %1 was removed.").arg(previousSeq + 1));
        else if (e.prevHash != expectedPrev)
            fail(e.seq, tr("Audit entry %1 does not follow the one before it: entries were "
                           "removed or reordered.")
                            .arg(e.seq));
        else if (entryHash(e.prevHash, e) != e.hash)
            fail(e.seq, tr("Audit entry %1 was changed after it was written.").arg(e.seq));
        expectedPrev = e.hash;
        previousSeq = e.seq;
    }));
    auto head = MetaSettings(m_db).value(QStringLiteral("audit_head"));
    if (!head.ok())
        return head.error();
    const QString expectedHead = previousSeq == 0 ? QString()
                                                  : QString::number(previousSeq) + u':' +
                                                        QString::fromLatin1(expectedPrev.toHex());
    if (head.value() != expectedHead) {
        const qint64 headSeq = head.value().section(u':', 0, 0).toLongLong();
        fail(headSeq > previousSeq ? previousSeq + 1 : previousSeq,
             headSeq > previousSeq
                 ? tr("Audit entries from %1 on were removed.").arg(previousSeq + 1)
                 : tr("The end of the audit log does not match its recorded head."));
    }
    return v;
}

} // namespace jiahu
