#pragma once

#include "CaseFixture.h"

#include "familyfile/FamilyFileView.h"
#include "shell/Prompter.h"
#include "workspace/Workspace.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTest>
#include <QTranslator>

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

    std::deque<bool> confirmations; ///< answers to confirm()
    QStringList reasons;            ///< answers to askReason(); a null QString cancels
    std::deque<QString> fileNames;  ///< answers to open/saveFileName()

    QStringList asked;    ///< every question's title or text, in order
    QStringList informed; ///< every inform() text, in order

    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override;
    std::optional<QString> askReason(QWidget*, const QString& title, const QString&) override;
    void inform(QWidget*, const QString& title, const QString& text) override;
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

/// The child of `parent` called `name` (objectName), or nullptr with a warning naming it.
template <typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// The family file as the app shows it, shown at `size` and loaded; nullptr if it did not load.
std::unique_ptr<FamilyFileView> openView(Workspace& ws, const QString& familyId, QSize size);

/// Saves `widget` as JIAHU_SCREENSHOT_PREFIX + name when that is set (under Xvfb).
void screenshot(QWidget* widget, const QString& name);

/// For screenshots only: translations from TSV files (context, source, text), one file or every
/// *.tsv of a folder. A context matches with or without the "jiahu::" namespace.
class TsvTranslator : public QTranslator {
public:
    /// Reads `fileOrDir`; whether any string was read.
    bool loadTsv(const QString& fileOrDir);
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override;
    bool isEmpty() const override { return m_strings.isEmpty(); }

private:
    void readFile(const QString& path);
    QHash<QString, QString> m_strings;
};

/// For screenshots only: while it lives, the catalogue JIAHU_SHOTS_QM (a .qm) and the strings of
/// JIAHU_SHOTS_TSV (a TSV file or a folder of them) are installed, when they load.
class ShotTranslators {
public:
    ShotTranslators();
    ~ShotTranslators();
    ShotTranslators(const ShotTranslators&) = delete;
    ShotTranslators& operator=(const ShotTranslators&) = delete;

private:
    QTranslator m_catalogue;
    TsvTranslator m_strings;
};

} // namespace jiahu::test
