#pragma once

#include "familyfile/FilePage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace jiahu {

/// A family file left open in a tab: the family's id (an opaque UUID) and the page shown.
struct OpenTab {
    QString familyId;
    FilePageId page = FilePageId::Overview;
    friend bool operator==(const OpenTab&, const OpenTab&) = default;
};

/// Typed access to the application's settings (QSettings). Never case data: no names, file
/// numbers or text, only preferences, window geometry and the opaque ids of open families, kept
/// per database and user under a hash of both (so the settings file names neither).
class AppSettings {
public:
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 120;

    /// The application's settings (organisation and application name of the QApplication).
    AppSettings();
    /// Settings kept in the INI file `fileName` (tests).
    explicit AppSettings(const QString& fileName);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// Minutes without input before the session locks (1–120, default 5).
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    /// "zh_CN" (default) or "en"; read by main() at start-up.
    QString language() const;
    void setLanguage(const QString& language);

    /// Keep unsaved edits in memory while locked (default off: locking asks about them).
    bool keepEditsWhileLocked() const;
    void setKeepEditsWhileLocked(bool keep);

    /// The main window's geometry for this database and user (QWidget::saveGeometry()).
    QByteArray windowGeometry(const QString& databasePath, const QString& userName) const;
    void setWindowGeometry(const QString& databasePath, const QString& userName,
                           const QByteArray& geometry);

    /// The family files open when this user last locked or quit. Entries whose id is not a
    /// UUID are dropped (ids only, never names).
    QList<OpenTab> openTabs(const QString& databasePath, const QString& userName) const;
    void setOpenTabs(const QString& databasePath, const QString& userName,
                     const QList<OpenTab>& tabs);

    /// The group under which a database and user's settings are kept: a hash of both.
    static QString userKey(const QString& databasePath, const QString& userName);
    /// A page's stable name in the settings ("overview", "follow_ups", ...), and back.
    static QString pageKey(FilePageId page);
    static std::optional<FilePageId> pageFromKey(const QString& key);

    /// Writes pending changes to storage.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jiahu
