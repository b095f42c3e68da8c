#include "familyfile/GuidanceModel.h"

#include "familyfile/ReferralModels.h"

#include "common/Clock.h"

namespace jiahu {

GuidanceModel::GuidanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void GuidanceModel::setFile(const FamilyFile& file)
{
    beginResetModel();
    m_rows = file.guidance;
    m_names.clear();
    for (const Person& p : file.people)
        m_names.insert(p.id, p.name);
    m_referrals.clear();
    for (const Referral& r : file.referrals)
        m_referrals.insert(r.id,
                           tr("%1 · %2").arg(CaseVocabulary::displayName(r.request), r.agency));
    endResetModel();
}

int GuidanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuidanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuidanceSession& g = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Date:
            return isoDate(g.date);
        case Hours:
            return ReferralsModel::hoursText(g.hours);
        case Topic:
            return g.topic;
        case Provider:
            return g.provider;
        case Guardian:
            return g.guardianId.isEmpty() ? QString() : m_names.value(g.guardianId);
        case CountsFor:
            return g.referralId.isEmpty() ? QString() : m_referrals.value(g.referralId);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !g.notes.isEmpty())
        return tr("Notes: %1").arg(g.notes);
    if (role == Qt::TextAlignmentRole && index.column() == Hours)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GuidanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Hours:
        return tr("Hours");
    case Topic:
        return tr("Topic");
    case Provider:
        return tr("Provider");
    case Guardian:
        return tr("Guardian");
    case CountsFor:
        return tr("Counts towards");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
