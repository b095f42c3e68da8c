#include "AttachmentService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QLocale>

namespace jiahu {

QString AttachmentService::sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<AttachmentInfo> AttachmentService::add(const QString& familyId, const QString& fileName,
                                              const QByteArray& content, const QString& mimeType,
                                              const QString& description)
{
    FamilyService families(m_s);
    auto family = families.findWritable(familyId);
    if (!family.ok())
        return family.error();
    if (content.size() > kMaxBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The file is %1; attachments may be at most %2.")
                             .arg(QLocale().formattedDataSize(content.size()),
                                  QLocale().formattedDataSize(kMaxBytes)));
    if (fileName.contains(u'/') || fileName.contains(u'\\'))
        return makeError(ErrorCode::InvalidArgument, tr("Give the file name without its folder."));
    JIAHU_TRY(TextRules::checkRequired(tr("File name"), fileName, 255));
    JIAHU_TRY(TextRules::check(tr("File type"), mimeType, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Description"), description, TextRules::kLine));
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    const QString hash = sha256Hex(content);
    auto id = m_s.insert("attachments", {{"family_id", family->id},
                                         {"file_name", fileName},
                                         {"mime_type", mimeType},
                                         {"size", qint64(content.size())},
                                         {"sha256", hash},
                                         {"description", description},
                                         {"content", content}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("attachment.add"), QStringLiteral("attachment"), id.value(),
                        family->id));
    JIAHU_TRY(tx->commit());
    return fetchOne(m_s.db(), QByteArray(records::kAttachmentSelect) + "WHERE id = ?;",
                    {id.value()}, records::readAttachment, {});
}

Result<QByteArray> AttachmentService::exportContent(const QString& attachmentId,
                                                    const QString& reason)
{
    return auditedContent(attachmentId, QStringLiteral("attachment.export"), reason,
                          tr("The attachment does not match its recorded SHA-256; it was not "
                             "exported."));
}

Result<QByteArray> AttachmentService::viewContent(const QString& attachmentId)
{
    return auditedContent(attachmentId, QStringLiteral("attachment.view"), {},
                          tr("The attachment does not match its recorded SHA-256; it was not "
                             "shown."));
}

Result<QByteArray> AttachmentService::auditedContent(const QString& attachmentId,
                                                     const QString& action, const QString& reason,
                                                     const QString& mismatch)
{
    auto row = fetchOne(
        m_s.db(),
        "SELECT family_id, content, sha256 FROM attachments WHERE id = ? AND deleted_at IS NULL;",
        {attachmentId},
        [](const Statement& st) { return std::tuple(st.text(0), st.blob(1), st.text(2)); },
        tr("There is no attachment %1.").arg(attachmentId));
    if (!row.ok())
        return row.error();
    auto& [familyId, content, hash] = row.value();
    auto family = FamilyService(m_s).findFull(familyId);
    if (!family.ok())
        return hiddenAsMissing(family.error(), tr("There is no attachment %1.").arg(attachmentId));
    if (sha256Hex(content) != hash)
        return makeError(ErrorCode::Corrupt, mismatch);
    JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kLine));
    JIAHU_TRY(m_s.audit(action, QStringLiteral("attachment"), attachmentId, familyId, reason));
    return content;
}

} // namespace jiahu
