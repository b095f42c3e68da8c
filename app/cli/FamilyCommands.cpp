// Family files and the people in them: family add|list|show|close|transfer|reopen|assign,
// person add, search.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/FamilyService.h"
#include "services/PersonService.h"
#include "services/SearchService.h"
#include "services/UserDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

namespace {

FamilySort familySortOf(const QString& id)
{
    if (id == QLatin1String("file"))
        return FamilySort::FileNumber;
    if (id == QLatin1String("due"))
        return FamilySort::NextDue;
    if (id == QLatin1String("activity"))
        return FamilySort::LastActivity;
    if (id == QLatin1String("town"))
        return FamilySort::Town;
    return FamilySort::CodeActivity;
}

int categoriesOf(const Invocation& run)
{
    return CaseVocabulary::parseCategories(run.options.list("category")).value_or(0);
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
    q.community = run.options.text("community");
    for (const QString& id : run.options.list("code"))
        q.codes << *RiskCodes::fromId(id);
    q.uncodedOnly = run.options.isSet("uncoded");
    q.anyCategories = categoriesOf(run);
    if (run.options.isSet("status")) {
        if (run.options.text("status") == QLatin1String("all"))
            q.status.reset();
        else
            q.status = CaseVocabulary::parse<FamilyStatus>(run.options.text("status"));
    }
    q.mineOnly = run.options.isSet("mine");
    q.overdueOnly = run.options.isSet("overdue");
    q.sort = familySortOf(run.options.text("sort"));
    q.limit = int(run.options.integer("limit", q.limit));
    q.after = run.options.text("after");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    if (run.options.isSet("caseworker")) {
        auto worker = UserDirectory(ctx->session->db()).byName(run.options.text("caseworker"));
        if (!worker.ok())
            return run.fail(worker.error());
        q.caseworkerId = worker->id;
    }
    FamilyService families(*ctx->session);
    auto page = families.list(q);
    if (!page.ok())
        return run.fail(page.error());
    auto count = families.count(q);
    if (!count.ok())
        return run.fail(count.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Family& f : page->rows) {
        json.append(toJson(f));
        rows << familyRow(f);
    }
    return run.outputPage("families", json, rows, page->next,
                          CliApp::tr("%n family file(s)", nullptr, int(count.value())),
                          count.value());
}

int familyEdit(Invocation& run)
{
    FamilyEdit e;
    if (run.options.isSet("community"))
        e.community = run.options.text("community");
    if (run.options.isSet("address"))
        e.address = run.options.text("address");
    if (run.options.isSet("school"))
        e.schools = run.options.texts("school");
    if (run.options.isSet("category"))
        e.categories = categoriesOf(run);
    if (run.options.isSet("notes"))
        e.notes = run.options.text("notes");
    if (run.options.isSet("caseworker"))
        e.caseworkerName = run.options.text("caseworker");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto family = FamilyService(*ctx->session).edit(run.args[0], e);
    if (!family.ok())
        return run.fail(family.error());
    return run.output(toJson(family.value()),
                      {CliApp::tr("Family file %1 is up to date.").arg(family->fileNo)});
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
    auto person = PersonService(*ctx->session).add(p);
    if (!person.ok())
        return run.fail(person.error());
    return run.output(
        toJson(person.value()),
        {CliApp::tr("Added %1 to %2 (id %3).").arg(person->name, family.fileNo, person->id)});
}

int personEdit(Invocation& run)
{
    PersonEdit e;
    auto text = [&run](const char* option, std::optional<QString>& field) {
        if (run.options.isSet(option))
            field = run.options.text(option);
    };
    text("name", e.name);
    text("id-number", e.idNumber);
    text("gender", e.gender);
    text("phone", e.phone);
    text("school", e.school);
    text("grade", e.grade);
    text("relation", e.relationship);
    text("special-needs", e.specialNeeds);
    text("notes", e.notes);
    if (run.options.isSet("birth"))
        e.birthDate = run.options.date("birth");
    e.reason = run.options.text("reason");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto person = PersonService(*ctx->session).edit(run.args[0], e);
    if (!person.ok())
        return run.fail(person.error());
    return run.output(toJson(person.value()),
                      {CliApp::tr("%1 (id %2) is up to date.").arg(person->name, person->id)});
}

int search(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto found = SearchService(*ctx->session)
                     .search({run.args[0], run.options.text("after"),
                              int(run.options.integer("limit", PageCursor::kDefaultLimit))});
    if (!found.ok())
        return run.fail(found.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Family& f : found->rows) {
        json.append(toJson(f));
        rows << familyRow(f);
    }
    return run.outputPage("families", json, rows, found->next);
}

} // namespace jiahu::cli
