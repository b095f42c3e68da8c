#pragma once

#include "common/Result.h"
#include "domain/AssessmentTemplate.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace jiahu {

class CaseSession;

struct NewAssessment {
    QString familyId;
    QString templateId; ///< empty: the default template
    QJsonObject answers;
    std::optional<RiskCode> confirmedCode; ///< empty: accept the suggestion
    QString overrideReason;                ///< required when confirmedCode differs
    QString notes;
};

struct AssessmentOutcome {
    Assessment assessment;
    /// What the assessment did to the code, in order: set or raised at once, and/or a downgrade
    /// proposal for a supervisor.
    QList<RiskEvent> riskEvents;
};

/// Assessments (评估) against versioned templates. The answers are stored with the template
/// version; the suggested code comes from the template; the caseworker's confirmed code then
/// sets or raises the family's code at once, or proposes a downgrade for a supervisor. A code
/// confirmed below the suggestion does not take effect on the caseworker's word: the suggested
/// code does, and the lower one goes to a supervisor as a proposal with the override reason.
/// A mistaken assessment is corrected by an amending one (amend()), which replaces it in the file
/// and has the same effect on the code as a new assessment.
class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
public:
    explicit AssessmentService(CaseSession& session) : m_s(session) {}

    Result<AssessmentTemplate> templateById(const QString& id);
    Result<AssessmentTemplate> defaultTemplate();
    /// A new template or a new version of one (administrators: reference data).
    Result<AssessmentTemplate> addTemplate(const QByteArray& json, bool makeDefault);
    Result<AssessmentOutcome> assess(const NewAssessment& input);
    /// Records a corrected assessment that replaces `assessmentId` (with the reason).
    Result<AssessmentOutcome> amend(const QString& assessmentId, const NewAssessment& input,
                                    const QString& reason);

private:
    Result<AssessmentOutcome> record(const NewAssessment& input, const QString& amends,
                                     const QString& amendReason);
    CaseSession& m_s;
};

} // namespace jiahu
