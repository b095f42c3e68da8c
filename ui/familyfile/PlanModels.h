#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jiahu {

/// The family's plans (帮扶方案): title, kind, status and progress.
class PlansModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, Status, Progress, ColumnCount };

    explicit PlansModel(QObject* parent = nullptr);

    void setPlans(QList<Plan> plans);
    const Plan& planAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Plan> m_rows;
};

/// One plan's actions: what, by which agency, who, by when, where it stands. A due date passed
/// while the action is still to do or in progress is shown in the overdue red.
class PlanActionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Agency, Owner, Due, Status, ColumnCount };

    explicit PlanActionsModel(QObject* parent = nullptr);

    /// `today`: the session's case date (for overdue actions).
    void setActions(QList<PlanAction> actions, const QDate& today);
    const PlanAction& actionAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    bool isOverdue(const PlanAction& action) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PlanAction> m_rows;
    QDate m_today;
};

} // namespace jiahu
