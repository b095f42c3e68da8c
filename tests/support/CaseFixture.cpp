#include "CaseFixture.h"

#include "TestSupport.h"

#include "services/ReferenceData.h"

#include <QDateTime>
#include <QTest>

namespace jiahu::test {

QJsonObject answersFor(RiskCode code)
{
    QJsonObject a{{QStringLiteral("harm"), 0},         {QStringLiteral("no_carer"), 0},
                  {QStringLiteral("carer_unable"), 0}, {QStringLiteral("out_of_school"), 0},
                  {QStringLiteral("violence"), 0},     {QStringLiteral("frail_carer"), 0},
                  {QStringLiteral("neglect"), 0},      {QStringLiteral("mental_health"), 0},
                  {QStringLiteral("parenting"), 0},    {QStringLiteral("disability"), 0},
                  {QStringLiteral("hardship"), 0}};
    switch (code) {
    case RiskCode::Red:
        a[QStringLiteral("harm")] = 1; // floor red
        break;
    case RiskCode::Orange:
        a[QStringLiteral("carer_unable")] = 1; // floor orange, 6 points
        a[QStringLiteral("frail_carer")] = 1;  // 10
        break;
    case RiskCode::Yellow:
        a[QStringLiteral("frail_carer")] = 1; // 4
        a[QStringLiteral("hardship")] = 1;    // 6
        break;
    case RiskCode::Blue:
        a[QStringLiteral("hardship")] = 1; // 2
        break;
    }
    return a;
}

CaseFixture::CaseFixture()
{
    now = QDateTime(QDate(2026, 3, 2), QTime(10, 0)).toMSecsSinceEpoch();
    auto created =
        Vault::create({path(), QStringLiteral("admin"), {}, fastKdf()}, secret("admin-password-1"));
    if (!created.ok()) {
        qWarning() << created.error().toString();
        return;
    }
    m_vault = std::move(created->vault);
    const std::pair<const char*, Role> users[] = {
        {"worker", Role::Caseworker}, {"worker2", Role::Caseworker},  {"boss", Role::Supervisor},
        {"boss2", Role::Supervisor},  {"counselor", Role::Counselor}, {"liaison", Role::Liaison}};
    for (const auto& [name, role] : users) {
        if (!m_vault
                 ->addUser({QString::fromLatin1(name), {}, role}, secret("user-password-1"),
                           fastKdf())
                 .ok())
            return;
    }
    auto list = m_vault->users();
    if (!list.ok())
        return;
    for (const UserAccount& u : list.value())
        m_users.insert(u.name, u);
    ReferenceData ref(as(QStringLiteral("admin")));
    const bool setUp =
        ref.addTown(kTownA, QStringLiteral("BSY")).ok() &&
        ref.addTown(kTownB, QStringLiteral("HG")).ok() &&
        ref.setScope(QStringLiteral("worker"), QStringLiteral("town"), {kTownA}).ok() &&
        ref.setScope(QStringLiteral("worker2"), QStringLiteral("town"), {kTownB}).ok() &&
        ref.setScope(QStringLiteral("boss"), QStringLiteral("town"), {kTownA}).ok() &&
        ref.setScope(QStringLiteral("boss2"), QStringLiteral("town"), {kTownA}).ok() &&
        ref.setScope(QStringLiteral("counselor"), QStringLiteral("school"), {kSchool}).ok() &&
        ref.setScope(QStringLiteral("liaison"), QStringLiteral("agency"), {kAgency}).ok();
    // Sessions read scopes when they start: drop the ones made before the scopes existed.
    m_sessions.clear();
    m_ok = setUp;
}

std::unique_ptr<Vault> CaseFixture::unlock(const QString& userName)
{
    auto vault = Vault::unlock(
        path(), userName,
        secret(userName == QLatin1String("admin") ? "admin-password-1" : "user-password-1"));
    if (!vault.ok()) {
        qWarning() << vault.error().toString();
        return {};
    }
    return std::move(vault.value());
}

CaseSession& CaseFixture::as(const QString& userName)
{
    auto it = m_sessions.find(userName);
    if (it == m_sessions.end()) {
        auto session = CaseSession::start(m_vault->database(), m_users.value(userName),
                                          [this] { return now; });
        if (!session.ok())
            qFatal("cannot start a session for %s", qPrintable(userName));
        it = m_sessions.insert(userName, std::shared_ptr<CaseSession>(std::move(session.value())));
    }
    return **it;
}

} // namespace jiahu::test
