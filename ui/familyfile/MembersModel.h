#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jiahu {

/// The members of a family as a compact table: children first, then guardians and other
/// members, the eldest first within each. Identity numbers show only their last four characters
/// unless revealed.
class MembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Role, Name, Gender, Age, IdNumber, SchoolGrade, Relationship, ColumnCount };
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit MembersModel(QObject* parent = nullptr);

    void setPeople(const QList<Person>& people, const QDate& today);
    void setIdNumbersRevealed(bool revealed);
    bool idNumbersRevealed() const { return m_revealed; }
    const Person& person(int row) const { return m_people.at(row); }
    /// The row of the member with `personId`, or -1.
    int rowOf(const QString& personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
    QDate m_today;
    bool m_revealed = false;
};

} // namespace jiahu
