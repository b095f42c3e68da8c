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
    /// What the assessment did to the code: set/raised at once, or a downgrade proposal.
    std::optional<RiskEvent> riskEvent;
};

/// Assessments (评估) against versioned templates. The answers are stored with the template
/// version; the suggested code comes from the template; the caseworker's confirmed code then
/// sets or raises the family's code at once, or proposes a downgrade for a supervisor.
class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
public:
    explicit AssessmentService(CaseSession& session) : m_s(session) {}

    Result<AssessmentTemplate> templateById(const QString& id);
    Result<AssessmentTemplate> defaultTemplate();
    /// A new template or a new version of one (administrators: reference data).
    Result<AssessmentTemplate> addTemplate(const QByteArray& json, bool makeDefault);
    Result<AssessmentOutcome> assess(const NewAssessment& input);

private:
    CaseSession& m_s;
};

} // namespace jiahu
