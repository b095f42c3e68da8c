#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/AuditLog.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jiahu {

class AccessPolicy;
class CaseSession;

/// A record reached through a family the user may not see answers exactly like a missing one:
/// a NotFound `error` becomes NotFound with `missing` (the sentence for the record asked for);
/// any other error (a failed read, a role that reads no files) stays as it is.
inline Error hiddenAsMissing(const Error& error, const QString& missing)
{
    return error.code == ErrorCode::NotFound ? makeError(ErrorCode::NotFound, missing) : error;
}

struct NewFamily {
    QString town;
    QString community;
    QString address;
    QStringList schools;
    int categories = 0;
    QString notes;
    QString caseworkerName; ///< empty: the signed-in caseworker
};

/// Corrections and updates of a family's details: only the fields set change (and only those
/// reach the outbox). The town is not edited (it numbers the file and decides who sees it): a
/// file that moves is transferred.
struct FamilyEdit {
    std::optional<QString> community;
    std::optional<QString> address;
    std::optional<QStringList> schools;
    std::optional<int> categories;
    std::optional<QString> notes;
    std::optional<QString> caseworkerName; ///< reassigning needs a supervisor
};

/// The sort orders of the family list, each on an index that matches it.
enum class FamilySort {
    CodeActivity, ///< most severe code first, then latest activity (the default)
    FileNumber,
    NextDue,      ///< earliest due first; files with no due date yet (not coded) come first
    LastActivity, ///< latest first
    Town,         ///< by town, then as CodeActivity
};

/// Filters of the family list (all optional) and the page wanted.
struct FamilyQuery {
    QString town;
    QString community;
    QList<RiskCode> codes; ///< any of these codes (empty = every code, coded or not)
    bool uncodedOnly = false;
    int anyCategories = 0; ///< families in any of these categories (0 = all)
    std::optional<FamilyStatus> status = FamilyStatus::Open;
    QString caseworkerId;     ///< assigned to this user
    bool mineOnly = false;    ///< assigned to the signed-in user
    bool overdueOnly = false; ///< open files whose next follow-up is past due
    FamilySort sort = FamilySort::CodeActivity;
    QString after; ///< cursor from the previous page
    int limit = PageCursor::kDefaultLimit;
};

/// Family files: create, edit, list (paged, sorted and filtered in SQL, within the user's
/// scope) and count, open (the whole file as far as the user may see it, audited once per
/// opening), close or transfer, assign.
class FamilyService {
    Q_DECLARE_TR_FUNCTIONS(FamilyService)
public:
    static constexpr int kMaxPage = PageCursor::kMaxLimit;

    explicit FamilyService(CaseSession& session) : m_s(session) {}

    Result<Family> add(const NewFamily& family);
    Result<Family> edit(const QString& familyIdOrFileNo, const FamilyEdit& edit);
    Result<Page<Family>> list(const FamilyQuery& query);
    /// How many families the query matches (its cursor and limit are ignored).
    Result<qint64> count(const FamilyQuery& query);

    /// Opens the family file: checks the user may see it, writes `family.open` (with the reason)
    /// to the audit log and loads it.
    Result<FamilyFile> open(const QString& familyIdOrFileNo, const QString& reason = {});
    /// The first half of open(): the audit entry, on the writer. Returns the family.
    Result<Family> recordOpening(const QString& familyIdOrFileNo, const QString& reason = {});
    /// Loads a file opened in this session again (after an edit, or a change from elsewhere)
    /// without a new audit entry. A file not opened is refused.
    Result<FamilyFile> reload(const QString& familyId);
    /// Ends the opening (the file's tab was closed): the next open is audited again.
    void closeFile(const QString& familyId);
    /// The families the signed-in user opened lately, the latest opening first, each once, as
    /// far as the user may still see them (from their own `family.open` audit entries).
    Result<QList<Family>> recentlyOpened(int limit = 10);
    /// The audit trail of one family file, newest first, a page at a time (supervisors in the
    /// family's scope; the reasons are shown, the reader may read the file).
    Result<Page<AuditEntry>> auditTrail(const QString& familyIdOrFileNo, const QString& after = {},
                                        int limit = PageCursor::kDefaultLimit);

    /// Closing, transferring and reopening need a supervisor and a reason.
    Status setStatus(const QString& familyIdOrFileNo, FamilyStatus status, const QString& reason);
    Status assign(const QString& familyIdOrFileNo, const QString& caseworkerName);

    /// The family if it exists and the user may see it (NotFound otherwise: no hint that an
    /// out-of-scope file exists). Accepts an id or a file number.
    Result<Family> find(const QString& familyIdOrFileNo);
    /// As find(), for a caseworker or supervisor in scope (the whole file), whatever its status.
    Result<Family> findFull(const QString& familyIdOrFileNo);
    /// As find(), and the user may write to it: a caseworker or supervisor in scope, and the
    /// file is open (a closed or transferred file is read-only until reopened).
    Result<Family> findWritable(const QString& familyIdOrFileNo);
    /// Refuses a file that is not open (closed or transferred files are read-only).
    static Status requireOpen(const Family& family);

    static QString formatFileNumber(const QString& format, const QString& townCode, int year,
                                    int sequence);

private:
    Result<FamilyFile> load(const Family& family);
    Result<QString> nextFileNumber(const QString& town);
    Result<QString> caseworkerIdByName(const QString& name);
    /// `forCount`: the filters as they are (a count uses the covering families_facets index);
    /// for a page the status is written `+f.status`, so the planner walks the index of the
    /// sort instead of sorting every match.
    QByteArray where(const FamilyQuery& q, const AccessPolicy& policy, QVariantList& binds,
                     bool forCount);
    CaseSession& m_s;
};

} // namespace jiahu
