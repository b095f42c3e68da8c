#include "RiskService.h"

#include "domain/TextRules.h"
#include "projection/FamilyProjection.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"

namespace jiahu {

Result<std::optional<RiskCode>> RiskService::derivedCode(const QString& familyId)
{
    return FamilyProjection::riskCode(m_s.db(), familyId);
}

Result<RiskEvent> RiskService::load(const QString& eventId)
{
    return fetchOne(m_s.db(), QByteArray(records::kRiskEventSelect) + "WHERE e.id = ?;", {eventId},
                    records::readRiskEvent, tr("There is no risk-code event %1.").arg(eventId));
}

Result<QVariant> RiskService::dueAfter(RiskEventKind kind, RiskCode code)
{
    // Only events that set the code fix when the next follow-up is due.
    if (kind != RiskEventKind::Set && kind != RiskEventKind::Approve)
        return QVariant();
    auto cadence = ReferenceData::cadence(m_s.db());
    if (!cadence.ok())
        return cadence.error();
    return QVariant(m_s.today().addDays(cadence->days(code))); // bound as YYYY-MM-DD
}

Result<RiskEvent> RiskService::propose(const QString& familyId, RiskCode code,
                                       const QString& reason, const QString& assessmentId)
{
    return change(familyId, code, reason, assessmentId, Basis::Reasoned);
}

Result<RiskEvent> RiskService::change(const QString& familyId, RiskCode code, const QString& reason,
                                      const QString& assessmentId, Basis basis)
{
    if (basis == Basis::Assessment)
        JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kNote, true));
    else
        JIAHU_TRY(TextRules::checkRequired(tr("Reason"), reason, TextRules::kNote));
    FamilyService families(m_s);
    auto family = families.findWritable(familyId);
    if (!family.ok())
        return family.error();
    // From the events, not the cache: an assessment may have set a code earlier in this same
    // transaction.
    auto derived = derivedCode(family->id);
    if (!derived.ok())
        return derived.error();
    const std::optional<RiskCode> current = derived.value();
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
                return std::pair(RiskCodes::fromSeverity(st.int64(0)).value_or(RiskCode::Red),
                                 st.int64(1) != 0);
            },
            tr("There is no assessment %1 for this family.").arg(assessmentId));
        if (!assessment.ok())
            return assessment.error();
        if (downgrade && basis != Basis::Override) {
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
        auto pending = exists(m_s.db(),
                              "SELECT 1 FROM risk_events p WHERE p.family_id = ? AND "
                              "p.kind = 'propose' AND NOT EXISTS (SELECT 1 FROM risk_events d "
                              "WHERE d.decides = p.id);",
                              {family->id});
        if (!pending.ok())
            return pending.error();
        if (pending.value())
            return makeError(ErrorCode::AlreadyExists,
                             tr("A downgrade proposal for this family is already waiting for a "
                                "supervisor."));
    }

    const RiskEventKind kind = downgrade ? RiskEventKind::Propose : RiskEventKind::Set;
    auto due = dueAfter(kind, code);
    if (!due.ok())
        return due.error();
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("risk_events", {{"family_id", family->id},
                                         {"kind", CaseVocabulary::id(kind)},
                                         {"code", RiskCodes::severity(code)},
                                         {"previous_code", RiskCodes::stored(current)},
                                         {"assessment_id", CaseSession::nullIfEmpty(assessmentId)},
                                         {"reason", reason},
                                         {"next_due", due.value()}});
    if (!id.ok())
        return id.error();
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
    if (!family.ok()) // out of scope answers as if missing
        return hiddenAsMissing(family.error(), tr("There is no risk-code event %1.").arg(eventId));
    const bool isRaise = event->kind == RiskEventKind::Set && event->previousCode;
    if (event->kind != RiskEventKind::Propose && !isRaise)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only a downgrade proposal or a raise can be decided."));
    if (isRaise && decision == RiskEventKind::Decline)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A raise took effect at once and cannot be declined; record a "
                            "reassessment and propose a downgrade instead."));
    auto decided = exists(m_s.db(), "SELECT 1 FROM risk_events WHERE decides = ?;", {eventId});
    if (!decided.ok())
        return decided.error();
    if (decided.value())
        return makeError(ErrorCode::AlreadyExists, tr("This has already been decided."));
    if (event->byUserId == m_s.user().id && !isRaise)
        return makeError(ErrorCode::PermissionDenied,
                         tr("A proposal is approved or declined by a supervisor other than the "
                            "one who made it."));
    if (event->kind == RiskEventKind::Propose && decision == RiskEventKind::Approve &&
        family->riskCode != event->previousCode)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The family's code has changed since this proposal was made; "
                            "decline it and propose again."));

    const RiskEventKind kind = isRaise ? RiskEventKind::Review : decision;
    auto due = dueAfter(kind, event->code);
    if (!due.ok())
        return due.error();
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id =
        m_s.insert("risk_events", {{"family_id", event->familyId},
                                   {"kind", CaseVocabulary::id(kind)},
                                   {"code", RiskCodes::severity(event->code)},
                                   {"previous_code", RiskCodes::stored(family->riskCode)},
                                   {"decides", eventId},
                                   {"assessment_id", CaseSession::nullIfEmpty(event->assessmentId)},
                                   {"reason", reason},
                                   {"next_due", due.value()}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("risk.") + CaseVocabulary::id(kind),
                        QStringLiteral("risk_event"), id.value(), event->familyId, reason));
    JIAHU_TRY(tx->commit());
    return load(id.value());
}

Status RiskService::requireQueueReader(const RiskQueueQuery& q)
{
    // Anyone who proposes may follow their own proposals; the whole queue is the supervisor's.
    return q.mineOnly ? m_s.policy().requireFullFiles() : m_s.policy().requireSupervisor();
}

QByteArray RiskService::queueWhere(const RiskQueueQuery& q, QVariantList& binds)
{
    QByteArray where = "JOIN families f ON f.id = e.family_id "
                       "WHERE (e.kind = 'propose' OR (e.kind = 'set' AND e.previous_code > 0)) "
                       "AND NOT EXISTS (SELECT 1 FROM risk_events d WHERE d.decides = e.id) "
                       "AND f.deleted_at IS NULL AND " +
                       m_s.policy().familyFilter(m_s.user().id, binds);
    if (q.mineOnly) {
        where += " AND e.updated_by = ?";
        binds << m_s.user().id;
    }
    if (q.forMyDecision) {
        where += " AND NOT (e.kind = 'propose' AND e.updated_by = ?)";
        binds << m_s.user().id;
    }
    return where;
}

Result<Page<RiskEvent>> RiskService::queue(const RiskQueueQuery& q)
{
    JIAHU_TRY(requireQueueReader(q));
    QVariantList binds;
    QByteArray sql = QByteArray(records::kRiskEventSelect) + queueWhere(q, binds);
    constexpr const char* kList = "risk.queue";
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 2);
        if (!key.ok())
            return key.error();
        sql += " AND (e.created_at, e.id) > (?, ?)";
        binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(), sql + " ORDER BY e.created_at, e.id LIMIT ?;", binds,
                         records::readRiskEvent);
    if (!rows.ok())
        return rows.error();
    return makePage(std::move(rows.value()), limit, kList, [](const RiskEvent& e) {
        return QVariantList{e.at, e.id};
    });
}

Result<qint64> RiskService::queueCount(const RiskQueueQuery& q)
{
    JIAHU_TRY(requireQueueReader(q));
    QVariantList binds;
    return fetchOne(m_s.db(), "SELECT count(*) FROM risk_events e " + queueWhere(q, binds) + ";",
                    binds, [](const Statement& st) { return st.int64(0); }, {});
}

} // namespace jiahu
