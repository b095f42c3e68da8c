#pragma once

#include "models/PagedTableModel.h"
#include "services/AuditLog.h"

#include <QCoreApplication>
#include <QHash>

namespace jiahu {

/// One family file's audit trail, newest first, a page at a time (FamilyService::auditTrail):
/// when, who, what they did (in words), to which record, and the reason they gave.
class AuditTrailModel : public PagedTableModel<AuditEntry> {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, ReasonColumn, ColumnCount };

    explicit AuditTrailModel(Workspace& workspace, QObject* parent = nullptr);

    /// Lists the trail of `familyId` (reloads).
    void setFamily(const QString& familyId);
    const QString& familyId() const { return m_familyId; }
    /// What to call the records the entries name (attachment file names, plan titles, …).
    void setRecordNames(const QHash<QString, QString>& names);

    /// "Opened the file", "Added a follow-up", … for an audit action; the action itself when
    /// it is not known.
    static QString actionText(const QString& action);
    /// "Follow-up", "Attachment", … for an audited entity.
    static QString entityText(const QString& entity);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_familyId;
    QHash<QString, QString> m_names;
};

} // namespace jiahu
