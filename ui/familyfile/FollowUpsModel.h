#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jiahu {

/// The follow-ups of one family file, newest first, as the file holds them: corrected ones stay
/// (marked and greyed) beside the correction that replaces them.
class FollowUpsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Who, Notes, NextDue, By, Status, ColumnCount };

    explicit FollowUpsModel(QObject* parent = nullptr);

    void setFile(const FamilyFile& file);
    const FollowUp& followUpAt(int row) const { return m_rows.at(row); }
    /// The row of the follow-up `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString who(const FollowUp& x) const;
    QString status(const FollowUp& x) const;

    QList<FollowUp> m_rows;
    QHash<QString, QString> m_names; ///< person id -> name
};

} // namespace jiahu
