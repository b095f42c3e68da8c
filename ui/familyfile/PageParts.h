#pragma once

#include <QFont>
#include <QLabel>
#include <QPalette>

namespace jiahu::pageparts {

/// A section title of a file page: the system size + 2 pt, semibold (docs: ui-guide.md).
inline QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

/// Text that should be quieter than the content around it (hints, dates, who).
inline void makeQuiet(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    widget->setPalette(palette);
}

} // namespace jiahu::pageparts
