#pragma once

#include <QString>

class QHBoxLayout;
class QVBoxLayout;
class QWidget;

namespace jiahu {

/// The frame every page of the main window shares: its margins and spacing, and a title row
/// with the page title (the base font +4 pt, semibold); the page adds what follows the title.
struct PageFrame {
    QVBoxLayout* layout = nullptr; ///< the page's layout (the title row already in it)
    QHBoxLayout* titleRow = nullptr;
};

PageFrame makePageFrame(QWidget* page, const QString& title);

} // namespace jiahu
