#pragma once

#include "familyfile/FilePage.h"

#include <QStringList>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace jiahu {

class AttachmentListModel;
class AttachmentViewer;

/// The family's attachments: photos, scans and documents kept inside the encrypted database.
/// Files are added with "Add file…" or by dropping them on the page; images and PDFs are shown
/// here from memory (each viewing is audited); "Save as…" takes a copy out of the database only
/// after a warning that the copy is no longer encrypted (audited as an export).
class AttachmentsPage : public FilePage {
    Q_OBJECT
public:
    AttachmentsPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Attachments; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    /// Adds the files at `paths` (what "Add file…" and dropping do). Files that cannot be added
    /// (too large, unreadable) are named in one message; the others are added.
    void addFiles(const QStringList& paths);
    /// Shows the selected attachment in the viewer (audited).
    void viewSelected();
    /// Saves a copy of the selected attachment outside the database, after a warning.
    void saveSelectedAs();

    /// Selects the attachment with `id` in the list; whether it is there.
    bool select(const QString& id);
    AttachmentViewer* viewer() const { return m_viewer; }
    AttachmentListModel* model() const { return m_model; }
    /// The id of the attachment shown in the viewer (empty when none).
    const QString& viewingId() const { return m_viewingId; }
    /// What the last action did, e.g. where a copy was saved (empty when nothing).
    QString notice() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QString selectedId() const;
    void updateActions();
    bool canAdd() const;

    AttachmentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_notice = nullptr; ///< what the last action did (a copy saved)
    QLabel* m_viewerTitle = nullptr;
    AttachmentViewer* m_viewer = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_saveAs = nullptr;

    QString m_familyId;
    FamilyStatus m_status = FamilyStatus::Open;
    QString m_viewingId;
    QString m_selectAfterLoad; ///< a file just added, selected when the list shows it
};

} // namespace jiahu
