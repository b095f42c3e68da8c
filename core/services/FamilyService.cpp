#include "FamilyService.h"

#include "common/Clock.h"
#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"

#include <QRegularExpression>

namespace jiahu {

namespace {

constexpr char kDefaultFileNumberFormat[] = "{town}-{year}-{seq:5}";

struct SortSpec {
    const char* cursorName;
    const char* orderBy;
};

SortSpec sortSpec(FamilySort sort)
{
    switch (sort) {
    case FamilySort::FileNumber:
        return {"families.file_no", "f.file_no"};
    case FamilySort::NextDue:
        return {"families.next_due", "f.next_due, f.id"};
    case FamilySort::LastActivity:
        return {"families.activity", "f.last_activity_at DESC, f.id DESC"};
    case FamilySort::Town:
        return {"families.town", "f.town, f.risk_code DESC, f.last_activity_at DESC, f.id DESC"};
    case FamilySort::CodeActivity:
        break;
    }
    return {"families.code", "f.risk_code DESC, f.last_activity_at DESC, f.id DESC"};
}

QVariantList sortKey(FamilySort sort, const Family& f)
{
    switch (sort) {
    case FamilySort::FileNumber:
        return {f.fileNo};
    case FamilySort::NextDue:
        return {f.nextDue.isValid() ? QVariant(f.nextDue.toString(Qt::ISODate)) : QVariant(), f.id};
    case FamilySort::LastActivity:
        return {f.lastActivityAt, f.id};
    case FamilySort::Town:
        return {f.town, RiskCodes::stored(f.riskCode), f.lastActivityAt, f.id};
    case FamilySort::CodeActivity:
        break;
    }
    return {RiskCodes::stored(f.riskCode), f.lastActivityAt, f.id};
}

int sortArity(FamilySort sort)
{
    return int(sortKey(sort, Family{}).size());
}

/// The condition "after the row with this key" in the sort's order.
QByteArray afterCondition(FamilySort sort, const QVariantList& key, QVariantList& binds)
{
    switch (sort) {
    case FamilySort::FileNumber:
        binds << key[0];
        return "f.file_no > ?";
    case FamilySort::NextDue:
        // NULL (no due date yet) sorts first.
        if (key[0].isNull()) {
            binds << key[1];
            return "(f.next_due IS NOT NULL OR f.id > ?)";
        }
        binds << key[0] << key[1];
        return "(f.next_due, f.id) > (?, ?)";
    case FamilySort::LastActivity:
        binds << key[0] << key[1];
        return "(f.last_activity_at, f.id) < (?, ?)";
    case FamilySort::Town:
        binds << key[0] << key[0] << key[1] << key[2] << key[3];
        return "(f.town > ? OR (f.town = ? AND (f.risk_code, f.last_activity_at, f.id) < "
               "(?, ?, ?)))";
    case FamilySort::CodeActivity:
        break;
    }
    binds << key[0] << key[1] << key[2];
    return "(f.risk_code, f.last_activity_at, f.id) < (?, ?, ?)";
}

} // namespace

QString FamilyService::formatFileNumber(const QString& format, const QString& townCode, int year,
                                        int sequence)
{
    QString out = format;
    out.replace(QLatin1String("{town}"), townCode);
    out.replace(QLatin1String("{year}"), QString::number(year));
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::(\\d))?\\}"));
    const auto m = seq.match(out);
    if (m.hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')));
    }
    return out;
}

Result<QString> FamilyService::nextFileNumber(const QString& town)
{
    Database& db = m_s.db();
    auto code = fetchOne(
        db, "SELECT code FROM towns WHERE name = ?;", {town},
        [](const Statement& st) { return st.text(0); },
        tr("%1 is not a known town. An administrator adds towns with \"jiahu-cli town add\".")
            .arg(town));
    if (!code.ok())
        return code.error();
    auto pattern = MetaSettings(db).value(QStringLiteral("file_number_format"),
                                          QString::fromLatin1(kDefaultFileNumberFormat));
    if (!pattern.ok())
        return pattern.error();
    const int year = m_s.today().year();
    JIAHU_TRY(execute(db, "INSERT OR IGNORE INTO file_counters(town, year, last) VALUES (?, ?, 0);",
                      {town, year}));
    // A number already taken (e.g. arrived by sync) is skipped, never reused.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        JIAHU_TRY(execute(db,
                          "UPDATE file_counters SET last = last + 1 WHERE town = ? AND year = ?;",
                          {town, year}));
        auto last =
            fetchOne(db, "SELECT last FROM file_counters WHERE town = ? AND year = ?;",
                     {town, year}, [](const Statement& st) { return int(st.int64(0)); }, {});
        if (!last.ok())
            return last.error();
        const QString number = formatFileNumber(pattern.value(), code.value(), year, last.value());
        auto taken = exists(db, "SELECT 1 FROM families WHERE file_no = ?;", {number});
        if (!taken.ok())
            return taken.error();
        if (!taken.value())
            return number;
    }
    return makeError(ErrorCode::Internal, tr("No free file number was found."));
}

Result<QString> FamilyService::caseworkerIdByName(const QString& name)
{
    auto user = UserDirectory(m_s.db()).byName(name);
    if (!user.ok())
        return user.error();
    if (user->role != Role::Caseworker && user->role != Role::Supervisor)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not a caseworker or supervisor.").arg(name));
    return user->id;
}

Result<Family> FamilyService::add(const NewFamily& in)
{
    JIAHU_TRY(m_s.policy().requireTownInScope(in.town));
    JIAHU_TRY(TextRules::checkRequired(tr("Town"), in.town, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Community"), in.community, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Address"), in.address, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    for (const QString& school : in.schools)
        JIAHU_TRY(TextRules::checkRequired(tr("School"), school, TextRules::kShort));
    QString caseworkerId = m_s.user().id;
    if (!in.caseworkerName.isEmpty()) {
        auto id = caseworkerIdByName(in.caseworkerName);
        if (!id.ok())
            return id.error();
        caseworkerId = id.value();
    }
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto fileNo = nextFileNumber(in.town);
    if (!fileNo.ok())
        return fileNo.error();
    auto id = m_s.insert("families", {{"file_no", fileNo.value()},
                                      {"town", in.town},
                                      {"community", in.community},
                                      {"address", in.address},
                                      {"schools", in.schools.join(u'\n')},
                                      {"categories", in.categories},
                                      {"caseworker_id", caseworkerId},
                                      {"last_activity_at", 0}, // derived on commit
                                      {"notes", in.notes}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(
        m_s.audit(QStringLiteral("family.add"), QStringLiteral("family"), id.value(), id.value()));
    JIAHU_TRY(tx->commit());
    return find(id.value());
}

Result<Family> FamilyService::edit(const QString& key, const FamilyEdit& e)
{
    auto family = findWritable(key);
    if (!family.ok())
        return family.error();
    const Family& f = family.value();
    CaseSession::Fields fields;
    if (e.community && *e.community != f.community) {
        JIAHU_TRY(TextRules::check(tr("Community"), *e.community, TextRules::kShort));
        fields.append({"community", *e.community});
    }
    if (e.address && *e.address != f.address) {
        JIAHU_TRY(TextRules::check(tr("Address"), *e.address, TextRules::kLine));
        fields.append({"address", *e.address});
    }
    if (e.schools && *e.schools != f.schools) {
        for (const QString& school : *e.schools)
            JIAHU_TRY(TextRules::checkRequired(tr("School"), school, TextRules::kShort));
        fields.append({"schools", e.schools->join(u'\n')});
    }
    if (e.categories && *e.categories != f.categories) {
        if (*e.categories < 0 || *e.categories >= (1 << 7))
            return makeError(ErrorCode::InvalidArgument, tr("Unknown family category."));
        fields.append({"categories", *e.categories});
    }
    if (e.notes && *e.notes != f.notes) {
        JIAHU_TRY(TextRules::check(tr("Notes"), *e.notes, TextRules::kNote, true));
        fields.append({"notes", *e.notes});
    }
    bool reassigned = false;
    if (e.caseworkerName) {
        auto id = caseworkerIdByName(*e.caseworkerName);
        if (!id.ok())
            return id.error();
        if (id.value() != f.caseworkerId) {
            JIAHU_TRY(m_s.policy().requireSupervisor());
            fields.append({"caseworker_id", id.value()});
            reassigned = true;
        }
    }
    if (fields.isEmpty())
        return f;
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("families", f.id, f.id, fields));
    const bool onlyReassigned = reassigned && fields.size() == 1;
    JIAHU_TRY(
        m_s.audit(onlyReassigned ? QStringLiteral("family.assign") : QStringLiteral("family.edit"),
                  QStringLiteral("family"), f.id, f.id));
    JIAHU_TRY(tx->commit());
    return find(f.id);
}

Status FamilyService::assign(const QString& key, const QString& caseworkerName)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    FamilyEdit e;
    e.caseworkerName = caseworkerName;
    auto edited = edit(key, e);
    if (!edited.ok())
        return edited.error();
    return {};
}

Result<Family> FamilyService::find(const QString& key)
{
    const AccessPolicy& policy = m_s.policy();
    JIAHU_TRY(policy.requireFamilyReader());
    QVariantList binds{key, key};
    const QByteArray filter = policy.familyFilter(m_s.user().id, binds);
    auto family = fetchOne(
        m_s.db(),
        records::familySelect() +
            "WHERE (f.id = ? OR f.file_no = ?) AND f.deleted_at IS NULL AND " + filter + ";",
        binds, records::readFamily, tr("No family file %1 was found in your scope.").arg(key));
    if (family.ok())
        policy.redact(family.value());
    return family;
}

Result<Family> FamilyService::findFull(const QString& key)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    return find(key);
}

Result<Family> FamilyService::findWritable(const QString& key)
{
    auto family = findFull(key);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(requireOpen(family.value()));
    return family;
}

Status FamilyService::requireOpen(const Family& family)
{
    if (family.status != FamilyStatus::Open)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Family file %1 is %2: it is read-only until a supervisor reopens it.")
                             .arg(family.fileNo, CaseVocabulary::displayName(family.status)));
    return {};
}

QByteArray FamilyService::where(const FamilyQuery& q, const AccessPolicy& policy,
                                QVariantList& binds, bool forCount)
{
    const QByteArray status = forCount ? "f.status" : "+f.status";
    QByteArray where =
        "WHERE f.deleted_at IS NULL AND " + policy.familyFilter(m_s.user().id, binds);
    if (!q.town.isEmpty()) {
        where += " AND f.town = ?";
        binds << q.town;
    }
    if (!q.community.isEmpty()) {
        where += " AND f.community = ?";
        binds << q.community;
    }
    if (q.uncodedOnly) {
        where += " AND f.risk_code = 0";
    } else if (!q.codes.isEmpty()) {
        QByteArray marks;
        for (RiskCode c : q.codes) {
            marks += marks.isEmpty() ? "?" : ", ?";
            binds << RiskCodes::severity(c);
        }
        where += " AND f.risk_code IN (" + marks + ")";
    }
    if (q.anyCategories) {
        where += " AND (f.categories & ?) <> 0";
        binds << q.anyCategories;
    }
    if (q.status) {
        where += " AND " + status + " = ?";
        binds << CaseVocabulary::id(*q.status);
    }
    if (q.mineOnly) {
        where += " AND f.caseworker_id = ?";
        binds << m_s.user().id;
    }
    if (!q.caseworkerId.isEmpty()) {
        where += " AND f.caseworker_id = ?";
        binds << q.caseworkerId;
    }
    if (q.overdueOnly) {
        where += " AND " + status + " = 'open' AND f.next_due < ?";
        binds << isoDate(m_s.today());
    }
    return where;
}

Result<Page<Family>> FamilyService::list(const FamilyQuery& q)
{
    const AccessPolicy& policy = m_s.policy(); // current as of this call
    JIAHU_TRY(policy.requireFamilyReader());
    const SortSpec sort = sortSpec(q.sort);
    QVariantList binds;
    QByteArray sql = records::familySelect() + where(q, policy, binds, false);
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(sort.cursorName, q.after, sortArity(q.sort));
        if (!key.ok())
            return key.error();
        sql += " AND " + afterCondition(q.sort, key.value(), binds);
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(), sql + " ORDER BY " + sort.orderBy + " LIMIT ?;", binds,
                         records::readFamily);
    if (!rows.ok())
        return rows.error();
    for (Family& f : rows.value())
        policy.redact(f);
    return makePage(std::move(rows.value()), limit, sort.cursorName,
                    [&](const Family& f) { return sortKey(q.sort, f); });
}

Result<qint64> FamilyService::count(const FamilyQuery& q)
{
    const AccessPolicy& policy = m_s.policy();
    JIAHU_TRY(policy.requireFamilyReader());
    QVariantList binds;
    const QByteArray sql = "SELECT count(*) FROM families f " + where(q, policy, binds, true) + ";";
    return fetchOne(m_s.db(), sql, binds, [](const Statement& st) { return st.int64(0); }, {});
}

Result<Family> FamilyService::recordOpening(const QString& key, const QString& reason)
{
    JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kLine));
    auto family = find(key);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("family.open"), QStringLiteral("family"), family->id,
                        family->id, reason));
    m_s.openedFiles().insert(family->id);
    return family;
}

Result<FamilyFile> FamilyService::open(const QString& key, const QString& reason)
{
    auto family = recordOpening(key, reason);
    if (!family.ok())
        return family.error();
    return load(family.value());
}

Result<FamilyFile> FamilyService::reload(const QString& familyId)
{
    if (!m_s.openedFiles().contains(familyId))
        return makeError(ErrorCode::PermissionDenied,
                         tr("The family file is not open; open it first."));
    // The user may have lost access since (a scope change, a transfer): find() checks again.
    auto family = find(familyId);
    if (!family.ok())
        return family.error();
    return load(family.value());
}

void FamilyService::closeFile(const QString& familyId)
{
    m_s.openedFiles().remove(familyId);
}

Result<Page<AuditEntry>> FamilyService::auditTrail(const QString& key, const QString& after,
                                                   int limit)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    auto family = findFull(key);
    if (!family.ok())
        return family.error();
    AuditFilter filter;
    filter.familyId = family->id;
    filter.newestFirst = true;
    filter.after = after;
    filter.limit = PageCursor::clampLimit(limit);
    // Every entry is of this family, whose file the reader may read: every reason is shown.
    return AuditLog(m_s.db()).list(filter);
}

Result<QList<Family>> FamilyService::recentlyOpened(int limit)
{
    JIAHU_TRY(m_s.policy().requireFamilyReader());
    limit = std::clamp(limit, 1, 100);
    // The user's latest openings (on the audit_by_user index), a bounded number of them, so the
    // cost does not grow with the log; a family out of scope by now is left out.
    auto ids = fetchAll(
        m_s.db(),
        "SELECT family_id FROM (SELECT family_id, seq FROM audit_log WHERE user_name = ? AND "
        "user_id = ? AND action = 'family.open' AND family_id <> '' ORDER BY at DESC, seq DESC "
        "LIMIT 1000) "
        "GROUP BY family_id ORDER BY max(seq) DESC LIMIT ?;",
        {m_s.user().name, m_s.user().id, limit + 20},
        [](const Statement& st) { return st.text(0); });
    if (!ids.ok())
        return ids.error();
    QList<Family> out;
    for (const QString& id : ids.value()) {
        auto family = find(id);
        if (family.ok())
            out.append(family.value());
        else if (family.error().code != ErrorCode::NotFound)
            return family.error();
        if (out.size() >= limit)
            break;
    }
    return out;
}

Result<FamilyFile> FamilyService::load(const Family& family)
{
    Database& db = m_s.db();
    const QString id = family.id;
    FamilyFile file;
    file.family = family;
    auto fill = [&](auto& target, const char* select, const QByteArray& tail, QVariantList binds,
                    auto read) -> Status {
        auto rows = fetchAll(db, QByteArray(select) + tail, binds, read);
        if (!rows.ok())
            return rows.error();
        target = std::move(rows.value());
        return {};
    };
    if (!m_s.policy().readsFullFiles()) {
        // A counselor: the children of their school and the follow-ups about them.
        file.partial = true;
        JIAHU_TRY(fill(file.people, records::kPersonSelect,
                       "WHERE family_id = ? AND deleted_at IS NULL AND member_role = 'child' AND "
                       "school IN (SELECT value FROM user_scopes WHERE user_id = ? AND "
                       "kind = 'school') ORDER BY created_at;",
                       {id, m_s.user().id}, records::readPerson));
        JIAHU_TRY(
            fill(file.followUps, records::kFollowUpSelect,
                 "WHERE x.family_id = ? AND x.person_id IN (SELECT p.id FROM people p "
                 "WHERE p.family_id = ? AND p.member_role = 'child' AND p.school IN (SELECT value "
                 "FROM user_scopes WHERE user_id = ? AND kind = 'school')) "
                 "ORDER BY x.visit_date DESC, x.hlc DESC;",
                 {id, id, m_s.user().id}, records::readFollowUp));
        return file;
    }
    JIAHU_TRY(fill(file.people, records::kPersonSelect,
                   "WHERE family_id = ? AND deleted_at IS NULL ORDER BY CASE member_role "
                   "WHEN 'child' THEN 0 WHEN 'guardian' THEN 1 ELSE 2 END, created_at;",
                   {id}, records::readPerson));
    JIAHU_TRY(fill(file.riskHistory, records::kRiskEventSelect,
                   "WHERE e.family_id = ? ORDER BY e.hlc;", {id}, records::readRiskEvent));
    JIAHU_TRY(fill(file.assessments, records::kAssessmentSelect,
                   "WHERE a.family_id = ? ORDER BY a.created_at DESC, a.hlc DESC;", {id},
                   records::readAssessment));
    JIAHU_TRY(fill(file.plans, records::kPlanSelect,
                   "WHERE p.family_id = ? AND p.deleted_at IS NULL ORDER BY p.created_at;", {id},
                   records::readPlan));
    QList<PlanAction> actions;
    JIAHU_TRY(fill(actions, records::kActionSelect,
                   "WHERE family_id = ? AND deleted_at IS NULL ORDER BY due_date, created_at;",
                   {id}, records::readAction));
    for (Plan& plan : file.plans)
        for (const PlanAction& a : actions)
            if (a.planId == plan.id)
                plan.actions.append(a);
    JIAHU_TRY(fill(file.guidance, records::kGuidanceSelect,
                   "WHERE family_id = ? ORDER BY session_date DESC;", {id}, records::readGuidance));
    JIAHU_TRY(fill(file.followUps, records::kFollowUpSelect,
                   "WHERE x.family_id = ? ORDER BY x.visit_date DESC, x.hlc DESC;", {id},
                   records::readFollowUp));
    JIAHU_TRY(fill(file.referrals, records::kReferralSelect,
                   "WHERE r.family_id = ? AND r.deleted_at IS NULL ORDER BY r.created_at;", {id},
                   records::readReferral));
    QList<std::pair<QString, ReferralEvent>> events;
    JIAHU_TRY(fill(
        events, records::kReferralEventSelect, "WHERE e.family_id = ? ORDER BY e.hlc;", {id},
        [](const Statement& st) { return std::pair(st.text(5), records::readReferralEvent(st)); }));
    for (Referral& r : file.referrals)
        for (const auto& [referralId, event] : events)
            if (referralId == r.id)
                r.events.append(event);
    JIAHU_TRY(fill(file.attachments, records::kAttachmentSelect,
                   "WHERE family_id = ? AND deleted_at IS NULL ORDER BY created_at;", {id},
                   records::readAttachment));
    return file;
}

Status FamilyService::setStatus(const QString& key, FamilyStatus status, const QString& reason)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    JIAHU_TRY(TextRules::checkRequired(tr("Reason"), reason, TextRules::kLine));
    auto family = findFull(key);
    if (!family.ok())
        return family.error();
    if (family->status == status)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The family file is already %1.").arg(CaseVocabulary::displayName(status)));
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("families", family->id, family->id,
                         {{"status", CaseVocabulary::id(status)}, {"status_reason", reason}}));
    JIAHU_TRY(m_s.audit(QStringLiteral("family.") + CaseVocabulary::id(status),
                        QStringLiteral("family"), family->id, family->id, reason));
    return tx->commit();
}

} // namespace jiahu
