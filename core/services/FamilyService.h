#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jiahu {

class CaseSession;

struct NewFamily {
    QString town;
    QString community;
    QString address;
    QStringList schools;
    int categories = 0;
    QString notes;
    QString caseworkerName; ///< empty: the signed-in caseworker
};

/// Where the next page of a family list starts (keyset paging on the list's sort order).
struct FamilyCursor {
    int riskCode = 0;
    qint64 lastActivityAt = 0;
    QString id;
};

/// Filters for the family list; sorted by code (most severe first), then latest activity.
struct FamilyQuery {
    QString town;
    std::optional<RiskCode> code;
    int anyCategories = 0; ///< families in any of these categories (0 = all)
    std::optional<FamilyStatus> status = FamilyStatus::Open;
    bool mineOnly = false; ///< assigned to the signed-in user
    std::optional<FamilyCursor> after;
    int limit = 50;
};

struct FamilyPage {
    QList<Family> families;
    std::optional<FamilyCursor> next; ///< set when more rows may follow
};

/// Family files: create, list (paged and filtered in SQL, within the user's scope), open (the
/// whole file, audited), add people, assign, close or transfer.
class FamilyService {
    Q_DECLARE_TR_FUNCTIONS(FamilyService)
public:
    static constexpr int kMaxPage = 500;

    explicit FamilyService(CaseSession& session) : m_s(session) {}

    Result<Family> add(const NewFamily& family);
    Result<Person> addPerson(const Person& person);
    Result<FamilyPage> list(const FamilyQuery& query);
    /// The family file as far as the user may see it; writes `family.open` to the audit log.
    Result<FamilyFile> open(const QString& familyIdOrFileNo, const QString& reason = {});
    /// Closing, transferring and reopening need a supervisor and a reason.
    Status setStatus(const QString& familyId, FamilyStatus status, const QString& reason);
    Status assign(const QString& familyId, const QString& caseworkerName);

    /// The family if it exists and the user may see it (NotFound otherwise: no hint that an
    /// out-of-scope file exists). Accepts an id or a file number.
    Result<Family> find(const QString& familyIdOrFileNo);
    /// As find(), and the user has full access to it (caseworker or supervisor in scope).
    Result<Family> findWritable(const QString& familyIdOrFileNo);
    /// Marks activity on a family (after a record is added) and refreshes its search document.
    Status touch(const QString& familyId);

    static QString formatFileNumber(const QString& format, const QString& townCode, int year,
                                    int sequence);

private:
    Result<QString> nextFileNumber(const QString& town);
    Result<QString> userIdByName(const QString& name);
    CaseSession& m_s;
};

} // namespace jiahu
