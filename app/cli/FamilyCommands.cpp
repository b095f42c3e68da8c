// Family files and the people in them: family add|list|show|close|transfer|reopen|assign,
// person add, search.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/FamilyService.h"
#include "services/SearchService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

namespace {

int categoriesOf(const Invocation& run)
{
    return CaseVocabulary::parseCategories(run.options.list("category")).value_or(0);
}

/// --after: the cursor a family list printed as 'next' (code:activity:id).
std::optional<FamilyCursor> parseCursor(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3 || parts[2].isEmpty())
        return std::nullopt;
    bool codeOk = false;
    bool timeOk = false;
    const int code = parts[0].toInt(&codeOk);
    const qint64 time = parts[1].toLongLong(&timeOk);
    if (!codeOk || !timeOk)
        return std::nullopt;
    return FamilyCursor{code, time, parts[2]};
}

int setStatus(Invocation& run, FamilyStatus status)
{
    const QString file = run.args[0];
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = FamilyService(*ctx->session).setStatus(file, status, run.options.text("reason"));
    if (!st.ok())
        return run.fail(st.error());
    return run.output(
        QJsonObject{{QStringLiteral("file"), file},
                    {QStringLiteral("status"), CaseVocabulary::id(status)}},
        {CliApp::tr("Family file %1 is now %2.").arg(file, CaseVocabulary::displayName(status))});
}
} // namespace

int familyAdd(Invocation& run)
{
    NewFamily nf;
    nf.town = run.options.text("town");
    nf.community = run.options.text("community");
    nf.address = run.options.text("address");
    nf.schools = run.options.texts("school");
    nf.categories = categoriesOf(run);
    nf.notes = run.options.text("notes");
    nf.caseworkerName = run.options.text("caseworker");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto family = FamilyService(*ctx->session).add(nf);
    if (!family.ok())
        return run.fail(family.error());
    return run.output(
        toJson(family.value()),
        {CliApp::tr("Opened family file %1 (id %2).").arg(family->fileNo, family->id)});
}

int familyList(Invocation& run)
{
    FamilyQuery q;
    q.town = run.options.text("town");
    if (run.options.isSet("code"))
        q.code = RiskCodes::fromId(run.options.text("code"));
    q.anyCategories = categoriesOf(run);
    if (run.options.isSet("status")) {
        if (run.options.text("status") == QLatin1String("all"))
            q.status.reset();
        else
            q.status = CaseVocabulary::parse<FamilyStatus>(run.options.text("status"));
    }
    q.mineOnly = run.options.isSet("mine");
    q.limit = int(run.options.integer("limit", q.limit));
    if (run.options.isSet("after")) {
        q.after = parseCursor(run.options.text("after"));
        if (!q.after)
            return run.usage(CliApp::tr("--after takes the cursor printed as 'next'."));
    }
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto page = FamilyService(*ctx->session).list(q);
    if (!page.ok())
        return run.fail(page.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Family& f : page->families) {
        json.append(toJson(f));
        rows << familyRow(f);
    }
    const QString next = page->next ? QStringLiteral("%1:%2:%3")
                                          .arg(page->next->riskCode)
                                          .arg(page->next->lastActivityAt)
                                          .arg(page->next->id)
                                    : QString();
    if (!next.isEmpty())
        rows << TextRow{CliApp::tr("next: %1").arg(next)};
    return run.outputRows(
        QJsonObject{{QStringLiteral("families"), json}, {QStringLiteral("next"), next}}, rows);
}

int familyShow(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto file = FamilyService(*ctx->session).open(run.args[0], run.options.text("reason"));
    if (!file.ok())
        return run.fail(file.error());
    return run.outputRows(toJson(file.value()), familyFileRows(file.value()));
}

int familyClose(Invocation& run)
{
    return setStatus(run, FamilyStatus::Closed);
}

int familyTransfer(Invocation& run)
{
    return setStatus(run, FamilyStatus::Transferred);
}

int familyReopen(Invocation& run)
{
    return setStatus(run, FamilyStatus::Open);
}

int familyAssign(Invocation& run)
{
    const QString file = run.args[0];
    const QString caseworker = run.options.text("caseworker");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = FamilyService(*ctx->session).assign(file, caseworker);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(
        QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("caseworker"), caseworker}},
        {CliApp::tr("Family file %1 is assigned to %2.").arg(file, caseworker)});
}

int personAdd(Invocation& run)
{
    Person p;
    p.role = *CaseVocabulary::parse<MemberRole>(run.options.text("member"));
    p.name = run.options.text("name");
    p.gender = run.options.text("gender");
    p.birthDate = run.options.date("birth");
    p.idNumber = run.options.text("id-number");
    p.phone = run.options.text("phone");
    p.school = run.options.text("school");
    p.grade = run.options.text("grade");
    p.relationship = run.options.text("relation");
    p.specialNeeds = run.options.text("special-needs");
    p.notes = run.options.text("notes");
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    const Family& family = ctx->family;
    p.familyId = family.id;
    auto person = FamilyService(*ctx->session).addPerson(p);
    if (!person.ok())
        return run.fail(person.error());
    return run.output(
        toJson(person.value()),
        {CliApp::tr("Added %1 to %2 (id %3).").arg(person->name, family.fileNo, person->id)});
}

int search(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto found =
        SearchService(*ctx->session).search(run.args[0], int(run.options.integer("limit", 50)));
    if (!found.ok())
        return run.fail(found.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Family& f : found.value()) {
        json.append(toJson(f));
        rows << familyRow(f);
    }
    return run.outputRows(json, rows);
}

} // namespace jiahu::cli
