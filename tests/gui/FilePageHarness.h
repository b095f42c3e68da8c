#pragma once

// A family file opened in a Workspace for GUI tests of file pages: the context pages are built
// on, and the file loaded again (as the file view does after a change) on request.
#include "GuiSupport.h"

#include "familyfile/FileContext.h"
#include "familyfile/FilePage.h"

#include <QFuture>

#include <memory>

namespace jiahu::test {

class FilePageHarness {
public:
    FilePageHarness(CaseFixture& fx, const QString& user, const QString& familyId)
        : m_familyId(familyId)
    {
        ws = openWorkspace(fx, user);
        if (!ws)
            return;
        context = std::make_unique<FileContext>(*ws, familyId);
        m_opened = load(ws->openFamily(familyId));
    }

    bool ok() const { return ws && context && m_opened; }

    /// Loads the file again (after a write) into `file`; false if it did not load.
    bool reload() { return load(ws->reloadFamily(m_familyId)); }
    /// reload(), then shows the fresh file on `page`.
    bool refresh(FilePage& page)
    {
        if (!reload())
            return false;
        page.showFile(file);
        return true;
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<FileContext> context;
    FamilyFile file;

private:
    bool load(QFuture<Result<FamilyFile>> future)
    {
        if (!waitUntil([&] { return future.isFinished(); }) || future.resultCount() == 0)
            return false;
        Result<FamilyFile> result = future.result();
        if (!result.ok()) {
            qWarning("file: %s", qPrintable(result.error().message));
            return false;
        }
        file = result.value();
        return true;
    }

    QString m_familyId;
    bool m_opened = false;
};

} // namespace jiahu::test
