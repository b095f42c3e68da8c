#include "settings/AppSettings.h"

#include "common/Translations.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <array>
#include <utility>

namespace jiahu {

namespace {

const QString kAutoLock = QStringLiteral("autoLockMinutes");
const QString kLanguage = QStringLiteral("language"); // also read by main()
const QString kKeepEdits = QStringLiteral("keepEditsWhileLocked");
const QString kGeometry = QStringLiteral("geometry");
const QString kTabs = QStringLiteral("openTabs");
const QString kTabFamily = QStringLiteral("family");
const QString kTabPage = QStringLiteral("page");

/// Stable names of the pages, so that reordering the enum does not move saved tabs.
constexpr std::array<std::pair<FilePageId, const char*>, 12> kPages{{
    {FilePageId::Overview, "overview"},
    {FilePageId::Members, "members"},
    {FilePageId::Timeline, "timeline"},
    {FilePageId::Risk, "risk"},
    {FilePageId::Assessment, "assessment"},
    {FilePageId::Plan, "plan"},
    {FilePageId::Guidance, "guidance"},
    {FilePageId::FollowUps, "follow_ups"},
    {FilePageId::Referrals, "referrals"},
    {FilePageId::Attachments, "attachments"},
    {FilePageId::Map, "map"},
    {FilePageId::Audit, "audit"},
}};

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    if (!ok)
        return kDefaultAutoLockMinutes;
    return qBound(kMinAutoLockMinutes, minutes, kMaxAutoLockMinutes);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(kAutoLock, qBound(kMinAutoLockMinutes, minutes, kMaxAutoLockMinutes));
}

QString AppSettings::language() const
{
    return normalizedLanguage(m_settings->value(kLanguage, QStringLiteral("zh_CN")).toString());
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, normalizedLanguage(language));
}

bool AppSettings::keepEditsWhileLocked() const
{
    return m_settings->value(kKeepEdits, false).toBool();
}

void AppSettings::setKeepEditsWhileLocked(bool keep)
{
    m_settings->setValue(kKeepEdits, keep);
}

QString AppSettings::userKey(const QString& databasePath, const QString& userName)
{
    const QString path =
        databasePath.isEmpty() ? QString() : QFileInfo(databasePath).absoluteFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("jiahu.settings.user\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(userName.toUtf8());
    return QStringLiteral("users/") + QString::fromLatin1(hash.result().toHex().left(32));
}

QByteArray AppSettings::windowGeometry(const QString& databasePath, const QString& userName) const
{
    return m_settings->value(userKey(databasePath, userName) + u'/' + kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QString& databasePath, const QString& userName,
                                    const QByteArray& geometry)
{
    m_settings->setValue(userKey(databasePath, userName) + u'/' + kGeometry, geometry);
}

QList<OpenTab> AppSettings::openTabs(const QString& databasePath, const QString& userName) const
{
    QList<OpenTab> tabs;
    const int n = m_settings->beginReadArray(userKey(databasePath, userName) + u'/' + kTabs);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        const QString family = m_settings->value(kTabFamily).toString();
        if (!isUuid(family))
            continue;
        tabs << OpenTab{
            family,
            pageFromKey(m_settings->value(kTabPage).toString()).value_or(FilePageId::Overview)};
    }
    m_settings->endArray();
    return tabs;
}

void AppSettings::setOpenTabs(const QString& databasePath, const QString& userName,
                              const QList<OpenTab>& tabs)
{
    const QString group = userKey(databasePath, userName) + u'/' + kTabs;
    m_settings->remove(group);
    m_settings->beginWriteArray(group);
    int i = 0;
    for (const OpenTab& tab : tabs) {
        if (!isUuid(tab.familyId))
            continue;
        m_settings->setArrayIndex(i++);
        m_settings->setValue(kTabFamily, tab.familyId);
        m_settings->setValue(kTabPage, pageKey(tab.page));
    }
    m_settings->endArray();
}

QString AppSettings::pageKey(FilePageId page)
{
    for (const auto& [id, key] : kPages)
        if (id == page)
            return QLatin1String(key);
    return QStringLiteral("overview");
}

std::optional<FilePageId> AppSettings::pageFromKey(const QString& key)
{
    for (const auto& [id, name] : kPages)
        if (key == QLatin1String(name))
            return id;
    return std::nullopt;
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace jiahu
