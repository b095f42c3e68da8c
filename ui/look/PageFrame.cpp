#include "look/PageFrame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jiahu {

PageFrame makePageFrame(QWidget* page, const QString& title)
{
    PageFrame frame;
    frame.layout = new QVBoxLayout(page);
    frame.layout->setContentsMargins(16, 12, 16, 8);
    frame.layout->setSpacing(8);
    frame.titleRow = new QHBoxLayout;
    auto* label = new QLabel(title, page);
    label->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() + 4);
    big.setWeight(QFont::DemiBold);
    label->setFont(big);
    frame.titleRow->addWidget(label);
    frame.titleRow->addSpacing(16);
    frame.layout->addLayout(frame.titleRow);
    return frame;
}

} // namespace jiahu
