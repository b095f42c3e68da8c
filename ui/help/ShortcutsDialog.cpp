#include "help/ShortcutsDialog.h"

#include "look/RiskStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(int autoLockMinutes, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Help"));

    // Keys are written as they are printed on the keyboard, in both languages.
    const QList<std::pair<QString, QString>> shortcuts{
        {QStringLiteral("Ctrl+F"), tr("Search families and children")},
        {QStringLiteral("Ctrl+N"), tr("New family file")},
        {QStringLiteral("Enter"), tr("Open the selected family file")},
        {QStringLiteral("Ctrl+Enter"), tr("Save the follow-up you are writing")},
        {QStringLiteral("Ctrl+Tab"), tr("Next tab")},
        {QStringLiteral("Ctrl+W"), tr("Close the current tab")},
        {QStringLiteral("Ctrl+L"), tr("Lock Jiahu now")},
        {QStringLiteral("F1"), tr("This help")},
    };

    m_table = new QTableWidget(int(shortcuts.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont keyFont = m_table->font();
    keyFont.setWeight(QFont::DemiBold);
    for (int row = 0; row < shortcuts.size(); ++row) {
        auto* keys = new QTableWidgetItem(shortcuts[row].first);
        keys->setFont(keyFont);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].second));
    }
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 8 / 5);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              int(shortcuts.size()) *
                                  m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());

    auto* chips = new QHBoxLayout;
    chips->setSpacing(8);
    for (RiskCode code : {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue}) {
        auto* chip = new RiskChip(this);
        chip->setCode(code);
        chips->addWidget(chip);
    }
    chips->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Keyboard shortcuts"), this));
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Risk codes"), this));
    layout->addLayout(chips);
    layout->addWidget(paragraph(
        tr("A family's risk code runs from red (the most urgent) through orange and yellow to "
           "blue; it sets how soon the next follow-up is due, and its colour is always shown "
           "with its word."),
        this));
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Locking"), this));
    layout->addWidget(paragraph(
        tr("Jiahu locks itself after %n minute(s) without use and whenever the screen locks or "
           "the computer sleeps; press Ctrl+L to lock it yourself before you step away.",
           nullptr, autoLockMinutes),
        this));
    layout->addStretch(1);
    layout->addWidget(buttons);
    constexpr int kWidth = 600;
    const int height = heightForWidth(kWidth);
    resize(kWidth, height > 0 ? height : sizeHint().height());
}

} // namespace jiahu
