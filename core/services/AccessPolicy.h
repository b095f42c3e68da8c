#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/UserAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace jiahu {

/// Where a user may work, from `user_scopes`.
struct Scope {
    QStringList towns; ///< caseworkers and supervisors
    bool allTowns = false;
    QStringList schools; ///< counselors
    QString agency;      ///< legal liaisons
    /// An administrator reads case files only when also given a case role.
    std::optional<Role> caseRole;
};

/// Who may do what with case records. Services ask it before they touch storage; each denial
/// is an Error with a sentence saying what the role may not do.
///
/// - caseworker: full files of families in their towns; records everything; proposes codes;
/// - supervisor: what a caseworker may, plus approving downgrades, plans and closures;
/// - counselor: the children of their own school and their follow-ups; adds follow-ups for them;
/// - legal liaison: referrals addressed to their agency; records the agency's response;
/// - administrator: users, keys and reference data; no case files unless given a case role.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    AccessPolicy(Role role, Scope scope);
    /// The policy of an account removed while its session was open: nothing is allowed.
    static AccessPolicy removed(Role role);

    /// The role that governs case work (an administrator's extra case role, if any).
    std::optional<Role> caseRole() const { return m_caseRole; }
    const Scope& scope() const { return m_scope; }

    bool readsFullFiles() const;
    Status requireFullFiles() const;  ///< caseworker or supervisor
    Status requireSupervisor() const; ///< approvals and closures
    Status requireAdministrator() const;
    Status requireFamilyReader() const; ///< anyone who may list families (not liaisons)
    Status requireTownInScope(const QString& town) const;
    Status requireSchoolInScope(const QString& school) const;
    Status requireAgency(const QString& agency) const;

    /// SQL condition (for a families table aliased `f`) selecting the families this user may
    /// see, with its bound values appended to `binds`. "1" when every family is visible.
    QByteArray familyFilter(const QString& userId, QVariantList& binds) const;
    /// Clears what a partial reader (a counselor) may not see of a family: address and notes.
    void redact(Family& family) const;

private:
    Status requireActive() const;
    Role m_role;
    bool m_removed = false;
    Scope m_scope;
    std::optional<Role> m_caseRole;
};

} // namespace jiahu
