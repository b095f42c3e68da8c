#include "work/RecentFamiliesModel.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "common/Clock.h"
#include "services/FamilyService.h"

namespace jiahu {

RecentFamiliesModel::RecentFamiliesModel(Workspace& workspace, QObject* parent)
    : PreviewTableModel<Family>(workspace, parent)
{
    connect(this, &PagedModelBase::reloaded, this, [this] { setTotal(rowCount()); });
}

void RecentFamiliesModel::start()
{
    PagedTableModel<Family>::setQuery(
        [](CaseSession& s, const QString&, int limit) -> Result<Page<Family>> {
            auto recent = FamilyService(s).recentlyOpened(std::min(limit, kMaxRows));
            if (!recent.ok())
                return recent.error();
            return Page<Family>{recent.value(), {}}; // one short list, no further pages
        });
}

int RecentFamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentFamiliesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Family& f = rowAt(index.row());
    const QDate today = m_workspace ? m_workspace->today() : QDate();
    const bool overdue = f.status == FamilyStatus::Open && f.nextDue.isValid() && f.nextDue < today;
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(f.riskCode);
    if (role == Qt::UserRole)
        return f.id;
    if (role == Qt::ForegroundRole && index.column() == NextDue && overdue)
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
    case NextDue:
        if (f.status != FamilyStatus::Open)
            return CaseVocabulary::displayName(f.status);
        return isoDate(f.nextDue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecentFamiliesModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case NextDue:
        return tr("Next follow-up");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
