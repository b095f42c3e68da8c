#include "counselor/StudentRecordsModel.h"

#include "common/Clock.h"

#include <algorithm>

namespace jiahu {

StudentRecordsModel::StudentRecordsModel(Records records, QObject* parent)
    : QAbstractTableModel(parent), m_records(records)
{
}

void StudentRecordsModel::show(const QList<FollowUp>& followUps, const QString& personId)
{
    QList<FollowUp> rows;
    const bool psych = m_records == Records::PsychChecks;
    for (const FollowUp& x : followUps)
        if (!personId.isEmpty() && x.personId == personId && x.supersededBy.isEmpty() &&
            (x.kind == FollowUpKind::PsychCheck) == psych)
            rows.append(x);
    std::stable_sort(rows.begin(), rows.end(), [](const FollowUp& a, const FollowUp& b) {
        return a.date != b.date ? a.date > b.date : a.at > b.at;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int StudentRecordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudentRecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentRecordsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const FollowUp& x = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return x.id;
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && !tip)
        return {};
    switch (Column(index.column())) {
    case Date:
        return isoDate(x.date);
    case Kind:
        return CaseVocabulary::displayName(x.kind);
    case Notes: {
        QStringList parts;
        if (!x.notes.isEmpty())
            parts << x.notes;
        if (!x.findings.isEmpty())
            parts << tr("Findings: %1").arg(x.findings);
        // One line in the list; the whole text in the tooltip.
        return tip ? parts.join(QLatin1Char('\n')) : parts.join(QStringLiteral("  ")).simplified();
    }
    case NextDue:
        return isoDate(x.nextDue);
    case By:
        return x.byDisplayName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StudentRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Notes:
        return tr("Notes and findings");
    case NextDue:
        return tr("Next due");
    case By:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
