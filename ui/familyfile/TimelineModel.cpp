#include "familyfile/TimelineModel.h"

#include "familyfile/RecordTime.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace jiahu {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setFile(const FamilyFile& file)
{
    m_all = TimelineEntries::of(file);
    rebuild();
}

void TimelineModel::setKindFilter(std::optional<TimelineEntry::Kind> kind)
{
    if (m_filter == kind)
        return;
    m_filter = kind;
    rebuild();
}

void TimelineModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const TimelineEntry& e : std::as_const(m_all))
        if (!m_filter || e.kind == *m_filter)
            m_shown << e;
    endResetModel();
}

int TimelineModel::countOf(std::optional<TimelineEntry::Kind> kind) const
{
    if (!kind)
        return int(m_all.size());
    return int(std::count_if(m_all.begin(), m_all.end(),
                             [&](const TimelineEntry& e) { return e.kind == *kind; }));
}

FilePageId TimelineModel::pageFor(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Code:
        return FilePageId::Risk;
    case Kind::Assessment:
        return FilePageId::Assessment;
    case Kind::Plan:
        return FilePageId::Plan;
    case Kind::Guidance:
        return FilePageId::Guidance;
    case Kind::FollowUp:
        return FilePageId::FollowUps;
    case Kind::Referral:
        return FilePageId::Referrals;
    case Kind::Attachment:
        return FilePageId::Attachments;
    case Kind::File:
        break;
    }
    return FilePageId::Overview;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return e.timed ? RecordTime::dateTime(e.at) : RecordTime::date(e.date);
        case KindColumn:
            return TimelineEntries::kindName(e.kind);
        case CodeColumn:
            return e.code ? RiskStyle::label(e.code) : QString();
        case SummaryColumn:
            return e.summary;
        case WhoColumn:
            return e.who;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn || index.column() == CodeColumn)
            return e.detail;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == CodeColumn)
            return e.code ? RiskStyle::label(e.code) : QString();
        return {};
    case RiskCodeDelegate::CodeRole:
        if (index.column() == CodeColumn && e.code)
            return RiskCodes::stored(e.code);
        return {};
    case Qt::ForegroundRole:
        // Dates and kinds quieter than what happened; corrected records quieter still.
        if (e.corrected || index.column() == DateColumn || index.column() == KindColumn ||
            index.column() == WhoColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (e.waiting && index.column() == SummaryColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return int(e.kind);
    case RecordIdRole:
        return e.recordId;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case CodeColumn:
        return tr("Code");
    case SummaryColumn:
        return tr("What happened");
    case WhoColumn:
        return tr("By");
    }
    return {};
}

} // namespace jiahu
