#pragma once

#include "models/PreviewTableModel.h"

#include "services/RiskService.h"

namespace jiahu {

/// A code change waiting for a supervisor, with its family (for the file number and code).
struct WaitingRiskChange {
    RiskEvent event;
    Family family;
};

/// Downgrade proposals and raises still waiting for a supervisor: a caseworker's own
/// (RiskQueueQuery::mineOnly), or those a supervisor may decide (forMyDecision), oldest first.
class RiskWaitingModel : public PreviewTableModel<WaitingRiskChange> {
    Q_OBJECT
public:
    enum Column { Code, FileNumber, Change, By, Since, ColumnCount };

    explicit RiskWaitingModel(Workspace& workspace, QObject* parent = nullptr);

    void setQuery(const RiskQueueQuery& query);
    QString familyIdAt(int row) const { return rowAt(row).event.familyId; }

    /// "降码提议：橙码 → 黄码" or "升码待审核：黄码 → 红码".
    static QString changeText(const RiskEvent& event);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace jiahu
