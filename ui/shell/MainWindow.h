#pragma once

#include "familyfile/FilePage.h"

#include <QMainWindow>
#include <QPointer>
#include <QVariantMap>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace jiahu {

class FamiliesPage;
class FamilyFileView;
class Workspace;

/// The window of an unlocked database: a navigation side bar (My work, Families, Follow-ups,
/// the open family files; a counselor's students; a legal liaison's referral desk), the pages, and
/// a status bar with the signed-in user, role, database and lock state. It borrows the Workspace,
/// which AppController owns and destroys when the session locks (this window, its pages and models
/// go first).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The pages of the side bar.
    enum class Section { Work, Families, FollowUps, Files, Students, Referrals, Database };

    /// What is open, to come back to after unlocking as the same user: the family tabs, each
    /// with its page and (only if the user chose to keep them) its unsaved edits.
    struct OpenTab {
        QString familyId;
        FilePageId page = FilePageId::Timeline;
        QVariantMap drafts;
    };
    struct State {
        Section section = Section::Work;
        QList<OpenTab> tabs;
        int currentTab = -1;
    };

    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or brings forward) the family's tab at `page`.
    FamilyFileView* openFamily(const QString& familyId, FilePageId page = FilePageId::Timeline);
    /// The open family tabs, in order.
    QList<FamilyFileView*> fileViews() const;
    FamilyFileView* currentFileView() const;
    void showSection(Section section);
    Section currentSection() const;
    FamiliesPage* familiesPage() const { return m_families; }
    QWidget* sectionWidget(Section section) const;

    /// Whether any open tab holds unsaved edits, and which (for the question).
    QStringList unsavedFiles() const;
    /// The tabs and pages now; with their unsaved edits when `withDrafts`.
    State state(bool withDrafts) const;
    void restore(const State& state);
    /// Sets the auto-lock minutes shown in the status bar (0: off).
    void setAutoLockMinutes(int minutes);

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void helpRequested();
    void newFamilyRequested();
    /// The window is about to close (after the user agreed): remember what is open.
    void closing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void openFamilyAt(const QString& familyId, FilePageId page);
    void addSection(Section section, QWidget* page, const QString& text, const QIcon& icon);
    void buildActions();
    void buildStatusBar();
    bool closeTab(int index);
    void updateFilesEntry();
    void fitSideBar(QWidget* side);

    Workspace& m_workspace;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_files = nullptr;
    FamiliesPage* m_families = nullptr;
    QList<Section> m_sections; ///< side-bar row -> section
    QLabel* m_lockState = nullptr;
};

} // namespace jiahu
