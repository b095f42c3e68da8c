#pragma once

#include "domain/CaseRecords.h"
#include "services/CaseSession.h"
#include "services/Vault.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace jiahu::test {

/// The item keys of the default assessment template, in its order.
QStringList assessmentItems();
/// An answer to every item of the default template: 0, or the value `given` has for it.
QJsonObject answersWith(const QJsonObject& given);
/// Answers to the default assessment template that make it suggest `code`.
QJsonObject answersFor(RiskCode code);
/// `answers` as jiahu-cli's --answers takes them: "harm=0,no_carer=1,...", in template order
/// (items missing from `answers` are left out).
QString answersText(const QJsonObject& answers);

/// A follow-up of `familyId` on `day`, ready for FollowUpService::add.
FollowUp visit(const QString& familyId, const QDate& day,
               FollowUpKind kind = FollowUpKind::HomeVisit,
               const QString& notes = QStringLiteral("入户走访"));

/// A database with towns, users of every role and their scopes, and a clock the test controls,
/// for the case-record services:
///   admin (administrator), worker (caseworker, 白市驿镇), worker2 (caseworker, 含谷镇),
///   boss and boss2 (supervisors, 白市驿镇), counselor (白市驿小学), liaison (九龙坡区人民检察院).
class CaseFixture {
public:
    static inline const QString kTownA = QStringLiteral("白市驿镇");
    static inline const QString kTownB = QStringLiteral("含谷镇");
    static inline const QString kSchool = QStringLiteral("白市驿小学");
    static inline const QString kAgency = QStringLiteral("九龙坡区人民检察院");

    /// Builds everything; check ok() (QVERIFY) before use.
    CaseFixture();
    bool ok() const { return m_ok; }

    /// A session for the named user, sharing the database and the fake clock.
    CaseSession& as(const QString& userName);
    Database& db() { return m_vault->database(); }
    /// A second, separately unlocked Vault of the same database, signed in as `userName` (for a
    /// Workspace, which takes ownership of its Vault).
    std::unique_ptr<Vault> unlock(const QString& userName);
    /// Closes the fixture's own connection and sessions (so another owner has the database to
    /// itself); db(), vault() and as() are unusable afterwards.
    void closeOwnConnection()
    {
        m_sessions.clear();
        m_vault.reset();
    }
    Vault& vault() { return *m_vault; }
    /// A family file in `town`, added by `user` (a caseworker or supervisor of that town) with
    /// the community and address given; its id, or an empty string (with a warning) on failure.
    QString addFamily(const QString& user = QStringLiteral("worker"), const QString& town = kTownA,
                      const QString& community = {}, const QString& address = {});
    QString path() const { return m_dir.filePath(QStringLiteral("case.jiahu")); }

    /// The fake clock (UTC ms); starts at 2026-03-02 10:00 local time.
    qint64 now = 0;
    void advanceDays(int days) { now += qint64(days) * 24 * 60 * 60 * 1000; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QHash<QString, UserAccount> m_users;
    QHash<QString, std::shared_ptr<CaseSession>> m_sessions;
    bool m_ok = false;
};

} // namespace jiahu::test
