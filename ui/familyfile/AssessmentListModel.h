#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace jiahu {

/// A family's assessments, newest first: date, score, suggested and confirmed code (chips), by
/// whom, and whether it corrects or was corrected by another one.
class AssessmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ScoreColumn,
        SuggestedColumn,
        ConfirmedColumn,
        ByColumn,
        NoteColumn,
        ColumnCount
    };

    explicit AssessmentListModel(QObject* parent = nullptr);
    void setAssessments(const QList<Assessment>& assessments);
    const Assessment& assessmentAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Corrected" / "Correction" / the override reason: what the note column says.
    static QString noteOf(const Assessment& a);

private:
    QList<Assessment> m_rows;
};

} // namespace jiahu
