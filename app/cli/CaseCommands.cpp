// The case-record verbs of jiahu-cli: thin wrappers over the core services, each with --json.
#include "CaseJson.h"
#include "CliApp.h"

#include "demo/DemoGenerator.h"
#include "services/AssessmentService.h"
#include "services/AttachmentService.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/GuidanceService.h"
#include "services/PlanService.h"
#include "services/ReferenceData.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"
#include "services/SearchService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

#include <cstdio>

namespace jiahu::cli {

namespace {

struct OptionSpec {
    const char* name;
    const char* help;
    const char* value; ///< nullptr for a flag
};

// Help texts stay English in --help, like Qt's own options.
constexpr OptionSpec kCaseOptions[] = {
    {"town", "Town or street (镇街).", "name"},
    {"community", "Community or village (村社).", "name"},
    {"address", "Address.", "text"},
    {"school", "A school (repeat for several).", "name"},
    {"category",
     "Family categories, comma-separated: grandparent, single_parent, blended, "
     "left_behind, migrant, special_needs, incarcerated.",
     "ids"},
    {"notes", "Notes.", "text"},
    {"caseworker", "Assigned caseworker (user name).", "name"},
    {"code", "Risk code: red, orange, yellow or blue.", "code"},
    {"status", "Status filter or target (family list: open, closed, transferred, all).", "status"},
    {"mine", "Only families assigned to me.", nullptr},
    {"after", "family list: continue after this cursor (printed as 'next').", "cursor"},
    {"reason", "Reason (asked for closures, declines, downgrades, opening a file).", "text"},
    {"name", "Person's name.", "name"},
    {"member", "person add: child, guardian or member.", "role"},
    {"gender", "male or female (derived from the identity number when given).", "gender"},
    {"birth", "Birth date YYYY-MM-DD (derived from the identity number when given).", "date"},
    {"id-number", "Identity number (18 characters, GB 11643 check character).", "number"},
    {"phone", "Phone number.", "number"},
    {"grade", "Grade (children).", "text"},
    {"relation", "Relationship to the child (父亲, 祖母, ...).", "text"},
    {"special-needs", "Special needs.", "text"},
    {"answers", "assess: item=value pairs, comma-separated (see 'template show').", "pairs"},
    {"template", "assess: template id (default: the default template).", "id"},
    {"default", "template add: make it the default.", nullptr},
    {"kind",
     "Kind: follow-up home_visit, phone, school, psych_check, other; plan care, "
     "guidance.",
     "kind"},
    {"title", "plan add: title.", "text"},
    {"goals", "plan add: goals.", "text"},
    {"text", "plan action: what is to be done.", "text"},
    {"agency", "Agency (plan actions, referrals; scope of a liaison).", "name"},
    {"owner", "plan action: who does it.", "name"},
    {"due", "Due date YYYY-MM-DD.", "date"},
    {"date", "Date YYYY-MM-DD (default today).", "date"},
    {"next-due", "followup add: next follow-up date (default by the family's code).", "date"},
    {"person", "The family member concerned (person id).", "id"},
    {"findings", "followup add: findings.", "text"},
    {"hours", "Hours (guidance) or required hours (referral).", "hours"},
    {"topic", "guidance add: topic.", "text"},
    {"provider", "Provider of guidance or service.", "name"},
    {"guardian", "guidance add: the guardian (person id).", "id"},
    {"referral", "guidance add: the referral whose order the hours count against.", "id"},
    {"request",
     "refer add: supervision_order, education_order, guidance_order, admonition, "
     "psychological, relief, school_support, other.",
     "request"},
    {"legal-basis", "refer add: legal basis.", "text"},
    {"problems", "refer add: problems found.", "text"},
    {"actions", "refer add: required actions.", "text"},
    {"frequency", "refer add: frequency of the required actions.", "text"},
    {"duration", "refer add: duration.", "text"},
    {"venue", "refer add: venue.", "text"},
    {"served", "refer add: how it is served.", "text"},
    {"response", "refer: the agency's response.", "text"},
    {"outcome", "refer: the outcome.", "text"},
    {"description", "attach add: description.", "text"},
    {"families", "demo: number of families.", "n"},
    {"seed", "demo: random seed (same seed, same data).", "n"},
    {"assessment", "risk propose: the (re)assessment behind it.", "id"},
    {"towns", "user scope: towns, comma-separated ('*' for all).", "names"},
    {"schools", "user scope: schools, comma-separated.", "names"},
    {"case-role", "user scope: a case role for an administrator.", "role"},
};

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString codeName(const std::optional<RiskCode>& code)
{
    return code ? RiskCodes::displayName(*code) : CliApp::tr("not coded");
}

QString familyLine(const Family& f)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(f.fileNo, codeName(f.riskCode), f.town, f.community,
             CaseVocabulary::categoryNames(f.categories).join(u'/'), isoDate(f.nextDue));
}

} // namespace

QList<QCommandLineOption> caseCommandOptions()
{
    QList<QCommandLineOption> out;
    for (const OptionSpec& o : kCaseOptions) {
        if (o.value)
            out.append(QCommandLineOption(QString::fromLatin1(o.name), QString::fromUtf8(o.help),
                                          QString::fromLatin1(o.value)));
        else
            out.append(QCommandLineOption(QString::fromLatin1(o.name), QString::fromUtf8(o.help)));
    }
    return out;
}

QString caseCommandHelp()
{
    return QStringLiteral(
        "\nCase records (--json on every verb):\n"
        "  town add NAME --code C | town list        towns and their file-number codes\n"
        "  user scope NAME --towns|--schools|--agency|--case-role V   where a user works\n"
        "  settings file-number FORMAT               e.g. {town}-{year}-{seq:5}\n"
        "  settings cadence red=7,orange=14,...      follow-up cadence in days per code\n"
        "  template show [ID] | template add FILE [--default]\n"
        "  family add --town T [--community --address --school --category --caseworker]\n"
        "  family list [--town --code --category --status --mine --limit --after]\n"
        "  family show FILE [--reason R]             open a family file (audited)\n"
        "  family close|transfer|reopen FILE --reason R | family assign FILE --caseworker U\n"
        "  person add FILE --name N --member child|guardian|member [--id-number ...]\n"
        "  assess FILE --answers k=v,... [--code C --reason R] [--notes N]\n"
        "  risk propose FILE --code C --reason R [--assessment ID]\n"
        "  risk approve EVENT [--reason R] | risk decline EVENT --reason R | risk queue\n"
        "  plan add FILE --title T [--goals G --kind care|guidance] | plan show PLAN\n"
        "  plan action PLAN --text T [--agency --owner --due] | plan status ACTION --status S\n"
        "  plan approve PLAN | plan close PLAN\n"
        "  followup add FILE --kind K --notes N [--date --findings --next-due --person]\n"
        "  guidance add FILE --hours H --topic T [--date --provider --guardian --referral]\n"
        "  refer add FILE --agency A --request R [--reason --legal-basis --problems ...]\n"
        "  refer send|receive|accept|decline|close REF [--note/--reason --response --outcome]\n"
        "  refer show REF | refer list [--status S]\n"
        "  attach add FILE PATH [--description D] | attach export ID DEST [--reason R]\n"
        "  search TEXT                               names, file numbers, ID/phone digits, notes\n"
        "  overdue [--mine --town T --limit N]       families whose follow-up is past due\n"
        "  demo --families N --seed S                fill an empty database with demo data\n");
}

struct CliApp::CaseContext {
    std::unique_ptr<Vault> vault;
    std::unique_ptr<CaseSession> session;
    Family family; ///< the family named on the command line, if any
};

Result<CliApp::CaseContext> CliApp::openCase(const QString& familyKey)
{
    auto vault = unlock();
    if (!vault.ok())
        return vault.error();
    auto session = CaseSession::start(vault.value()->database(), vault.value()->user());
    if (!session.ok())
        return session.error();
    CaseContext ctx{std::move(vault.value()), std::move(session.value()), {}};
    if (!familyKey.isEmpty()) {
        // A family is named by its file number or its id.
        auto family = FamilyService(*ctx.session).find(familyKey);
        if (!family.ok())
            return family.error();
        ctx.family = family.value();
    }
    return ctx;
}

QString CliApp::option(const char* name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

bool CliApp::jsonOutput() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

int CliApp::output(const QJsonValue& json, const QStringList& lines)
{
    if (jsonOutput()) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        print(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    } else {
        for (const QString& line : lines)
            print(line);
    }
    return Ok;
}

int CliApp::caseCommand(const QString& verb, const QStringList& args)
{
    using Handler = int (CliApp::*)(const QStringList&);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("town"), &CliApp::townCommand},
        {QStringLiteral("settings"), &CliApp::settingsCommand},
        {QStringLiteral("template"), &CliApp::templateCommand},
        {QStringLiteral("family"), &CliApp::familyCommand},
        {QStringLiteral("person"), &CliApp::personCommand},
        {QStringLiteral("assess"), &CliApp::assessCommand},
        {QStringLiteral("risk"), &CliApp::riskCommand},
        {QStringLiteral("plan"), &CliApp::planCommand},
        {QStringLiteral("followup"), &CliApp::followUpCommand},
        {QStringLiteral("guidance"), &CliApp::guidanceCommand},
        {QStringLiteral("refer"), &CliApp::referCommand},
        {QStringLiteral("attach"), &CliApp::attachCommand},
        {QStringLiteral("search"), &CliApp::searchCommand},
        {QStringLiteral("overdue"), &CliApp::overdueCommand},
        {QStringLiteral("demo"), &CliApp::demoCommand},
    };
    const auto it = handlers.find(verb);
    if (it == handlers.end())
        return -1;
    return (this->*it.value())(args);
}

int CliApp::townCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add") && args.size() == 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto st = ReferenceData(*ctx->session).addTown(args[1], option("code"));
        if (!st.ok())
            return fail(st.error());
        return output(QJsonObject{{QStringLiteral("town"), args[1]},
                                  {QStringLiteral("code"), option("code")}},
                      {tr("Added town %1 (%2).").arg(args[1], option("code"))});
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto towns = ReferenceData(*ctx->session).towns();
        if (!towns.ok())
            return fail(towns.error());
        QJsonArray json;
        QStringList lines;
        for (const auto& [name, code] : towns.value()) {
            json.append(
                QJsonObject{{QStringLiteral("town"), name}, {QStringLiteral("code"), code}});
            lines << code + u'\t' + name;
        }
        return output(json, lines);
    }
    return usage(tr("town needs: add NAME --code C, or list."));
}

int CliApp::scopeCommand(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("user scope needs a user name."));
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    ReferenceData ref(*ctx->session);
    const std::pair<const char*, const char*> kinds[] = {
        {"towns", "town"}, {"schools", "school"}, {"agency", "agency"}, {"case-role", "case_role"}};
    for (const auto& [opt, kind] : kinds) {
        if (!m_parser.isSet(QString::fromLatin1(opt)))
            continue;
        auto st = ref.setScope(args[0], QString::fromLatin1(kind), splitList(option(opt)));
        if (!st.ok())
            return fail(st.error());
    }
    auto scope = ref.scopeOf(args[0]);
    if (!scope.ok())
        return fail(scope.error());
    QStringList towns = scope->towns;
    if (scope->allTowns)
        towns.prepend(QStringLiteral("*"));
    const QString role = scope->caseRole ? Roles::id(*scope->caseRole) : QString();
    return output(
        QJsonObject{{QStringLiteral("user"), args[0]},
                    {QStringLiteral("towns"), QJsonArray::fromStringList(towns)},
                    {QStringLiteral("schools"), QJsonArray::fromStringList(scope->schools)},
                    {QStringLiteral("agency"), scope->agency},
                    {QStringLiteral("case_role"), role}},
        {tr("%1: towns %2; schools %3; agency %4; case role %5")
             .arg(args[0], towns.join(u','), scope->schools.join(u','), scope->agency, role)});
}

int CliApp::settingsCommand(const QStringList& args)
{
    if (args.size() == 2 && args[0] == QLatin1String("cadence")) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto st = ReferenceData(*ctx->session).setCadence(args[1]);
        if (!st.ok())
            return fail(st.error());
        auto cadence = ReferenceData::cadence(ctx->session->db());
        if (!cadence.ok())
            return fail(cadence.error());
        const QString now = cadence->text();
        return output(QJsonObject{{QStringLiteral("follow_up_cadence"), now}},
                      {tr("Follow-ups are now due every: %1 (days).").arg(now)});
    }
    if (args.size() != 2 || args[0] != QLatin1String("file-number"))
        return usage(tr("settings needs: file-number FORMAT, or cadence red=7,orange=14,..."));
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    auto st = ReferenceData(*ctx->session).setFileNumberFormat(args[1]);
    if (!st.ok())
        return fail(st.error());
    return output(QJsonObject{{QStringLiteral("file_number_format"), args[1]}},
                  {tr("New family files are numbered like %1.")
                       .arg(FamilyService::formatFileNumber(args[1], QStringLiteral("BSY"),
                                                            QDate::currentDate().year(), 42))});
}

int CliApp::templateCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("show") && args.size() <= 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        AssessmentService service(*ctx->session);
        auto tpl = args.size() == 2 ? service.templateById(args[1]) : service.defaultTemplate();
        if (!tpl.ok())
            return fail(tpl.error());
        const QString lang = QLocale().name().startsWith(QLatin1String("zh"))
                                 ? QStringLiteral("zh_CN")
                                 : QStringLiteral("en");
        QJsonArray items;
        QStringList lines{
            QStringLiteral("%1 v%2 (%3)").arg(tpl->name).arg(tpl->version).arg(tpl->id),
            tr("Thresholds: red %1, orange %2, yellow %3")
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
                         .arg(item.floor
                                  ? QStringLiteral(", ≥ ") + RiskCodes::displayName(*item.floor)
                                  : QString(),
                              tpl->itemText(item, lang));
        }
        return output(QJsonObject{{QStringLiteral("id"), tpl->id},
                                  {QStringLiteral("name"), tpl->name},
                                  {QStringLiteral("version"), tpl->version},
                                  {QStringLiteral("items"), items}},
                      lines);
    }
    if (sub == QLatin1String("add") && args.size() == 2) {
        QFile file(args[1]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                makeError(ErrorCode::Io, tr("Cannot read %1.").arg(args[1]), file.errorString()));
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto tpl =
            AssessmentService(*ctx->session)
                .addTemplate(file.read(1024 * 1024), m_parser.isSet(QStringLiteral("default")));
        if (!tpl.ok())
            return fail(tpl.error());
        return output(QJsonObject{{QStringLiteral("id"), tpl->id}},
                      {tr("Added template %1 version %2 (%3).")
                           .arg(tpl->name)
                           .arg(tpl->version)
                           .arg(tpl->id)});
    }
    return usage(tr("template needs: show [ID], or add FILE [--default]."));
}

int CliApp::familyCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add") && args.size() == 1) {
        const auto categories = CaseVocabulary::parseCategories(splitList(option("category")));
        if (!categories)
            return usage(
                tr("--category takes: %1")
                    .arg(CaseVocabulary::ids<FamilyCategory>().join(QStringLiteral(", "))));
        NewFamily nf;
        nf.town = option("town");
        nf.community = option("community");
        nf.address = option("address");
        nf.schools = m_parser.values(QStringLiteral("school"));
        nf.categories = *categories;
        nf.notes = option("notes");
        nf.caseworkerName = option("caseworker");
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto family = FamilyService(*ctx->session).add(nf);
        if (!family.ok())
            return fail(family.error());
        return output(toJson(family.value()),
                      {tr("Opened family file %1 (id %2).").arg(family->fileNo, family->id)});
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        FamilyQuery q;
        q.town = option("town");
        if (m_parser.isSet(QStringLiteral("code"))) {
            const auto code = RiskCodes::fromId(option("code"));
            if (!code)
                return usage(tr("--code is red, orange, yellow or blue."));
            q.codes = {*code};
        }
        const auto categories = CaseVocabulary::parseCategories(splitList(option("category")));
        if (!categories)
            return usage(
                tr("--category takes: %1")
                    .arg(CaseVocabulary::ids<FamilyCategory>().join(QStringLiteral(", "))));
        q.anyCategories = *categories;
        if (m_parser.isSet(QStringLiteral("status"))) {
            if (option("status") == QLatin1String("all"))
                q.status.reset();
            else if (!(q.status = CaseVocabulary::parse<FamilyStatus>(option("status"))))
                return usage(tr("--status is open, closed, transferred or all."));
        }
        q.mineOnly = m_parser.isSet(QStringLiteral("mine"));
        if (m_parser.isSet(QStringLiteral("limit")))
            q.limit = option("limit").toInt();
        q.after = option("after");
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto page = FamilyService(*ctx->session).list(q);
        if (!page.ok())
            return fail(page.error());
        QJsonArray rows;
        QStringList lines;
        for (const Family& f : page->rows) {
            rows.append(toJson(f));
            lines << familyLine(f);
        }
        const QString next = page->next;
        if (!next.isEmpty())
            lines << tr("next: %1").arg(next);
        return output(
            QJsonObject{{QStringLiteral("families"), rows}, {QStringLiteral("next"), next}}, lines);
    }
    if (sub == QLatin1String("show") && args.size() == 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto file = FamilyService(*ctx->session).open(args[1], option("reason"));
        if (!file.ok())
            return fail(file.error());
        const Family& f = file->family;
        QStringList lines{
            tr("Family file %1 — %2 — %3")
                .arg(f.fileNo, codeName(f.riskCode), CaseVocabulary::displayName(f.status)),
            tr("Town: %1 %2  Address: %3").arg(f.town, f.community, f.address),
            tr("Categories: %1").arg(CaseVocabulary::categoryNames(f.categories).join(u'、')),
            tr("Caseworker: %1  Next follow-up due: %2").arg(f.caseworkerName, isoDate(f.nextDue))};
        if (file->partial)
            lines << tr("(Partial view: the children of your school and their follow-ups.)");
        for (const Person& p : file->people)
            lines << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                         .arg(CaseVocabulary::displayName(p.role), p.name, isoDate(p.birthDate),
                              p.idNumber, p.school, p.relationship);
        for (const RiskEvent& e : file->riskHistory)
            lines << QStringLiteral("  [%1] %2 %3 %4: %5")
                         .arg(isoTime(e.at), CaseVocabulary::id(e.kind),
                              RiskCodes::displayName(e.code), e.byUserName, e.reason);
        for (const FollowUp& x : file->followUps)
            lines << QStringLiteral("  %1 %2: %3 %4")
                         .arg(isoDate(x.date), CaseVocabulary::displayName(x.kind), x.notes,
                              x.findings);
        for (const Referral& r : file->referrals)
            lines << QStringLiteral("  %1 → %2 (%3)")
                         .arg(CaseVocabulary::displayName(r.request), r.agency,
                              ReferralStatuses::displayName(r.status));
        return output(toJson(file.value()), lines);
    }
    if ((sub == QLatin1String("close") || sub == QLatin1String("transfer") ||
         sub == QLatin1String("reopen")) &&
        args.size() == 2) {
        const FamilyStatus status = sub == QLatin1String("close")      ? FamilyStatus::Closed
                                    : sub == QLatin1String("transfer") ? FamilyStatus::Transferred
                                                                       : FamilyStatus::Open;
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto st = FamilyService(*ctx->session).setStatus(args[1], status, option("reason"));
        if (!st.ok())
            return fail(st.error());
        return output(
            QJsonObject{{QStringLiteral("file"), args[1]},
                        {QStringLiteral("status"), CaseVocabulary::id(status)}},
            {tr("Family file %1 is now %2.").arg(args[1], CaseVocabulary::displayName(status))});
    }
    if (sub == QLatin1String("assign") && args.size() == 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto st = FamilyService(*ctx->session).assign(args[1], option("caseworker"));
        if (!st.ok())
            return fail(st.error());
        return output(QJsonObject{{QStringLiteral("file"), args[1]},
                                  {QStringLiteral("caseworker"), option("caseworker")}},
                      {tr("Family file %1 is assigned to %2.").arg(args[1], option("caseworker"))});
    }
    return usage(
        tr("family needs: add, list, show FILE, close|transfer|reopen FILE, assign FILE."));
}

int CliApp::personCommand(const QStringList& args)
{
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        return usage(tr("person needs: add FILE --name N --member child|guardian|member."));
    const auto role = CaseVocabulary::parse<MemberRole>(option("member"));
    if (!role)
        return usage(tr("--member is child, guardian or member."));
    Person p;
    p.familyId = args[1];
    p.role = *role;
    p.name = option("name");
    p.gender = option("gender");
    p.idNumber = option("id-number");
    p.phone = option("phone");
    p.school = option("school");
    p.grade = option("grade");
    p.relationship = option("relation");
    p.specialNeeds = option("special-needs");
    p.notes = option("notes");
    if (m_parser.isSet(QStringLiteral("birth"))) {
        p.birthDate = QDate::fromString(option("birth"), Qt::ISODate);
        if (!p.birthDate.isValid())
            return usage(tr("Dates are written YYYY-MM-DD."));
    }
    auto ctx = openCase(args[1]);
    if (!ctx.ok())
        return fail(ctx.error());
    const Family& family = ctx->family;
    p.familyId = family.id;
    auto person = PersonService(*ctx->session).add(p);
    if (!person.ok())
        return fail(person.error());
    return output(toJson(person.value()),
                  {tr("Added %1 to %2 (id %3).").arg(person->name, family.fileNo, person->id)});
}

int CliApp::assessCommand(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("assess needs a family file and --answers."));
    NewAssessment in;
    in.templateId = option("template");
    for (const QString& pair : splitList(option("answers"))) {
        const qsizetype eq = pair.indexOf(u'=');
        bool ok = false;
        const int value = eq > 0 ? pair.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!ok)
            return usage(tr("--answers takes item=number pairs separated by commas."));
        in.answers.insert(pair.left(eq).trimmed(), value);
    }
    if (m_parser.isSet(QStringLiteral("code"))) {
        in.confirmedCode = RiskCodes::fromId(option("code"));
        if (!in.confirmedCode)
            return usage(tr("--code is red, orange, yellow or blue."));
    }
    in.overrideReason = option("reason");
    in.notes = option("notes");
    auto ctx = openCase(args[0]);
    if (!ctx.ok())
        return fail(ctx.error());
    const Family& family = ctx->family;
    in.familyId = family.id;
    auto outcome = AssessmentService(*ctx->session).assess(in);
    if (!outcome.ok())
        return fail(outcome.error());
    const Assessment& a = outcome->assessment;
    QJsonObject json{{QStringLiteral("assessment"), toJson(a)}};
    QStringList lines{
        tr("Assessment %1: score %2, suggested %3, confirmed %4.")
            .arg(a.id)
            .arg(a.score)
            .arg(RiskCodes::displayName(a.suggestedCode), RiskCodes::displayName(a.confirmedCode))};
    QJsonArray events;
    for (const RiskEvent& e : outcome->riskEvents) {
        events.append(toJson(e));
        lines << (e.kind == RiskEventKind::Propose
                      ? tr("Downgrade proposed (%1); a supervisor decides.").arg(e.id)
                      : tr("The family is now %1.").arg(RiskCodes::displayName(e.code)));
    }
    if (!outcome->riskEvents.isEmpty()) {
        json.insert(QStringLiteral("risk_event"), toJson(outcome->riskEvents.constLast()));
        json.insert(QStringLiteral("risk_events"), events);
    }
    return output(json, lines);
}

int CliApp::riskCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    auto eventLine = [](const RiskEvent& e) {
        return QStringLiteral("%1\t%2\t%3 → %4\t%5\t%6")
            .arg(e.id, CaseVocabulary::id(e.kind), codeName(e.previousCode),
                 RiskCodes::displayName(e.code), e.byUserName, e.reason);
    };
    if (sub == QLatin1String("propose") && args.size() == 2) {
        const auto code = RiskCodes::fromId(option("code"));
        if (!code)
            return usage(tr("--code is red, orange, yellow or blue."));
        auto ctx = openCase(args[1]);
        if (!ctx.ok())
            return fail(ctx.error());
        const Family& family = ctx->family;
        auto event = RiskService(*ctx->session)
                         .propose(family.id, *code, option("reason"), option("assessment"));
        if (!event.ok())
            return fail(event.error());
        return output(toJson(event.value()), {eventLine(event.value())});
    }
    if ((sub == QLatin1String("approve") || sub == QLatin1String("decline")) && args.size() == 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        RiskService service(*ctx->session);
        auto event = sub == QLatin1String("approve") ? service.approve(args[1], option("reason"))
                                                     : service.decline(args[1], option("reason"));
        if (!event.ok())
            return fail(event.error());
        return output(toJson(event.value()), {eventLine(event.value())});
    }
    if (sub == QLatin1String("queue") && args.size() == 1) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        RiskQueueQuery rq;
        rq.limit = option("limit").isEmpty() ? 100 : option("limit").toInt();
        auto queue = RiskService(*ctx->session).queue(rq);
        if (!queue.ok())
            return fail(queue.error());
        QJsonArray json;
        QStringList lines;
        for (const RiskEvent& e : queue->rows) {
            json.append(toJson(e));
            lines << eventLine(e);
        }
        return output(json, lines);
    }
    return usage(tr("risk needs: propose FILE, approve EVENT, decline EVENT, or queue."));
}

int CliApp::planCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (args.size() != 2)
        return usage(tr("plan needs: add FILE, action PLAN, status ACTION, approve PLAN, "
                        "close PLAN or show PLAN."));
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    PlanService plans(*ctx->session);
    auto showPlan = [&](const QString& id) {
        auto plan = plans.get(id);
        if (!plan.ok())
            return fail(plan.error());
        QStringList lines{tr("Plan %1: %2 (%3, %4% done)")
                              .arg(plan->id, plan->title, CaseVocabulary::displayName(plan->status))
                              .arg(plan->progressPercent())};
        for (const PlanAction& a : plan->actions)
            lines << QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                         .arg(a.id, CaseVocabulary::displayName(a.status), isoDate(a.dueDate),
                              a.agency, a.description);
        return output(toJson(plan.value()), lines);
    };
    if (sub == QLatin1String("add")) {
        const auto kind = m_parser.isSet(QStringLiteral("kind"))
                              ? CaseVocabulary::parse<PlanKind>(option("kind"))
                              : std::optional<PlanKind>(PlanKind::Care);
        if (!kind)
            return usage(tr("--kind is care or guidance for a plan."));
        auto family = FamilyService(*ctx->session).find(args[1]);
        if (!family.ok())
            return fail(family.error());
        auto plan = plans.add(family->id, *kind, option("title"), option("goals"));
        if (!plan.ok())
            return fail(plan.error());
        return showPlan(plan->id);
    }
    if (sub == QLatin1String("action")) {
        PlanAction a;
        a.description = option("text");
        a.agency = option("agency");
        a.owner = option("owner");
        if (m_parser.isSet(QStringLiteral("due"))) {
            a.dueDate = QDate::fromString(option("due"), Qt::ISODate);
            if (!a.dueDate.isValid())
                return usage(tr("Dates are written YYYY-MM-DD."));
        }
        auto action = plans.addAction(args[1], a);
        if (!action.ok())
            return fail(action.error());
        return showPlan(args[1]);
    }
    if (sub == QLatin1String("status")) {
        const auto status = CaseVocabulary::parse<ActionStatus>(option("status"));
        if (!status)
            return usage(tr("--status is todo, doing, done or dropped for an action."));
        auto st = plans.setActionStatus(args[1], *status);
        if (!st.ok())
            return fail(st.error());
        return output(
            QJsonObject{{QStringLiteral("action"), args[1]},
                        {QStringLiteral("status"), CaseVocabulary::id(*status)}},
            {tr("Action %1 is now %2.").arg(args[1], CaseVocabulary::displayName(*status))});
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("close")) {
        auto st = sub == QLatin1String("approve") ? plans.approve(args[1]) : plans.close(args[1]);
        if (!st.ok())
            return fail(st.error());
        return showPlan(args[1]);
    }
    if (sub == QLatin1String("show"))
        return showPlan(args[1]);
    return usage(tr("plan needs: add FILE, action PLAN, status ACTION, approve PLAN, close PLAN "
                    "or show PLAN."));
}

int CliApp::followUpCommand(const QStringList& args)
{
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        return usage(tr("followup needs: add FILE --kind K --notes N."));
    FollowUp x;
    const auto kind = CaseVocabulary::parse<FollowUpKind>(option("kind"));
    if (!kind)
        return usage(tr("--kind is one of: %1")
                         .arg(CaseVocabulary::ids<FollowUpKind>().join(QStringLiteral(", "))));
    x.kind = *kind;
    x.notes = option("notes");
    x.findings = option("findings");
    x.personId = option("person");
    x.date = m_parser.isSet(QStringLiteral("date")) ? QDate::fromString(option("date"), Qt::ISODate)
                                                    : QDate::currentDate();
    if (m_parser.isSet(QStringLiteral("next-due")))
        x.nextDue = QDate::fromString(option("next-due"), Qt::ISODate);
    if (!x.date.isValid() || (m_parser.isSet(QStringLiteral("next-due")) && !x.nextDue.isValid()))
        return usage(tr("Dates are written YYYY-MM-DD."));
    auto ctx = openCase(args[1]);
    if (!ctx.ok())
        return fail(ctx.error());
    const Family& family = ctx->family;
    x.familyId = family.id;
    auto added = FollowUpService(*ctx->session).add(x);
    if (!added.ok())
        return fail(added.error());
    return output(
        toJson(added.value()),
        {tr("Follow-up %1 recorded; next due %2.").arg(added->id, isoDate(added->nextDue))});
}

int CliApp::guidanceCommand(const QStringList& args)
{
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        return usage(tr("guidance needs: add FILE --hours H --topic T."));
    GuidanceSession g;
    bool ok = false;
    g.hours = option("hours").toDouble(&ok);
    if (!ok)
        return usage(tr("--hours needs a number."));
    g.topic = option("topic");
    g.provider = option("provider");
    g.guardianId = option("guardian");
    g.referralId = option("referral");
    g.notes = option("notes");
    g.date = m_parser.isSet(QStringLiteral("date")) ? QDate::fromString(option("date"), Qt::ISODate)
                                                    : QDate::currentDate();
    if (!g.date.isValid())
        return usage(tr("Dates are written YYYY-MM-DD."));
    auto ctx = openCase(args[1]);
    if (!ctx.ok())
        return fail(ctx.error());
    const Family& family = ctx->family;
    g.familyId = family.id;
    auto added = GuidanceService(*ctx->session).add(g);
    if (!added.ok())
        return fail(added.error());
    return output(toJson(added.value()), {tr("Guidance session %1 recorded.").arg(added->id)});
}

int CliApp::referCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    auto referralLines = [](const Referral& r) {
        QStringList lines{QStringLiteral("%1\t%2 → %3\t%4")
                              .arg(r.id, CaseVocabulary::displayName(r.request), r.agency,
                                   ReferralStatuses::displayName(r.status))};
        if (r.requiredHours > 0)
            lines << CliApp::tr("  guidance hours: %1 of %2").arg(r.hoursDone).arg(r.requiredHours);
        for (const ReferralEvent& e : r.events)
            lines << QStringLiteral("  %1 %2 %3 %4")
                         .arg(isoTime(e.at), ReferralStatuses::displayName(e.status), e.byUserName,
                              e.note);
        return lines;
    };
    if (sub == QLatin1String("add") && args.size() == 2) {
        const auto request = CaseVocabulary::parse<ReferralRequest>(option("request"));
        if (!request)
            return usage(
                tr("--request is one of: %1")
                    .arg(CaseVocabulary::ids<ReferralRequest>().join(QStringLiteral(", "))));
        Referral r;
        r.agency = option("agency");
        r.request = *request;
        r.reason = option("reason");
        r.legalBasis = option("legal-basis");
        r.problems = option("problems");
        r.requiredActions = option("actions");
        r.frequency = option("frequency");
        r.duration = option("duration");
        r.provider = option("provider");
        r.venue = option("venue");
        r.servedHow = option("served");
        if (m_parser.isSet(QStringLiteral("hours")))
            r.requiredHours = option("hours").toDouble();
        auto ctx = openCase(args[1]);
        if (!ctx.ok())
            return fail(ctx.error());
        const Family& family = ctx->family;
        r.familyId = family.id;
        auto created = ReferralService(*ctx->session).create(r);
        if (!created.ok())
            return fail(created.error());
        return output(toJson(created.value()), referralLines(created.value()));
    }
    static const QHash<QString, ReferralStatus> moves = {
        {QStringLiteral("send"), ReferralStatus::Sent},
        {QStringLiteral("receive"), ReferralStatus::Received},
        {QStringLiteral("accept"), ReferralStatus::Accepted},
        {QStringLiteral("decline"), ReferralStatus::Declined},
        {QStringLiteral("close"), ReferralStatus::Closed}};
    if (moves.contains(sub) && args.size() == 2) {
        ReferralMove mv;
        mv.to = moves.value(sub);
        mv.note = m_parser.isSet(QStringLiteral("notes")) ? option("notes") : option("reason");
        mv.response = option("response");
        mv.outcome = option("outcome");
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto moved = ReferralService(*ctx->session).move(args[1], mv);
        if (!moved.ok())
            return fail(moved.error());
        return output(toJson(moved.value()), referralLines(moved.value()));
    }
    if (sub == QLatin1String("show") && args.size() == 2) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto r = ReferralService(*ctx->session).get(args[1], option("reason"));
        if (!r.ok())
            return fail(r.error());
        return output(toJson(r.value()), referralLines(r.value()));
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        std::optional<ReferralStatus> status;
        if (m_parser.isSet(QStringLiteral("status"))) {
            status = ReferralStatuses::fromId(option("status"));
            if (!status)
                return usage(
                    tr("--status is draft, sent, received, accepted, declined or closed."));
        }
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        ReferralQuery rq;
        rq.status = status;
        rq.limit = option("limit").isEmpty() ? 100 : option("limit").toInt();
        auto list = ReferralService(*ctx->session).list(rq);
        if (!list.ok())
            return fail(list.error());
        QJsonArray json;
        QStringList lines;
        for (const Referral& r : list->rows) {
            json.append(toJson(r));
            lines << referralLines(r).first();
        }
        return output(json, lines);
    }
    return usage(
        tr("refer needs: add FILE, send|receive|accept|decline|close REF, show REF or list."));
}

int CliApp::attachCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add") && args.size() == 3) {
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                makeError(ErrorCode::Io, tr("Cannot read %1.").arg(args[2]), file.errorString()));
        if (file.size() > AttachmentService::kMaxBytes)
            return fail(makeError(ErrorCode::InvalidArgument,
                                  tr("%1 is larger than the %2 MiB an attachment may be.")
                                      .arg(args[2])
                                      .arg(AttachmentService::kMaxBytes / (1024 * 1024))));
        const QByteArray content = file.readAll();
        auto ctx = openCase(args[1]);
        if (!ctx.ok())
            return fail(ctx.error());
        const Family& family = ctx->family;
        auto info = AttachmentService(*ctx->session)
                        .add(family.id, QFileInfo(args[2]).fileName(), content,
                             QMimeDatabase().mimeTypeForFileNameAndData(args[2], content).name(),
                             option("description"));
        if (!info.ok())
            return fail(info.error());
        return output(toJson(info.value()), {tr("Attached %1 (%2 bytes, SHA-256 %3) as %4.")
                                                 .arg(info->fileName)
                                                 .arg(info->size)
                                                 .arg(info->sha256, info->id)});
    }
    if (sub == QLatin1String("export") && args.size() == 3) {
        auto ctx = openCase();
        if (!ctx.ok())
            return fail(ctx.error());
        auto content = AttachmentService(*ctx->session).exportContent(args[1], option("reason"));
        if (!content.ok())
            return fail(content.error());
        QSaveFile out(args[2]);
        if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content->size() ||
            !out.commit())
            return fail(
                makeError(ErrorCode::Io, tr("Cannot write %1.").arg(args[2]), out.errorString()));
        return output(QJsonObject{{QStringLiteral("file"), args[2]},
                                  {QStringLiteral("size"), double(content->size())}},
                      {tr("Exported to %1.").arg(args[2])});
    }
    return usage(tr("attach needs: add FILE PATH, or export ID DEST."));
}

int CliApp::searchCommand(const QStringList& args)
{
    if (args.size() != 1)
        return usage(tr("search needs the text to find (quote it if it has spaces)."));
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    SearchQuery sq;
    sq.text = args[0];
    sq.limit = option("limit").isEmpty() ? 50 : option("limit").toInt();
    auto found = SearchService(*ctx->session).search(sq);
    if (!found.ok())
        return fail(found.error());
    QJsonArray json;
    QStringList lines;
    for (const Family& f : found->rows) {
        json.append(toJson(f));
        lines << familyLine(f);
    }
    return output(json, lines);
}

int CliApp::overdueCommand(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("overdue takes only options."));
    DueQuery q;
    q.mineOnly = m_parser.isSet(QStringLiteral("mine"));
    q.town = option("town");
    if (m_parser.isSet(QStringLiteral("limit")))
        q.limit = option("limit").toInt();
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    auto rows = FollowUpService(*ctx->session).due(q);
    if (!rows.ok())
        return fail(rows.error());
    QJsonArray json;
    QStringList lines;
    for (const DueFamily& o : rows->rows) {
        json.append(toJson(o));
        lines << tr("%1 days overdue\t%2").arg(o.daysOverdue).arg(familyLine(o.family));
    }
    return output(json, lines);
}

int CliApp::demoCommand(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("demo takes only options: --families N --seed S."));
    DemoGenerator::Options options;
    bool ok = true;
    if (m_parser.isSet(QStringLiteral("families")))
        options.families = option("families").toInt(&ok);
    if (ok && m_parser.isSet(QStringLiteral("seed")))
        options.seed = option("seed").toULongLong(&ok);
    if (!ok)
        return usage(tr("--families and --seed take whole numbers."));
    auto ctx = openCase();
    if (!ctx.ok())
        return fail(ctx.error());
    QElapsedTimer timer;
    timer.start();
    auto counts = DemoGenerator::generate(*ctx->session, options, [&](int done) {
        if (!jsonOutput())
            std::fprintf(stderr, "\r%d / %d", done, options.families);
    });
    if (!jsonOutput())
        std::fputc('\n', stderr);
    if (!counts.ok())
        return fail(counts.error());
    const double seconds = timer.elapsed() / 1000.0;
    return output(QJsonObject{{QStringLiteral("families"), double(counts->families)},
                              {QStringLiteral("people"), double(counts->people)},
                              {QStringLiteral("risk_events"), double(counts->riskEvents)},
                              {QStringLiteral("assessments"), double(counts->assessments)},
                              {QStringLiteral("plans"), double(counts->plans)},
                              {QStringLiteral("plan_actions"), double(counts->actions)},
                              {QStringLiteral("guidance_sessions"), double(counts->guidance)},
                              {QStringLiteral("follow_ups"), double(counts->followUps)},
                              {QStringLiteral("referrals"), double(counts->referrals)},
                              {QStringLiteral("referral_events"), double(counts->referralEvents)},
                              {QStringLiteral("seconds"), seconds}},
                  {tr("Generated %1 families, %2 people, %3 follow-ups and %4 referrals "
                      "(%5 records) in %6 s.")
                       .arg(counts->families)
                       .arg(counts->people)
                       .arg(counts->followUps)
                       .arg(counts->referrals)
                       .arg(counts->rows())
                       .arg(seconds, 0, 'f', 1)});
}

} // namespace jiahu::cli
