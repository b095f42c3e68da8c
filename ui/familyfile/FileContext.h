#pragma once

#include "services/UserAccount.h"
#include "shell/Prompter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

namespace jiahu {

/// What the pages of one family file share: the workspace, the family's id, the signed-in user,
/// and writes that report a refusal from core in the user's words.
class FileContext {
    Q_DECLARE_TR_FUNCTIONS(FileContext)
public:
    FileContext(Workspace& workspace, const QString& familyId)
        : m_workspace(&workspace), m_familyId(familyId)
    {
    }

    Workspace* workspace() const { return m_workspace; }
    const QString& familyId() const { return m_familyId; }
    const UserAccount& user() const { return m_workspace->user(); }

    /// Runs `f(CaseSession&)` on the writer thread; on success `done(value)` runs on the GUI
    /// thread (while `receiver` lives); a refusal is shown to the user (Prompter::inform) and
    /// `failed(error)` runs if given. The change event that follows a successful write reloads
    /// the file, so pages need not reload themselves.
    template <typename F, typename Done>
    void write(F f, QWidget* receiver, Done done,
               std::function<void(const Error&)> failed = {}) const
    {
        if (!m_workspace)
            return;
        using R = std::invoke_result_t<F, CaseSession&>;
        QPointer<QWidget> parent(receiver);
        m_workspace->write(std::move(f), receiver,
                           [parent, done = std::move(done), failed = std::move(failed)](R r) {
                               if (r.ok())
                                   return done(std::move(r));
                               Prompter::current().inform(parent, tr("Not saved"),
                                                          r.error().message);
                               if (failed)
                                   failed(r.error());
                           });
    }

    /// Runs `f(CaseSession&)` on a reader thread; `done(result)` gets the Result as it is.
    template <typename F, typename Done> void read(F f, QObject* receiver, Done done) const
    {
        if (m_workspace)
            m_workspace->read(std::move(f), receiver, std::move(done));
    }

private:
    QPointer<Workspace> m_workspace;
    QString m_familyId;
};

} // namespace jiahu
