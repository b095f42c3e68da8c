#include "FamilyService.h"

#include "domain/IdentityNumber.h"
#include "domain/TextRules.h"
#include "search/SearchIndex.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace jiahu {


namespace {

constexpr char kDefaultFileNumberFormat[] = "{town}-{year}-{seq:5}";

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString FamilyService::formatFileNumber(const QString& format, const QString& townCode, int year,
                                        int sequence)
{
    QString out = format;
    out.replace(QLatin1String("{town}"), townCode);
    out.replace(QLatin1String("{year}"), QString::number(year));
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::(\\d))?\\}"));
    const auto m = seq.match(out);
    if (m.hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')));
    }
    return out;
}

Result<QString> FamilyService::nextFileNumber(const QString& town)
{
    Database& db = m_s.db();
    auto code = fetchOne(
        db, "SELECT code FROM towns WHERE name = ?;", {town},
        [](const Statement& st) { return st.text(0); },
        tr("%1 is not a known town. An administrator adds towns with \"jiahu-cli town add\".")
            .arg(town));
    if (!code.ok())
        return code.error();
    auto format = fetchOne(db, "SELECT value FROM meta WHERE key = 'file_number_format';", {},
                           [](const Statement& st) { return st.text(0); }, {});
    const QString pattern =
        format.ok() ? format.value() : QString::fromLatin1(kDefaultFileNumberFormat);
    const int year = m_s.today().year();
    auto ensure =
        db.prepare("INSERT OR IGNORE INTO file_counters(town, year, last) VALUES (?, ?, 0);");
    if (!ensure.ok())
        return ensure.error();
    JIAHU_TRY(ensure->bindAll(town, year).exec());
    // A number already taken (e.g. arrived by sync) is skipped, never reused.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        auto bump =
            db.prepare("UPDATE file_counters SET last = last + 1 WHERE town = ? AND year = ?;");
        if (!bump.ok())
            return bump.error();
        JIAHU_TRY(bump->bindAll(town, year).exec());
        auto last =
            fetchOne(db, "SELECT last FROM file_counters WHERE town = ? AND year = ?;",
                     {town, year}, [](const Statement& st) { return int(st.int64(0)); }, {});
        if (!last.ok())
            return last.error();
        const QString number = formatFileNumber(pattern, code.value(), year, last.value());
        auto taken = fetchOne(db, "SELECT 1 FROM families WHERE file_no = ?;", {number},
                              [](const Statement&) { return true; }, {});
        if (!taken.ok() && taken.error().code == ErrorCode::NotFound)
            return number;
        if (!taken.ok())
            return taken.error();
    }
    return makeError(ErrorCode::Internal, tr("No free file number was found."));
}

Result<QString> FamilyService::userIdByName(const QString& name)
{
    auto user = UserDirectory(m_s.db()).byName(name);
    if (!user.ok())
        return user.error();
    return user->id;
}

Result<Family> FamilyService::add(const NewFamily& in)
{
    JIAHU_TRY(m_s.policy().requireTownInScope(in.town));
    JIAHU_TRY(TextRules::checkRequired(tr("Town"), in.town, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Community"), in.community, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Address"), in.address, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    for (const QString& school : in.schools)
        JIAHU_TRY(TextRules::checkRequired(tr("School"), school, TextRules::kShort));
    QString caseworkerId = m_s.user().id;
    if (!in.caseworkerName.isEmpty()) {
        auto id = userIdByName(in.caseworkerName);
        if (!id.ok())
            return id.error();
        caseworkerId = id.value();
    }
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto fileNo = nextFileNumber(in.town);
    if (!fileNo.ok())
        return fileNo.error();
    auto id = m_s.insert("families", {{"file_no", fileNo.value()},
                                      {"town", in.town},
                                      {"community", in.community},
                                      {"address", in.address},
                                      {"schools", in.schools.join(u'\n')},
                                      {"categories", in.categories},
                                      {"caseworker_id", caseworkerId},
                                      {"last_activity_at", m_s.nowMs()},
                                      {"notes", in.notes}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(SearchIndex::refresh(m_s.db(), id.value()));
    JIAHU_TRY(
        m_s.audit(QStringLiteral("family.add"), QStringLiteral("family"), id.value(), id.value()));
    JIAHU_TRY(tx->commit());
    return find(id.value());
}

Result<Family> FamilyService::find(const QString& key)
{
    JIAHU_TRY(m_s.policy().requireFamilyReader());
    QVariantList binds{key, key};
    const QByteArray filter = m_s.policy().familyFilter(m_s.user().id, binds);
    auto family = fetchOne(
        m_s.db(),
        QByteArray(records::kFamilySelect) +
            "WHERE (f.id = ? OR f.file_no = ?) AND f.deleted_at IS NULL AND " + filter + ";",
        binds, records::readFamily, tr("No family file %1 was found in your scope.").arg(key));
    if (family.ok())
        m_s.policy().redact(family.value());
    return family;
}

Result<Family> FamilyService::findWritable(const QString& key)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    return find(key);
}

Status FamilyService::touch(const QString& familyId)
{
    auto st = m_s.db().prepare("UPDATE families SET last_activity_at = ? WHERE id = ?;");
    if (!st.ok())
        return st.error();
    JIAHU_TRY(st->bindAll(m_s.nowMs(), familyId).exec());
    return SearchIndex::refresh(m_s.db(), familyId);
}

Result<Person> FamilyService::addPerson(const Person& in)
{
    auto family = findWritable(in.familyId);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(TextRules::checkRequired(tr("Name"), in.name, 50));
    JIAHU_TRY(TextRules::check(tr("Phone"), in.phone, 20));
    JIAHU_TRY(TextRules::check(tr("School"), in.school, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Grade"), in.grade, 20));
    JIAHU_TRY(TextRules::check(tr("Relationship"), in.relationship, 20));
    JIAHU_TRY(TextRules::check(tr("Special needs"), in.specialNeeds, TextRules::kLine, true));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+\\- ]{3,20}$"));
    if (!in.phone.isEmpty() && !phoneRe.match(in.phone).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The phone number may contain only digits, spaces, + and -."));
    if (in.gender != QLatin1String("male") && in.gender != QLatin1String("female") &&
        !in.gender.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Gender is male or female."));

    Person p = in;
    p.familyId = family->id;
    if (!in.idNumber.trimmed().isEmpty()) {
        auto number = IdentityNumber::parse(in.idNumber, m_s.today());
        if (!number.ok())
            return number.error();
        p.idNumber = number->text();
        if (p.birthDate.isValid() && p.birthDate != number->birthDate())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The birth date %1 does not match the identity number, which "
                                "gives %2.")
                                 .arg(isoDate(p.birthDate), isoDate(number->birthDate())));
        const QString derived =
            number->gender() == Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
        if (!p.gender.isEmpty() && p.gender != derived)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The gender entered does not match the identity number."));
        p.birthDate = number->birthDate();
        p.gender = derived;
        auto dup =
            fetchOne(m_s.db(), "SELECT 1 FROM people WHERE id_number = ? AND deleted_at IS NULL;",
                     {p.idNumber}, [](const Statement&) { return true; }, {});
        if (dup.ok())
            return makeError(ErrorCode::AlreadyExists,
                             tr("A person with this identity number is already recorded."));
    } else {
        p.idNumber.clear();
    }
    if (p.birthDate.isValid() && p.birthDate > m_s.today())
        return makeError(ErrorCode::InvalidArgument, tr("The birth date is in the future."));

    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("people", {{"family_id", p.familyId},
                                    {"member_role", CaseVocabulary::id(p.role)},
                                    {"name", p.name.trimmed()},
                                    {"gender", p.gender},
                                    {"birth_date", isoDate(p.birthDate)},
                                    {"id_number", p.idNumber},
                                    {"phone", p.phone},
                                    {"school", p.school},
                                    {"grade", p.grade},
                                    {"relationship", p.relationship},
                                    {"special_needs", p.specialNeeds},
                                    {"notes", p.notes}});
    if (!id.ok())
        return id.error();
    p.id = id.value();
    if (!p.school.isEmpty() && !family->schools.contains(p.school)) {
        QStringList schools = family->schools;
        schools.append(p.school);
        JIAHU_TRY(m_s.update("families", p.familyId, {{"schools", schools.join(u'\n')}}));
    }
    JIAHU_TRY(touch(p.familyId));
    JIAHU_TRY(m_s.audit(QStringLiteral("person.add"), QStringLiteral("person"), p.id, p.familyId));
    JIAHU_TRY(tx->commit());
    return p;
}

Result<FamilyPage> FamilyService::list(const FamilyQuery& q)
{
    JIAHU_TRY(m_s.policy().requireFamilyReader());
    QVariantList binds;
    QByteArray where =
        "WHERE f.deleted_at IS NULL AND " + m_s.policy().familyFilter(m_s.user().id, binds);
    if (!q.town.isEmpty()) {
        where += " AND f.town = ?";
        binds << q.town;
    }
    if (q.code) {
        where += " AND f.risk_code = ?";
        binds << RiskCodes::severity(*q.code);
    }
    if (q.anyCategories) {
        where += " AND (f.categories & ?) <> 0";
        binds << q.anyCategories;
    }
    if (q.status) {
        where += " AND f.status = ?";
        binds << CaseVocabulary::id(*q.status);
    }
    if (q.mineOnly) {
        where += " AND f.caseworker_id = ?";
        binds << m_s.user().id;
    }
    if (q.after) {
        where += " AND (f.risk_code, f.last_activity_at, f.id) < (?, ?, ?)";
        binds << q.after->riskCode << q.after->lastActivityAt << q.after->id;
    }
    const int limit = std::clamp(q.limit, 1, kMaxPage);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(),
                         QByteArray(records::kFamilySelect) + where +
                             " ORDER BY f.risk_code DESC, f.last_activity_at DESC, f.id DESC "
                             "LIMIT ?;",
                         binds, records::readFamily);
    if (!rows.ok())
        return rows.error();
    FamilyPage page;
    page.families = std::move(rows.value());
    if (page.families.size() > limit) {
        page.families.resize(limit);
        const Family& last = page.families.constLast();
        page.next = FamilyCursor{last.riskCode ? RiskCodes::severity(*last.riskCode) : 0,
                                 last.lastActivityAt, last.id};
    }
    for (Family& f : page.families)
        m_s.policy().redact(f);
    return page;
}

Result<FamilyFile> FamilyService::open(const QString& key, const QString& reason)
{
    JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kLine));
    auto family = find(key);
    if (!family.ok())
        return family.error();
    Database& db = m_s.db();
    const QString id = family->id;
    FamilyFile file;
    file.family = family.value();
    auto fill = [&](auto& target, const char* select, const QByteArray& tail, QVariantList binds,
                    auto read) -> Status {
        auto rows = fetchAll(db, QByteArray(select) + tail, binds, read);
        if (!rows.ok())
            return rows.error();
        target = std::move(rows.value());
        return {};
    };
    if (!m_s.policy().readsFullFiles()) {
        // A counselor: the children of their school and the follow-ups about them.
        file.partial = true;
        JIAHU_TRY(fill(file.people, records::kPersonSelect,
                       "WHERE family_id = ? AND deleted_at IS NULL AND member_role = 'child' AND "
                       "school IN (SELECT value FROM user_scopes WHERE user_id = ? AND "
                       "kind = 'school') ORDER BY created_at;",
                       {id, m_s.user().id}, records::readPerson));
        JIAHU_TRY(
            fill(file.followUps, records::kFollowUpSelect,
                 "WHERE x.family_id = ? AND x.person_id IN (SELECT p.id FROM people p "
                 "WHERE p.family_id = ? AND p.school IN (SELECT value FROM user_scopes "
                 "WHERE user_id = ? AND kind = 'school')) ORDER BY x.visit_date DESC, x.hlc DESC;",
                 {id, id, m_s.user().id}, records::readFollowUp));
    } else {
        JIAHU_TRY(fill(file.people, records::kPersonSelect,
                       "WHERE family_id = ? AND deleted_at IS NULL ORDER BY CASE member_role "
                       "WHEN 'child' THEN 0 WHEN 'guardian' THEN 1 ELSE 2 END, created_at;",
                       {id}, records::readPerson));
        JIAHU_TRY(fill(file.riskHistory, records::kRiskEventSelect,
                       "WHERE e.family_id = ? ORDER BY e.hlc;", {id}, records::readRiskEvent));
        JIAHU_TRY(fill(file.assessments, records::kAssessmentSelect,
                       "WHERE a.family_id = ? ORDER BY a.created_at DESC;", {id},
                       records::readAssessment));
        JIAHU_TRY(fill(file.plans, records::kPlanSelect,
                       "WHERE p.family_id = ? AND p.deleted_at IS NULL ORDER BY p.created_at;",
                       {id}, records::readPlan));
        QList<PlanAction> actions;
        JIAHU_TRY(fill(actions, records::kActionSelect,
                       "WHERE family_id = ? AND deleted_at IS NULL ORDER BY due_date, created_at;",
                       {id}, records::readAction));
        for (Plan& plan : file.plans)
            for (const PlanAction& a : actions)
                if (a.planId == plan.id)
                    plan.actions.append(a);
        JIAHU_TRY(fill(file.guidance, records::kGuidanceSelect,
                       "WHERE family_id = ? ORDER BY session_date DESC;", {id},
                       records::readGuidance));
        JIAHU_TRY(fill(file.followUps, records::kFollowUpSelect,
                       "WHERE x.family_id = ? ORDER BY x.visit_date DESC, x.hlc DESC;", {id},
                       records::readFollowUp));
        JIAHU_TRY(fill(file.referrals, records::kReferralSelect,
                       "WHERE r.family_id = ? AND r.deleted_at IS NULL ORDER BY r.created_at;",
                       {id}, records::readReferral));
        for (Referral& r : file.referrals)
            JIAHU_TRY(fill(r.events, records::kReferralEventSelect,
                           "WHERE e.referral_id = ? ORDER BY e.hlc;", {r.id},
                           records::readReferralEvent));
        JIAHU_TRY(fill(file.attachments, records::kAttachmentSelect,
                       "WHERE family_id = ? AND deleted_at IS NULL ORDER BY created_at;", {id},
                       records::readAttachment));
    }
    JIAHU_TRY(m_s.audit(QStringLiteral("family.open"), QStringLiteral("family"), id, id, reason));
    return file;
}

Status FamilyService::setStatus(const QString& familyId, FamilyStatus status, const QString& reason)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    JIAHU_TRY(TextRules::checkRequired(tr("Reason"), reason, TextRules::kLine));
    auto family = findWritable(familyId);
    if (!family.ok())
        return family.error();
    if (family->status == status)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The family file is already %1.").arg(CaseVocabulary::displayName(status)));
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("families", family->id,
                         {{"status", CaseVocabulary::id(status)}, {"status_reason", reason}}));
    JIAHU_TRY(m_s.audit(QStringLiteral("family.") + CaseVocabulary::id(status),
                        QStringLiteral("family"), family->id, family->id, reason));
    return tx->commit();
}

Status FamilyService::assign(const QString& familyId, const QString& caseworkerName)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    auto family = findWritable(familyId);
    if (!family.ok())
        return family.error();
    auto userId = userIdByName(caseworkerName);
    if (!userId.ok())
        return userId.error();
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("families", family->id, {{"caseworker_id", userId.value()}}));
    JIAHU_TRY(m_s.audit(QStringLiteral("family.assign"), QStringLiteral("family"), family->id,
                        family->id));
    return tx->commit();
}

} // namespace jiahu
