#include "familyfile/MembersModel.h"

#include "forms/PersonText.h"

#include "common/Clock.h"

#include <algorithm>

namespace jiahu {

namespace {

int roleOrder(MemberRole role)
{
    switch (role) {
    case MemberRole::Child:
        return 0;
    case MemberRole::Guardian:
        return 1;
    case MemberRole::Member:
        break;
    }
    return 2;
}

} // namespace

MembersModel::MembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void MembersModel::setPeople(const QList<Person>& people, const QDate& today)
{
    beginResetModel();
    m_people = people;
    m_today = today;
    std::stable_sort(m_people.begin(), m_people.end(), [](const Person& a, const Person& b) {
        if (roleOrder(a.role) != roleOrder(b.role))
            return roleOrder(a.role) < roleOrder(b.role);
        // The eldest first; unknown birth dates last.
        if (a.birthDate.isValid() != b.birthDate.isValid())
            return a.birthDate.isValid();
        return a.birthDate < b.birthDate;
    });
    endResetModel();
}

void MembersModel::setIdNumbersRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (!m_people.isEmpty())
        Q_EMIT dataChanged(index(0, IdNumber), index(int(m_people.size()) - 1, IdNumber),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

int MembersModel::rowOf(const QString& personId) const
{
    for (int i = 0; i < m_people.size(); ++i)
        if (m_people[i].id == personId)
            return i;
    return -1;
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& p = m_people.at(index.row());
    if (role == PersonIdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole && index.column() == Age)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Role:
        return CaseVocabulary::displayName(p.role);
    case Name:
        return p.name;
    case Gender:
        return PersonText::genderName(p.gender);
    case Age:
        if (role == Qt::ToolTipRole)
            return p.birthDate.isValid() ? isoDate(p.birthDate) : QVariant();
        return PersonText::ageText(p.birthDate, m_today);
    case IdNumber:
        if (role == Qt::ToolTipRole)
            return {};
        return m_revealed ? p.idNumber : PersonText::maskedIdNumber(p.idNumber);
    case SchoolGrade:
        return PersonText::schoolAndGrade(p);
    case Relationship:
        return p.relationship;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("Identity number");
    case SchoolGrade:
        return tr("School and grade");
    case Relationship:
        return tr("Relationship");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
