#pragma once

#include "CaseFixture.h"

#include "shell/Prompter.h"
#include "workspace/Workspace.h"

#include <QDeadlineTimer>
#include <QStringList>
#include <QTest>

#include <deque>
#include <memory>
#include <optional>

namespace jiahu::test {

/// A Prompter that answers from a script instead of showing dialogs, and remembers what it was
/// asked. Installed for the lifetime of the object. An unscripted question is answered "no"
/// (cancel) and recorded, so a test sees it was asked.
class ScriptedPrompter : public Prompter {
public:
    ScriptedPrompter();
    ~ScriptedPrompter() override;

    std::deque<bool> confirmations;              ///< answers to confirm()
    QStringList reasons; ///< answers to askReason(); a null QString cancels
    std::deque<Unsaved> unsavedAnswers;          ///< answers to askUnsaved()
    std::deque<QString> fileNames;               ///< answers to open/saveFileName()

    QStringList asked;    ///< every question's title or text, in order
    QStringList informed; ///< every inform() text, in order

    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override;
    std::optional<QString> askReason(QWidget*, const QString& title, const QString&) override;
    void inform(QWidget*, const QString& title, const QString& text) override;
    Unsaved askUnsaved(QWidget*, const QString& what) override;
    QString openFileName(QWidget*, const QString& title, const QString&) override;
    QString saveFileName(QWidget*, const QString& title, const QString&) override;
};

/// A Workspace over the fixture's database, signed in as `user`, on the fixture's clock.
std::unique_ptr<Workspace> openWorkspace(CaseFixture& fx, const QString& user, int readers = 2);

/// Processes events until `condition()` holds or `ms` pass; whether it held.
template <typename C> bool waitUntil(C condition, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace jiahu::test
