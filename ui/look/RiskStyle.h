#pragma once

#include "domain/RiskCode.h"

#include <QColor>
#include <QCoreApplication>
#include <QWidget>

#include <optional>

class QPainter;

namespace jiahu {

/// The risk colours, defined once for chips, list rows and (later) charts and printouts
/// (docs: ../shared/ui-guide.md). A colour never stands alone: every chip carries its word.
class RiskStyle {
    Q_DECLARE_TR_FUNCTIONS(RiskStyle)
public:
    /// The chip's fill; for a family not yet coded, the grey of its outline.
    static QColor background(std::optional<RiskCode> code);
    /// The chip's text colour; for a family not yet coded, an invalid colour (use the palette's).
    static QColor text(std::optional<RiskCode> code);
    /// 红码 … 蓝码, or 未赋码 for a family not yet coded.
    static QString label(std::optional<RiskCode> code);
    /// The red of "逾期 3 天" (text, never a whole red row).
    static QColor overdueText() { return QColor(0xC6, 0x28, 0x28); }

    /// Size of a chip for `code` in `font`.
    static QSize chipSize(const QFont& font, std::optional<RiskCode> code);
    /// Paints the chip (rounded fill + word) centred vertically in `rect`, left-aligned.
    static void paintChip(QPainter& painter, const QRect& rect, const QFont& font,
                          std::optional<RiskCode> code, const QPalette& palette);
};

/// A small rounded chip showing a family's code in its colour and its word.
class RiskChip : public QWidget {
    Q_OBJECT
public:
    explicit RiskChip(QWidget* parent = nullptr);
    void setCode(std::optional<RiskCode> code);
    std::optional<RiskCode> code() const { return m_code; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<RiskCode> m_code;
};

} // namespace jiahu
