#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace jiahu {

/// The family's referrals, newest first: when, what is asked, of whom, where it stands, and the
/// guidance hours done against those required.
class ReferralsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Created, Request, Agency, Status, Hours, ColumnCount };

    explicit ReferralsModel(QObject* parent = nullptr);

    void setReferrals(QList<Referral> referrals);
    const Referral& referralAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    /// "6" or "1.5": hours as people write them.
    static QString hoursText(double hours);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Referral> m_rows;
};

/// A referral's status history: each change with its note, who and when.
class ReferralEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Status, Note, By, ColumnCount };

    explicit ReferralEventsModel(QObject* parent = nullptr);

    void setEvents(QList<ReferralEvent> events);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReferralEvent> m_rows;
};

} // namespace jiahu
