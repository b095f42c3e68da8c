#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jiahu {

/// The family's guidance sessions (家庭教育指导), newest first: date, hours, topic, provider,
/// the guardian guided and the referral whose hours it counts towards.
class GuidanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Hours, Topic, Provider, Guardian, CountsFor, ColumnCount };

    explicit GuidanceModel(QObject* parent = nullptr);

    void setFile(const FamilyFile& file);
    const GuidanceSession& sessionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<GuidanceSession> m_rows;
    QHash<QString, QString> m_names;     ///< person id -> name
    QHash<QString, QString> m_referrals; ///< referral id -> what it asks, of whom
};

} // namespace jiahu
