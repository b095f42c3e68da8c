#include "AssessmentService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "services/RiskService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace jiahu {

namespace {
Result<AssessmentTemplate> readTemplate(const Statement& st)
{
    auto t = AssessmentTemplate::fromJson(st.text(1).toUtf8());
    if (t.ok())
        t->id = st.text(0);
    return t;
}
} // namespace

Result<AssessmentTemplate> AssessmentService::templateById(const QString& id)
{
    auto t = fetchOne(m_s.db(),
                      "SELECT id, definition FROM assessment_templates WHERE id = ? AND "
                      "deleted_at IS NULL;",
                      {id}, readTemplate, tr("There is no assessment template %1.").arg(id));
    if (!t.ok())
        return t.error();
    return std::move(t.value());
}

Result<AssessmentTemplate> AssessmentService::defaultTemplate()
{
    auto t = fetchOne(m_s.db(),
                      "SELECT id, definition FROM assessment_templates WHERE is_default = 1 AND "
                      "deleted_at IS NULL ORDER BY created_at DESC LIMIT 1;",
                      {}, readTemplate, tr("No default assessment template is set."));
    if (!t.ok())
        return t.error();
    return std::move(t.value());
}

Result<AssessmentTemplate> AssessmentService::addTemplate(const QByteArray& json, bool makeDefault)
{
    JIAHU_TRY(m_s.policy().requireAdministrator());
    auto parsed = AssessmentTemplate::fromJson(json);
    if (!parsed.ok())
        return parsed.error();
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto taken =
        exists(m_s.db(), "SELECT 1 FROM assessment_templates WHERE name = ? AND version >= ?;",
               {parsed->name, parsed->version});
    if (!taken.ok())
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::AlreadyExists,
                         tr("Template %1 already has version %2 or a later one; give the new "
                            "one a higher version.")
                             .arg(parsed->name)
                             .arg(parsed->version));
    if (makeDefault) {
        auto st = m_s.db().prepare("SELECT id FROM assessment_templates WHERE is_default = 1;");
        if (!st.ok())
            return st.error();
        QStringList old;
        JIAHU_TRY(st->forEachRow([&] { old << st->text(0); }));
        for (const QString& id : old)
            JIAHU_TRY(m_s.update("assessment_templates", id, {}, {{"is_default", 0}}));
    }
    auto id = m_s.insert("assessment_templates", {{"name", parsed->name},
                                                  {"version", parsed->version},
                                                  {"is_default", makeDefault ? 1 : 0},
                                                  {"definition", QString::fromUtf8(json)}});
    if (!id.ok())
        return id.error();
    parsed->id = id.value();
    JIAHU_TRY(m_s.audit(QStringLiteral("template.add"), QStringLiteral("assessment_template"),
                        id.value(), {}));
    JIAHU_TRY(tx->commit());
    return std::move(parsed.value());
}

Result<AssessmentOutcome> AssessmentService::assess(const NewAssessment& in)
{
    return record(in, {}, {});
}

Result<AssessmentOutcome> AssessmentService::amend(const QString& assessmentId,
                                                   const NewAssessment& in, const QString& reason)
{
    const QString notFound = tr("There is no assessment %1.").arg(assessmentId);
    auto old = fetchOptional(m_s.db(),
                             "SELECT family_id, EXISTS (SELECT 1 FROM assessments c WHERE "
                             "c.amends = a.id) FROM assessments a WHERE a.id = ?;",
                             {assessmentId}, [](const Statement& st) {
                                 return std::pair(st.text(0), st.int64(1) != 0);
                             });
    if (!old.ok())
        return old.error();
    if (!old.value())
        return makeError(ErrorCode::NotFound, notFound);
    auto family = FamilyService(m_s).findWritable(old.value()->first);
    if (!family.ok())
        return hiddenAsMissing(family.error(), notFound);
    if (old.value()->second)
        return makeError(ErrorCode::InvalidArgument,
                         tr("This assessment has already been corrected; correct the "
                            "correction instead."));
    JIAHU_TRY(
        TextRules::checkRequired(tr("The reason for the correction"), reason, TextRules::kLine));
    NewAssessment corrected = in;
    corrected.familyId = family->id;
    return record(corrected, assessmentId, reason);
}

Result<AssessmentOutcome> AssessmentService::record(const NewAssessment& in, const QString& amends,
                                                    const QString& amendReason)
{
    FamilyService families(m_s);
    auto family = families.findWritable(in.familyId);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    auto tpl = in.templateId.isEmpty() ? defaultTemplate() : templateById(in.templateId);
    if (!tpl.ok())
        return tpl.error();
    auto outcome = tpl->score(in.answers);
    if (!outcome.ok())
        return outcome.error();
    const RiskCode suggested = outcome->suggested;
    const RiskCode confirmed = in.confirmedCode.value_or(suggested);
    if (confirmed != suggested)
        JIAHU_TRY(TextRules::checkRequired(tr("The reason for overriding the suggested code"),
                                           in.overrideReason, TextRules::kNote));
    else
        JIAHU_TRY(TextRules::check(tr("Reason"), in.overrideReason, TextRules::kNote));

    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    const QString answers =
        QString::fromUtf8(QJsonDocument(in.answers).toJson(QJsonDocument::Compact));
    auto id = m_s.insert("assessments", {{"family_id", family->id},
                                         {"template_id", tpl->id},
                                         {"template_version", tpl->version},
                                         {"answers", answers},
                                         {"score", outcome->score},
                                         {"suggested_code", RiskCodes::severity(suggested)},
                                         {"confirmed_code", RiskCodes::severity(confirmed)},
                                         {"override_reason", in.overrideReason},
                                         {"notes", in.notes},
                                         {"amends", CaseSession::nullIfEmpty(amends)},
                                         {"amend_reason", amendReason}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(amends.isEmpty() ? QStringLiteral("assessment.add")
                                         : QStringLiteral("assessment.amend"),
                        QStringLiteral("assessment"), id.value(), family->id, amendReason));
    AssessmentOutcome result;
    RiskService risk(m_s);
    auto current = risk.derivedCode(family->id);
    if (!current.ok())
        return current.error();
    using Basis = RiskService::Basis;
    if (RiskCodes::severity(confirmed) >= RiskCodes::severity(suggested)) {
        // The suggestion, or a code above it: takes effect as any code change would.
        if (current.value() != confirmed) {
            auto event = risk.change(family->id, confirmed, in.overrideReason, id.value(),
                                     Basis::Assessment);
            if (!event.ok())
                return event.error();
            result.riskEvents << event.value();
        }
    } else {
        // Below the suggestion: the suggested code takes effect unless the code is already at
        // least that, and the lower one goes to a supervisor.
        if (!current.value() ||
            RiskCodes::severity(*current.value()) < RiskCodes::severity(suggested)) {
            auto event = risk.change(family->id, suggested, {}, id.value(), Basis::Assessment);
            if (!event.ok())
                return event.error();
            result.riskEvents << event.value();
        }
        auto proposal =
            risk.change(family->id, confirmed, in.overrideReason, id.value(), Basis::Override);
        if (!proposal.ok())
            return proposal.error();
        result.riskEvents << proposal.value();
    }
    JIAHU_TRY(tx->commit());
    auto stored = fetchOne(m_s.db(), QByteArray(records::kAssessmentSelect) + "WHERE a.id = ?;",
                           {id.value()}, records::readAssessment, {});
    if (!stored.ok())
        return stored.error();
    result.assessment = stored.value();
    return result;
}

} // namespace jiahu
