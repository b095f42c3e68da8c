// Reference data an administrator keeps: town add|list, user scope, settings
// file-number|cadence, template show|add.
#include "CliApp.h"
#include "CommandHandlers.h"
#include "FileInput.h"
#include "Invocation.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/ReferenceData.h"
#include "services/UserAccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace jiahu::cli {

namespace {
/// A scope kind with no value prints as a dash, not as nothing.
QString orNone(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}
} // namespace

namespace {
constexpr qint64 kMaxTemplateBytes = 1024 * 1024;
} // namespace

int townAdd(Invocation& run)
{
    const QString name = run.args[0];
    const QString code = run.options.text("code");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = ReferenceData(*ctx->session).addTown(name, code);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(QJsonObject{{QStringLiteral("town"), name}, {QStringLiteral("code"), code}},
                      {CliApp::tr("Added town %1 (%2).").arg(name, code)});
}

int townList(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto towns = ReferenceData(*ctx->session).towns();
    if (!towns.ok())
        return run.fail(towns.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const auto& [name, code] : towns.value()) {
        json.append(QJsonObject{{QStringLiteral("town"), name}, {QStringLiteral("code"), code}});
        rows << TextRow{code, name};
    }
    return run.outputRows(json, rows);
}

int userScope(Invocation& run)
{
    const QString user = run.args[0];
    // Option name -> scope kind. Every kind given is replaced in one transaction.
    const std::pair<const char*, const char*> kinds[] = {
        {"towns", "town"}, {"schools", "school"}, {"agency", "agency"}, {"case-role", "case_role"}};
    QMap<QString, QStringList> scopes;
    for (const auto& [option, kind] : kinds) {
        if (!run.options.isSet(option))
            continue;
        scopes.insert(QString::fromLatin1(kind),
                      QString::fromLatin1(option) == QLatin1String("case-role")
                          ? OptionReader::list(run.options.text(option))
                          : run.options.list(option));
    }
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    ReferenceData ref(*ctx->session);
    if (!scopes.isEmpty()) {
        auto st = ref.setScopes(user, scopes);
        if (!st.ok())
            return run.fail(st.error());
    }
    auto scope = ref.scopeOf(user);
    if (!scope.ok())
        return run.fail(scope.error());
    QStringList towns = scope->towns;
    if (scope->allTowns)
        towns.prepend(QStringLiteral("*"));
    const QString role = scope->caseRole ? Roles::id(*scope->caseRole) : QString();
    return run.output(
        QJsonObject{{QStringLiteral("user"), user},
                    {QStringLiteral("towns"), QJsonArray::fromStringList(towns)},
                    {QStringLiteral("schools"), QJsonArray::fromStringList(scope->schools)},
                    {QStringLiteral("agency"), scope->agency},
                    {QStringLiteral("case_role"), role}},
        {CliApp::tr("%1: towns %2; schools %3; agency %4; case role %5")
             .arg(user, orNone(towns.join(u',')), orNone(scope->schools.join(u',')),
                  orNone(scope->agency), orNone(role))});
}

int settingsFileNumber(Invocation& run)
{
    const QString format = run.args[0];
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = ReferenceData(*ctx->session).setFileNumberFormat(format);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(QJsonObject{{QStringLiteral("file_number_format"), format}},
                      {CliApp::tr("New family files are numbered like %1.")
                           .arg(FamilyService::formatFileNumber(
                               format, QStringLiteral("BSY"), ctx->session->today().year(), 42))});
}

int settingsCadence(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = ReferenceData(*ctx->session).setCadence(run.args[0]);
    if (!st.ok())
        return run.fail(st.error());
    auto cadence = ReferenceData::cadence(ctx->session->db());
    if (!cadence.ok())
        return run.fail(cadence.error());
    const QString now = cadence->text();
    return run.output(QJsonObject{{QStringLiteral("follow_up_cadence"), now}},
                      {CliApp::tr("Follow-up cadence in days per code: %1.").arg(now)});
}

int templateShow(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    AssessmentService service(*ctx->session);
    auto tpl = run.args.isEmpty() ? service.defaultTemplate() : service.templateById(run.args[0]);
    if (!tpl.ok())
        return run.fail(tpl.error());
    const QString lang = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                          : QStringLiteral("en");
    QJsonArray items;
    QStringList lines{QStringLiteral("%1 v%2 (%3)").arg(tpl->name).arg(tpl->version).arg(tpl->id),
                      CliApp::tr("Thresholds: red %1, orange %2, yellow %3")
                          .arg(tpl->redAt)
                          .arg(tpl->orangeAt)
                          .arg(tpl->yellowAt)};
    for (const auto& item : tpl->items) {
        items.append(QJsonObject{
            {QStringLiteral("key"), item.key},
            {QStringLiteral("text"), tpl->itemText(item, lang)},
            {QStringLiteral("weight"), item.weight},
            {QStringLiteral("max"), item.max},
            {QStringLiteral("floor"), item.floor ? RiskCodes::id(*item.floor) : QString()}});
        lines << QStringLiteral("  %1 (0-%2, ×%3%4): %5")
                     .arg(item.key)
                     .arg(item.max)
                     .arg(item.weight)
                     .arg(item.floor ? QStringLiteral(", ≥ ") + RiskCodes::displayName(*item.floor)
                                     : QString(),
                          tpl->itemText(item, lang));
    }
    return run.output(QJsonObject{{QStringLiteral("id"), tpl->id},
                                  {QStringLiteral("name"), tpl->name},
                                  {QStringLiteral("version"), tpl->version},
                                  {QStringLiteral("items"), items}},
                      lines);
}

int templateAdd(Invocation& run)
{
    const QString path = run.args[0];
    auto content = FileInput::readAtMost(path, kMaxTemplateBytes);
    if (!content.ok())
        return run.fail(content.error());
    if (content->size() > kMaxTemplateBytes)
        return run.fail(makeError(
            ErrorCode::InvalidArgument,
            CliApp::tr("%1 is larger than %2 KiB.").arg(path).arg(kMaxTemplateBytes / 1024)));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto tpl =
        AssessmentService(*ctx->session).addTemplate(content.value(), run.options.isSet("default"));
    if (!tpl.ok())
        return run.fail(tpl.error());
    return run.output(QJsonObject{{QStringLiteral("id"), tpl->id}},
                      {CliApp::tr("Added template %1 version %2 (%3).")
                           .arg(tpl->name)
                           .arg(tpl->version)
                           .arg(tpl->id)});
}

} // namespace jiahu::cli
