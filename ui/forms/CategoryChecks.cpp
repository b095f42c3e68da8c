#include "forms/CategoryChecks.h"

#include "domain/CaseVocabulary.h"

#include <QCheckBox>
#include <QGridLayout>

namespace jiahu {

CategoryChecks::CategoryChecks(QWidget* parent, int columns) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const QStringList ids = CaseVocabulary::ids<FamilyCategory>();
    for (int i = 0; i < ids.size(); ++i) {
        const auto category = CaseVocabulary::parse<FamilyCategory>(ids[i]);
        auto* box = new QCheckBox(category ? CaseVocabulary::displayName(*category) : ids[i], this);
        box->setObjectName(QStringLiteral("category_") + ids[i]);
        grid->addWidget(box, i / columns, i % columns);
        connect(box, &QCheckBox::clicked, this, &CategoryChecks::edited);
        m_boxes << box;
    }
    grid->setColumnStretch(columns, 1);
}

int CategoryChecks::mask() const
{
    int value = 0;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            value |= 1 << i;
    return value;
}

void CategoryChecks::setMask(int mask)
{
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setChecked(mask & (1 << i));
}

void CategoryChecks::setReadOnly(bool readOnly)
{
    for (QCheckBox* box : std::as_const(m_boxes)) {
        box->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
        box->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
}

} // namespace jiahu
