#include "familyfile/RiskHistoryModel.h"

#include "domain/RecordText.h"
#include "familyfile/RecordTime.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace jiahu {

RiskHistoryModel::RiskHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RiskHistoryModel::setHistory(const QList<RiskEvent>& history)
{
    beginResetModel();
    m_events = QList<RiskEvent>(history.crbegin(), history.crend());
    endResetModel();
}

int RiskHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RiskHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return RecordTime::dateTime(e.at);
        case EventColumn:
            return CaseVocabulary::displayName(e.kind);
        case CodeColumn:
            return RiskStyle::label(e.code);
        case PreviousColumn:
            return e.previousCode ? RiskStyle::label(e.previousCode) : QString();
        case ReasonColumn:
            return role == Qt::DisplayRole ? RecordText::riskEventReason(e).simplified()
                                           : RecordText::riskEventReason(e);
        case ByColumn:
            return e.byDisplayName;
        }
        return {};
    case RiskCodeDelegate::CodeRole:
        if (index.column() == CodeColumn)
            return RiskCodes::stored(e.code);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DateColumn || index.column() == ByColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    return {};
}

QVariant RiskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case CodeColumn:
        return tr("Code");
    case PreviousColumn:
        return tr("Before");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("By");
    }
    return {};
}

} // namespace jiahu
