#pragma once

#include "familyfile/FileContext.h"
#include "familyfile/FilePage.h"

#include <QFutureWatcher>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabBar;

namespace jiahu {

class FileHeader;

/// One family file in a tab of the main window: a header and the pages the user's role works
/// with. The file is opened through the Workspace (the opening is audited once) and loaded on a
/// reader; every committed change to this family, from anywhere, loads it again (no new audit
/// entry) and hands the fresh copy to every page. A newer load always wins over an older one.
class FamilyFileView : public QWidget {
    Q_OBJECT
public:
    FamilyFileView(Workspace& workspace, const QString& familyId, QWidget* parent = nullptr);
    ~FamilyFileView() override;

    const QString& familyId() const { return m_context.familyId(); }
    /// The file as last loaded (empty until the first load answers).
    const FamilyFile& file() const { return m_file; }
    bool isLoaded() const { return m_loaded; }
    /// "档案 500107-2026-0001" once loaded (the tab's title).
    QString title() const;

    void showPage(FilePageId page);
    FilePageId currentPage() const;
    FilePage* page(FilePageId id) const;
    QList<FilePage*> pages() const { return m_pages; }

    bool hasUnsavedEdits() const;
    void discardEdits();
    /// The unsaved edits of every page, kept in memory while locked (only if the user chose
    /// that); restored after unlocking as the same user.
    QVariantMap drafts() const;
    void restoreDrafts(const QVariantMap& drafts);

Q_SIGNALS:
    void titleChanged(const QString& title);
    /// The first load answered (or failed: `ok` false and the view says why).
    void loaded(bool ok);

private:
    void load(QFuture<Result<FamilyFile>> future);
    void onChanges(const ChangeSet& changes);
    void take(const FamilyFile& file);

    FileContext m_context;
    FileHeader* m_header = nullptr;
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_problem = nullptr;
    QList<FilePage*> m_pages;
    FamilyFile m_file;
    bool m_loaded = false;
    QVariantMap m_pendingDrafts;
    QFutureWatcher<Result<FamilyFile>>* m_watcher = nullptr; ///< the latest load only
};

} // namespace jiahu
