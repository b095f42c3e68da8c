#include "DemoGenerator.h"

#include "common/Uuid7.h"
#include "domain/AssessmentTemplate.h"
#include "domain/CaseVocabulary.h"
#include "domain/IdentityNumber.h"
#include "domain/RiskCode.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "services/ReferenceData.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"
#include "sync/HybridClock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <random>

namespace jiahu {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct Town {
    const char* name;
    const char* code;
};
constexpr Town kTowns[] = {{"白市驿镇", "BSY"},  {"含谷镇", "HG"},   {"金凤镇", "JF"},
                           {"巴福镇", "BF"},     {"石板镇", "SB"},   {"走马镇", "ZM"},
                           {"曾家镇", "ZJ"},     {"西永街道", "XY"}, {"虎溪街道", "HX"},
                           {"香炉山街道", "XLS"}};
constexpr const char* kAgencies[] = {
    "重庆高新区妇女联合会", "高新区公共服务局",   "高新区团工委",    "高新区综合执法局",
    "高新区公安分局",       "九龙坡区人民检察院", "沙坪坝区人民法院"};
constexpr const char* kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
    "吕", "丁", "任", "沈", "姚", "卢", "谭", "陆", "汪", "范", "廖", "贾", "夏", "付", "熊",
    "秦", "邱", "江", "雷", "龙", "陶", "贺", "毛", "龚", "万", "向", "汤", "冉", "游", "喻"};
constexpr const char* kGiven[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "英", "华", "玉", "萍", "红", "鹏", "辉", "林", "宇",
    "浩", "轩", "梓", "涵", "欣", "怡", "子", "诗", "雨", "嘉", "晨", "思", "博", "文", "佳",
    "梦", "可", "昊", "睿", "泽", "俊", "逸", "晓", "宁", "婷", "雪", "琪", "瑶", "然", "阳"};
constexpr const char* kVillages[] = {"新桥", "石院", "堰坪", "青龙", "双河", "白马", "龙井",
                                     "新街", "黄桥", "古佛", "金龙", "松林", "大石", "凤鸣"};
constexpr const char* kHomeVisit[] = {"入户走访，孩子在家，监护人照料尚可，家中卫生状况有所改善。",
                                      "入户走访，祖辈年老体弱，孩子饮食起居需要社区协助。",
                                      "入户走访，监护人饮酒问题仍存在，已再次告知监护责任。",
                                      "入户走访，孩子情绪稳定，作业能按时完成。",
                                      "入户走访，家庭矛盾缓和，父母按时参加家长夜校。",
                                      "入户走访，孩子有辍学倾向，已联系学校共同劝返。",
                                      "入户走访，已协调民政部门申请临时救助，家庭经济压力减轻。"};
constexpr const char* kPhone[] = {"电话回访监护人，了解孩子近期学习和生活情况，总体平稳。",
                                  "电话回访外出务工的父亲，约定每周与孩子视频通话。",
                                  "电话回访，监护人未接听，次日再次联系后确认孩子安全。",
                                  "电话回访，监护人反映孩子沉迷手机，已给出家庭教育建议。"};
constexpr const char* kSchool[] = {"与班主任沟通，孩子出勤正常，成绩有所提高。",
                                   "与学校德育处沟通，孩子近期与同学发生冲突，学校已介入疏导。",
                                   "与班主任沟通，孩子多次迟到，学校将加强家校联系。"};
constexpr const char* kPsych[] = {"心理体检：情绪状态良好，无明显异常。",
                                  "心理体检：存在焦虑情绪，建议每月一次心理辅导。",
                                  "心理体检：自我评价偏低，已安排心理老师跟进。"};
constexpr const char* kFindings[] = {"未发现新的风险因素。", "风险有所降低。",
                                     "发现新的风险因素，需加强回访。", "监护状况稳定。"};
constexpr const char* kTopics[] = {"科学育儿与亲子沟通", "监护人法定职责", "儿童心理健康",
                                   "家庭安全与防欺凌", "学习习惯培养"};

struct Rng {
    std::mt19937_64 g;
    quint64 next() { return g(); }
    int below(int n) { return int(g() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
};

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Writes rows of one table through the session's write path, with the stamps this run mints
/// (so derived data, the outbox and change events are exactly what the services would make).
class Writer {
public:
    Writer(CaseSession& session, const char* table, QList<QByteArray> columns)
        : m_s(session), m_table(table), m_columns(std::move(columns))
    {
    }
    Status row(const RowStamp& stamp, const QVariantList& values)
    {
        CaseSession::Fields fields;
        fields.reserve(m_columns.size());
        for (int i = 0; i < m_columns.size(); ++i)
            fields.append({m_columns[i], values.value(i)});
        auto id = m_s.insert(m_table, fields, stamp);
        if (!id.ok())
            return id.error();
        return {};
    }

private:
    CaseSession& m_s;
    QByteArray m_table;
    QList<QByteArray> m_columns;
};

class Generation {
public:
    Generation(CaseSession& session, const DemoGenerator::Options& options)
        : m_s(session), m_db(session.db()), m_options(options), m_today(session.today()),
          m_families(m_s, "families",
                     {"file_no", "town", "community", "address", "schools", "categories", "status",
                      "caseworker_id", "last_activity_at"}),
          m_people(m_s, "people",
                   {"family_id", "member_role", "name", "gender", "birth_date", "id_number",
                    "phone", "school", "grade", "relationship"}),
          m_assessments(m_s, "assessments",
                        {"family_id", "template_id", "template_version", "answers", "score",
                         "suggested_code", "confirmed_code", "notes"}),
          m_risk(m_s, "risk_events",
                 {"family_id", "kind", "code", "previous_code", "decides", "assessment_id",
                  "reason", "next_due"}),
          m_plans(m_s, "plans",
                  {"family_id", "kind", "title", "goals", "status", "approved_by", "approved_at"}),
          m_actions(
              m_s, "plan_actions",
              {"plan_id", "family_id", "description", "agency", "owner", "due_date", "status"}),
          m_referrals(m_s, "referrals",
                      {"family_id", "agency", "request", "reason", "legal_basis", "problems",
                       "required_actions", "frequency", "duration", "provider", "venue",
                       "served_how", "required_hours", "response", "outcome", "status"}),
          m_referralEvents(m_s, "referral_events", {"referral_id", "family_id", "status", "note"}),
          m_guidance(m_s, "guidance_sessions",
                     {"family_id", "guardian_id", "referral_id", "session_date", "hours", "topic",
                      "provider"}),
          m_followUps(
              m_s, "follow_ups",
              {"family_id", "person_id", "kind", "visit_date", "notes", "findings", "next_due"})
    {
        m_rng.g.seed(options.seed);
        m_runStartMs = session.nowMs();
    }

    Result<DemoGenerator::Counts> run(const DemoGenerator::Progress& progress);

private:
    struct Stamp {
        QString id;
        qint64 ms;
        QString hlc;
    };
    /// created_at is the record's day in the case history (office hours, China time, never
    /// after now), and so is its HLC: the history is replayed in its own order, so the derived
    /// code, due date and last activity come out as the story tells. The id is minted by this
    /// run, as an import would, in the order rows are written, so index inserts append instead
    /// of landing at random places.
    Stamp stamp(const QDate& day)
    {
        const QDateTime t(day, QTime(8, 0).addSecs(m_rng.below(10 * 3600)),
                          QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        const qint64 ms = std::min(t.toMSecsSinceEpoch(), m_runStartMs - 1000);
        const qint64 minted = m_runStartMs + m_counter / 64;
        const QString id =
            createUuid7(minted, m_rng.next(), m_rng.next()).toString(QUuid::WithoutBraces);
        return {id, ms, Hlc{ms, m_counter++, m_node}.toString()};
    }
    static RowStamp rs(const Stamp& st, const QString& by)
    {
        return {st.id, st.ms, st.ms, by, st.hlc};
    }
    QString name(bool twoChars)
    {
        QString n = s(m_rng.pick(kSurnames)) + s(m_rng.pick(kGiven));
        if (twoChars)
            n += s(m_rng.pick(kGiven));
        return n;
    }
    QString identityNumber(const QDate& birth, bool male)
    {
        for (;;) {
            const int seq = 900 + m_rng.below(50) * 2 + (male ? 1 : 0);
            const QString n = DemoGenerator::demoIdentityNumber(birth, seq);
            if (!m_usedNumbers.contains(n)) {
                m_usedNumbers.insert(n);
                return n;
            }
        }
    }
    int cadenceOf(RiskCode code) const { return m_cadence.days(code); }
    QString phone()
    {
        return QStringLiteral("100%1").arg(m_rng.next() % 100000000ULL, 8, 10, QLatin1Char('0'));
    }
    QDate dateBetween(const QDate& from, const QDate& to)
    {
        const qint64 span = std::max<qint64>(0, from.daysTo(to));
        return from.addDays(span ? m_rng.below(int(span) + 1) : 0);
    }

    Status prepare();
    Status family(int index, DemoGenerator::Counts& counts);
    Result<QString> assessment(const QString& familyId, const QDate& day, RiskCode target,
                               const QString& by);

    CaseSession& m_s;
    Database& m_db;
    DemoGenerator::Options m_options;
    QDate m_today;
    Rng m_rng;
    quint32 m_counter = 0;
    qint64 m_runStartMs = 0;
    QString m_node = QStringLiteral("demo");
    QSet<QString> m_usedNumbers;
    QStringList m_workers;
    QStringList m_supervisors;
    AssessmentTemplate m_template;
    QHash<QString, int> m_fileSeq;
    FollowUpCadence m_cadence;
    Writer m_families, m_people, m_assessments, m_risk, m_plans, m_actions, m_referrals,
        m_referralEvents, m_guidance, m_followUps;
};

Status Generation::prepare()
{
    auto cadence = ReferenceData::cadence(m_db);
    if (!cadence.ok())
        return cadence.error();
    m_cadence = cadence.value();
    auto insertTown = m_db.prepare("INSERT OR IGNORE INTO towns(name, code) VALUES (?, ?);");
    if (!insertTown.ok())
        return insertTown.error();
    for (const Town& t : kTowns)
        JIAHU_TRY(insertTown->bindAll(s(t.name), QString::fromLatin1(t.code)).exec());
    auto users = UserDirectory(m_db).all();
    if (!users.ok())
        return users.error();
    for (const UserAccount& u : users.value()) {
        if (u.role == Role::Caseworker)
            m_workers << u.id;
        else if (u.role == Role::Supervisor)
            m_supervisors << u.id;
    }
    if (m_workers.isEmpty())
        m_workers << m_s.user().id;
    if (m_supervisors.isEmpty())
        m_supervisors << m_s.user().id;
    auto tpl = fetchOne(
        m_db, "SELECT id, definition FROM assessment_templates WHERE is_default = 1 LIMIT 1;", {},
        [](const Statement& st) { return std::pair(st.text(0), st.text(1)); },
        DemoGenerator::tr("No default assessment template is set."));
    if (!tpl.ok())
        return tpl.error();
    auto parsed = AssessmentTemplate::fromJson(tpl->second.toUtf8());
    if (!parsed.ok())
        return parsed.error();
    m_template = parsed.value();
    m_template.id = tpl->first;
    return {};
}

Result<QString> Generation::assessment(const QString& familyId, const QDate& day, RiskCode target,
                                       const QString& by)
{
    // Answers drawn until the template suggests the target code (a few tries at most).
    QJsonObject answers;
    AssessmentTemplate::Outcome outcome;
    for (int attempt = 0; attempt < 200; ++attempt) {
        answers = {};
        const int intensity = RiskCodes::severity(target);
        for (const auto& item : m_template.items) {
            int v = 0;
            if (item.floor)
                v = RiskCodes::severity(*item.floor) <= intensity && m_rng.chance(35) ? 1 : 0;
            else
                v = m_rng.below(item.max + 1) * (m_rng.chance(20 * intensity) ? 1 : 0);
            answers.insert(item.key, v);
        }
        auto scored = m_template.score(answers);
        if (scored.ok() && scored->suggested == target) {
            outcome = scored.value();
            break;
        }
    }
    const Stamp st = stamp(day);
    JIAHU_TRY(m_assessments.row(
        rs(st, by),
        QVariantList{familyId, m_template.id, m_template.version,
                     QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)),
                     outcome.score, RiskCodes::severity(target), RiskCodes::severity(target),
                     s(m_rng.pick(kFindings))}));
    return st.id;
}

Status Generation::family(int index, DemoGenerator::Counts& counts)
{
    const Town& town = m_rng.pick(kTowns);
    const QString townName = s(town.name);
    const QString worker = m_workers[m_rng.below(int(m_workers.size()))];
    const QString supervisor = m_supervisors[m_rng.below(int(m_supervisors.size()))];
    // Files opened over the last ~3 years in order, a few a day.
    const QDate opened =
        m_today.addDays(-1030 + qint64(index) * 1000 / std::max(1, m_options.families));
    const int roll = m_rng.below(100);
    const RiskCode code = roll < 5    ? RiskCode::Red
                          : roll < 20 ? RiskCode::Orange
                          : roll < 55 ? RiskCode::Yellow
                                      : RiskCode::Blue;
    // About a third of the less severe families started higher and were downgraded.
    const bool downgraded = code != RiskCode::Red && m_rng.chance(35);
    const RiskCode initial = downgraded ? RiskCode(RiskCodes::severity(code) + 1) : code;

    int categories = CaseVocabulary::categoryBit(FamilyCategory(m_rng.below(7)));
    if (m_rng.chance(40))
        categories |= CaseVocabulary::categoryBit(FamilyCategory(m_rng.below(7)));
    const bool grandparents = categories & CaseVocabulary::categoryBit(FamilyCategory::Grandparent);
    const QString village = s(m_rng.pick(kVillages));
    const QString community = village + (m_rng.chance(50) ? s("村") : s("社区"));
    const QString schoolBase =
        townName.left(townName.size() - (townName.endsWith(s("街道")) ? 2 : 1));

    // Children first: their ages decide their schools, which the family file links.
    struct Child {
        bool male;
        QDate birth;
        QString name, school, grade;
    };
    QList<Child> kids;
    QStringList schools;
    const QString surname = s(m_rng.pick(kSurnames));
    const int children = 1 + (m_rng.chance(35) ? 1 : 0);
    for (int c = 0; c < children; ++c) {
        Child k;
        k.male = m_rng.chance(52);
        k.birth = m_today.addDays(-(3 * 365 + m_rng.below(14 * 365)));
        const int age = int(k.birth.daysTo(m_today) / 365);
        k.name = surname + s(m_rng.pick(kGiven)) +
                 (m_rng.chance(75) ? s(m_rng.pick(kGiven)) : QString());
        if (age >= 6 && age < 12) {
            k.school = schoolBase + s("小学");
            k.grade = QString::number(age - 5) + s("年级");
        } else if (age >= 12) {
            static const char* const kSecondary[] = {"初一", "初二", "初三",
                                                     "高一", "高二", "高三"};
            k.school = schoolBase + s("中学");
            k.grade = s(kSecondary[std::min(age - 12, 5)]);
        }
        if (!k.school.isEmpty() && !schools.contains(k.school))
            schools << k.school;
        kids << k;
    }
    const int year = opened.year();
    const QString fileNo =
        QStringLiteral("%1-%2-%3")
            .arg(QString::fromLatin1(town.code))
            .arg(year)
            .arg(++m_fileSeq[QString::fromLatin1(town.code) + QString::number(year)], 5, 10,
                 QLatin1Char('0'));

    const Stamp fam = stamp(opened);
    const QString familyId = fam.id;

    // Follow-ups: 4 to 16, spread from opening to recently; some families are overdue.
    const int cadence = cadenceOf(code);
    const bool overdue = m_rng.chance(15);
    // Never before the file was opened (a recent file is less overdue).
    const QDate lastVisit =
        std::max(opened, overdue ? m_today.addDays(-cadence - 1 - m_rng.below(30))
                                 : m_today.addDays(-m_rng.below(cadence)));
    const QDate nextDue = lastVisit.addDays(cadence);
    JIAHU_TRY(m_families.row(
        rs(fam, worker),
        QVariantList{fileNo, townName, community,
                     village + s("组") + QString::number(1 + m_rng.below(12)) + s("号"),
                     schools.join(u'\n'), categories, QStringLiteral("open"), worker,
                     0 /* derived on commit */}));
    ++counts.families;

    // People: the children, then one or two guardians. A child is named as what they are to
    // the guardians (grandchildren in a grandparent-raised family).
    auto childRelation = [&](bool male) {
        if (grandparents)
            return male ? s("孙子") : s("孙女");
        return male ? s("儿子") : s("女儿");
    };
    QStringList childIds;
    QStringList guardianIds;
    for (const Child& k : kids) {
        const Stamp st = stamp(opened);
        JIAHU_TRY(m_people.row(
            rs(st, worker), QVariantList{familyId, QStringLiteral("child"), k.name,
                                         k.male ? QStringLiteral("male") : QStringLiteral("female"),
                                         k.birth, identityNumber(k.birth, k.male), QString(),
                                         k.school, k.grade, childRelation(k.male)}));
        childIds << st.id;
        ++counts.people;
    }
    const int guardians = 1 + (m_rng.chance(45) ? 1 : 0);
    // A second guardian is the other parent or grandparent; a father or (paternal) grandfather
    // shares the children's surname.
    bool firstMale = false;
    for (int g = 0; g < guardians; ++g) {
        const bool male = g == 0 ? (firstMale = m_rng.chance(40)) : !firstMale;
        const QDate birth =
            m_today.addDays(-((grandparents ? 58 : 28) * 365 + m_rng.below(15 * 365)));
        const Stamp st = stamp(opened);
        const QString relation =
            grandparents ? (male ? s("祖父") : s("祖母")) : (male ? s("父亲") : s("母亲"));
        JIAHU_TRY(m_people.row(
            rs(st, worker),
            QVariantList{familyId, QStringLiteral("guardian"),
                         (male ? surname : s(m_rng.pick(kSurnames))) + s(m_rng.pick(kGiven)) +
                             (m_rng.chance(60) ? s(m_rng.pick(kGiven)) : QString()),
                         male ? QStringLiteral("male") : QStringLiteral("female"), birth,
                         identityNumber(birth, male), phone(), QString(), QString(), relation}));
        guardianIds << st.id;
        ++counts.people;
    }

    // Assessment and code history.
    auto first = assessment(familyId, opened, initial, worker);
    if (!first.ok())
        return first.error();
    ++counts.assessments;
    {
        const Stamp st = stamp(opened);
        JIAHU_TRY(m_risk.row(rs(st, worker),
                             QVariantList{familyId, QStringLiteral("set"),
                                          RiskCodes::severity(initial), 0, QVariant(),
                                          first.value(), QString() /* said by the assessment */,
                                          opened.addDays(cadenceOf(initial))}));
        ++counts.riskEvents;
    }
    if (downgraded) {
        const QDate reassessed = dateBetween(opened.addDays(20), m_today.addDays(-10));
        auto again = assessment(familyId, reassessed, code, worker);
        if (!again.ok())
            return again.error();
        ++counts.assessments;
        const Stamp proposal = stamp(reassessed);
        JIAHU_TRY(
            m_risk.row(rs(proposal, worker),
                       QVariantList{familyId, QStringLiteral("propose"), RiskCodes::severity(code),
                                    RiskCodes::severity(initial), QVariant(), again.value(),
                                    s("经指导后复评，监护状况改善，申请降码"), QVariant()}));
        const QDate decidedOn = reassessed.addDays(1 + m_rng.below(5));
        const Stamp decision = stamp(decidedOn);
        JIAHU_TRY(
            m_risk.row(rs(decision, supervisor),
                       QVariantList{familyId, QStringLiteral("approve"), RiskCodes::severity(code),
                                    RiskCodes::severity(initial), proposal.id, again.value(),
                                    s("同意降码"), decidedOn.addDays(cadence)}));
        counts.riskEvents += 2;
    }

    // Follow-ups.
    const int visits = 4 + m_rng.below(13);
    QDate day = opened;
    const qint64 span = std::max<qint64>(1, opened.daysTo(lastVisit));
    for (int v = 0; v < visits; ++v) {
        day = v == visits - 1 ? lastVisit : opened.addDays(span * (v + 1) / visits);
        const int k = m_rng.below(10);
        const FollowUpKind kind = k < 4   ? FollowUpKind::HomeVisit
                                  : k < 7 ? FollowUpKind::Phone
                                  : k < 9 ? FollowUpKind::School
                                          : FollowUpKind::PsychCheck;
        const QString note = kind == FollowUpKind::HomeVisit ? s(m_rng.pick(kHomeVisit))
                             : kind == FollowUpKind::Phone   ? s(m_rng.pick(kPhone))
                             : kind == FollowUpKind::School  ? s(m_rng.pick(kSchool))
                                                             : s(m_rng.pick(kPsych));
        const Stamp st = stamp(day);
        JIAHU_TRY(m_followUps.row(
            rs(st, worker),
            QVariantList{familyId,
                         kind == FollowUpKind::HomeVisit || kind == FollowUpKind::Phone
                             ? QVariant()
                             : QVariant(childIds[m_rng.below(int(childIds.size()))]),
                         CaseVocabulary::id(kind), day, note, s(m_rng.pick(kFindings)),
                         v == visits - 1 ? nextDue : day.addDays(cadence)}));
        ++counts.followUps;
    }

    // Referrals: most families one, some two.
    const int referrals = m_rng.chance(75) ? (m_rng.chance(25) ? 2 : 1) : 0;
    for (int r = 0; r < referrals; ++r) {
        const int kindRoll = m_rng.below(100);
        const ReferralRequest request = kindRoll < 15   ? ReferralRequest::SupervisionOrder
                                        : kindRoll < 30 ? ReferralRequest::GuidanceOrder
                                        : kindRoll < 40 ? ReferralRequest::Admonition
                                        : kindRoll < 60 ? ReferralRequest::Psychological
                                        : kindRoll < 75 ? ReferralRequest::Relief
                                                        : ReferralRequest::SchoolSupport;
        const bool order = request == ReferralRequest::SupervisionOrder ||
                           request == ReferralRequest::GuidanceOrder;
        // Orders go to the procuratorate or the court, admonitions to the police, services to
        // the public-service bureau (civil affairs, health, education) or the youth league.
        const QString agency = request == ReferralRequest::SupervisionOrder ? s(kAgencies[5])
                               : request == ReferralRequest::GuidanceOrder  ? s(kAgencies[6])
                               : request == ReferralRequest::Admonition     ? s(kAgencies[4])
                               : request == ReferralRequest::SchoolSupport && m_rng.chance(30)
                                   ? s(kAgencies[2])
                                   : s(kAgencies[1]);
        const QDate sent = dateBetween(opened, m_today.addDays(-5));
        const ReferralStatus path[] = {
            ReferralStatus::Draft, ReferralStatus::Sent, ReferralStatus::Received,
            m_rng.chance(85) ? ReferralStatus::Accepted : ReferralStatus::Declined,
            ReferralStatus::Closed};
        const int steps = 1 + m_rng.below(5);
        const ReferralStatus last = path[steps - 1];
        const Stamp st = stamp(sent);
        JIAHU_TRY(m_referrals.row(
            rs(st, worker),
            QVariantList{
                familyId, agency, CaseVocabulary::id(request),
                s("监护人长期未履行监护职责，需相关部门介入"),
                order ? s("《中华人民共和国家庭教育促进法》第四十九条") : QString(),
                s("孩子生活照料不足，监护人教育方式不当"),
                order ? s("监护人按时参加家庭教育指导，每月向社区报告孩子情况") : QString(),
                order ? s("每月两次") : QString(), order ? s("一年") : QString(),
                order ? s("区家庭教育指导服务中心") : QString(),
                order ? s("社区家长学校") : QString(), order ? s("当面送达") : QString(),
                order ? 24.0 : 0.0, steps >= 4 ? s("已接收并安排专人跟进") : QString(),
                steps >= 5 ? s("监护人已按要求整改") : QString(), ReferralStatuses::id(last)}));
        ++counts.referrals;
        QDate when = sent;
        for (int i = 0; i < steps; ++i) {
            const Stamp ev = stamp(when);
            JIAHU_TRY(m_referralEvents.row(
                rs(ev, worker),
                QVariantList{st.id, familyId, ReferralStatuses::id(path[i]), QString()}));
            ++counts.referralEvents;
            when = std::min(m_today, when.addDays(1 + m_rng.below(7)));
        }
        if (order && steps >= 4 && !guardianIds.isEmpty()) {
            const int sessions = 1 + m_rng.below(4);
            for (int g = 0; g < sessions; ++g) {
                const QDate gd = dateBetween(sent, m_today);
                const Stamp gs = stamp(gd);
                JIAHU_TRY(m_guidance.row(rs(gs, worker),
                                         QVariantList{familyId, guardianIds.first(), st.id, gd, 2.0,
                                                      s(m_rng.pick(kTopics)),
                                                      s("区家庭教育指导服务中心")}));
                ++counts.guidance;
            }
        }
    }

    // Half the families have an intervention plan.
    if (m_rng.chance(50)) {
        const QDate planned = dateBetween(opened, std::min(m_today, opened.addDays(30)));
        const bool approved = m_rng.chance(80);
        const Stamp ps = stamp(planned);
        JIAHU_TRY(m_plans.row(
            rs(ps, worker),
            QVariantList{familyId, QStringLiteral("care"), s("关爱服务实施方案"),
                         s("保障孩子基本生活和按时就学，提升监护人监护能力"),
                         approved ? QStringLiteral("approved") : QStringLiteral("draft"),
                         approved ? QVariant(supervisor) : QVariant(),
                         approved ? QVariant(ps.ms + kDayMs) : QVariant()}));
        ++counts.plans;
        const char* actions[][2] = {{"每月入户走访一次", "重庆高新区妇女联合会"},
                                    {"协调学校安排课后托管", "高新区公共服务局"},
                                    {"监护人参加家长夜校", "高新区团工委"}};
        const int n = 2 + m_rng.below(2);
        for (int a = 0; a < n; ++a) {
            const Stamp as = stamp(planned);
            const int st = m_rng.below(3);
            JIAHU_TRY(m_actions.row(
                rs(as, worker), QVariantList{ps.id, familyId, s(actions[a][0]), s(actions[a][1]),
                                             name(false), planned.addDays(30 * (a + 1)),
                                             st == 0   ? QStringLiteral("done")
                                             : st == 1 ? QStringLiteral("doing")
                                                       : QStringLiteral("todo")}));
            ++counts.actions;
        }
    }
    return {};
}

Result<DemoGenerator::Counts> Generation::run(const DemoGenerator::Progress& progress)
{
    JIAHU_TRY(prepare());
    DemoGenerator::Counts counts;
    for (int done = 0; done < m_options.families;) {
        auto tx = m_s.begin();
        if (!tx.ok())
            return tx.error();
        const int end = std::min(m_options.families, done + std::max(1, m_options.batch));
        for (; done < end; ++done)
            JIAHU_TRY(family(done, counts));
        if (done == m_options.families)
            JIAHU_TRY(m_s.audit(QStringLiteral("demo.generate"), QStringLiteral("database"),
                                QString::number(m_options.families), {},
                                QStringLiteral("seed %1").arg(m_options.seed)));
        JIAHU_TRY(tx->commit());
        if (progress)
            progress(done);
    }
    return counts;
}

} // namespace

QString DemoGenerator::demoIdentityNumber(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500000") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdentityNumber::checkCharacter(first17);
}

Result<DemoGenerator::Counts> DemoGenerator::generate(CaseSession& session, const Options& options,
                                                      const Progress& progress)
{
    JIAHU_TRY(session.policy().requireAdministrator());
    if (options.families < 1 || options.families > 1000000)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The number of families must be between 1 and 1,000,000."));
    auto existing = fetchOne(session.db(), "SELECT 1 FROM families LIMIT 1;", {},
                             [](const Statement&) { return true; }, {});
    if (existing.ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("This database already has family files; demo data goes only into "
                            "an empty database."));
    Generation generation(session, options);
    return generation.run(progress);
}

} // namespace jiahu
