#include "familyfile/AssessmentListModel.h"

#include "familyfile/RecordTime.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace jiahu {

AssessmentListModel::AssessmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AssessmentListModel::setAssessments(const QList<Assessment>& assessments)
{
    beginResetModel();
    m_rows = assessments; // newest first, as the file has them
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Assessment& a, const Assessment& b) { return a.at > b.at; });
    endResetModel();
}

int AssessmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssessmentListModel::noteOf(const Assessment& a)
{
    QStringList parts;
    if (!a.supersededBy.isEmpty())
        parts << tr("Corrected later");
    if (!a.amendsId.isEmpty())
        parts << (a.amendReason.isEmpty() ? tr("Correction")
                                          : tr("Correction: %1").arg(a.amendReason));
    if (a.confirmedCode != a.suggestedCode && !a.overrideReason.isEmpty())
        parts << tr("Another code than suggested: %1").arg(a.overrideReason);
    return parts.join(tr("; "));
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assessment& a = m_rows.at(index.row());
    const bool corrected = !a.supersededBy.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return RecordTime::dateTime(a.at);
        case ScoreColumn:
            return a.score;
        case SuggestedColumn:
            return RiskStyle::label(a.suggestedCode);
        case ConfirmedColumn:
            return RiskStyle::label(a.confirmedCode);
        case ByColumn:
            return a.byDisplayName;
        case NoteColumn:
            return noteOf(a).simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn) {
            QString tip = noteOf(a);
            if (!a.notes.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("Notes: %1").arg(a.notes);
            return tip;
        }
        return {};
    case RiskCodeDelegate::CodeRole:
        // A corrected assessment no longer speaks for the family: its codes as plain words.
        if (corrected)
            return {};
        if (index.column() == SuggestedColumn)
            return RiskCodes::stored(a.suggestedCode);
        if (index.column() == ConfirmedColumn)
            return RiskCodes::stored(a.confirmedCode);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (corrected || index.column() == DateColumn || index.column() == ByColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    return {};
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ScoreColumn:
        return tr("Score");
    case SuggestedColumn:
        return tr("Suggested");
    case ConfirmedColumn:
        return tr("Confirmed");
    case ByColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace jiahu
