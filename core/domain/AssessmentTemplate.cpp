#include "AssessmentTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace jiahu {

namespace {

constexpr char kDefault[] = R"json({
  "name": "jiahu-default",
  "version": 1,
  "title": {"zh_CN": "家庭监护风险评估（家护默认模板，非官方标准）",
            "en": "Family guardianship risk assessment (Jiahu default template, not an official standard)"},
  "items": [
    {"key": "harm", "weight": 10, "max": 1, "floor": "red",
     "text": {"zh_CN": "儿童正在或曾经遭受虐待、伤害", "en": "The child is or has been abused or harmed"}},
    {"key": "no_carer", "weight": 10, "max": 1, "floor": "red",
     "text": {"zh_CN": "无人监护或儿童被遗弃", "en": "No one cares for the child, or the child is abandoned"}},
    {"key": "carer_unable", "weight": 6, "max": 1, "floor": "orange",
     "text": {"zh_CN": "监护人服刑、吸毒、重病等无法履行监护职责", "en": "The carer cannot care (in prison, addiction, serious illness)"}},
    {"key": "out_of_school", "weight": 6, "max": 1, "floor": "orange",
     "text": {"zh_CN": "儿童失学或辍学", "en": "The child is out of school"}},
    {"key": "violence", "weight": 4, "max": 2,
     "text": {"zh_CN": "家庭暴力或严重家庭冲突（0无 1偶发 2经常）", "en": "Domestic violence or serious conflict (0 none, 1 occasional, 2 frequent)"}},
    {"key": "frail_carer", "weight": 4, "max": 1,
     "text": {"zh_CN": "父母长期外出，由年老体弱者照料", "en": "Parents away for long periods; an old or frail carer"}},
    {"key": "neglect", "weight": 3, "max": 2,
     "text": {"zh_CN": "饮食、卫生、就医等生活照料不足（0无 1部分 2严重）", "en": "Daily care lacking: food, hygiene, medical care (0 no, 1 partly, 2 seriously)"}},
    {"key": "mental_health", "weight": 3, "max": 2,
     "text": {"zh_CN": "儿童有心理或行为问题（0无 1轻 2重）", "en": "The child has psychological or behavioural problems (0 none, 1 mild, 2 serious)"}},
    {"key": "parenting", "weight": 2, "max": 2,
     "text": {"zh_CN": "家庭教育方式不当（0无 1部分 2严重）", "en": "Unsuitable parenting (0 no, 1 partly, 2 seriously)"}},
    {"key": "disability", "weight": 2, "max": 1,
     "text": {"zh_CN": "儿童有残疾或重大疾病", "en": "The child has a disability or serious illness"}},
    {"key": "hardship", "weight": 2, "max": 1,
     "text": {"zh_CN": "家庭经济困难", "en": "The family is in financial hardship"}}
  ],
  "thresholds": {"red": 24, "orange": 14, "yellow": 6}
})json";

} // namespace

QByteArray AssessmentTemplate::defaultDefinition()
{
    return QByteArray(kDefault);
}

QString AssessmentTemplate::defaultTemplateId()
{
    return QStringLiteral("0190a000-0000-7000-8000-6a6961687501");
}

Result<AssessmentTemplate> AssessmentTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The assessment template is not valid JSON."),
                         parseError.errorString());
    const QJsonObject o = doc.object();
    AssessmentTemplate t;
    t.name = o.value(QLatin1String("name")).toString();
    t.version = o.value(QLatin1String("version")).toInt();
    t.title = o.value(QLatin1String("title")).toObject();
    if (t.name.isEmpty() || t.version < 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The assessment template needs a name and a version of 1 or more."));
    QSet<QString> keys;
    for (const QJsonValue& v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject io = v.toObject();
        Item item;
        item.key = io.value(QLatin1String("key")).toString();
        item.text = io.value(QLatin1String("text")).toObject();
        item.weight = io.value(QLatin1String("weight")).toInt(-1);
        item.max = io.value(QLatin1String("max")).toInt(1);
        if (io.contains(QLatin1String("floor"))) {
            item.floor = RiskCodes::fromId(io.value(QLatin1String("floor")).toString());
            if (!item.floor)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Item %1 has an unknown floor code.").arg(item.key));
        }
        if (item.key.isEmpty() || keys.contains(item.key) || item.weight < 0 || item.weight > 100 ||
            item.max < 1 || item.max > 10)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Item %1 of the assessment template is invalid (each item needs a "
                                "unique key, a weight 0-100 and a max 1-10).")
                                 .arg(t.items.size() + 1));
        keys.insert(item.key);
        t.items.append(item);
    }
    if (t.items.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The assessment template has no items."));
    const QJsonObject th = o.value(QLatin1String("thresholds")).toObject();
    t.redAt = th.value(QLatin1String("red")).toInt(-1);
    t.orangeAt = th.value(QLatin1String("orange")).toInt(-1);
    t.yellowAt = th.value(QLatin1String("yellow")).toInt(-1);
    if (!(t.yellowAt > 0 && t.orangeAt > t.yellowAt && t.redAt > t.orangeAt))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The thresholds must rise from yellow to orange to red."));
    return t;
}

Result<AssessmentTemplate::Outcome> AssessmentTemplate::score(const QJsonObject& answers) const
{
    Outcome out;
    int floor = 0;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const bool known = std::any_of(items.begin(), items.end(),
                                       [&](const Item& i) { return i.key == it.key(); });
        if (!known)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The assessment has no item \"%1\".").arg(it.key()));
    }
    for (const Item& item : items) {
        const QJsonValue v = answers.value(item.key);
        if (v.isUndefined())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Item \"%1\" is not answered.").arg(item.key));
        const double d = v.toDouble(-1);
        const int answer = int(d);
        if (!v.isDouble() || d != answer || answer < 0 || answer > item.max)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("Item \"%1\" takes a whole number from 0 to %2.").arg(item.key).arg(item.max));
        out.score += item.weight * answer;
        if (answer > 0 && item.floor)
            floor = std::max(floor, RiskCodes::severity(*item.floor));
    }
    int code = out.score >= redAt      ? RiskCodes::severity(RiskCode::Red)
               : out.score >= orangeAt ? RiskCodes::severity(RiskCode::Orange)
               : out.score >= yellowAt ? RiskCodes::severity(RiskCode::Yellow)
                                       : RiskCodes::severity(RiskCode::Blue);
    out.suggested = RiskCode(std::max(code, floor));
    return out;
}

QString AssessmentTemplate::itemText(const Item& item, const QString& language) const
{
    for (const QString& lang : {language, QStringLiteral("zh_CN")})
        if (item.text.contains(lang))
            return item.text.value(lang).toString();
    return item.text.isEmpty() ? item.key : item.text.begin().value().toString();
}

} // namespace jiahu
