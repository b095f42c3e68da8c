#include "PersonService.h"

#include "common/Clock.h"
#include "domain/DateRules.h"
#include "domain/IdentityNumber.h"
#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>

namespace jiahu {

Status PersonService::normalize(Person& p, const QString& exceptPersonId)
{
    JIAHU_TRY(TextRules::checkRequired(tr("Name"), p.name, 50));
    JIAHU_TRY(TextRules::check(tr("Phone"), p.phone, 20));
    JIAHU_TRY(TextRules::check(tr("School"), p.school, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Grade"), p.grade, 20));
    JIAHU_TRY(TextRules::check(tr("Relationship"), p.relationship, 20));
    JIAHU_TRY(TextRules::check(tr("Special needs"), p.specialNeeds, TextRules::kLine, true));
    JIAHU_TRY(TextRules::check(tr("Notes"), p.notes, TextRules::kNote, true));
    p.name = p.name.trimmed();
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+\\- ]{3,20}$"));
    if (!p.phone.isEmpty() && !phoneRe.match(p.phone).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The phone number may contain only digits, spaces, + and -."));
    if (p.gender != QLatin1String("male") && p.gender != QLatin1String("female") &&
        !p.gender.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Gender is male or female."));
    if (p.idNumber.trimmed().isEmpty()) {
        p.idNumber.clear();
    } else {
        auto number = IdentityNumber::parse(p.idNumber, m_s.today());
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
        // Another file with this number, among those the user may see.
        QVariantList binds{p.idNumber, exceptPersonId};
        const QByteArray filter = m_s.policy().familyFilter(m_s.user().id, binds);
        auto other =
            fetchOptional(m_s.db(),
                          "SELECT f.file_no FROM people p JOIN families f ON f.id = p.family_id "
                          "WHERE p.id_number = ? AND p.id <> ? AND p.deleted_at IS NULL AND "
                          "f.deleted_at IS NULL AND " +
                              filter + " LIMIT 1;",
                          binds, [](const Statement& st) { return st.text(0); });
        if (!other.ok())
            return other.error();
        if (other.value())
            return makeError(ErrorCode::AlreadyExists,
                             tr("A person with this identity number is already recorded in "
                                "family file %1.")
                                 .arg(*other.value()));
    }
    if (p.birthDate.isValid())
        JIAHU_TRY(DateRules::checkBirth(tr("The birth date"), p.birthDate, m_s.today()));
    return {};
}

Result<Person> PersonService::add(const Person& in)
{
    FamilyService families(m_s);
    auto family = families.findWritable(in.familyId);
    if (!family.ok())
        return family.error();
    Person p = in;
    p.familyId = family->id;
    JIAHU_TRY(normalize(p, {}));

    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("people", {{"family_id", p.familyId},
                                    {"member_role", CaseVocabulary::id(p.role)},
                                    {"name", p.name},
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
    JIAHU_TRY(addSchool(family.value(), p.school));
    JIAHU_TRY(m_s.audit(QStringLiteral("person.add"), QStringLiteral("person"), p.id, p.familyId));
    JIAHU_TRY(tx->commit());
    return p;
}

Status PersonService::addSchool(const Family& family, const QString& school)
{
    if (school.isEmpty() || family.schools.contains(school))
        return {};
    return m_s.update("families", family.id, family.id,
                      {{"schools", (family.schools + QStringList{school}).join(u'\n')}});
}

Result<std::pair<Person, Family>> PersonService::findWritable(const QString& personId)
{
    const QString notFound = tr("There is no family member %1.").arg(personId);
    auto person = fetchOne(
        m_s.db(), QByteArray(records::kPersonSelect) + "WHERE id = ? AND deleted_at IS NULL;",
        {personId}, records::readPerson, notFound);
    if (!person.ok())
        return person.error();
    auto family = FamilyService(m_s).findWritable(person->familyId);
    if (!family.ok())
        return hiddenAsMissing(family.error(), notFound);
    return std::pair(person.value(), family.value());
}

Result<Person> PersonService::edit(const QString& personId, const PersonEdit& e)
{
    auto current = findWritable(personId);
    if (!current.ok())
        return current.error();
    const auto& [old, family] = current.value();
    Person p = old;
    auto take = [](auto& field, const auto& value) {
        if (value)
            field = *value;
    };
    take(p.name, e.name);
    take(p.idNumber, e.idNumber);
    take(p.gender, e.gender);
    take(p.birthDate, e.birthDate);
    take(p.phone, e.phone);
    take(p.school, e.school);
    take(p.grade, e.grade);
    take(p.relationship, e.relationship);
    take(p.specialNeeds, e.specialNeeds);
    take(p.notes, e.notes);
    // A new identity number gives its own birth date and gender.
    if (e.idNumber && !e.birthDate)
        p.birthDate = {};
    if (e.idNumber && !e.gender)
        p.gender.clear();
    JIAHU_TRY(normalize(p, old.id));

    CaseSession::Fields fields;
    auto changed = [&](const char* column, const QString& before, const QString& after) {
        if (before != after)
            fields.append({column, after});
    };
    changed("name", old.name, p.name);
    changed("id_number", old.idNumber, p.idNumber);
    changed("gender", old.gender, p.gender);
    changed("birth_date", isoDate(old.birthDate), isoDate(p.birthDate));
    changed("phone", old.phone, p.phone);
    changed("school", old.school, p.school);
    changed("grade", old.grade, p.grade);
    changed("relationship", old.relationship, p.relationship);
    changed("special_needs", old.specialNeeds, p.specialNeeds);
    changed("notes", old.notes, p.notes);
    if (fields.isEmpty())
        return old;
    const bool identity = old.name != p.name || old.idNumber != p.idNumber;
    if (identity)
        JIAHU_TRY(TextRules::checkRequired(tr("The reason for changing a name or identity number"),
                                           e.reason, TextRules::kLine));
    else
        JIAHU_TRY(TextRules::check(tr("Reason"), e.reason, TextRules::kLine));

    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("people", p.id, p.familyId, fields));
    if (old.school != p.school)
        JIAHU_TRY(addSchool(family, p.school));
    JIAHU_TRY(m_s.audit(QStringLiteral("person.edit"), QStringLiteral("person"), p.id, p.familyId,
                        e.reason));
    JIAHU_TRY(tx->commit());
    return p;
}

Status PersonService::requireCounselor()
{
    if (m_s.policy().caseRole() == Role::Counselor)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("This list is a school counselor's: the children of their own school."));
}

QByteArray PersonService::schoolChildrenWhere()
{
    return "FROM people p JOIN families f ON f.id = p.family_id "
           "WHERE p.school IN (SELECT value FROM user_scopes WHERE user_id = ? AND "
           "kind = 'school') AND p.school <> '' AND p.deleted_at IS NULL AND "
           "p.member_role = 'child' AND f.deleted_at IS NULL AND f.status = 'open' AND "
           "f.risk_code > 0";
}

Result<Page<SchoolChild>> PersonService::schoolChildren(const SchoolChildQuery& q)
{
    JIAHU_TRY(requireCounselor());
    constexpr const char* kList = "school.children";
    QVariantList binds{m_s.user().id};
    QByteArray sql = "SELECT p.id, p.family_id, f.risk_code, p.name " + schoolChildrenWhere();
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 3);
        if (!key.ok())
            return key.error();
        sql += " AND (f.risk_code < ? OR (f.risk_code = ? AND (p.name, p.id) > (?, ?)))";
        binds << key->at(0) << key->at(0) << key->at(1) << key->at(2);
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    struct Key {
        QString personId, familyId;
        qint64 code = 0;
        QString name;
    };
    auto keys = fetchAll(m_s.db(), sql + " ORDER BY f.risk_code DESC, p.name, p.id LIMIT ?;", binds,
                         [](const Statement& st) {
                             return Key{st.text(0), st.text(1), st.int64(2), st.text(3)};
                         });
    if (!keys.ok())
        return keys.error();
    if (keys->isEmpty())
        return Page<SchoolChild>{};
    // The page's people and families, each in one query.
    QByteArray people, families;
    QVariantList personIds, familyIds;
    for (const Key& k : keys.value()) {
        people += people.isEmpty() ? "?" : ", ?";
        personIds << k.personId;
        if (!familyIds.contains(k.familyId)) {
            families += families.isEmpty() ? "?" : ", ?";
            familyIds << k.familyId;
        }
    }
    auto persons =
        fetchAll(m_s.db(), QByteArray(records::kPersonSelect) + "WHERE id IN (" + people + ");",
                 personIds, records::readPerson);
    if (!persons.ok())
        return persons.error();
    auto found = fetchAll(m_s.db(), records::familySelect() + "WHERE f.id IN (" + families + ");",
                          familyIds, records::readFamily);
    if (!found.ok())
        return found.error();
    QHash<QString, Person> personById;
    for (Person& p : persons.value())
        personById.insert(p.id, std::move(p));
    QHash<QString, Family> familyById;
    for (Family& f : found.value()) {
        m_s.policy().redact(f);
        f.schools.clear(); // the other children's schools are not the counselor's business
        familyById.insert(f.id, std::move(f));
    }
    QList<SchoolChild> rows;
    for (const Key& k : keys.value())
        rows.append({personById.value(k.personId), familyById.value(k.familyId)});
    return makePage(std::move(rows), limit, kList, [](const SchoolChild& c) {
        return QVariantList{RiskCodes::stored(c.family.riskCode), c.child.name, c.child.id};
    });
}

Result<qint64> PersonService::schoolChildrenCount()
{
    JIAHU_TRY(requireCounselor());
    return fetchOne(m_s.db(), "SELECT count(*) " + schoolChildrenWhere() + ";", {m_s.user().id},
                    [](const Statement& st) { return st.int64(0); }, {});
}

} // namespace jiahu
