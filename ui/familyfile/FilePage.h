#pragma once

#include "domain/CaseRecords.h"

#include <QVariant>
#include <QWidget>

namespace jiahu {

class FileContext;

/// The pages of a family file, in the order of its tab bar.
enum class FilePageId {
    Overview,
    Members,
    Timeline,
    Risk,
    Assessment,
    Plan,
    Guidance,
    FollowUps,
    Referrals,
    Attachments,
    Map,
    Audit,
};

/// One page of a family file's tab. The file view loads the file (on a reader thread) and hands
/// every fresh copy to each page through showFile(): after opening, and after every committed
/// change to this family (from this page, another page, another window or sync). Pages write
/// through FileContext (core services on the writer thread) and never touch a database.
class FilePage : public QWidget {
    Q_OBJECT
public:
    FilePage(FileContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context)
    {
    }

    virtual FilePageId pageId() const = 0;
    /// The tab's title (translated).
    virtual QString title() const = 0;
    /// Shows `file` (the whole file as far as the user may see it). Keeps unsaved edits.
    virtual void showFile(const FamilyFile& file) = 0;

    /// Whether the page holds edits not saved yet (closing, locking and quitting ask).
    virtual bool hasUnsavedEdits() const { return false; }
    /// Drops unsaved edits (the user chose to discard them).
    virtual void discardEdits() {}
    /// The unsaved edits as a value kept in memory while the session is locked (only when the
    /// user chose that); restoreDraft() puts them back after unlocking as the same user.
    virtual QVariant draft() const { return {}; }
    virtual void restoreDraft(const QVariant& draft) { Q_UNUSED(draft); }

Q_SIGNALS:
    /// Asks the file view to show another page (e.g. "reassess first" from the risk page).
    void pageRequested(jiahu::FilePageId page);

protected:
    FileContext& context() const { return m_context; }

private:
    FileContext& m_context;
};

} // namespace jiahu
