#pragma once

class QApplication;

namespace jiahu {

/// Chooses the Simplified Chinese faces by name (Noto Sans CJK SC). Left to fontconfig on a
/// non-Chinese locale, Qt may pick the Japanese faces and some characters change form.
void applyAppFonts(QApplication& app);

} // namespace jiahu
