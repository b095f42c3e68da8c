#include "FollowUpService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace jiahu {


Result<FollowUp> FollowUpService::add(const FollowUp& in)
{
    FamilyService families(m_s);
    auto family = families.find(in.familyId);
    if (!family.ok())
        return family.error();
    QString childSchool;
    if (!in.personId.isEmpty()) {
        auto person = fetchOne(
            m_s.db(),
            "SELECT school, member_role FROM people WHERE id = ? AND family_id = ? AND "
            "deleted_at IS NULL;",
            {in.personId, family->id},
            [](const Statement& st) { return std::pair(st.text(0), st.text(1)); },
            tr("That person is not a member of this family."));
        if (!person.ok())
            return person.error();
        if (person->second == QLatin1String("child"))
            childSchool = person->first;
    }
    // Counselors: only about a child of their own school. Others: full access to the family.
    if (!m_s.policy().readsFullFiles())
        JIAHU_TRY(m_s.policy().requireSchoolInScope(childSchool));

    const QDate today = m_s.today();
    if (!in.date.isValid() || in.date > today)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The follow-up date must be a real date, today or earlier."));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Findings"), in.findings, TextRules::kNote, true));
    if (in.notes.trimmed().isEmpty() && in.findings.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A follow-up needs notes or findings."));
    QDate nextDue = in.nextDue;
    if (!nextDue.isValid()) {
        // Uncoded families are followed up like blue ones until they are assessed.
        auto days = ReferenceData::cadenceDays(m_s.db(), family->riskCode.value_or(RiskCode::Blue));
        if (!days.ok())
            return days.error();
        nextDue = in.date.addDays(days.value());
    }
    if (nextDue <= in.date)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The next follow-up must be due after this one."));

    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("follow_ups", {{"family_id", family->id},
                                        {"person_id", CaseSession::nullIfEmpty(in.personId)},
                                        {"kind", CaseVocabulary::id(in.kind)},
                                        {"visit_date", in.date},
                                        {"notes", in.notes},
                                        {"findings", in.findings},
                                        {"next_due", nextDue}});
    if (!id.ok())
        return id.error();
    // The family's next due date follows its latest follow-up.
    auto due = m_s.db().prepare(
        "UPDATE families SET next_due = (SELECT next_due FROM follow_ups WHERE family_id = ?1 "
        "ORDER BY visit_date DESC, hlc DESC LIMIT 1) WHERE id = ?1;");
    if (!due.ok())
        return due.error();
    JIAHU_TRY(due->bindAll(family->id).exec());
    JIAHU_TRY(families.touch(family->id));
    JIAHU_TRY(m_s.audit(QStringLiteral("followup.add"), QStringLiteral("follow_up"), id.value(),
                        family->id));
    JIAHU_TRY(tx->commit());
    return fetchOne(m_s.db(), QByteArray(records::kFollowUpSelect) + "WHERE x.id = ?;",
                    {id.value()}, records::readFollowUp, {});
}

Result<QList<OverdueFamily>> FollowUpService::overdue(const OverdueQuery& q)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    const QDate today = m_s.today();
    QVariantList binds{today};
    QByteArray where = "WHERE f.deleted_at IS NULL AND f.status = 'open' AND f.next_due < ? AND " +
                       m_s.policy().familyFilter(m_s.user().id, binds);
    if (q.mineOnly) {
        where += " AND f.caseworker_id = ?";
        binds << m_s.user().id;
    }
    if (!q.town.isEmpty()) {
        where += " AND f.town = ?";
        binds << q.town;
    }
    if (q.afterDue.isValid()) {
        where += " AND (f.next_due, f.id) > (?, ?)";
        binds << q.afterDue << q.afterId;
    }
    binds << std::clamp(q.limit, 1, FamilyService::kMaxPage);
    auto rows =
        fetchAll(m_s.db(),
                 QByteArray(records::kFamilySelect) + where + " ORDER BY f.next_due, f.id LIMIT ?;",
                 binds, records::readFamily);
    if (!rows.ok())
        return rows.error();
    QList<OverdueFamily> out;
    out.reserve(rows->size());
    for (Family& f : rows.value())
        out.append({f, int(f.nextDue.daysTo(today))});
    return out;
}

} // namespace jiahu
