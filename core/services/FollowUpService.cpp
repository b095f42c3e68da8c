#include "FollowUpService.h"

#include "common/Clock.h"
#include "domain/DateRules.h"
#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"

namespace jiahu {

Result<FollowUp> FollowUpService::add(const FollowUp& in)
{
    return record(in, {}, {});
}

Result<FollowUp> FollowUpService::get(const QString& followUpId)
{
    const QString notFound = tr("There is no follow-up %1.").arg(followUpId);
    auto row = fetchOptional(m_s.db(), QByteArray(records::kFollowUpSelect) + "WHERE x.id = ?;",
                             {followUpId}, records::readFollowUp);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, notFound);
    const FollowUp& x = *row.value();
    // Only someone who may see the follow-up may read it; to anyone else it does not exist.
    auto family = FamilyService(m_s).find(x.familyId);
    if (!family.ok())
        return hiddenAsMissing(family.error(), notFound);
    if (!m_s.policy().readsFullFiles()) {
        auto visible = exists(m_s.db(),
                              "SELECT 1 FROM people p WHERE p.id = ? AND p.member_role = 'child' "
                              "AND p.school IN (SELECT value FROM user_scopes WHERE user_id = ? "
                              "AND kind = 'school');",
                              {x.personId, m_s.user().id});
        if (!visible.ok())
            return visible.error();
        if (!visible.value())
            return makeError(ErrorCode::NotFound, notFound);
    }
    return x;
}

Result<FollowUp> FollowUpService::amend(const QString& followUpId, const FollowUp& corrected,
                                        const QString& reason)
{
    auto old = get(followUpId);
    if (!old.ok())
        return old.error();
    if (!old->supersededBy.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("This follow-up has already been corrected; correct the correction "
                            "instead."));
    JIAHU_TRY(
        TextRules::checkRequired(tr("The reason for the correction"), reason, TextRules::kLine));
    FollowUp c = corrected;
    c.familyId = old->familyId;
    return record(c, followUpId, reason);
}

Result<FollowUp> FollowUpService::record(const FollowUp& in, const QString& amends,
                                         const QString& amendReason)
{
    FamilyService families(m_s);
    auto family = families.find(in.familyId);
    if (!family.ok())
        return family.error();
    // Anyone who may see the file (in scope: find) writes to it only while it is open.
    JIAHU_TRY(FamilyService::requireOpen(family.value()));
    const bool counselor = !m_s.policy().readsFullFiles();
    const QString notMember = tr("That person is not a member of this family.");
    QString childSchool;
    if (!in.personId.isEmpty()) {
        auto person = fetchOptional(
            m_s.db(),
            "SELECT school, member_role FROM people WHERE id = ? AND family_id = ? AND "
            "deleted_at IS NULL;",
            {in.personId, family->id},
            [](const Statement& st) { return std::pair(st.text(0), st.text(1)); });
        if (!person.ok())
            return person.error();
        if (!person.value())
            return makeError(ErrorCode::NotFound, notMember);
        if (person.value()->second == QLatin1String("child"))
            childSchool = person.value()->first;
    }
    // Counselors: only about a child of their own school; anyone else in the family is, to
    // them, not there at all.
    if (counselor) {
        if (in.personId.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("A school counselor names the child the follow-up is about."));
        if (!m_s.policy().requireSchoolInScope(childSchool).ok())
            return makeError(ErrorCode::NotFound, notMember);
    }

    const QDate today = m_s.today();
    JIAHU_TRY(DateRules::checkHappened(tr("The follow-up date"), in.date, today));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Findings"), in.findings, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("The reason for the later due date"), in.nextDueReason,
                               TextRules::kLine));
    if (in.notes.trimmed().isEmpty() && in.findings.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A follow-up needs notes or findings."));
    // Uncoded families are followed up like blue ones until they are assessed.
    auto cadence = ReferenceData::cadence(m_s.db());
    if (!cadence.ok())
        return cadence.error();
    const int days = cadence->days(family->riskCode.value_or(RiskCode::Blue));
    const QDate byCadence = in.date.addDays(days);
    QDate nextDue = in.nextDue.isValid() ? in.nextDue : byCadence;
    QString dueReason = in.nextDueReason.trimmed();
    JIAHU_TRY(DateRules::checkDue(tr("The next follow-up date"), nextDue, today));
    if (nextDue <= in.date)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The next follow-up must be due after this one."));
    if (nextDue > byCadence) {
        if (counselor)
            return makeError(ErrorCode::PermissionDenied,
                             tr("A school counselor cannot put the next follow-up later than the "
                                "family's code allows (%n day(s)).",
                                nullptr, days));
        if (dueReason.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The next follow-up is due %1, later than the %n day(s) the "
                                "family's code allows (%2). Give a reason; the supervisor will "
                                "see it.",
                                nullptr, days)
                                 .arg(isoDate(nextDue), isoDate(byCadence)));
    } else {
        dueReason.clear();
    }

    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("follow_ups", {{"family_id", family->id},
                                        {"person_id", CaseSession::nullIfEmpty(in.personId)},
                                        {"kind", CaseVocabulary::id(in.kind)},
                                        {"visit_date", in.date},
                                        {"notes", in.notes},
                                        {"findings", in.findings},
                                        {"next_due", nextDue},
                                        {"next_due_reason", dueReason},
                                        {"amends", CaseSession::nullIfEmpty(amends)},
                                        {"amend_reason", amendReason}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(amends.isEmpty() ? QStringLiteral("followup.add")
                                         : QStringLiteral("followup.amend"),
                        QStringLiteral("follow_up"), id.value(), family->id, amendReason));
    JIAHU_TRY(tx->commit());
    return fetchOne(m_s.db(), QByteArray(records::kFollowUpSelect) + "WHERE x.id = ?;",
                    {id.value()}, records::readFollowUp, {});
}

QByteArray FollowUpService::dueWhere(const DueQuery& q, QVariantList& binds)
{
    const QDate today = m_s.today();
    QByteArray where = "WHERE f.deleted_at IS NULL AND f.status = 'open' AND ";
    if (q.window == DueWindow::Overdue) {
        where += "f.next_due < ?";
        binds << isoDate(today);
    } else {
        where += "f.next_due BETWEEN ? AND ?";
        binds << isoDate(today) << isoDate(today.addDays(std::max(0, q.withinDays)));
    }
    where += " AND " + m_s.policy().familyFilter(m_s.user().id, binds);
    if (q.mineOnly) {
        where += " AND f.caseworker_id = ?";
        binds << m_s.user().id;
    }
    if (!q.town.isEmpty()) {
        where += " AND f.town = ?";
        binds << q.town;
    }
    return where;
}

Result<Page<DueFamily>> FollowUpService::due(const DueQuery& q)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    const bool byCode = q.sort == DueSort::CodeThenDue;
    const char* list = byCode ? "due.code" : "due.date";
    QVariantList binds;
    // The queue's shape is fixed: walk the index of its order (the covering count index would
    // otherwise win and sort every match).
    const char* index = q.mineOnly ? (byCode ? "families_worker_open" : "families_worker_next")
                        : byCode   ? "families_open_by_code_due"
                                   : "families_due";
    QByteArray sql = records::familySelect(index) + dueWhere(q, binds);
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(list, q.after, byCode ? 3 : 2);
        if (!key.ok())
            return key.error();
        if (byCode)
            sql += " AND (f.risk_code < ? OR (f.risk_code = ? AND (f.next_due, f.id) > (?, ?)))";
        else
            sql += " AND (f.next_due, f.id) > (?, ?)";
        if (byCode)
            binds << key->at(0) << key->at(0) << key->at(1) << key->at(2);
        else
            binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(),
                         sql + (byCode ? " ORDER BY f.risk_code DESC, f.next_due, f.id LIMIT ?;"
                                       : " ORDER BY f.next_due, f.id LIMIT ?;"),
                         binds, records::readFamily);
    if (!rows.ok())
        return rows.error();
    const QDate today = m_s.today();
    QList<DueFamily> out;
    out.reserve(rows->size());
    for (Family& f : rows.value())
        out.append({f, int(f.nextDue.daysTo(today))});
    return makePage(std::move(out), limit, list, [byCode](const DueFamily& d) {
        const QString due = d.family.nextDue.toString(Qt::ISODate);
        if (byCode)
            return QVariantList{RiskCodes::stored(d.family.riskCode), due, d.family.id};
        return QVariantList{due, d.family.id};
    });
}

Result<qint64> FollowUpService::dueCount(const DueQuery& q)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    QVariantList binds;
    return fetchOne(m_s.db(), "SELECT count(*) FROM families f " + dueWhere(q, binds) + ";", binds,
                    [](const Statement& st) { return st.int64(0); }, {});
}

Result<Page<ExtendedDue>> FollowUpService::extendedDue(const ExtendedDueQuery& q)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    constexpr const char* kList = "due.extended";
    QVariantList binds;
    // Still in force: the family's latest current follow-up, and the family's due date is its.
    QByteArray sql = "SELECT x.id, f.id, x.created_at FROM families f "
                     "JOIN follow_ups x ON x.family_id = f.id "
                     "WHERE x.next_due_reason <> '' AND f.deleted_at IS NULL AND "
                     "f.status = 'open' AND f.next_due = x.next_due AND x.id = (SELECT y.id FROM "
                     "follow_ups y WHERE y.family_id = f.id AND NOT EXISTS (SELECT 1 FROM "
                     "follow_ups c WHERE c.amends = y.id) ORDER BY y.visit_date DESC, y.hlc DESC "
                     "LIMIT 1) AND " +
                     m_s.policy().familyFilter(m_s.user().id, binds);
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 2);
        if (!key.ok())
            return key.error();
        sql += " AND (x.created_at, x.id) > (?, ?)";
        binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto ids = fetchAll(m_s.db(), sql + " ORDER BY x.created_at, x.id LIMIT ?;", binds,
                        [](const Statement& st) { return std::pair(st.text(0), st.text(1)); });
    if (!ids.ok())
        return ids.error();
    QList<ExtendedDue> out;
    FamilyService families(m_s);
    for (const auto& [followUpId, familyId] : ids.value()) {
        auto x = fetchOne(m_s.db(), QByteArray(records::kFollowUpSelect) + "WHERE x.id = ?;",
                          {followUpId}, records::readFollowUp, {});
        if (!x.ok())
            return x.error();
        auto f = families.find(familyId);
        if (!f.ok())
            return f.error();
        out.append({x.value(), f.value()});
    }
    return makePage(std::move(out), limit, kList, [](const ExtendedDue& e) {
        return QVariantList{e.followUp.at, e.followUp.id};
    });
}

} // namespace jiahu
