#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace jiahu {

/// A family's code history, newest first: when, what (set, proposal, approval, …), the code
/// (a chip), the code before, why (system-made reasons in the reader's language), by whom.
class RiskHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        EventColumn,
        CodeColumn,
        PreviousColumn,
        ReasonColumn,
        ByColumn,
        ColumnCount
    };

    explicit RiskHistoryModel(QObject* parent = nullptr);
    void setHistory(const QList<RiskEvent>& history);
    const RiskEvent& eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RiskEvent> m_events;
};

} // namespace jiahu
