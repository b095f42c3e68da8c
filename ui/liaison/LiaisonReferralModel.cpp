#include "liaison/LiaisonReferralModel.h"

#include "familyfile/ReferralModels.h"

#include "common/Clock.h"
#include "domain/CaseVocabulary.h"
#include "services/ReferralService.h"

namespace jiahu {

namespace {

/// The first line of `text`, for a list cell.
QString oneLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
}

} // namespace

LiaisonReferralModel::LiaisonReferralModel(Workspace& workspace, QObject* parent)
    : PagedTableModel<Referral>(workspace, parent)
{
    setStatusFilter(std::nullopt);
}

void LiaisonReferralModel::setStatusFilter(std::optional<ReferralStatus> status)
{
    m_status = status;
    ReferralQuery query;
    query.status = status;
    setQuery(
        [query](CaseSession& s, const QString& after, int limit) {
            ReferralQuery page = query;
            page.after = after;
            page.limit = limit;
            return ReferralService(s).list(page);
        },
        [query](CaseSession& s) { return ReferralService(s).count(query); });
}

int LiaisonReferralModel::rowOf(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).id == id)
            return row;
    return -1;
}

int LiaisonReferralModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiaisonReferralModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Referral& r = rowAt(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == Hours)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        return isoDate(caseDate(r.createdAt));
    case Request:
        return CaseVocabulary::displayName(r.request);
    case Reason:
        return oneLine(r.reason);
    case Status:
        return ReferralStatuses::displayName(r.status);
    case Hours:
        return r.requiredHours > 0 ? ReferralsModel::hoursText(r.requiredHours) : QString();
    default:
        return {};
    }
}

QVariant LiaisonReferralModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Request:
        return tr("Asks for");
    case Reason:
        return tr("Reason");
    case Status:
        return tr("Status");
    case Hours:
        return tr("Guidance hours");
    default:
        return {};
    }
}

} // namespace jiahu
