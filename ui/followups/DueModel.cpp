#include "followups/DueModel.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

namespace jiahu {

DueModel::DueModel(Workspace& workspace, QObject* parent)
    : PreviewTableModel<DueFamily>(workspace, parent)
{
}

void DueModel::setQuery(const DueQuery& query)
{
    const bool windowChanged = query.window != m_query.window;
    m_query = query;
    if (windowChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, Days, Days);
    const DueQuery q = query;
    PagedTableModel<DueFamily>::setQuery(
        [q](CaseSession& s, const QString& after, int limit) {
            DueQuery page = q;
            page.after = after;
            page.limit = limit;
            return FollowUpService(s).due(page);
        },
        [q](CaseSession& s) { return FollowUpService(s).dueCount(q); });
}

QString DueModel::daysText(int daysOverdue)
{
    if (daysOverdue > 0)
        return tr("%n day(s) overdue", nullptr, daysOverdue);
    if (daysOverdue == 0)
        return tr("Due today");
    return tr("Due in %n day(s)", nullptr, -daysOverdue);
}

int DueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const DueFamily& d = rowAt(index.row());
    const Family& f = d.family;
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(f.riskCode);
    if (role == Qt::UserRole)
        return f.id;
    if (role == Qt::ForegroundRole && index.column() == Days && d.daysOverdue > 0)
        return RiskStyle::overdueText();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return RiskStyle::label(f.riskCode);
    case FileNumber:
        return f.fileNo;
    case Place:
        return f.community.isEmpty() ? f.town : tr("%1 · %2").arg(f.town, f.community);
    case Caseworker:
        return f.caseworkerName;
    case DueDate:
        return f.nextDue.toString(QStringLiteral("yyyy-MM-dd"));
    case Days:
        return daysText(d.daysOverdue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case FileNumber:
        return tr("File number");
    case Place:
        return tr("Town / community");
    case Caseworker:
        return tr("Caseworker");
    case DueDate:
        return tr("Due on");
    case Days:
        return m_query.window == DueWindow::Overdue ? tr("Overdue") : tr("Due in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
