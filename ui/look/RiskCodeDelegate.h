#pragma once

#include <QStyledItemDelegate>

namespace jiahu {

/// Paints a list cell as a risk chip (colour and word). The model gives the code in
/// RiskCodeDelegate::CodeRole as the stored severity (RiskCodes::stored: 0 = not coded) and the
/// word in Qt::DisplayRole (for sorting, copying and screen readers).
class RiskCodeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int CodeRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jiahu
