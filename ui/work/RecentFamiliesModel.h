#pragma once

#include "models/PreviewTableModel.h"

#include "domain/CaseRecords.h"

namespace jiahu {

/// The family files the signed-in user opened lately, the latest first (from their own openings
/// in the audit log, through FamilyService::recentlyOpened; nothing is kept on this machine).
class RecentFamiliesModel : public PreviewTableModel<Family> {
    Q_OBJECT
public:
    enum Column { Code, FileNumber, Place, Caseworker, NextDue, ColumnCount };
    /// The most files the list holds.
    static constexpr int kMaxRows = 30;

    explicit RecentFamiliesModel(Workspace& workspace, QObject* parent = nullptr);
    /// Asks for the rows (the first time; after that, reload() and refresh()).
    void start();

    QString familyIdAt(int row) const { return rowAt(row).id; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace jiahu
