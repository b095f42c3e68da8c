#pragma once

#include "common/Result.h"
#include "domain/FollowUpCadence.h"
#include "services/AccessPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>

namespace jiahu {

class CaseSession;
class Database;

/// What an administrator maintains besides users: towns (and the codes in file numbers), the
/// file-number format, and each user's scope.
class ReferenceData {
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
public:
    explicit ReferenceData(CaseSession& session) : m_s(session) {}

    Status addTown(const QString& name, const QString& code);
    /// name -> code, sorted by name. Anyone signed in may read the list.
    Result<QList<QPair<QString, QString>>> towns();
    /// e.g. "{town}-{year}-{seq:5}" gives BSY-2026-00042.
    Status setFileNumberFormat(const QString& format);
    /// Follow-up cadence in days per code, e.g. "red=7,orange=14,yellow=30,blue=90" (each 1-365;
    /// codes left out keep their current value).
    Status setCadence(const QString& spec);
    /// The cadence in force: the administrator's setting or the defaults.
    static Result<FollowUpCadence> cadence(Database& db);

    /// Replaces the user's scope entries of `kind` ("town", "school", "agency", "case_role").
    Status setScope(const QString& userName, const QString& kind, const QStringList& values);
    /// Replaces the user's entries of every kind in `scopes` (kind -> values; kinds left out
    /// are kept) in one transaction: every value is checked first, and either all kinds change
    /// or none. The user is looked up before any value is judged.
    Status setScopes(const QString& userName, const QMap<QString, QStringList>& scopes);
    Result<Scope> scopeOf(const QString& userName);

private:
    Result<QString> userId(const QString& userName);
    CaseSession& m_s;
};

} // namespace jiahu
