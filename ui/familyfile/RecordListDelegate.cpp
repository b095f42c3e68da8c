#include "familyfile/RecordListDelegate.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include <QApplication>
#include <QPainter>

namespace jiahu {

namespace {
bool hasCode(const QModelIndex& index)
{
    return index.data(RiskCodeDelegate::CodeRole).isValid();
}
} // namespace

void RecordListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    if (!hasCode(index))
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the chip carries the word
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const auto code = RiskCodes::fromSeverity(index.data(RiskCodeDelegate::CodeRole).toInt());
    RiskStyle::paintChip(*painter, option.rect.adjusted(4, 2, -4, -2), option.font, code,
                         option.palette);
}

QSize RecordListDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasCode(index)) {
        const auto code = RiskCodes::fromSeverity(index.data(RiskCodeDelegate::CodeRole).toInt());
        const QSize chip = RiskStyle::chipSize(option.font, code);
        size.setWidth(std::max(size.width(), chip.width() + 8));
    }
    const int rowHeight = QFontMetrics(option.font).height() * 8 / 5;
    size.setHeight(std::max(size.height(), rowHeight));
    return size;
}

} // namespace jiahu
