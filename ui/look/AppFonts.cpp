#include "look/AppFonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace jiahu {

void applyAppFonts(QApplication& app)
{
    QFont font = QApplication::font();
    QStringList families;
    const QStringList available = QFontDatabase::families();
    for (const char* name : {"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
                             "WenQuanYi Micro Hei", "Microsoft YaHei"}) {
        const QString family = QString::fromLatin1(name);
        if (available.contains(family))
            families << family;
    }
    if (families.isEmpty())
        return;
    font.setFamilies(families);
    app.setFont(font);
}

} // namespace jiahu
