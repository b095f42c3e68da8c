#include "counselor/StudentListModel.h"

#include "followups/DueModel.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "common/Clock.h"

namespace jiahu {

StudentListModel::StudentListModel(Workspace& workspace, QObject* parent)
    : PagedTableModel<SchoolChild>(workspace, parent)
{
}

void StudentListModel::start()
{
    setQuery(
        [](CaseSession& s, const QString& after, int limit) {
            return PersonService(s).schoolChildren({after, limit});
        },
        [](CaseSession& s) { return PersonService(s).schoolChildrenCount(); });
}

int StudentListModel::rowOf(const QString& personId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).child.id == personId)
            return row;
    return -1;
}

int StudentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const SchoolChild& c = rowAt(index.row());
    const QDate today = m_workspace ? m_workspace->today() : QDate();
    const int overdueDays =
        c.family.nextDue.isValid() && today.isValid() ? int(c.family.nextDue.daysTo(today)) : 0;
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(c.family.riskCode);
    if (role == Qt::UserRole)
        return c.child.id;
    if (role == Qt::ForegroundRole && index.column() == NextFollowUp && overdueDays > 0)
        return RiskStyle::overdueText();
    if (role == Qt::ToolTipRole && index.column() == NextFollowUp)
        return isoDate(c.family.nextDue);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return RiskStyle::label(c.family.riskCode);
    case Name:
        return c.child.name;
    case Grade:
        return c.child.grade;
    case NextFollowUp:
        if (!c.family.nextDue.isValid())
            return QString();
        return overdueDays > 0 ? DueModel::daysText(overdueDays) : isoDate(c.family.nextDue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Grade:
        return tr("Grade");
    case NextFollowUp:
        return tr("Next follow-up");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
