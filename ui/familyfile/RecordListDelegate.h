#pragma once

#include <QStyledItemDelegate>

namespace jiahu {

/// The cells of a family file's record lists (timeline, code history, assessments): a risk chip
/// where the model gives a code in RiskCodeDelegate::CodeRole, plain text elsewhere, and rows
/// about 1.6 times the height of the text (dense but readable).
class RecordListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jiahu
