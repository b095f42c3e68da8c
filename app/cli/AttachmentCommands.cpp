// Files kept with a family file: attach add|export.
#include "CaseJson.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "FileInput.h"
#include "Invocation.h"

#include "services/AttachmentService.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>

namespace jiahu::cli {

int attachAdd(Invocation& run)
{
    const QString path = run.args[1];
    // Never more than the limit plus one byte: devices and pipes report no size (/dev/zero never
    // ends), and a file can grow while it is read.
    auto content = FileInput::readAtMost(path, AttachmentService::kMaxBytes);
    if (!content.ok())
        return run.fail(content.error());
    if (content->size() > AttachmentService::kMaxBytes)
        return run.fail(makeError(ErrorCode::InvalidArgument,
                                  CliApp::tr("%1 is larger than the %2 MiB an attachment may be.")
                                      .arg(path)
                                      .arg(AttachmentService::kMaxBytes / (1024 * 1024))));
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto info = AttachmentService(*ctx->session)
                    .add(ctx->family.id, QFileInfo(path).fileName(), content.value(),
                         QMimeDatabase().mimeTypeForFileNameAndData(path, content.value()).name(),
                         run.options.text("description"));
    if (!info.ok())
        return run.fail(info.error());
    return run.output(toJson(info.value()), {CliApp::tr("Attached %1 (%2 bytes, SHA-256 %3) as %4.")
                                                 .arg(info->fileName)
                                                 .arg(info->size)
                                                 .arg(info->sha256, info->id)});
}

int attachExport(Invocation& run)
{
    const QString dest = run.args[1];
    // The destination is opened first: an export the audit log records is one that can be
    // written (QSaveFile leaves no file behind unless it is committed).
    QSaveFile out(dest);
    if (!out.open(QIODevice::WriteOnly))
        return run.fail(
            makeError(ErrorCode::Io, CliApp::tr("Cannot write %1.").arg(dest), out.errorString()));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto content =
        AttachmentService(*ctx->session).exportContent(run.args[0], run.options.text("reason"));
    if (!content.ok())
        return run.fail(content.error());
    if (out.write(content.value()) != content->size() || !out.commit())
        return run.fail(
            makeError(ErrorCode::Io, CliApp::tr("Cannot write %1.").arg(dest), out.errorString()));
    return run.output(QJsonObject{{QStringLiteral("file"), dest},
                                  {QStringLiteral("size"), double(content->size())}},
                      {CliApp::tr("Exported to %1.").arg(dest)});
}

} // namespace jiahu::cli
