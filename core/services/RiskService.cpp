#include "RiskService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace jiahu {


Result<std::optional<RiskCode>> RiskService::derivedCode(const QString& familyId)
{
    auto code =
        fetchOne(m_s.db(),
                 "SELECT code FROM risk_events WHERE family_id = ? AND kind IN ('set', 'approve') "
                 "ORDER BY hlc DESC LIMIT 1;",
                 {familyId}, [](const Statement& st) { return records::codeOf(st.int64(0)); }, {});
    if (!code.ok() && code.error().code == ErrorCode::NotFound)
        return std::optional<RiskCode>();
    return code;
}

Result<RiskEvent> RiskService::load(const QString& eventId)
{
    return fetchOne(m_s.db(), QByteArray(records::kRiskEventSelect) + "WHERE e.id = ?;", {eventId},
                    records::readRiskEvent, tr("There is no risk-code event %1.").arg(eventId));
}

Status RiskService::applyCode(const QString& familyId, RiskCode code)
{
    // The cache of the derived code, the next due date (a raise brings it forward to the new
    // code's cadence) and the activity time.
    auto st = m_s.db().prepare(
        "UPDATE families SET risk_code = ?, last_activity_at = ?, "
        "next_due = CASE WHEN next_due IS NULL OR next_due > ? THEN ? ELSE next_due END "
        "WHERE id = ?;");
    if (!st.ok())
        return st.error();
    auto days = ReferenceData::cadenceDays(m_s.db(), code);
    if (!days.ok())
        return days.error();
    const QString due = m_s.today().addDays(days.value()).toString(Qt::ISODate);
    return st->bindAll(RiskCodes::severity(code), m_s.nowMs(), due, due, familyId).exec();
}

Result<RiskEvent> RiskService::propose(const QString& familyId, RiskCode code,
                                       const QString& reason, const QString& assessmentId)
{
    JIAHU_TRY(TextRules::checkRequired(tr("Reason"), reason, TextRules::kNote));
    FamilyService families(m_s);
    auto family = families.findWritable(familyId);
    if (!family.ok())
        return family.error();
    const std::optional<RiskCode> current = family->riskCode;
    if (current == code)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The family is already %1.").arg(RiskCodes::displayName(code)));
    const bool downgrade = current && RiskCodes::isDowngrade(*current, code);

    if (!assessmentId.isEmpty() || downgrade) {
        if (assessmentId.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("A downgrade needs a reassessment: record one with \"assess\" "
                                "and name it."));
        auto assessment = fetchOne(
            m_s.db(),
            "SELECT suggested_code, created_at >= coalesce((SELECT max(created_at) FROM "
            "risk_events WHERE family_id = ?1 AND kind IN ('set', 'approve')), 0) "
            "FROM assessments WHERE id = ?2 AND family_id = ?1;",
            {family->id, assessmentId},
            [](const Statement& st) {
                return std::pair(records::codeOf(st.int64(0)).value_or(RiskCode::Red),
                                 st.int64(1) != 0);
            },
            tr("There is no assessment %1 for this family.").arg(assessmentId));
        if (!assessment.ok())
            return assessment.error();
        if (downgrade) {
            if (!assessment->second)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("A downgrade needs a reassessment made after the current "
                                    "code was set."));
            if (RiskCodes::severity(assessment->first) > RiskCodes::severity(code))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("The reassessment suggests %1, so it does not allow a downgrade to %2.")
                        .arg(RiskCodes::displayName(assessment->first),
                             RiskCodes::displayName(code)));
        }
    }
    if (downgrade) {
        auto pending = fetchOne(
            m_s.db(),
            "SELECT p.id FROM risk_events p WHERE p.family_id = ? AND p.kind = 'propose' AND "
            "NOT EXISTS (SELECT 1 FROM risk_events d WHERE d.decides = p.id);",
            {family->id}, [](const Statement& st) { return st.text(0); }, {});
        if (pending.ok())
            return makeError(ErrorCode::AlreadyExists,
                             tr("A downgrade proposal for this family is already waiting for a "
                                "supervisor."));
    }

    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    const RiskEventKind kind = downgrade ? RiskEventKind::Propose : RiskEventKind::Set;
    auto id =
        m_s.insert("risk_events", {{"family_id", family->id},
                                   {"kind", CaseVocabulary::id(kind)},
                                   {"code", RiskCodes::severity(code)},
                                   {"previous_code", current ? RiskCodes::severity(*current) : 0},
                                   {"assessment_id", CaseSession::nullIfEmpty(assessmentId)},
                                   {"reason", reason}});
    if (!id.ok())
        return id.error();
    if (kind == RiskEventKind::Set)
        JIAHU_TRY(applyCode(family->id, code));
    JIAHU_TRY(families.touch(family->id));
    JIAHU_TRY(m_s.audit(QStringLiteral("risk.") + CaseVocabulary::id(kind),
                        QStringLiteral("risk_event"), id.value(), family->id));
    JIAHU_TRY(tx->commit());
    return load(id.value());
}

Result<RiskEvent> RiskService::approve(const QString& eventId, const QString& reason)
{
    return decide(eventId, RiskEventKind::Approve, reason);
}

Result<RiskEvent> RiskService::decline(const QString& eventId, const QString& reason)
{
    JIAHU_TRY(TextRules::checkRequired(tr("Reason"), reason, TextRules::kNote));
    return decide(eventId, RiskEventKind::Decline, reason);
}

Result<RiskEvent> RiskService::decide(const QString& eventId, RiskEventKind decision,
                                      const QString& reason)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kNote));
    auto event = load(eventId);
    if (!event.ok())
        return event.error();
    FamilyService families(m_s);
    auto family = families.findWritable(event->familyId);
    if (!family.ok())
        return family.error();
    const bool isRaise = event->kind == RiskEventKind::Set && event->previousCode;
    if (event->kind != RiskEventKind::Propose && !isRaise)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only a downgrade proposal or a raise can be decided."));
    if (isRaise && decision == RiskEventKind::Decline)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A raise took effect at once and cannot be declined; record a "
                            "reassessment and propose a downgrade instead."));
    auto decided = fetchOne(m_s.db(), "SELECT 1 FROM risk_events WHERE decides = ?;", {eventId},
                            [](const Statement&) { return true; }, {});
    if (decided.ok())
        return makeError(ErrorCode::AlreadyExists, tr("This has already been decided."));
    if (event->byUserId == m_s.user().id && !isRaise)
        return makeError(ErrorCode::PermissionDenied,
                         tr("A proposal is approved or declined by another supervisor than the "
                            "one who made it."));
    if (event->kind == RiskEventKind::Propose && decision == RiskEventKind::Approve &&
        family->riskCode != event->previousCode)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The family's code has changed since this proposal was made; "
                            "decline it and propose again."));

    const RiskEventKind kind = isRaise ? RiskEventKind::Review : decision;
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert(
        "risk_events",
        {{"family_id", event->familyId},
         {"kind", CaseVocabulary::id(kind)},
         {"code", RiskCodes::severity(event->code)},
         {"previous_code", family->riskCode ? RiskCodes::severity(*family->riskCode) : 0},
         {"decides", eventId},
         {"assessment_id", CaseSession::nullIfEmpty(event->assessmentId)},
         {"reason", reason}});
    if (!id.ok())
        return id.error();
    if (kind == RiskEventKind::Approve)
        JIAHU_TRY(applyCode(event->familyId, event->code));
    JIAHU_TRY(families.touch(event->familyId));
    JIAHU_TRY(m_s.audit(QStringLiteral("risk.") + CaseVocabulary::id(kind),
                        QStringLiteral("risk_event"), id.value(), event->familyId, reason));
    JIAHU_TRY(tx->commit());
    return load(id.value());
}

Result<QList<RiskEvent>> RiskService::queue(int limit)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    QVariantList binds;
    const QByteArray filter = m_s.policy().familyFilter(m_s.user().id, binds);
    binds << std::clamp(limit, 1, 1000);
    return fetchAll(m_s.db(),
                    QByteArray(records::kRiskEventSelect) +
                        "JOIN families f ON f.id = e.family_id "
                        "WHERE (e.kind = 'propose' OR (e.kind = 'set' AND e.previous_code > 0)) "
                        "AND NOT EXISTS (SELECT 1 FROM risk_events d WHERE d.decides = e.id) "
                        "AND f.deleted_at IS NULL AND " +
                        filter + " ORDER BY e.created_at LIMIT ?;",
                    binds, records::readRiskEvent);
}

} // namespace jiahu
