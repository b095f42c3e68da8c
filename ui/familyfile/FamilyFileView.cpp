#include "familyfile/FamilyFileView.h"

#include "familyfile/FileHeader.h"
#include "familyfile/FilePages.h"

#include "services/FamilyService.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace jiahu {

FamilyFileView::FamilyFileView(Workspace& workspace, const QString& familyId, QWidget* parent)
    : QWidget(parent), m_context(workspace, familyId)
{
    setObjectName(QStringLiteral("familyFileView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new FileHeader(this);
    layout->addWidget(m_header);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("filePageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(true);
    layout->addWidget(m_tabs);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("fileProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setText(tr("Opening the family file…"));
    layout->addWidget(m_problem, 1);

    m_stack = new QStackedWidget(this);
    m_stack->hide();
    layout->addWidget(m_stack, 1);
    m_pages = makeFilePages(m_context, workspace.user().role, m_stack);
    for (FilePage* page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_tabs->addTab(page->title());
        connect(page, &FilePage::pageRequested, this, &FamilyFileView::showPage);
    }
    m_tabs->hide();
    connect(m_tabs, &QTabBar::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);

    connect(workspace.changes(), &ChangeNotifier::changed, this, &FamilyFileView::onChanges);
    load(workspace.openFamily(familyId));
}

FamilyFileView::~FamilyFileView()
{
    // The next opening of this family is a new one (audited again).
    if (Workspace* ws = m_context.workspace()) {
        const QString id = familyId();
        ws->write([id](CaseSession& s) -> Status {
            FamilyService(s).closeFile(id);
            return {};
        });
    }
}

QString FamilyFileView::title() const
{
    return m_loaded ? m_file.family.fileNo : tr("Family file");
}

void FamilyFileView::load(QFuture<Result<FamilyFile>> future)
{
    delete m_watcher; // an older load still on its way is not wanted any more
    m_watcher = new QFutureWatcher<Result<FamilyFile>>(this);
    auto* watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return; // the workspace is closing
        Result<FamilyFile> result = watcher->future().takeResult();
        if (!result.ok()) {
            if (!m_loaded) {
                m_problem->setText(result.error().message);
                Q_EMIT loaded(false);
            }
            return;
        }
        take(result.value());
    });
    watcher->setFuture(future);
}

void FamilyFileView::take(const FamilyFile& file)
{
    const bool first = !m_loaded;
    m_file = file;
    m_loaded = true;
    m_header->showFamily(m_file.family,
                         m_context.workspace() ? m_context.workspace()->today()
                                               : QDate::currentDate(),
                         m_file.partial);
    for (FilePage* page : std::as_const(m_pages))
        page->showFile(m_file);
    if (first) {
        m_problem->hide();
        m_tabs->show();
        m_stack->show();
        if (!m_pendingDrafts.isEmpty()) {
            restoreDrafts(m_pendingDrafts);
            m_pendingDrafts.clear();
        }
        Q_EMIT titleChanged(title());
        Q_EMIT loaded(true);
    }
}

void FamilyFileView::onChanges(const ChangeSet& changes)
{
    if (!m_loaded || !changes.familyIds().contains(familyId()))
        return;
    if (Workspace* ws = m_context.workspace())
        load(ws->reloadFamily(familyId()));
}

void FamilyFileView::showPage(FilePageId id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == id) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

FilePageId FamilyFileView::currentPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_pages.size() ? m_pages[i]->pageId() : FilePageId::Overview;
}

FilePage* FamilyFileView::page(FilePageId id) const
{
    for (FilePage* p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

bool FamilyFileView::hasUnsavedEdits() const
{
    return std::any_of(m_pages.begin(), m_pages.end(),
                       [](const FilePage* p) { return p->hasUnsavedEdits(); });
}

void FamilyFileView::discardEdits()
{
    for (FilePage* p : std::as_const(m_pages))
        p->discardEdits();
}

QVariantMap FamilyFileView::drafts() const
{
    QVariantMap drafts;
    for (const FilePage* p : m_pages)
        if (p->hasUnsavedEdits())
            drafts.insert(QString::number(int(p->pageId())), p->draft());
    return drafts;
}

void FamilyFileView::restoreDrafts(const QVariantMap& drafts)
{
    if (!m_loaded) {
        m_pendingDrafts = drafts;
        return;
    }
    for (FilePage* p : std::as_const(m_pages)) {
        const auto it = drafts.find(QString::number(int(p->pageId())));
        if (it != drafts.end())
            p->restoreDraft(*it);
    }
}

} // namespace jiahu
