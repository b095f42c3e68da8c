#pragma once

#include "models/PreviewTableModel.h"

#include "services/FollowUpService.h"

#include <QDate>

namespace jiahu {

/// The follow-up queue (overdue, or due within some days): open families whose next follow-up
/// is past due or coming up, from FollowUpService::due, a page at a time.
class DueModel : public PreviewTableModel<DueFamily> {
    Q_OBJECT
public:
    enum Column { Code, FileNumber, Place, Caseworker, DueDate, Days, ColumnCount };

    explicit DueModel(Workspace& workspace, QObject* parent = nullptr);

    /// The window, scope, town and sort (its cursor and limit are the model's business).
    void setQuery(const DueQuery& query);
    const DueQuery& query() const { return m_query; }
    /// The family of `row`.
    QString familyIdAt(int row) const { return rowAt(row).family.id; }

    /// "逾期 3 天", "今天到期", "2 天后到期".
    static QString daysText(int daysOverdue);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DueQuery m_query;
};

} // namespace jiahu
