#include "CaseFixture.h"

#include "TestSupport.h"

#include "domain/AssessmentTemplate.h"
#include "services/FamilyService.h"
#include "services/ReferenceData.h"

#include <QDateTime>
#include <QTest>

namespace jiahu::test {

QStringList assessmentItems()
{
    static const QStringList items = [] {
        QStringList keys;
        auto tpl = AssessmentTemplate::fromJson(AssessmentTemplate::defaultDefinition());
        if (!tpl.ok()) {
            qWarning() << tpl.error().toString();
            return keys;
        }
        for (const AssessmentTemplate::Item& item : tpl->items)
            keys << item.key;
        return keys;
    }();
    return items;
}

QJsonObject answersWith(const QJsonObject& given)
{
    QJsonObject a;
    for (const QString& key : assessmentItems())
        a[key] = given.value(key).toInt(0);
    return a;
}

QJsonObject answersFor(RiskCode code)
{
    switch (code) {
    case RiskCode::Red:
        return answersWith({{QStringLiteral("harm"), 1}}); // floor red
    case RiskCode::Orange:
        return answersWith({{QStringLiteral("carer_unable"), 1},  // floor orange, 6 points
                            {QStringLiteral("frail_carer"), 1}}); // 10
    case RiskCode::Yellow:
        return answersWith({{QStringLiteral("frail_carer"), 1}, // 4
                            {QStringLiteral("hardship"), 1}});  // 6
    case RiskCode::Blue:
        break;
    }
    return answersWith({{QStringLiteral("hardship"), 1}}); // 2
}

QString answersText(const QJsonObject& answers)
{
    QStringList pairs;
    for (const QString& key : assessmentItems())
        if (answers.contains(key))
            pairs << key + u'=' + QString::number(answers.value(key).toInt());
    return pairs.join(u',');
}

FollowUp visit(const QString& familyId, const QDate& day, FollowUpKind kind, const QString& notes)
{
    FollowUp x;
    x.familyId = familyId;
    x.kind = kind;
    x.date = day;
    x.notes = notes;
    return x;
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

QString CaseFixture::addFamily(const QString& user, const QString& town, const QString& community,
                               const QString& address)
{
    NewFamily nf;
    nf.town = town;
    nf.community = community;
    nf.address = address;
    auto added = FamilyService(as(user)).add(nf);
    if (!added.ok()) {
        qWarning() << added.error().toString();
        return {};
    }
    return added->id;
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
