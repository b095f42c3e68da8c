#include "shell/MainWindow.h"

#include "counselor/CounselorPage.h"
#include "families/FamiliesPage.h"
#include "familyfile/FamilyFileView.h"
#include "followups/DuePage.h"
#include "liaison/ReferralDeskPage.h"
#include "shell/DatabasePage.h"
#include "shell/Prompter.h"
#include "work/WorkPage.h"

#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace jiahu {

namespace {
/// A side-bar icon (SVG, sharp at any scale).
QIcon navIcon(const char* name)
{
    return QIcon(QStringLiteral(":/jiahu/icons/nav/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Jiahu — %1").arg(QFileInfo(workspace.databasePath()).fileName()));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigationBar"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    // The side bar is as wide as its longest entry (below); it never scrolls sideways.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setTextElideMode(Qt::ElideRight);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"
                                        "QListWidget::item { padding: 8px 10px; }"));
    auto* side = new QFrame(central);
    side->setObjectName(QStringLiteral("sideBar"));
    side->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    side->setStyleSheet(QStringLiteral(
        "#sideBar { background: palette(window); border-right: 1px solid palette(mid); }"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 8, 0, 8);
    sideLayout->addWidget(m_nav, 1);
    auto footerButton = [side, sideLayout](const char* name, const QString& text,
                                           const QIcon& icon) {
        auto* button = new QToolButton(side);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        sideLayout->addWidget(button);
        return button;
    };
    connect(footerButton("settingsButton", tr("Settings"), navIcon("settings")),
            &QToolButton::clicked, this, &MainWindow::settingsRequested);
    connect(footerButton("helpButton", tr("Help (F1)"), navIcon("help")), &QToolButton::clicked,
            this, &MainWindow::helpRequested);
    connect(footerButton("lockButton", tr("Lock (Ctrl+L)"), navIcon("lock")), &QToolButton::clicked,
            this, &MainWindow::lockRequested);
    layout->addWidget(side);

    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_files = new QTabWidget(m_stack);
    m_files->setObjectName(QStringLiteral("familyTabs"));
    m_files->setTabsClosable(true);
    m_files->setMovable(true);
    m_files->setDocumentMode(true);
    connect(m_files->tabBar(), &QTabBar::tabCloseRequested, this, &MainWindow::closeTab);

    const Role role = workspace.user().role;
    if (role == Role::Caseworker || role == Role::Supervisor) {
        auto* work = new WorkPage(workspace, m_stack);
        connect(work, &WorkPage::openFamilyRequested, this, &MainWindow::openFamilyAt);
        addSection(Section::Work, work, tr("My work"), navIcon("work"));
        m_families = new FamiliesPage(workspace, m_stack);
        connect(m_families, &FamiliesPage::openFamilyRequested, this, &MainWindow::openFamilyAt);
        connect(m_families, &FamiliesPage::newFamilyRequested, this,
                &MainWindow::newFamilyRequested);
        addSection(Section::Families, m_families, tr("Family files"), navIcon("families"));
        auto* due = new DuePage(workspace, m_stack);
        connect(due, &DuePage::openFamilyRequested, this, &MainWindow::openFamilyAt);
        addSection(Section::FollowUps, due, tr("Follow-ups due"), navIcon("followups"));
    } else if (role == Role::Counselor) {
        auto* students = new CounselorPage(workspace, m_stack);
        connect(students, &CounselorPage::openFamilyRequested, this, &MainWindow::openFamilyAt);
        addSection(Section::Students, students, tr("My students"), navIcon("students"));
    } else if (role == Role::Liaison) {
        // Referrals to their agency only: no family list, no search, no family files.
        addSection(Section::Referrals, new ReferralDeskPage(workspace, m_stack),
                   tr("Referral desk"), navIcon("families"));
    }
    if (role == Role::Caseworker || role == Role::Supervisor || role == Role::Counselor)
        addSection(Section::Files, m_files, tr("Open files"), navIcon("files"));
    if (!m_sections.contains(Section::Files))
        m_files->hide(); // a role without family files: the (empty) tabs are not shown at all
    addSection(Section::Database, new DatabasePage(workspace, m_stack), tr("This database"),
               navIcon("database"));

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (row >= 0 && row < m_sections.size())
            m_stack->setCurrentWidget(sectionWidget(m_sections[row]));
    });
    m_nav->setCurrentRow(0);
    updateFilesEntry();
    fitSideBar(side);

    buildActions();
    buildStatusBar();
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(Section section, QWidget* page, const QString& text, const QIcon& icon)
{
    page->setProperty("jiahuSection", int(section));
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(icon, text, m_nav);
    item->setData(Qt::AccessibleTextRole, text);
    m_sections << section;
}

void MainWindow::fitSideBar(QWidget* side)
{
    // Wide enough for every entry, "Open files (99)" and the footer buttons, at least 12 em.
    const QFontMetrics fm(m_nav->font());
    QStringList texts{tr("Open files (%1)").arg(99)};
    for (int i = 0; i < m_nav->count(); ++i)
        texts << m_nav->item(i)->text();
    int widest = 0;
    for (const QString& text : std::as_const(texts))
        widest = qMax(widest, fm.horizontalAdvance(text));
    // Icon, the item's padding (10 px each side), the list's spacing and frame, a margin.
    int width = widest + m_nav->iconSize().width() + 2 * 10 + 2 * m_nav->spacing() + 16;
    for (QToolButton* button : side->findChildren<QToolButton*>())
        width = qMax(width, button->sizeHint().width() + 8);
    side->setFixedWidth(qMax(width, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
}

QWidget* MainWindow::sectionWidget(Section section) const
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->property("jiahuSection").toInt() == int(section))
            return m_stack->widget(i);
    return nullptr;
}

void MainWindow::showSection(Section section)
{
    const int row = int(m_sections.indexOf(section));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

MainWindow::Section MainWindow::currentSection() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections[row] : Section::Database;
}

void MainWindow::buildActions()
{
    auto add = [this](const char* name, const QString& text, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    connect(add("lockAction", tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L)), &QAction::triggered,
            this, &MainWindow::lockRequested);
    connect(add("helpAction", tr("Help"), QKeySequence(Qt::Key_F1)), &QAction::triggered, this,
            &MainWindow::helpRequested);
    connect(add("closeTabAction", tr("Close family file"), QKeySequence(Qt::CTRL | Qt::Key_W)),
            &QAction::triggered, this, [this] {
                if (currentSection() == Section::Files && m_files->count() > 0)
                    closeTab(m_files->currentIndex());
            });
    connect(add("nextTabAction", tr("Next family file"), QKeySequence(Qt::CTRL | Qt::Key_Tab)),
            &QAction::triggered, this, [this] {
                if (m_files->count() > 0) {
                    showSection(Section::Files);
                    m_files->setCurrentIndex((m_files->currentIndex() + 1) % m_files->count());
                }
            });
    if (m_families) {
        connect(add("searchAction", tr("Search"), QKeySequence(Qt::CTRL | Qt::Key_F)),
                &QAction::triggered, this, [this] {
                    showSection(Section::Families);
                    m_families->focusSearch();
                });
        connect(add("newFamilyAction", tr("New family file"), QKeySequence(Qt::CTRL | Qt::Key_N)),
                &QAction::triggered, this, &MainWindow::newFamilyRequested);
    }
}

void MainWindow::buildStatusBar()
{
    const UserAccount& user = m_workspace.user();
    const QString name = user.displayName.isEmpty() ? user.name : user.displayName;
    auto* who = new QLabel(tr("%1 · %2").arg(name, Roles::displayName(user.role)), this);
    who->setObjectName(QStringLiteral("statusUserLabel"));
    who->setTextFormat(Qt::PlainText);
    auto* db = new QLabel(QFileInfo(m_workspace.databasePath()).fileName(), this);
    db->setObjectName(QStringLiteral("statusDatabaseLabel"));
    db->setToolTip(m_workspace.databasePath());
    db->setTextFormat(Qt::PlainText);
    m_lockState = new QLabel(this);
    m_lockState->setObjectName(QStringLiteral("statusLockLabel"));
    statusBar()->addWidget(who);
    statusBar()->addWidget(db);
    statusBar()->addPermanentWidget(m_lockState);
    setAutoLockMinutes(0);
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    m_lockState->setText(
        minutes > 0
            ? tr("Unlocked · locks after %n idle minute(s) · Ctrl+L locks now", nullptr, minutes)
            : tr("Unlocked · Ctrl+L locks now"));
}

void MainWindow::openFamilyAt(const QString& familyId, FilePageId page)
{
    openFamily(familyId, page);
}

FamilyFileView* MainWindow::openFamily(const QString& familyId, FilePageId page)
{
    if (familyId.isEmpty())
        return nullptr;
    showSection(Section::Files);
    for (FamilyFileView* view : fileViews()) {
        if (view->familyId() == familyId) {
            m_files->setCurrentWidget(view);
            view->showPage(page);
            return view;
        }
    }
    auto* view = new FamilyFileView(m_workspace, familyId, m_files);
    const int index = m_files->addTab(view, view->title());
    m_files->setCurrentIndex(index);
    connect(view, &FamilyFileView::titleChanged, this, [this, view](const QString& title) {
        const int i = m_files->indexOf(view);
        if (i >= 0)
            m_files->setTabText(i, title);
    });
    connect(view, &FamilyFileView::loaded, view, [view, page](bool ok) {
        if (ok)
            view->showPage(page);
    });
    updateFilesEntry();
    return view;
}

QList<FamilyFileView*> MainWindow::fileViews() const
{
    QList<FamilyFileView*> views;
    for (int i = 0; i < m_files->count(); ++i)
        if (auto* v = qobject_cast<FamilyFileView*>(m_files->widget(i)))
            views << v;
    return views;
}

FamilyFileView* MainWindow::currentFileView() const
{
    return qobject_cast<FamilyFileView*>(m_files->currentWidget());
}

bool MainWindow::closeTab(int index)
{
    auto* view = qobject_cast<FamilyFileView*>(m_files->widget(index));
    if (!view)
        return false;
    if (view->hasUnsavedEdits() &&
        !Prompter::current().confirm(
            this, tr("Unsaved changes"),
            tr("File %1 has changes that are not saved. Close it and discard them?")
                .arg(view->title()),
            tr("Discard and close"))) {
        m_files->setCurrentIndex(index);
        return false;
    }
    m_files->removeTab(index);
    delete view;
    updateFilesEntry();
    return true;
}

void MainWindow::updateFilesEntry()
{
    const int row = int(m_sections.indexOf(Section::Files));
    if (row < 0)
        return;
    m_nav->item(row)->setText(m_files->count() > 0 ? tr("Open files (%1)").arg(m_files->count())
                                                   : tr("Open files"));
}

QStringList MainWindow::unsavedFiles() const
{
    QStringList files;
    for (FamilyFileView* view : fileViews())
        if (view->hasUnsavedEdits())
            files << view->title();
    return files;
}

MainWindow::State MainWindow::state(bool withDrafts) const
{
    State s;
    s.section = currentSection();
    s.currentTab = m_files->currentIndex();
    for (FamilyFileView* view : fileViews())
        s.tabs << OpenTab{view->familyId(), view->currentPage(),
                          withDrafts ? view->drafts() : QVariantMap()};
    return s;
}

void MainWindow::restore(const State& state)
{
    for (const OpenTab& tab : state.tabs) {
        FamilyFileView* view = openFamily(tab.familyId, tab.page);
        if (view && !tab.drafts.isEmpty())
            view->restoreDrafts(tab.drafts);
    }
    if (state.currentTab >= 0 && state.currentTab < m_files->count())
        m_files->setCurrentIndex(state.currentTab);
    showSection(state.section);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const QStringList unsaved = unsavedFiles();
    if (!unsaved.isEmpty() &&
        !Prompter::current().confirm(this, tr("Unsaved changes"),
                                     tr("These family files have changes that are not saved: %1. "
                                        "Quit and discard them?")
                                         .arg(unsaved.join(tr(", "))),
                                     tr("Discard and quit"))) {
        event->ignore();
        return;
    }
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

} // namespace jiahu
