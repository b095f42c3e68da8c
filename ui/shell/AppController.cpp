#include "shell/AppController.h"

#include "families/NewFamilyDialog.h"
#include "help/ShortcutsDialog.h"
#include "lock/IdleWatcher.h"
#include "lock/SessionLockWatcher.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/MainWindow.h"
#include "shell/Prompter.h"
#include "welcome/WelcomeWindow.h"

#include "services/Vault.h"

#include <QApplication>
#include <QDialog>

namespace jiahu {

AppController::AppController(AppSettings* settings, QObject* parent)
    : QObject(parent), m_welcome(std::make_unique<WelcomeWindow>())
{
    if (!settings) {
        m_ownSettings = std::make_unique<AppSettings>();
        settings = m_ownSettings.get();
    }
    m_settings = settings;
    // Idle minutes, a locked desktop session or a machine going to sleep lock without asking.
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idleTimeout, this, &AppController::lockNow);
    m_sessionLock = new SessionLockWatcher(this);
    connect(m_sessionLock, &SessionLockWatcher::lockRequested, this, [this] {
        if (m_workspace)
            lockNow();
    });
    m_sessionLock->start();
    applySettings();

    // Direct: the slot takes the Vault while the signal is being emitted.
    connect(m_welcome.get(), &WelcomeWindow::vaultOpened, this, &AppController::open,
            Qt::DirectConnection);
    connect(m_welcome.get(), &WelcomeWindow::languageChosen, this, &AppController::languageChosen);
}

AppController::~AppController()
{
    rememberWindow();
    delete m_main.data();
    m_workspace.reset();
}

void AppController::start(const QString& databasePath, const QString& userName)
{
    m_welcome->setDatabasePath(databasePath);
    m_welcome->setUserName(userName);
    m_welcome->show();
}

void AppController::open()
{
    std::unique_ptr<Vault> vault = m_welcome->takeVault();
    if (!vault)
        return;
    // Not expected (the welcome window is hidden while unlocked), but never two at once.
    dropMainWindow();
    m_workspace.reset();
    const QString path = vault->databasePath();
    const QString userName = vault->user().name;
    auto workspace = Workspace::open(std::move(vault), m_options);
    if (!workspace.ok()) // the Vault went with it: nothing stays unlocked
        return m_welcome->showError(workspace.error().message);
    m_workspace = std::move(workspace.value());
    Q_EMIT databaseOpened(path, userName);

    m_main = new MainWindow(*m_workspace);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main, &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(m_main, &MainWindow::helpRequested, this, &AppController::showHelp);
    connect(m_main, &MainWindow::newFamilyRequested, this, &AppController::newFamily);
    connect(m_main, &MainWindow::closing, this, &AppController::rememberWindow);
    m_main->setAutoLockMinutes(m_settings->autoLockMinutes());
    const QByteArray geometry = m_settings->windowGeometry(path, userName);
    if (!geometry.isEmpty())
        m_main->restoreGeometry(geometry);
    // Closing the window (rather than locking) closes the database too; the application then
    // quits, as its last window has closed.
    connect(m_main, &QObject::destroyed, this, [this] { m_workspace.reset(); });
    // Another user, or another database, starts clean: nothing of the last session shows.
    std::optional<Kept> kept = std::exchange(m_kept, std::nullopt);
    if (!kept) {
        // A new start: the tabs this user had open last time (ids and pages only).
        MainWindow::State state;
        for (const OpenTab& tab : m_settings->openTabs(path, userName))
            state.tabs << MainWindow::OpenTab{tab.familyId, tab.page, {}};
        if (!state.tabs.isEmpty()) {
            state.section = MainWindow::Section::Files;
            state.currentTab = 0;
            m_main->restore(state);
            m_main->showSection(m_main->sectionWidget(MainWindow::Section::Work)
                                    ? MainWindow::Section::Work
                                    : MainWindow::Section::Files);
        }
    } else if (kept->databasePath == path && kept->userName == userName) {
        m_main->restore(kept->state);
        if (kept->discardedFiles > 0)
            Prompter::current().inform(
                m_main, tr("Unsaved changes discarded"),
                tr("The session locked itself while %n family file(s) had changes that were not "
                   "saved; they were discarded. Choose \"keep unsaved changes while locked\" in "
                   "the settings to keep them next time.",
                   nullptr, kept->discardedFiles));
    }
    m_main->show();
    m_welcome->hide();
    m_idle->start();
}

void AppController::applySettings()
{
    m_idle->setMinutes(m_settings->autoLockMinutes());
    if (m_main)
        m_main->setAutoLockMinutes(m_settings->autoLockMinutes());
}

void AppController::rememberWindow()
{
    if (!m_main || !m_workspace)
        return;
    const QString path = m_workspace->databasePath();
    const QString user = m_workspace->user().name;
    m_settings->setWindowGeometry(path, user, m_main->saveGeometry());
    QList<OpenTab> tabs;
    for (const MainWindow::OpenTab& tab : m_main->state(false).tabs)
        tabs << OpenTab{tab.familyId, tab.page};
    m_settings->setOpenTabs(path, user, tabs);
    m_settings->sync();
}

void AppController::showSettings()
{
    if (!m_main)
        return;
    auto* dialog = new SettingsDialog(*m_settings, m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](bool languageChanged) {
        applySettings();
        if (languageChanged)
            Q_EMIT languageChosen(m_settings->language());
    });
    dialog->open();
}

void AppController::showHelp()
{
    if (!m_main)
        return;
    auto* dialog = new ShortcutsDialog(m_settings->autoLockMinutes(), m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void AppController::newFamily()
{
    if (!m_main || !m_workspace)
        return;
    auto* dialog = new NewFamilyDialog(*m_workspace, m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewFamilyDialog::familyCreated, this, [this](const QString& id) {
        if (m_main)
            m_main->openFamily(id, FilePageId::Overview);
    });
    dialog->open();
}

void AppController::dropMainWindow()
{
    if (!m_main)
        return;
    MainWindow* main = m_main;
    m_main = nullptr;
    main->disconnect(this); // its later destruction must not close the next workspace
    main->hide();
    // Deferred: lock() may run inside the window's own action. It has no Workspace left from
    // here on and receives none of its answers (they die with the Workspace).
    main->deleteLater();
}

void AppController::lock()
{
    if (m_main && !m_settings->keepEditsWhileLocked()) {
        const QStringList unsaved = m_main->unsavedFiles();
        if (!unsaved.isEmpty() &&
            !Prompter::current().confirm(
                m_main, tr("Unsaved changes"),
                tr("These family files have changes that are not saved: %1. Lock and discard "
                   "them?")
                    .arg(unsaved.join(tr(", "))),
                tr("Discard and lock")))
            return;
    }
    lockSession(false);
}

void AppController::lockNow()
{
    lockSession(true);
}

void AppController::lockSession(bool automatic)
{
    m_idle->stop();
    rememberWindow();
    const bool keepEdits = m_settings->keepEditsWhileLocked();
    if (m_main && m_workspace) {
        Kept kept{m_workspace->databasePath(), m_workspace->user().name, m_main->state(keepEdits),
                  0};
        if (automatic && !keepEdits)
            kept.discardedFiles = int(m_main->unsavedFiles().size());
        m_kept = std::move(kept);
    }
    // Open dialogs of the session close with it (their answers would have nowhere to go).
    if (m_main)
        for (QDialog* dialog : m_main->findChildren<QDialog*>())
            dialog->reject();
    dropMainWindow();
    m_workspace.reset(); // connections closed, data key wiped, answers in flight dropped
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

} // namespace jiahu
