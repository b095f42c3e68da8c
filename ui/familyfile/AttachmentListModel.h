#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace jiahu {

/// The attachments of one family file (as loaded with the file), newest first: name, type,
/// size, description and the date added.
class AttachmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Size, Description, Added, ColumnCount };
    /// The attachment's id, under Qt::UserRole on every column.
    static constexpr int IdRole = Qt::UserRole;

    explicit AttachmentListModel(QObject* parent = nullptr);

    void setAttachments(QList<AttachmentInfo> attachments);
    const QList<AttachmentInfo>& attachments() const { return m_rows; }
    /// The row of the attachment with `id`, or -1.
    int rowOf(const QString& id) const;
    const AttachmentInfo& at(int row) const { return m_rows.at(row); }

    /// "Image", "PDF document", ... for a MIME type and file name (translated).
    static QString typeLabel(const QString& mimeType, const QString& fileName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AttachmentInfo> m_rows;
};

} // namespace jiahu
