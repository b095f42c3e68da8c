#include "look/RiskStyle.h"

#include <QAccessible>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace jiahu {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;
} // namespace

QColor RiskStyle::background(std::optional<RiskCode> code)
{
    if (!code)
        return QColor(0x9E, 0x9E, 0x9E);
    switch (*code) {
    case RiskCode::Red:
        return QColor(0xC6, 0x28, 0x28);
    case RiskCode::Orange:
        return QColor(0xEF, 0x6C, 0x00);
    case RiskCode::Yellow:
        return QColor(0xF9, 0xA8, 0x25);
    case RiskCode::Blue:
        return QColor(0x15, 0x65, 0xC0);
    }
    return {};
}

QColor RiskStyle::text(std::optional<RiskCode> code)
{
    if (!code)
        return {};
    switch (*code) {
    case RiskCode::Red:
    case RiskCode::Blue:
        return QColor(Qt::white);
    case RiskCode::Orange:
        return QColor(Qt::black);
    case RiskCode::Yellow:
        return QColor(0x1A, 0x1A, 0x1A);
    }
    return {};
}

QString RiskStyle::label(std::optional<RiskCode> code)
{
    return code ? RiskCodes::displayName(*code) : tr("Not coded");
}

QSize RiskStyle::chipSize(const QFont& font, std::optional<RiskCode> code)
{
    const QFontMetrics fm(font);
    return {fm.horizontalAdvance(label(code)) + 2 * kPadX, fm.height() + 2 * kPadY};
}

void RiskStyle::paintChip(QPainter& painter, const QRect& rect, const QFont& font,
                          std::optional<RiskCode> code, const QPalette& palette)
{
    const QSize size = chipSize(font, code);
    const QRect chip(rect.left(), rect.top() + (rect.height() - size.height()) / 2,
                     std::min(size.width(), rect.width()), size.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    if (code) {
        painter.fillPath(path, background(code));
        painter.setPen(text(code));
    } else {
        painter.setPen(QPen(background(code), 1));
        painter.drawPath(path);
        painter.setPen(palette.color(QPalette::Text));
    }
    painter.drawText(chip, Qt::AlignCenter, label(code));
    painter.restore();
}

RiskChip::RiskChip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(RiskStyle::label(m_code));
}

void RiskChip::setCode(std::optional<RiskCode> code)
{
    m_code = code;
    setAccessibleName(RiskStyle::label(m_code));
    updateGeometry();
    update();
}

QSize RiskChip::sizeHint() const
{
    return RiskStyle::chipSize(font(), m_code);
}

void RiskChip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    RiskStyle::paintChip(painter, rect(), font(), m_code, palette());
}

} // namespace jiahu
