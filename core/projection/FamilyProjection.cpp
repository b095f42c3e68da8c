#include "FamilyProjection.h"

#include "common/Clock.h"
#include "search/SearchIndex.h"
#include "storage/Query.h"
#include "sync/HybridClock.h"

namespace jiahu {

namespace {

// The tables whose rows belong to a family (besides `families` itself).
constexpr const char* kFamilyTables[] = {"people",     "assessments",  "risk_events",
                                         "plans",      "plan_actions", "guidance_sessions",
                                         "follow_ups", "referrals",    "referral_events",
                                         "attachments"};

QByteArray latestHlcSql()
{
    QByteArray sql = "SELECT max(h) FROM (SELECT hlc AS h FROM families WHERE id = ?1";
    for (const char* table : kFamilyTables)
        sql += QByteArray(" UNION ALL SELECT max(hlc) FROM ") + table + " WHERE family_id = ?1";
    return sql + ");";
}

constexpr char kReferralStatus[] =
    "coalesce((SELECT e.status FROM referral_events e WHERE e.referral_id = referrals.id "
    "ORDER BY e.hlc DESC LIMIT 1), 'draft')";

} // namespace

Result<std::optional<RiskCode>> FamilyProjection::riskCode(Database& db, const QString& familyId)
{
    auto code = fetchOptional(db,
                              "SELECT code FROM risk_events WHERE family_id = ? AND kind IN "
                              "('set', 'approve') ORDER BY hlc DESC LIMIT 1;",
                              {familyId}, [](const Statement& st) { return st.int64(0); });
    if (!code.ok())
        return code.error();
    if (!code.value())
        return std::optional<RiskCode>();
    return RiskCodes::fromSeverity(*code.value());
}

Result<FamilyProjection::Values> FamilyProjection::compute(Database& db, const QString& familyId)
{
    Values v;
    auto code = riskCode(db, familyId);
    if (!code.ok())
        return code.error();
    v.riskCode = code.value();

    auto latest = fetchOptional(
        db,
        "SELECT visit_date, next_due, hlc FROM follow_ups x WHERE family_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM follow_ups c WHERE c.amends = x.id) "
        "ORDER BY visit_date DESC, hlc DESC LIMIT 1;",
        {familyId}, [](const Statement& st) {
            return std::tuple(dateFromIso(st.text(0)), dateFromIso(st.text(1)), st.text(2));
        });
    if (!latest.ok())
        return latest.error();
    QDate visited;
    QString visitHlc;
    if (latest.value()) {
        visited = std::get<0>(*latest.value());
        v.nextDue = std::get<1>(*latest.value());
        visitHlc = std::get<2>(*latest.value());
    }
    // Code events on or after the latest visit bring the due date forward, to the due date each
    // event stored (schema 4 gave the events written before it theirs).
    auto events = fetchAll(db,
                           "SELECT created_at, next_due, hlc FROM risk_events WHERE family_id = ? "
                           "AND kind IN ('set', 'approve') AND next_due IS NOT NULL;",
                           {familyId}, [](const Statement& st) {
                               return std::tuple(st.int64(0), dateFromIso(st.text(1)), st.text(2));
                           });
    if (!events.ok())
        return events.error();
    for (const auto& [createdAt, due, hlc] : events.value()) {
        const QDate day = caseDate(createdAt);
        // Only a code change after the latest visit (on its day: recorded after it) moves the
        // due date the visit set.
        if (visited.isValid() && (day < visited || (day == visited && hlc < visitHlc)))
            continue;
        if (due.isValid() && (!v.nextDue.isValid() || due < v.nextDue))
            v.nextDue = due;
    }

    static const QByteArray hlcSql = latestHlcSql();
    auto hlc = fetchOne(db, hlcSql, {familyId}, [](const Statement& st) { return st.text(0); }, {});
    if (!hlc.ok())
        return hlc.error();
    if (const auto parsed = Hlc::parse(hlc.value()))
        v.lastActivityAt = parsed->millis;
    return v;
}

Result<FamilyProjection::Values> FamilyProjection::cached(Database& db, const QString& familyId)
{
    return fetchOne(
        db,
        "SELECT risk_code, coalesce(next_due, ''), last_activity_at FROM families WHERE id = ?;",
        {familyId},
        [](const Statement& st) {
            return Values{RiskCodes::fromSeverity(st.int64(0)), dateFromIso(st.text(1)),
                          st.int64(2)};
        },
        tr("The family file was not found."));
}

Status FamilyProjection::refresh(Database& db, const QString& familyId)
{
    // Rows may name a family that is not (yet) there: sync can deliver a family's records before
    // the family, and a dangling reference is refused at commit by the deferred foreign key.
    auto present = exists(db, "SELECT 1 FROM families WHERE id = ?;", {familyId});
    if (!present.ok())
        return present.error();
    if (!present.value())
        return {};
    auto v = compute(db, familyId);
    if (!v.ok())
        return v.error();
    const QVariant code = RiskCodes::stored(v->riskCode);
    const QVariant due = v->nextDue.isValid() ? QVariant(v->nextDue) : QVariant();
    JIAHU_TRY(execute(
        db,
        "UPDATE OR ROLLBACK families SET risk_code = ?1, next_due = ?2, last_activity_at = ?3 "
        "WHERE id = ?4 AND (risk_code IS NOT ?1 OR next_due IS NOT ?2 OR "
        "last_activity_at IS NOT ?3);",
        {code, due, v->lastActivityAt, familyId}));
    JIAHU_TRY(execute(db,
                      QByteArray("UPDATE OR ROLLBACK referrals SET status = ") + kReferralStatus +
                          " WHERE family_id = ?1 AND status IS NOT " + kReferralStatus + ";",
                      {familyId}));
    return SearchIndex::refresh(db, familyId);
}

Result<QStringList> FamilyProjection::differences(Database& db, const QString& familyId)
{
    QStringList what;
    auto fresh = compute(db, familyId);
    if (!fresh.ok())
        return fresh.error();
    auto have = cached(db, familyId);
    if (!have.ok())
        return have.error();
    if (fresh->riskCode != have->riskCode)
        what << QStringLiteral("risk_code");
    if (fresh->nextDue != have->nextDue)
        what << QStringLiteral("next_due");
    if (fresh->lastActivityAt != have->lastActivityAt)
        what << QStringLiteral("last_activity_at");
    auto referrals = fetchOne(db,
                              QByteArray("SELECT count(*) FROM referrals WHERE family_id = ?1 "
                                         "AND status IS NOT ") +
                                  kReferralStatus + ";",
                              {familyId}, [](const Statement& st) { return st.int64(0); }, {});
    if (!referrals.ok())
        return referrals.error();
    if (referrals.value() > 0)
        what << QStringLiteral("referral_status");
    auto want = SearchIndex::build(db, familyId);
    if (!want.ok())
        return want.error();
    auto stored = SearchIndex::stored(db, familyId);
    if (!stored.ok())
        return stored.error();
    if (!(want.value() == stored.value()))
        what << QStringLiteral("search");
    return what;
}

namespace {
Result<QList<std::pair<QString, QString>>> allFamilies(Database& db)
{
    return fetchAll(db, "SELECT id, file_no FROM families ORDER BY rowid;", {},
                    [](const Statement& st) { return std::pair(st.text(0), st.text(1)); });
}
} // namespace

Result<QList<FamilyProjection::Mismatch>> FamilyProjection::verifyAll(Database& db,
                                                                      const Progress& progress)
{
    auto families = allFamilies(db);
    if (!families.ok())
        return families.error();
    QList<Mismatch> out;
    qint64 done = 0;
    for (const auto& [id, fileNo] : families.value()) {
        auto what = differences(db, id);
        if (!what.ok())
            return what.error();
        if (!what->isEmpty())
            out.append({id, fileNo, what.value()});
        if (progress && (++done % 1000 == 0 || done == families->size()))
            progress(done, families->size());
    }
    return out;
}

Status FamilyProjection::refreshAll(Database& db, const Progress& progress)
{
    auto families = allFamilies(db);
    if (!families.ok())
        return families.error();
    qint64 done = 0;
    for (const auto& [id, fileNo] : families.value()) {
        JIAHU_TRY(refresh(db, id));
        if (progress && (++done % 1000 == 0 || done == families->size()))
            progress(done, families->size());
    }
    return {};
}

} // namespace jiahu
