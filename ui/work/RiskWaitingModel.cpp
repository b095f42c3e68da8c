#include "work/RiskWaitingModel.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "common/Clock.h"
#include "services/FamilyService.h"

namespace jiahu {

RiskWaitingModel::RiskWaitingModel(Workspace& workspace, QObject* parent)
    : PreviewTableModel<WaitingRiskChange>(workspace, parent)
{
}

void RiskWaitingModel::setQuery(const RiskQueueQuery& query)
{
    const RiskQueueQuery q = query;
    PagedTableModel<WaitingRiskChange>::setQuery(
        [q](CaseSession& s, const QString& after, int limit) -> Result<Page<WaitingRiskChange>> {
            RiskQueueQuery page = q;
            page.after = after;
            page.limit = limit;
            auto events = RiskService(s).queue(page);
            if (!events.ok())
                return events.error();
            Page<WaitingRiskChange> out;
            out.next = events->next;
            FamilyService families(s);
            for (const RiskEvent& e : events->rows) {
                auto family = families.find(e.familyId);
                WaitingRiskChange row{e, family.ok() ? family.value() : Family{}};
                row.family.id = e.familyId;
                out.rows.append(row);
            }
            return out;
        },
        [q](CaseSession& s) { return RiskService(s).queueCount(q); });
}

QString RiskWaitingModel::changeText(const RiskEvent& e)
{
    const QString from = RiskStyle::label(e.previousCode);
    const QString to = RiskStyle::label(e.code);
    if (e.kind == RiskEventKind::Propose)
        return tr("Downgrade proposed: %1 → %2").arg(from, to);
    return tr("Raise to review: %1 → %2").arg(from, to);
}

int RiskWaitingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskWaitingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const WaitingRiskChange& w = rowAt(index.row());
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(w.family.riskCode);
    if (role == Qt::UserRole)
        return w.event.familyId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return RiskStyle::label(w.family.riskCode);
    case FileNumber:
        return w.family.fileNo;
    case Change:
        return changeText(w.event);
    case By:
        return w.event.byDisplayName;
    case Since:
        return isoDate(caseDate(w.event.at));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RiskWaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case FileNumber:
        return tr("File number");
    case Change:
        return tr("Change");
    case By:
        return tr("By");
    case Since:
        return tr("Since");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
