#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QByteArray>
#include <QCoreApplication>

namespace jiahu {

class CaseSession;

/// Files kept with a family file, stored inside the encrypted database (never as loose files),
/// with their SHA-256 recorded. Taking one out is an export and is audited.
class AttachmentService {
    Q_DECLARE_TR_FUNCTIONS(AttachmentService)
public:
    static constexpr qint64 kMaxBytes = 20LL * 1024 * 1024;

    explicit AttachmentService(CaseSession& session) : m_s(session) {}

    Result<AttachmentInfo> add(const QString& familyId, const QString& fileName,
                               const QByteArray& content, const QString& mimeType = {},
                               const QString& description = {});
    /// The content, checked against its SHA-256; writes `attachment.export` to the audit log.
    Result<QByteArray> exportContent(const QString& attachmentId, const QString& reason = {});
    /// The content for showing inside the application (never written to a file), checked
    /// against its SHA-256; viewing is reading case data, so it writes `attachment.view` to the
    /// audit log.
    Result<QByteArray> viewContent(const QString& attachmentId);

    static QString sha256Hex(const QByteArray& content);

private:
    Result<QByteArray> auditedContent(const QString& attachmentId, const QString& action,
                                      const QString& reason, const QString& mismatch);
    CaseSession& m_s;
};

} // namespace jiahu
