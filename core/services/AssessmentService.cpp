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
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto exists =
        fetchOne(m_s.db(), "SELECT 1 FROM assessment_templates WHERE name = ? AND version >= ?;",
                 {parsed->name, parsed->version}, [](const Statement&) { return true; }, {});
    if (exists.ok())
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
            JIAHU_TRY(m_s.update("assessment_templates", id, {{"is_default", 0}}));
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
    const RiskCode confirmed = in.confirmedCode.value_or(outcome->suggested);
    if (confirmed != outcome->suggested)
        JIAHU_TRY(TextRules::checkRequired(tr("The reason for overriding the suggested code"),
                                           in.overrideReason, TextRules::kNote));

    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    const QString answers =
        QString::fromUtf8(QJsonDocument(in.answers).toJson(QJsonDocument::Compact));
    auto id =
        m_s.insert("assessments", {{"family_id", family->id},
                                   {"template_id", tpl->id},
                                   {"template_version", tpl->version},
                                   {"answers", answers},
                                   {"score", outcome->score},
                                   {"suggested_code", RiskCodes::severity(outcome->suggested)},
                                   {"confirmed_code", RiskCodes::severity(confirmed)},
                                   {"override_reason", in.overrideReason},
                                   {"notes", in.notes}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("assessment.add"), QStringLiteral("assessment"), id.value(),
                        family->id));
    AssessmentOutcome result;
    if (family->riskCode != confirmed) {
        const QString reason = tr("Assessment: score %1, suggested %2, confirmed %3.")
                                   .arg(outcome->score)
                                   .arg(RiskCodes::displayName(outcome->suggested),
                                        RiskCodes::displayName(confirmed)) +
                               (in.overrideReason.isEmpty() ? QString() : u' ' + in.overrideReason);
        auto event = RiskService(m_s).propose(family->id, confirmed, reason, id.value());
        if (!event.ok())
            return event.error();
        result.riskEvent = event.value();
    } else {
        JIAHU_TRY(families.touch(family->id));
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
