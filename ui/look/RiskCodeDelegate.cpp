#include "look/RiskCodeDelegate.h"

#include "look/RiskStyle.h"

#include <QApplication>
#include <QPainter>

namespace jiahu {

namespace {
std::optional<RiskCode> codeOf(const QModelIndex& index)
{
    return RiskCodes::fromSeverity(index.data(RiskCodeDelegate::CodeRole).toInt());
}
} // namespace

void RiskCodeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the chip carries the word
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    RiskStyle::paintChip(*painter, option.rect.adjusted(4, 2, -4, -2), option.font, codeOf(index),
                         option.palette);
}

QSize RiskCodeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = RiskStyle::chipSize(option.font, codeOf(index));
    return {size.width() + 8, size.height() + 4};
}

} // namespace jiahu
