#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace jiahu {

class AppSettings;

/// The user's preferences: minutes before the session locks itself, the interface language
/// (applied the next time Jiahu starts) and whether unsaved edits are kept in memory while
/// locked. Saving writes them to `settings`; settingsSaved() tells the application.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    /// Writes the dialog's values to the settings (what the Save button does).
    void save();

Q_SIGNALS:
    /// The settings were saved; `languageChanged` when the language differs from before (it
    /// applies after a restart).
    void settingsSaved(bool languageChanged);

private:
    AppSettings& m_settings;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_keepEdits = nullptr;
};

} // namespace jiahu
