#pragma once

#include "models/PagedTableModel.h"

#include "services/PersonService.h"

namespace jiahu {

/// A counselor's watch list: the children of their school in open, coded family files, the most
/// severe code first (PersonService::schoolChildren), a page at a time. Nothing else of those
/// families is in it: no guardians, no notes, no other schools.
class StudentListModel : public PagedTableModel<SchoolChild> {
    Q_OBJECT
public:
    enum Column { Code, Name, Grade, NextFollowUp, ColumnCount };

    explicit StudentListModel(Workspace& workspace, QObject* parent = nullptr);
    /// Asks for the first page (and the count).
    void start();

    /// The row of the child `personId`, or -1.
    int rowOf(const QString& personId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace jiahu
