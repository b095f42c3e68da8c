#include "CommandTable.h"

#include "CommandHandlers.h"

#include "domain/CaseVocabulary.h"
#include "domain/ReferralStatus.h"
#include "domain/RiskCode.h"
#include "services/AuditLog.h"
#include "services/FamilyService.h"
#include "services/UserAccount.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace jiahu::cli {

OptionSpec OptionSpec::required() const
{
    OptionSpec copy = *this;
    copy.isRequired = true;
    return copy;
}

OptionSpec OptionSpec::repeatable() const
{
    OptionSpec copy = *this;
    copy.isRepeatable = true;
    return copy;
}

OptionSpec OptionSpec::allowingEmpty() const
{
    OptionSpec copy = *this;
    copy.emptyAllowed = true;
    return copy;
}

namespace {
OptionSpec make(const char* name, ValueType type, const char* valueName, const char* help)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.type = type;
    o.valueName = QString::fromLatin1(valueName);
    o.help = help;
    return o;
}
} // namespace

OptionSpec flag(const char* name, const char* help)
{
    return make(name, ValueType::Flag, "", help);
}
OptionSpec text(const char* name, const char* valueName, const char* help)
{
    return make(name, ValueType::Text, valueName, help);
}
OptionSpec longText(const char* name, const char* help)
{
    return make(name, ValueType::LongText, "TEXT", help);
}
OptionSpec integer(const char* name, const char* valueName, double min, double max,
                   const char* help)
{
    OptionSpec o = make(name, ValueType::Integer, valueName, help);
    o.min = min;
    o.max = max;
    return o;
}
OptionSpec decimal(const char* name, const char* valueName, double min, double max,
                   const char* help)
{
    OptionSpec o = make(name, ValueType::Decimal, valueName, help);
    o.min = min;
    o.max = max;
    return o;
}
OptionSpec date(const char* name, const char* help)
{
    return make(name, ValueType::Date, "DATE", help);
}
OptionSpec choice(const char* name, const char* valueName, QStringList (*choices)(),
                  const char* help)
{
    OptionSpec o = make(name, ValueType::Choice, valueName, help);
    o.choices = choices;
    return o;
}
OptionSpec choiceList(const char* name, const char* valueName, QStringList (*choices)(),
                      const char* help)
{
    OptionSpec o = make(name, ValueType::ChoiceList, valueName, help);
    o.choices = choices;
    return o;
}
OptionSpec list(const char* name, const char* valueName, const char* help)
{
    return make(name, ValueType::List, valueName, help);
}
OptionSpec pairs(const char* name, const char* valueName, const char* help)
{
    return make(name, ValueType::Pairs, valueName, help);
}

const OptionSpec* Command::option(const QString& name) const
{
    for (const OptionSpec& o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

QStringList languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

namespace {
// The value sets of choice options.
QStringList kdfCosts()
{
    return {QStringLiteral("moderate"), QStringLiteral("sensitive"), QStringLiteral("interactive")};
}
QStringList caseRoles()
{
    QStringList roles = Roles::allIds();
    roles.removeAll(Roles::id(Role::Administrator));
    return roles;
}
QStringList riskCodes()
{
    QStringList ids;
    for (RiskCode c : {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue})
        ids << RiskCodes::id(c);
    return ids;
}
QStringList familyStatuses()
{
    return CaseVocabulary::ids<FamilyStatus>() << QStringLiteral("all");
}
QStringList referralStatuses()
{
    QStringList ids;
    for (ReferralStatus s :
         {ReferralStatus::Draft, ReferralStatus::Sent, ReferralStatus::Received,
          ReferralStatus::Accepted, ReferralStatus::Declined, ReferralStatus::Closed})
        ids << ReferralStatuses::id(s);
    return ids;
}
QStringList familySorts()
{
    return {QStringLiteral("code"), QStringLiteral("file"), QStringLiteral("due"),
            QStringLiteral("activity"), QStringLiteral("town")};
}
QStringList dueSorts()
{
    return {QStringLiteral("code"), QStringLiteral("date")};
}
QStringList planStatuses()
{
    return CaseVocabulary::ids<PlanStatus>();
}
QStringList genders()
{
    return {QStringLiteral("male"), QStringLiteral("female")};
}

constexpr double kMaxWhole = double(std::numeric_limits<int>::max());

// Positional arguments used by several commands.
const ArgumentSpec kFile{QStringLiteral("FILE"),
                         QT_TRANSLATE_NOOP("CliApp", "The family file: its number or id.")};
const ArgumentSpec kReferral{QStringLiteral("REF"), QT_TRANSLATE_NOOP("CliApp", "Referral id.")};
const ArgumentSpec kPlan{QStringLiteral("PLAN"), QT_TRANSLATE_NOOP("CliApp", "Plan id.")};
const ArgumentSpec kUserName{QStringLiteral("NAME"), QT_TRANSLATE_NOOP("CliApp", "User name.")};
const ArgumentSpec kPerson{QStringLiteral("PERSON"),
                           QT_TRANSLATE_NOOP("CliApp", "Person id (see 'family show --json').")};
const ArgumentSpec kFollowUp{QStringLiteral("FOLLOWUP"),
                             QT_TRANSLATE_NOOP("CliApp", "Follow-up id.")};
const ArgumentSpec kAssessment{QStringLiteral("ASSESSMENT"),
                               QT_TRANSLATE_NOOP("CliApp", "Assessment id.")};
const ArgumentSpec kEvent{QStringLiteral("EVENT"),
                          QT_TRANSLATE_NOOP("CliApp", "Risk event id (see 'risk queue').")};
const char* const kTemplateIdHelp =
    QT_TRANSLATE_NOOP("CliApp", "Template id (default: the default template).");

/// Adds NAME-file after every LongText option NAME.
QList<Command> withTextFiles(QList<Command> table)
{
    for (Command& command : table) {
        for (qsizetype i = 0; i < command.options.size(); ++i) {
            if (command.options[i].type != ValueType::LongText)
                continue;
            OptionSpec file = make("", ValueType::TextFile, "PATH",
                                   QT_TRANSLATE_NOOP("CliApp", "Read %1 from a UTF-8 text file "
                                                               "(- for standard input)."));
            file.name = command.options[i].name + QStringLiteral("-file");
            file.fileFor = command.options[i].name;
            command.options.insert(++i, file);
        }
    }
    return table;
}
} // namespace

const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> options = [] {
        OptionSpec db =
            text("db", "PATH", QT_TRANSLATE_NOOP("CliApp", "Database file (or $JIAHU_DB)."));
        db.shortName = 'd';
        OptionSpec user =
            text("user", "NAME",
                 QT_TRANSLATE_NOOP("CliApp", "User name to sign in with (or $JIAHU_USER)."));
        user.shortName = 'u';
        OptionSpec help = flag(
            "help", QT_TRANSLATE_NOOP("CliApp", "Show the help (of a command: COMMAND --help)."));
        help.shortName = 'h';
        OptionSpec version = flag("version", QT_TRANSLATE_NOOP("CliApp", "Show the version."));
        version.shortName = 'v';
        return QList<OptionSpec>{
            db,
            user,
            flag("password-stdin",
                 QT_TRANSLATE_NOOP("CliApp", "Read passwords from standard input, one per line, "
                                             "instead of the terminal.")),
            flag("recovery",
                 QT_TRANSLATE_NOOP("CliApp",
                                   "Sign in with the recovery code instead of a password.")),
            flag("json", QT_TRANSLATE_NOOP("CliApp", "Print results as JSON.")),
            choice("lang", "LANGUAGE", &languages,
                   QT_TRANSLATE_NOOP("CliApp", "Language of messages.")),
            help,
            version};
    }();
    return options;
}

// THE COMMAND TABLE. Every command of jiahu-cli is one entry: its words, its positional
// arguments, the options it takes (beyond the global ones), a one-line summary and its handler.
// The help is generated from these entries, and an option a command does not declare here is
// refused with a usage error, so each help text is written once, here.
//
// To add a command:
//   1. add an entry below (reuse the option makers: text, integer, decimal, date, choice, ...;
//      .required() for options that must be given; a longText option gets NAME-file for free);
//   2. write its handler `int name(Invocation& run)` in the file of its area and declare it in
//      CommandHandlers.h. The handler reads run.args and run.options (values already checked)
//      and prints with run.output(); user-visible text goes through CliApp::tr().
const QList<Command>& commandTable()
{
    static const QList<Command> table = [] {
        // Options several commands share.
        const OptionSpec kdf = choice(
            "kdf", "COST", &kdfCosts,
            QT_TRANSLATE_NOOP("CliApp", "Password hashing cost for new keys: moderate "
                                        "(default, 256 MiB), sensitive (1 GiB) or interactive "
                                        "(64 MiB)."));
        const OptionSpec displayName =
            text("display-name", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Full name shown in the application."));
        const OptionSpec notes = longText("notes", QT_TRANSLATE_NOOP("CliApp", "Notes."));
        const OptionSpec familyLimit =
            integer("limit", "N", 1, FamilyService::kMaxPage,
                    QT_TRANSLATE_NOOP("CliApp", "At most this many families (default 50)."));
        const OptionSpec categories = choiceList(
            "category", "IDS", [] { return CaseVocabulary::ids<FamilyCategory>(); },
            QT_TRANSLATE_NOOP("CliApp", "Family categories, comma-separated."));
        const OptionSpec code =
            choice("code", "CODE", &riskCodes, QT_TRANSLATE_NOOP("CliApp", "Risk code."));
        const OptionSpec mine =
            flag("mine", QT_TRANSLATE_NOOP("CliApp", "Only families assigned to me."));
        const OptionSpec town =
            text("town", "NAME", QT_TRANSLATE_NOOP("CliApp", "Town or street (镇街)."));
        const OptionSpec statusReason =
            text("reason", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Why (kept in the family file's history)."));
        const OptionSpec openReason =
            text("reason", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Why you open it (kept in the audit log)."));
        const OptionSpec decisionReason =
            text("reason", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Reason for the decision."));
        const OptionSpec day =
            date("date", QT_TRANSLATE_NOOP("CliApp", "When it took place (default today)."));
        const OptionSpec provider = text(
            "provider", "NAME", QT_TRANSLATE_NOOP("CliApp", "Who gives the guidance or service."));
        const OptionSpec after =
            text("after", "CURSOR",
                 QT_TRANSLATE_NOOP("CliApp", "Continue after this cursor (printed as 'next')."));
        const OptionSpec correctionReason =
            text("reason", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Why it is corrected (kept with the correction)."))
                .required();
        const OptionSpec familyFilter =
            text("family", "FILE",
                 QT_TRANSLATE_NOOP("CliApp", "Only those of this family file (its number or id)."));
        const QList<OptionSpec> personFields = {
            text("name", "NAME", QT_TRANSLATE_NOOP("CliApp", "The person's name.")),
            choice(
                "gender", "GENDER", &genders,
                QT_TRANSLATE_NOOP("CliApp", "Gender (taken from the identity number when given).")),
            date("birth", QT_TRANSLATE_NOOP(
                              "CliApp", "Birth date (taken from the identity number when given).")),
            text("id-number", "NUMBER",
                 QT_TRANSLATE_NOOP("CliApp", "Identity number (18 characters, GB 11643 check "
                                             "character).")),
            text("phone", "NUMBER", QT_TRANSLATE_NOOP("CliApp", "Phone number.")),
            text("school", "NAME", QT_TRANSLATE_NOOP("CliApp", "School (children).")),
            text("grade", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Grade (children).")),
            text("relation", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Relationship to the child (父亲, 祖母, ...).")),
            text("special-needs", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Special needs.")),
            notes};
        const QList<OptionSpec> followUpFields = {
            choice(
                "kind", "KIND", [] { return CaseVocabulary::ids<FollowUpKind>(); },
                QT_TRANSLATE_NOOP("CliApp", "Kind of follow-up.")),
            notes,
            text("findings", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Findings.")),
            day,
            date("next-due",
                 QT_TRANSLATE_NOOP("CliApp", "Next follow-up (default: by the family's code).")),
            text("due-reason", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "Why the next follow-up is later than the family's "
                                             "code allows (the supervisor sees it).")),
            text("person", "ID",
                 QT_TRANSLATE_NOOP("CliApp", "The family member concerned (person id)."))};
        const QList<OptionSpec> referralFields = {
            text("agency", "NAME", QT_TRANSLATE_NOOP("CliApp", "The agency referred to.")),
            choice(
                "request", "REQUEST", [] { return CaseVocabulary::ids<ReferralRequest>(); },
                QT_TRANSLATE_NOOP("CliApp", "What the agency is asked for.")),
            text("reason", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Reason for the referral.")),
            text("legal-basis", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Legal basis.")),
            text("problems", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Problems found.")),
            text("actions", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Required actions.")),
            text("frequency", "TEXT",
                 QT_TRANSLATE_NOOP("CliApp", "How often the actions are due.")),
            text("duration", "TEXT", QT_TRANSLATE_NOOP("CliApp", "For how long.")),
            provider,
            text("venue", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Venue.")),
            text("served", "TEXT", QT_TRANSLATE_NOOP("CliApp", "How the order is served.")),
            decimal("hours", "H", 0, 1000,
                    QT_TRANSLATE_NOOP("CliApp", "Guidance hours the order requires."))};
        const QList<OptionSpec> referralMove = {
            text("note", "TEXT", QT_TRANSLATE_NOOP("CliApp", "A note on this step.")),
            text("response", "TEXT", QT_TRANSLATE_NOOP("CliApp", "The agency's response.")),
            text("outcome", "TEXT", QT_TRANSLATE_NOOP("CliApp", "What came of the referral."))};

        return withTextFiles({
            // The database, users and keys.
            {{QStringLiteral("init")},
             {},
             {text("admin", "NAME",
                   QT_TRANSLATE_NOOP("CliApp",
                                     "Name of the first administrator (default: --user).")),
              displayName, kdf},
             QT_TRANSLATE_NOOP("CliApp", "Create a database and its first administrator."),
             &init},
            {{QStringLiteral("doctor")},
             {},
             {flag("refresh-derived",
                   QT_TRANSLATE_NOOP("CliApp", "First compute every family's derived data (code, "
                                               "due date, activity, search) again from its "
                                               "records (administrators)."))},
             QT_TRANSLATE_NOOP("CliApp", "Check the database and keyring (signed in with --user: "
                                         "the contents as well)."),
             &doctor},
            {{QStringLiteral("user"), QStringLiteral("list")},
             {},
             {},
             QT_TRANSLATE_NOOP("CliApp", "List the users."),
             &userList},
            {{QStringLiteral("user"), QStringLiteral("add")},
             {{QStringLiteral("NAME"), QT_TRANSLATE_NOOP("CliApp", "User name to sign in with.")}},
             {choice("role", "ROLE", &Roles::allIds,
                     QT_TRANSLATE_NOOP("CliApp", "The user's role."))
                  .required(),
              displayName, kdf},
             QT_TRANSLATE_NOOP("CliApp", "Add a user (asks for the new user's password)."),
             &userAdd},
            {{QStringLiteral("user"), QStringLiteral("remove")},
             {kUserName},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Remove a user and replace the database key."),
             &userRemove},
            {{QStringLiteral("user"), QStringLiteral("passwd")},
             {{QStringLiteral("NAME"),
               QT_TRANSLATE_NOOP("CliApp", "Whose password an administrator resets (default: "
                                           "your own)."),
               true}},
             {kdf},
             QT_TRANSLATE_NOOP("CliApp", "Change your password, or reset another user's."),
             &userPasswd},
            {{QStringLiteral("user"), QStringLiteral("scope")},
             {kUserName},
             {list("towns", "NAMES",
                   QT_TRANSLATE_NOOP("CliApp",
                                     "Towns, comma-separated ('*' for all; empty for none).")),
              list("schools", "NAMES",
                   QT_TRANSLATE_NOOP("CliApp", "Schools, comma-separated (empty for none).")),
              list("agency", "NAME",
                   QT_TRANSLATE_NOOP("CliApp",
                                     "The one agency a liaison works for (empty for none).")),
              choice(
                  "case-role", "ROLE", &caseRoles,
                  QT_TRANSLATE_NOOP("CliApp", "A case role for an administrator (empty for none)."))
                  .allowingEmpty()},
             QT_TRANSLATE_NOOP("CliApp", "Show where a user works, or change it: every kind given "
                                         "is replaced, all or nothing."),
             &userScope},
            {{QStringLiteral("recovery"), QStringLiteral("reset")},
             {},
             {kdf},
             QT_TRANSLATE_NOOP("CliApp", "Replace the recovery code."),
             &recoveryReset},
            {{QStringLiteral("rekey")},
             {},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Replace the database key."),
             &rekey},
            {{QStringLiteral("backup")},
             {{QStringLiteral("DEST"),
               QT_TRANSLATE_NOOP("CliApp", "Backup file to write (DEST.keyring is written too).")}},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Write an encrypted backup with its keyring."),
             &backup},
            {{QStringLiteral("restore")},
             {{QStringLiteral("SRC"), QT_TRANSLATE_NOOP("CliApp", "Backup file to restore.")}},
             {text("target-user", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "An administrator of the database being replaced "
                                               "(needed when the backup is of another "
                                               "database)."))},
             QT_TRANSLATE_NOOP("CliApp", "Replace the database with a backup (the old one is kept "
                                         "aside)."),
             &restore},
            {{QStringLiteral("audit"), QStringLiteral("verify")},
             {},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Check the audit log's hash chain."),
             &auditVerify},
            {{QStringLiteral("audit"), QStringLiteral("list")},
             {},
             {text("by", "NAME", QT_TRANSLATE_NOOP("CliApp", "Only this user's entries.")),
              text("family", "ID",
                   QT_TRANSLATE_NOOP("CliApp", "Only entries about this family (id).")),
              date("from", QT_TRANSLATE_NOOP("CliApp", "From this day on (local time).")),
              date("to", QT_TRANSLATE_NOOP("CliApp", "Up to and including this day.")),
              text("action", "ACTION",
                   QT_TRANSLATE_NOOP("CliApp", "Only this action (family.open), or every action "
                                               "starting so (family.).")),
              flag("newest-first", QT_TRANSLATE_NOOP("CliApp", "Newest entries first.")),
              integer("limit", "N", 1, 10000,
                      QT_TRANSLATE_NOOP("CliApp", "At most this many entries (default 100).")),
              after},
             QT_TRANSLATE_NOOP("CliApp", "List audit log entries (reasons only for the families "
                                         "you may read)."),
             &auditList},

            // Reference data.
            {{QStringLiteral("town"), QStringLiteral("add")},
             {{QStringLiteral("NAME"), QT_TRANSLATE_NOOP("CliApp", "Name of the town or street.")}},
             {text("code", "CODE",
                   QT_TRANSLATE_NOOP("CliApp", "Its code in family file numbers: 1 to 8 capital "
                                               "letters or digits."))},
             QT_TRANSLATE_NOOP("CliApp", "Add a town (镇街) to the list."),
             &townAdd},
            {{QStringLiteral("town"), QStringLiteral("list")},
             {},
             {},
             QT_TRANSLATE_NOOP("CliApp", "List the towns and their codes."),
             &townList},
            {{QStringLiteral("settings"), QStringLiteral("file-number")},
             {{QStringLiteral("FORMAT"),
               QT_TRANSLATE_NOOP("CliApp", "e.g. {town}-{year}-{seq:5}; it must contain {seq}.")}},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Set how new family files are numbered."),
             &settingsFileNumber},
            {{QStringLiteral("settings"), QStringLiteral("cadence")},
             {{QStringLiteral("DAYS"),
               QT_TRANSLATE_NOOP("CliApp",
                                 "Days per code, e.g. red=7,orange=14,yellow=30,blue=90.")}},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Set how often each code's families are followed up."),
             &settingsCadence},
            {{QStringLiteral("template"), QStringLiteral("show")},
             {{QStringLiteral("ID"), kTemplateIdHelp, true}},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Show an assessment template and its items."),
             &templateShow},
            {{QStringLiteral("template"), QStringLiteral("add")},
             {{QStringLiteral("FILE"),
               QT_TRANSLATE_NOOP("CliApp", "The template as a JSON file.")}},
             {flag("default", QT_TRANSLATE_NOOP("CliApp", "Make it the default template."))},
             QT_TRANSLATE_NOOP("CliApp", "Add an assessment template."),
             &templateAdd},

            // Family files.
            {{QStringLiteral("family"), QStringLiteral("add")},
             {},
             {town,
              text("community", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Community or village (村社).")),
              text("address", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Address.")),
              text("school", "NAME", QT_TRANSLATE_NOOP("CliApp", "A school (repeat for several)."))
                  .repeatable(),
              categories, notes,
              text("caseworker", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Assigned caseworker (default: you)."))},
             QT_TRANSLATE_NOOP("CliApp", "Start a new family file."),
             &familyAdd},
            {{QStringLiteral("family"), QStringLiteral("list")},
             {},
             {town,
              text("community", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Community or village (村社).")),
              choiceList("code", "CODES", &riskCodes,
                         QT_TRANSLATE_NOOP("CliApp", "Risk codes, comma-separated.")),
              flag("uncoded", QT_TRANSLATE_NOOP("CliApp", "Only files not coded yet.")), categories,
              choice("status", "STATUS", &familyStatuses,
                     QT_TRANSLATE_NOOP("CliApp", "Files with this status (default open).")),
              text("caseworker", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Only files assigned to this user.")),
              mine,
              flag("overdue",
                   QT_TRANSLATE_NOOP("CliApp", "Only files whose follow-up is past due.")),
              choice("sort", "ORDER", &familySorts,
                     QT_TRANSLATE_NOOP("CliApp", "Order: code (most severe, then latest activity; "
                                                 "the default), file, due, activity or town.")),
              familyLimit, after},
             QT_TRANSLATE_NOOP("CliApp", "List family files, most urgent first, with their count."),
             &familyList},
            {{QStringLiteral("family"), QStringLiteral("edit")},
             {kFile},
             {text("community", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Community or village (村社).")),
              text("address", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Address.")),
              text("school", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "The linked schools (repeat for several; they "
                                               "replace the list)."))
                  .repeatable(),
              categories, notes,
              text("caseworker", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "Reassign to this caseworker (supervisor)."))},
             QT_TRANSLATE_NOOP("CliApp", "Correct or update a family file's details (only the "
                                         "options given change)."),
             &familyEdit},
            {{QStringLiteral("family"), QStringLiteral("show")},
             {kFile},
             {openReason},
             QT_TRANSLATE_NOOP("CliApp", "Open a family file and show it (audited)."),
             &familyShow},
            {{QStringLiteral("family"), QStringLiteral("close")},
             {kFile},
             {statusReason},
             QT_TRANSLATE_NOOP("CliApp", "Close a family file (supervisor)."),
             &familyClose},
            {{QStringLiteral("family"), QStringLiteral("transfer")},
             {kFile},
             {statusReason},
             QT_TRANSLATE_NOOP("CliApp", "Mark a family file as transferred elsewhere."),
             &familyTransfer},
            {{QStringLiteral("family"), QStringLiteral("reopen")},
             {kFile},
             {statusReason},
             QT_TRANSLATE_NOOP("CliApp", "Reopen a closed or transferred family file."),
             &familyReopen},
            {{QStringLiteral("family"), QStringLiteral("assign")},
             {kFile},
             {text("caseworker", "NAME",
                   QT_TRANSLATE_NOOP("CliApp", "The caseworker (user name)."))},
             QT_TRANSLATE_NOOP("CliApp", "Assign a family file to a caseworker."),
             &familyAssign},
            {{QStringLiteral("person"), QStringLiteral("add")},
             {kFile},
             QList<OptionSpec>{choice(
                                   "member", "ROLE",
                                   [] { return CaseVocabulary::ids<MemberRole>(); },
                                   QT_TRANSLATE_NOOP("CliApp", "Place in the family."))
                                   .required()} +
                 personFields,
             QT_TRANSLATE_NOOP("CliApp", "Add a person to a family file."),
             &personAdd},
            {{QStringLiteral("person"), QStringLiteral("edit")},
             {kPerson},
             personFields +
                 QList<OptionSpec>{
                     text("reason", "TEXT",
                          QT_TRANSLATE_NOOP("CliApp", "Why (required for a new name or identity "
                                                      "number; kept in the audit log)."))},
             QT_TRANSLATE_NOOP("CliApp", "Correct or update a person's details (only the options "
                                         "given change)."),
             &personEdit},
            {{QStringLiteral("search")},
             {{QStringLiteral("TEXT"),
               QT_TRANSLATE_NOOP("CliApp", "Names, file numbers, identity or phone digits, notes "
                                           "(quote it if it has spaces).")}},
             {familyLimit, after},
             QT_TRANSLATE_NOOP("CliApp", "Find family files (also by place names)."),
             &search},

            // Assessments and risk codes.
            {{QStringLiteral("assess")},
             {kFile},
             {pairs("answers", "PAIRS",
                    QT_TRANSLATE_NOOP("CliApp", "item=value pairs, comma-separated, each item once "
                                                "(see 'template show').")),
              text("template", "ID", kTemplateIdHelp),
              choice(
                  "code", "CODE", &riskCodes,
                  QT_TRANSLATE_NOOP("CliApp", "The code you confirm, if not the suggested one.")),
              text("reason", "TEXT",
                   QT_TRANSLATE_NOOP("CliApp",
                                     "Why you confirm a code other than the suggested one.")),
              notes},
             QT_TRANSLATE_NOOP("CliApp", "Assess a family against a template; sets or proposes its "
                                         "risk code."),
             &assess},
            {{QStringLiteral("assess"), QStringLiteral("amend")},
             {kAssessment},
             {pairs("answers", "PAIRS",
                    QT_TRANSLATE_NOOP("CliApp", "item=value pairs, comma-separated, each item once "
                                                "(see 'template show').")),
              text("template", "ID", kTemplateIdHelp),
              choice(
                  "code", "CODE", &riskCodes,
                  QT_TRANSLATE_NOOP("CliApp", "The code you confirm, if not the suggested one.")),
              text("code-reason", "TEXT",
                   QT_TRANSLATE_NOOP("CliApp",
                                     "Why you confirm a code other than the suggested one.")),
              notes, correctionReason},
             QT_TRANSLATE_NOOP("CliApp", "Correct a mistaken assessment: a new one replaces it "
                                         "and acts on the code like any assessment."),
             &assessAmend},
            {{QStringLiteral("risk"), QStringLiteral("propose")},
             {kFile},
             {code.required(),
              text("reason", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Why the code changes.")),
              text("assessment", "ID",
                   QT_TRANSLATE_NOOP("CliApp", "The (re)assessment behind a downgrade."))},
             QT_TRANSLATE_NOOP("CliApp", "Set or raise a family's code, or propose a downgrade."),
             &riskPropose},
            {{QStringLiteral("risk"), QStringLiteral("approve")},
             {kEvent},
             {decisionReason},
             QT_TRANSLATE_NOOP("CliApp", "Approve a downgrade or review a raise (supervisor)."),
             &riskApprove},
            {{QStringLiteral("risk"), QStringLiteral("decline")},
             {kEvent},
             {decisionReason},
             QT_TRANSLATE_NOOP("CliApp", "Decline a proposed downgrade (supervisor)."),
             &riskDecline},
            {{QStringLiteral("risk"), QStringLiteral("queue")},
             {},
             {integer("limit", "N", 1, FamilyService::kMaxPage,
                      QT_TRANSLATE_NOOP("CliApp", "At most this many events (default 50).")),
              after},
             QT_TRANSLATE_NOOP("CliApp", "Proposals and raises waiting for a supervisor."),
             &riskQueue},

            // Plans.
            {{QStringLiteral("plan"), QStringLiteral("add")},
             {kFile},
             {text("title", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Title.")),
              text("goals", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Goals.")),
              choice(
                  "kind", "KIND", [] { return CaseVocabulary::ids<PlanKind>(); },
                  QT_TRANSLATE_NOOP("CliApp", "Kind of plan (default care)."))},
             QT_TRANSLATE_NOOP("CliApp", "Draft an intervention plan."),
             &planAdd},
            {{QStringLiteral("plan"), QStringLiteral("action")},
             {kPlan},
             {text("text", "TEXT", QT_TRANSLATE_NOOP("CliApp", "What is to be done.")),
              text("agency", "NAME", QT_TRANSLATE_NOOP("CliApp", "The agency that does it.")),
              text("owner", "NAME", QT_TRANSLATE_NOOP("CliApp", "Who does it.")),
              date("due", QT_TRANSLATE_NOOP("CliApp", "When it is due."))},
             QT_TRANSLATE_NOOP("CliApp", "Add an action to a plan."),
             &planAction},
            {{QStringLiteral("plan"), QStringLiteral("status")},
             {{QStringLiteral("ACTION"), QT_TRANSLATE_NOOP("CliApp", "Action id.")}},
             {choice(
                  "status", "STATUS", [] { return CaseVocabulary::ids<ActionStatus>(); },
                  QT_TRANSLATE_NOOP("CliApp", "The action's new status."))
                  .required()},
             QT_TRANSLATE_NOOP("CliApp", "Set the status of a plan's action."),
             &planStatus},
            {{QStringLiteral("plan"), QStringLiteral("approve")},
             {kPlan},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Approve a plan (supervisor)."),
             &planApprove},
            {{QStringLiteral("plan"), QStringLiteral("close")},
             {kPlan},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Close a plan."),
             &planClose},
            {{QStringLiteral("plan"), QStringLiteral("show")},
             {kPlan},
             {},
             QT_TRANSLATE_NOOP("CliApp", "Show a plan and its actions."),
             &planShow},
            {{QStringLiteral("plan"), QStringLiteral("edit-action")},
             {{QStringLiteral("ACTION"), QT_TRANSLATE_NOOP("CliApp", "Action id.")}},
             {text("text", "TEXT", QT_TRANSLATE_NOOP("CliApp", "What is to be done.")),
              text("agency", "NAME", QT_TRANSLATE_NOOP("CliApp", "The agency that does it.")),
              text("owner", "NAME", QT_TRANSLATE_NOOP("CliApp", "Who does it.")),
              date("due", QT_TRANSLATE_NOOP("CliApp", "When it is due."))},
             QT_TRANSLATE_NOOP("CliApp", "Correct or update a plan action (only the options given "
                                         "change)."),
             &planEditAction},
            {{QStringLiteral("plan"), QStringLiteral("list")},
             {},
             {familyFilter,
              choice("status", "STATUS", &planStatuses,
                     QT_TRANSLATE_NOOP("CliApp", "Only plans with this status.")),
              familyLimit, after},
             QT_TRANSLATE_NOOP("CliApp", "List plans, newest first."),
             &planList},

            // Follow-ups and guidance.
            {{QStringLiteral("followup"), QStringLiteral("add")},
             {kFile},
             [&followUpFields] {
                 QList<OptionSpec> options = followUpFields;
                 options[0] = options[0].required(); // the kind
                 return options;
             }(),
             QT_TRANSLATE_NOOP("CliApp", "Record a follow-up."),
             &followUpAdd},
            {{QStringLiteral("followup"), QStringLiteral("amend")},
             {kFollowUp},
             [&followUpFields, &correctionReason] {
                 QList<OptionSpec> options = followUpFields;
                 for (OptionSpec& o : options) {
                     if (o.name == QLatin1String("date"))
                         o.help = QT_TRANSLATE_NOOP("CliApp", "When it took place (default: as "
                                                              "recorded).");
                     else if (o.name == QLatin1String("next-due"))
                         o.help = QT_TRANSLATE_NOOP("CliApp", "Next follow-up (default: by the "
                                                              "family's code from the corrected "
                                                              "date).");
                 }
                 return options << correctionReason;
             }(),
             QT_TRANSLATE_NOOP("CliApp", "Correct a mistaken follow-up: a new one replaces it "
                                         "(what is not given stays as it was)."),
             &followUpAmend},
            {{QStringLiteral("followup"), QStringLiteral("extended")},
             {},
             {familyLimit, after},
             QT_TRANSLATE_NOOP("CliApp", "Follow-ups due later than the family's code allows, "
                                         "with the reason (supervisor)."),
             &followUpExtended},
            {{QStringLiteral("guidance"), QStringLiteral("add")},
             {kFile},
             {decimal("hours", "H", 0, 24,
                      QT_TRANSLATE_NOOP("CliApp", "Length of the session in hours."))
                  .required(),
              text("topic", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Topic.")), day, provider,
              text("guardian", "ID",
                   QT_TRANSLATE_NOOP("CliApp", "The guardian guided (person id).")),
              text(
                  "referral", "REF",
                  QT_TRANSLATE_NOOP("CliApp", "The referral whose order the hours count against.")),
              notes},
             QT_TRANSLATE_NOOP("CliApp", "Record a family education guidance session."),
             &guidanceAdd},
            {{QStringLiteral("overdue")},
             {},
             {mine, town,
              integer("upcoming", "DAYS", 0, 366,
                      QT_TRANSLATE_NOOP("CliApp", "Instead: files due within this many days.")),
              choice("sort", "ORDER", &dueSorts,
                     QT_TRANSLATE_NOOP("CliApp", "Order: code (most severe first, the default) "
                                                 "or date.")),
              familyLimit, after},
             QT_TRANSLATE_NOOP("CliApp", "Families whose follow-up is past due (or due soon)."),
             &overdue},

            // Referrals.
            {{QStringLiteral("refer"), QStringLiteral("add")},
             {kFile},
             [&referralFields] {
                 QList<OptionSpec> options = referralFields;
                 options[1] = options[1].required(); // the request
                 return options;
             }(),
             QT_TRANSLATE_NOOP("CliApp", "Draft a referral to another agency."),
             &referAdd},
            {{QStringLiteral("refer"), QStringLiteral("edit")},
             {kReferral},
             referralFields,
             QT_TRANSLATE_NOOP("CliApp", "Correct a draft referral (only the options given "
                                         "change)."),
             &referEdit},
            {{QStringLiteral("refer"), QStringLiteral("send")},
             {kReferral},
             referralMove,
             QT_TRANSLATE_NOOP("CliApp", "Send a drafted referral."),
             &referSend},
            {{QStringLiteral("refer"), QStringLiteral("receive")},
             {kReferral},
             referralMove,
             QT_TRANSLATE_NOOP("CliApp", "Record that the agency received a referral (liaison)."),
             &referReceive},
            {{QStringLiteral("refer"), QStringLiteral("accept")},
             {kReferral},
             referralMove,
             QT_TRANSLATE_NOOP("CliApp", "Record that the agency accepted a referral (liaison)."),
             &referAccept},
            {{QStringLiteral("refer"), QStringLiteral("decline")},
             {kReferral},
             referralMove,
             QT_TRANSLATE_NOOP("CliApp", "Record that the agency declined a referral (liaison)."),
             &referDecline},
            {{QStringLiteral("refer"), QStringLiteral("close")},
             {kReferral},
             referralMove,
             QT_TRANSLATE_NOOP("CliApp", "Close a referral (or withdraw a draft)."),
             &referClose},
            {{QStringLiteral("refer"), QStringLiteral("show")},
             {kReferral},
             {openReason},
             QT_TRANSLATE_NOOP("CliApp", "Show a referral and its history."),
             &referShow},
            {{QStringLiteral("refer"), QStringLiteral("list")},
             {},
             {choice("status", "STATUS", &referralStatuses,
                     QT_TRANSLATE_NOOP("CliApp", "Only referrals with this status.")),
              familyFilter,
              integer("limit", "N", 1, FamilyService::kMaxPage,
                      QT_TRANSLATE_NOOP("CliApp", "At most this many referrals (default 50).")),
              after},
             QT_TRANSLATE_NOOP("CliApp", "List referrals."),
             &referList},

            // Attachments.
            {{QStringLiteral("attach"), QStringLiteral("add")},
             {kFile,
              {QStringLiteral("PATH"),
               QT_TRANSLATE_NOOP("CliApp", "The file to attach (at most 20 MiB).")}},
             {text("description", "TEXT", QT_TRANSLATE_NOOP("CliApp", "Description."))},
             QT_TRANSLATE_NOOP("CliApp", "Keep a file with a family file (inside the encrypted "
                                         "database)."),
             &attachAdd},
            {{QStringLiteral("attach"), QStringLiteral("export")},
             {{QStringLiteral("ID"), QT_TRANSLATE_NOOP("CliApp", "Attachment id.")},
              {QStringLiteral("DEST"), QT_TRANSLATE_NOOP("CliApp", "File to write.")}},
             {text("reason", "TEXT",
                   QT_TRANSLATE_NOOP("CliApp", "Why you take it out (kept in the audit log)."))},
             QT_TRANSLATE_NOOP("CliApp", "Write an attachment to a file (audited)."),
             &attachExport},

            // Demo data.
            {{QStringLiteral("demo")},
             {},
             {integer("families", "N", 1, 1000000,
                      QT_TRANSLATE_NOOP("CliApp", "Number of families.")),
              integer("seed", "N", 0, kMaxWhole,
                      QT_TRANSLATE_NOOP("CliApp", "Random seed (same seed, same data)."))},
             QT_TRANSLATE_NOOP("CliApp", "Fill an empty database with generated demo data."),
             &demo},
        });
    }();
    return table;
}

namespace {
struct OptionIndex {
    QHash<QString, const OptionSpec*> byName;
    QHash<char, const OptionSpec*> byLetter;
};

const OptionIndex& optionIndex()
{
    static const OptionIndex index = [] {
        OptionIndex out;
        auto add = [&out](const OptionSpec& o) {
            const OptionSpec* seen = out.byName.value(o.name);
            if (seen && seen->takesValue() != o.takesValue()) {
                // The command line is split into words before the command is known, so a name
                // must take a value everywhere or nowhere.
                std::fprintf(stderr,
                             "jiahu-cli: --%s is a flag in one command and takes a value "
                             "in another\n",
                             qPrintable(o.name));
                std::abort();
            }
            if (!seen)
                out.byName.insert(o.name, &o);
            if (o.shortName)
                out.byLetter.insert(o.shortName, &o);
        };
        for (const OptionSpec& o : globalOptions())
            add(o);
        for (const Command& c : commandTable())
            for (const OptionSpec& o : c.options)
                add(o);
        return out;
    }();
    return index;
}
} // namespace

const OptionSpec* anyOption(const QString& name)
{
    return optionIndex().byName.value(name);
}

const OptionSpec* anyShortOption(char letter)
{
    return optionIndex().byLetter.value(letter);
}

} // namespace jiahu::cli
