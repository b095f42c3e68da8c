#include "AccessPolicy.h"

namespace jiahu {

AccessPolicy::AccessPolicy(Role role, Scope scope) : m_role(role), m_scope(std::move(scope))
{
    if (role == Role::Administrator) {
        if (m_scope.caseRole && *m_scope.caseRole != Role::Administrator)
            m_caseRole = m_scope.caseRole;
    } else {
        m_caseRole = role;
    }
}

AccessPolicy AccessPolicy::removed(Role role)
{
    AccessPolicy p(role, {});
    p.m_removed = true;
    p.m_caseRole.reset();
    return p;
}

Status AccessPolicy::requireActive() const
{
    if (!m_removed)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Your account has been removed from this database. Sign out; an "
                        "administrator can tell you more."));
}

bool AccessPolicy::readsFullFiles() const
{
    return m_caseRole == Role::Caseworker || m_caseRole == Role::Supervisor;
}

Status AccessPolicy::requireFullFiles() const
{
    JIAHU_TRY(requireActive());
    if (readsFullFiles())
        return {};
    if (!m_caseRole)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Administrators manage users and reference data but do not read or "
                            "write case files unless also given a case role."));
    if (m_caseRole == Role::Counselor)
        return makeError(ErrorCode::PermissionDenied,
                         tr("A school counselor sees only the children of their own school and "
                            "their follow-ups."));
    return makeError(ErrorCode::PermissionDenied,
                     tr("A legal liaison sees only the referrals addressed to their agency."));
}

Status AccessPolicy::requireSupervisor() const
{
    JIAHU_TRY(requireActive());
    if (m_caseRole == Role::Supervisor)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Only a supervisor approves downgrades, plans and closures."));
}

Status AccessPolicy::requireAdministrator() const
{
    JIAHU_TRY(requireActive());
    if (m_role == Role::Administrator)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Only an administrator manages users, scopes and reference data."));
}

Status AccessPolicy::requireFamilyReader() const
{
    if (readsFullFiles() || m_caseRole == Role::Counselor)
        return {};
    return requireFullFiles();
}

Status AccessPolicy::requireTownInScope(const QString& town) const
{
    JIAHU_TRY(requireFullFiles());
    if (m_scope.allTowns || m_scope.towns.contains(town))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("%1 is outside the towns you work in.").arg(town));
}

Status AccessPolicy::requireSchoolInScope(const QString& school) const
{
    if (readsFullFiles())
        return {};
    if (m_caseRole == Role::Counselor && !school.isEmpty() && m_scope.schools.contains(school))
        return {};
    if (m_caseRole == Role::Counselor)
        return makeError(ErrorCode::PermissionDenied,
                         tr("A school counselor records follow-ups only for children of their "
                            "own school."));
    return requireFullFiles();
}

Status AccessPolicy::requireAgency(const QString& agency) const
{
    if (readsFullFiles())
        return {};
    if (m_caseRole == Role::Liaison && agency == m_scope.agency && !agency.isEmpty())
        return {};
    if (m_caseRole == Role::Liaison)
        return makeError(ErrorCode::PermissionDenied,
                         tr("This referral is addressed to another agency."));
    return requireFullFiles();
}

QByteArray AccessPolicy::familyFilter(const QString& userId, QVariantList& binds) const
{
    if (readsFullFiles()) {
        if (m_scope.allTowns)
            return "1";
        binds << userId;
        return "f.town IN (SELECT value FROM user_scopes WHERE user_id = ? AND kind = 'town')";
    }
    if (m_caseRole == Role::Counselor) {
        binds << userId;
        return "EXISTS (SELECT 1 FROM people p JOIN user_scopes s ON s.value = p.school "
               "WHERE p.family_id = f.id AND p.deleted_at IS NULL AND p.member_role = 'child' "
               "AND s.user_id = ? AND s.kind = 'school')";
    }
    if (m_caseRole == Role::Liaison) {
        binds << m_scope.agency;
        return "EXISTS (SELECT 1 FROM referrals r WHERE r.family_id = f.id AND r.agency = ? "
               "AND r.status <> 'draft' AND r.deleted_at IS NULL)";
    }
    return "0";
}

void AccessPolicy::redact(Family& family) const
{
    if (readsFullFiles())
        return;
    family.address.clear();
    family.notes.clear();
    // Other children's schools are not the counselor's business: only their own schools stay.
    QStringList own;
    for (const QString& school : std::as_const(family.schools))
        if (m_scope.schools.contains(school))
            own << school;
    family.schools = own;
}

} // namespace jiahu
