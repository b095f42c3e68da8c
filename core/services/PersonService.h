#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jiahu {

class CaseSession;

/// Corrections and updates of a person's details: only the fields set change. A new name or
/// identity number needs a reason, which goes to the audit log.
struct PersonEdit {
    std::optional<QString> name;
    std::optional<QString> idNumber; ///< empty string clears it
    std::optional<QString> gender;
    std::optional<QDate> birthDate;
    std::optional<QString> phone;
    std::optional<QString> school;
    std::optional<QString> grade;
    std::optional<QString> relationship;
    std::optional<QString> specialNeeds;
    std::optional<QString> notes;
    QString reason;
};

/// A child of a counselor's school in an open, coded family file (the counselor's watch list).
struct SchoolChild {
    Person child;
    Family family; ///< as a counselor may see it: no address, notes or schools
};

struct SchoolChildQuery {
    QString after; ///< cursor from the previous page
    int limit = PageCursor::kDefaultLimit;
};

/// The members of a family file: children, guardians and other members. An identity number is
/// checked (GB 11643 check character and a real birth date) and gives the birth date and gender.
/// The same number recorded in another file the user may see is refused with that file's number;
/// files the user may not see are never hinted at.
class PersonService {
    Q_DECLARE_TR_FUNCTIONS(PersonService)
public:
    explicit PersonService(CaseSession& session) : m_s(session) {}

    Result<Person> add(const Person& person);
    Result<Person> edit(const QString& personId, const PersonEdit& edit);
    /// Counselors: the children of their own schools in open, coded family files, the most
    /// severe code first, then by name. Nobody else in those families appears.
    Result<Page<SchoolChild>> schoolChildren(const SchoolChildQuery& query = {});
    Result<qint64> schoolChildrenCount();

private:
    /// A live member of a family the user may write to, with the family.
    Result<std::pair<Person, Family>> findWritable(const QString& personId);
    /// Adds `school` to the family's schools unless it is empty or already there.
    Status addSchool(const Family& family, const QString& school);
    /// Checks every field of `p` and derives birth date and gender from its identity number.
    Status normalize(Person& p, const QString& exceptPersonId);
    Status requireCounselor();
    static QByteArray schoolChildrenWhere();
    CaseSession& m_s;
};

} // namespace jiahu
