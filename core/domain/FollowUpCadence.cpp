#include "FollowUpCadence.h"

#include <QStringList>

namespace jiahu {

FollowUpCadence::FollowUpCadence()
{
    for (const auto& row : EnumIdTable<RiskCode>::rows)
        m_days[size_t(RiskCodes::severity(row.value))] = RiskCodes::defaultFollowUpDays(row.value);
}

QString FollowUpCadence::text() const
{
    QStringList parts;
    for (const auto& row : EnumIdTable<RiskCode>::rows)
        parts << QLatin1String(row.id) + u'=' + QString::number(days(row.value));
    return parts.join(u',');
}

Result<FollowUpCadence> FollowUpCadence::parse(const QString& spec, const FollowUpCadence& base)
{
    const Error bad = makeError(ErrorCode::InvalidArgument,
                                tr("Write the cadence as red=7,orange=14,yellow=30,blue=90 (days, "
                                   "%1 to %2).")
                                    .arg(kMinDays)
                                    .arg(kMaxDays));
    if (spec.trimmed().isEmpty())
        return bad;
    FollowUpCadence out = base;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.trimmed().split(u'=');
        bool ok = false;
        const int n = kv.value(1).trimmed().toInt(&ok);
        const auto code = RiskCodes::fromId(kv.value(0).trimmed());
        if (kv.size() != 2 || !ok || !code || n < kMinDays || n > kMaxDays)
            return bad;
        out.m_days[size_t(RiskCodes::severity(*code))] = n;
    }
    return out;
}

FollowUpCadence FollowUpCadence::fromSetting(const QString& text)
{
    auto parsed = parse(text);
    return parsed.ok() ? parsed.value() : FollowUpCadence();
}

} // namespace jiahu
