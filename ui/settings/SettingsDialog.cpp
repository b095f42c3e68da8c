#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jiahu {

namespace {

constexpr int kNoteWidth = 380;

/// A quieter sentence under a field that explains it.
QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // A fixed width: the form then knows each note's height (wrapped text in a form's cell
    // otherwise gets the height of a narrower column).
    label->setFixedWidth(kNoteWidth);
    return label;
}

/// A field with its explanation under it, as one cell of the form.
QWidget* withNote(QWidget* field, const QString& text, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field, 0, Qt::AlignLeft);
    layout->addWidget(note(text, cell));
    return cell;
}

/// A row's label, centred on the field's first line (the note runs on below it).
QLabel* rowLabel(const QString& text, QWidget* buddy, int height)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setContentsMargins(0, qMax(0, (height - label->fontMetrics().height()) / 2), 0, 0);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(16);

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("autoLockMinutes"));
    m_minutes->setAccessibleName(tr("Lock after minutes without use"));
    m_minutes->setRange(AppSettings::kMinAutoLockMinutes, AppSettings::kMaxAutoLockMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(settings.autoLockMinutes());
    const int rowHeight = m_minutes->sizeHint().height();
    form->addRow(rowLabel(tr("Lock after:"), m_minutes, rowHeight),
                 withNote(m_minutes,
                          tr("Jiahu locks itself when nobody has used it for this many minutes, "
                             "and whenever the computer's screen locks or it goes to sleep."),
                          this));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    form->addRow(
        rowLabel(tr("Language:"), m_language, rowHeight),
        withNote(m_language, tr("The language changes the next time Jiahu starts."), this));

    m_keepEdits = new QCheckBox(tr("Keep unsaved edits while locked"), this);
    m_keepEdits->setObjectName(QStringLiteral("keepEditsWhileLocked"));
    m_keepEdits->setAccessibleName(tr("Keep unsaved edits while locked"));
    m_keepEdits->setChecked(settings.keepEditsWhileLocked());
    form->addRow(new QLabel(this),
                 withNote(m_keepEdits,
                          tr("When on, what you were typing stays in memory (never on disk) and "
                             "is back when you unlock as the same user; when off, locking asks "
                             "you to save or discard it first."),
                          this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettings"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_minutes, m_language);
    setTabOrder(m_language, m_keepEdits);
    m_minutes->setFocus();
}

void SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setAutoLockMinutes(m_minutes->value());
    m_settings.setLanguage(language);
    m_settings.setKeepEditsWhileLocked(m_keepEdits->isChecked());
    m_settings.sync();
    Q_EMIT settingsSaved(languageChanged);
}

} // namespace jiahu
