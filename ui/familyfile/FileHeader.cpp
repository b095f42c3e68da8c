#include "familyfile/FileHeader.h"

#include "look/RiskStyle.h"

#include "domain/CaseVocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace jiahu {

namespace {
QLabel* plainLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // case text is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

FileHeader::FileHeader(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 8);
    outer->setSpacing(4);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    m_fileNo = plainLabel("fileNumberLabel", this);
    QFont title = m_fileNo->font();
    title.setPointSizeF(title.pointSizeF() + 4);
    title.setWeight(QFont::DemiBold);
    m_fileNo->setFont(title);
    m_chip = new RiskChip(this);
    m_chip->setObjectName(QStringLiteral("fileCodeChip"));
    m_status = plainLabel("fileStatusLabel", this);
    m_due = plainLabel("fileDueLabel", this);
    top->addWidget(m_fileNo);
    top->addWidget(m_chip);
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_due);
    outer->addLayout(top);

    auto* second = new QHBoxLayout;
    second->setSpacing(24);
    m_place = plainLabel("filePlaceLabel", this);
    m_categories = plainLabel("fileCategoriesLabel", this);
    m_caseworker = plainLabel("fileCaseworkerLabel", this);
    for (QLabel* l : {m_place, m_categories, m_caseworker}) {
        l->setForegroundRole(QPalette::PlaceholderText);
        second->addWidget(l);
    }
    second->addStretch();
    outer->addLayout(second);
}

void FileHeader::showFamily(const Family& family, const QDate& today, bool partial)
{
    m_fileNo->setText(tr("File %1").arg(family.fileNo));
    m_chip->setCode(family.riskCode);
    m_status->setText(family.status == FamilyStatus::Open
                          ? QString()
                          : CaseVocabulary::displayName(family.status));
    m_status->setVisible(family.status != FamilyStatus::Open);

    QStringList place{family.town};
    if (!family.community.isEmpty())
        place << family.community;
    m_place->setText(place.join(QStringLiteral(" · ")));
    const QStringList categories = CaseVocabulary::categoryNames(family.categories);
    m_categories->setText(categories.isEmpty() ? QString() : categories.join(tr(", ")));
    m_categories->setVisible(!partial && !categories.isEmpty());
    m_caseworker->setText(family.caseworkerName.isEmpty()
                              ? QString()
                              : tr("Caseworker: %1").arg(family.caseworkerName));
    m_caseworker->setVisible(!partial);

    QPalette pal = m_due->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!family.nextDue.isValid() || family.status != FamilyStatus::Open) {
        m_due->setText(family.riskCode ? QString()
                                       : tr("No follow-up due until the file is coded"));
    } else {
        const qint64 days = family.nextDue.daysTo(today);
        const QString date = QLocale().toString(family.nextDue, QStringLiteral("yyyy-MM-dd"));
        if (days > 0) {
            m_due->setText(
                tr("Follow-up due %1 · overdue %n day(s)", nullptr, int(days)).arg(date));
            pal.setColor(QPalette::WindowText, RiskStyle::overdueText());
        } else if (days == 0) {
            m_due->setText(tr("Follow-up due today (%1)").arg(date));
        } else {
            m_due->setText(tr("Next follow-up due %1").arg(date));
        }
    }
    m_due->setPalette(pal);
}

} // namespace jiahu
