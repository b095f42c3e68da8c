#include "work/ReferralWaitingModel.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "common/Clock.h"
#include "services/FamilyService.h"

namespace jiahu {

ReferralWaitingModel::ReferralWaitingModel(Workspace& workspace, QObject* parent)
    : PreviewTableModel<WaitingReferral>(workspace, parent)
{
}

void ReferralWaitingModel::start()
{
    ReferralQuery query;
    query.status = ReferralStatus::Sent;
    PagedTableModel<WaitingReferral>::setQuery(
        [query](CaseSession& s, const QString& after, int limit) -> Result<Page<WaitingReferral>> {
            ReferralQuery page = query;
            page.after = after;
            page.limit = limit;
            auto referrals = ReferralService(s).list(page);
            if (!referrals.ok())
                return referrals.error();
            Page<WaitingReferral> out;
            out.next = referrals->next;
            const bool readsFiles = s.policy().readsFullFiles();
            FamilyService families(s);
            for (const Referral& r : referrals->rows) {
                WaitingReferral row{r, {}};
                if (readsFiles) {
                    auto family = families.find(r.familyId);
                    if (family.ok())
                        row.family = family.value();
                }
                row.family.id = r.familyId;
                out.rows.append(row);
            }
            return out;
        },
        [query](CaseSession& s) { return ReferralService(s).count(query); });
}

int ReferralWaitingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralWaitingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const WaitingReferral& w = rowAt(index.row());
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(w.family.riskCode);
    if (role == Qt::UserRole)
        return w.referral.familyId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return RiskStyle::label(w.family.riskCode);
    case FileNumber:
        return w.family.fileNo;
    case Agency:
        return w.referral.agency;
    case Request:
        return CaseVocabulary::displayName(w.referral.request);
    case Since:
        return isoDate(caseDate(w.referral.createdAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferralWaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case FileNumber:
        return tr("File number");
    case Agency:
        return tr("Agency");
    case Request:
        return tr("Asks for");
    case Since:
        return tr("Referral date");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
