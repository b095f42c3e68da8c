#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace jiahu {

/// One child's follow-ups, newest first, as the counselor's page lists them: either the
/// psychological checks or every other kind. Corrected records are left out (their correction
/// is shown in their place).
class StudentRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Notes, NextDue, By, ColumnCount };
    enum class Records { FollowUps, PsychChecks };

    explicit StudentRecordsModel(Records records, QObject* parent = nullptr);

    /// The records of `personId` among `followUps` (a file's); an empty id shows none.
    void show(const QList<FollowUp>& followUps, const QString& personId);
    const FollowUp& followUpAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Records m_records;
    QList<FollowUp> m_rows;
};

} // namespace jiahu
