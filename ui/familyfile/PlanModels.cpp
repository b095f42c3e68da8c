#include "familyfile/PlanModels.h"

#include "look/RiskStyle.h"

#include "common/Clock.h"

#include <QBrush>

namespace jiahu {

PlansModel::PlansModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlansModel::setPlans(QList<Plan> plans)
{
    beginResetModel();
    m_rows = std::move(plans);
    endResetModel();
}

int PlansModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int PlansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlansModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlansModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan& p = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Title:
            return p.title;
        case Kind:
            return CaseVocabulary::displayName(p.kind);
        case Status:
            return CaseVocabulary::displayName(p.status);
        case Progress:
            return tr("%1%").arg(p.progressPercent());
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p.title;
    if (role == Qt::TextAlignmentRole && index.column() == Progress)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Plan");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return {};
}

PlanActionsModel::PlanActionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlanActionsModel::setActions(QList<PlanAction> actions, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(actions);
    m_today = today;
    endResetModel();
}

int PlanActionsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool PlanActionsModel::isOverdue(const PlanAction& a) const
{
    return m_today.isValid() && a.dueDate.isValid() && a.dueDate < m_today &&
           (a.status == ActionStatus::Todo || a.status == ActionStatus::Doing);
}

int PlanActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanAction& a = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Description:
            return a.description;
        case Agency:
            return a.agency;
        case Owner:
            return a.owner;
        case Due:
            if (!a.dueDate.isValid())
                return QString();
            // Never colour alone: an overdue date says so in words too.
            return isOverdue(a)
                       ? tr("%1 (overdue %n day(s))", nullptr, int(a.dueDate.daysTo(m_today)))
                             .arg(isoDate(a.dueDate))
                       : isoDate(a.dueDate);
        case Status:
            return CaseVocabulary::displayName(a.status);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due && isOverdue(a))
        return QBrush(RiskStyle::overdueText());
    if (role == Qt::ToolTipRole && index.column() == Description)
        return a.description;
    return {};
}

QVariant PlanActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Description:
        return tr("Action");
    case Agency:
        return tr("Agency");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
