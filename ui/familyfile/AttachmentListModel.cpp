#include "familyfile/AttachmentListModel.h"

#include "common/Clock.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace jiahu {

AttachmentListModel::AttachmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttachmentListModel::setAttachments(QList<AttachmentInfo> attachments)
{
    std::stable_sort(attachments.begin(), attachments.end(),
                     [](const AttachmentInfo& a, const AttachmentInfo& b) { return a.at > b.at; });
    beginResetModel();
    m_rows = std::move(attachments);
    endResetModel();
}

int AttachmentListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

QString AttachmentListModel::typeLabel(const QString& mimeType, const QString& fileName)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return tr("Image");
    if (mimeType == QLatin1String("application/pdf"))
        return tr("PDF document");
    if (mimeType.startsWith(QLatin1String("text/")))
        return tr("Text");
    const QString suffix = QFileInfo(fileName).suffix().toUpper();
    if (!suffix.isEmpty() && suffix.size() <= 8)
        return tr("%1 file").arg(suffix);
    return tr("File");
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentInfo& a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return a.fileName;
        case Type:
            return typeLabel(a.mimeType, a.fileName);
        case Size:
            return QLocale().formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat);
        case Description:
            return a.description;
        case Added:
            return caseDate(a.at).toString(QStringLiteral("yyyy-MM-dd"));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("File name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Description:
        return tr("Description");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace jiahu
