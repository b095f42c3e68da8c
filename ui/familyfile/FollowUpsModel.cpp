#include "familyfile/FollowUpsModel.h"

#include "common/Clock.h"

#include <QFont>

namespace jiahu {

namespace {

/// The first line of `text`, shortened for a list cell.
QString summary(const QString& text)
{
    constexpr int kMax = 60;
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kMax) {
        const int cut = line.at(kMax - 1).isHighSurrogate() ? kMax - 1 : kMax;
        line = line.left(cut) + QChar(0x2026);
    } else if (text.trimmed().contains(QLatin1Char('\n')))
        line += QChar(0x2026);
    return line;
}

} // namespace

FollowUpsModel::FollowUpsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpsModel::setFile(const FamilyFile& file)
{
    beginResetModel();
    m_rows = file.followUps;
    m_names.clear();
    for (const Person& p : file.people)
        m_names.insert(p.id, p.name);
    endResetModel();
}

int FollowUpsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int FollowUpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpsModel::who(const FollowUp& x) const
{
    if (x.personId.isEmpty())
        return tr("Whole family");
    const QString name = m_names.value(x.personId);
    return name.isEmpty() ? tr("(not in the file)") : name;
}

QString FollowUpsModel::status(const FollowUp& x) const
{
    if (!x.supersededBy.isEmpty())
        return tr("Corrected (replaced)");
    if (!x.amendsId.isEmpty())
        return tr("Correction");
    return {};
}

QVariant FollowUpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp& x = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Date:
            return isoDate(x.date);
        case Kind:
            return CaseVocabulary::displayName(x.kind);
        case Who:
            return who(x);
        case Notes:
            return summary(x.notes.isEmpty() ? x.findings : x.notes);
        case NextDue:
            return x.nextDueReason.isEmpty()
                       ? isoDate(x.nextDue)
                       : tr("%1 (later, reason given)").arg(isoDate(x.nextDue));
        case By:
            return x.byDisplayName;
        case Status:
            return status(x);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList parts;
        if (!x.notes.isEmpty())
            parts << tr("Notes: %1").arg(x.notes);
        if (!x.findings.isEmpty())
            parts << tr("Findings: %1").arg(x.findings);
        if (!x.nextDueReason.isEmpty())
            parts << tr("Reason for the later due date: %1").arg(x.nextDueReason);
        if (!x.amendReason.isEmpty())
            parts << tr("Reason for the correction: %1").arg(x.amendReason);
        return parts.join(QLatin1Char('\n'));
    }
    if (role == Qt::FontRole && !x.supersededBy.isEmpty()) {
        QFont font;
        font.setItalic(true);
        font.setStrikeOut(index.column() != Status);
        return font;
    }
    return {};
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Who:
        return tr("Who");
    case Notes:
        return tr("Notes");
    case NextDue:
        return tr("Next due");
    case By:
        return tr("By");
    case Status:
        return tr("Correction");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
