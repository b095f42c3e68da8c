#include "HybridClock.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace jiahu {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(quint64(millis), 16, 16, QLatin1Char('0'))
        .arg(counter, 8, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<Hlc> Hlc::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-f]{16})-([0-9a-f]{8})-([0-9A-Za-z_.]{1,64})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Hlc h;
    bool ok1 = false, ok2 = false;
    h.millis = qint64(m.captured(1).toULongLong(&ok1, 16));
    h.counter = m.captured(2).toUInt(&ok2, 16);
    h.node = m.captured(3);
    if (!ok1 || !ok2 || h.millis < 0)
        return std::nullopt;
    return h;
}

HybridClock::HybridClock(QString nodeId, WallClock wall, Hlc last)
    : m_node(std::move(nodeId)), m_wall(orSystemClock(std::move(wall))), m_last(std::move(last))
{
    m_last.node = m_node;
}

Hlc HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else if (m_last.counter == 0xFFFFFFFFu) {
        ++m_last.millis; // counter exhausted: borrow a millisecond
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    return m_last;
}

Result<Hlc> HybridClock::observe(const Hlc& remote)
{
    const qint64 wall = m_wall();
    if (remote.millis - wall > kMaxDriftMs)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("A change from %1 is dated %2, more than a day ahead of this computer's "
               "clock. Check the clock on that computer.")
                .arg(remote.node,
                     QDateTime::fromMSecsSinceEpoch(remote.millis).toString(Qt::ISODate)));
    const qint64 top = std::max({wall, m_last.millis, remote.millis});
    quint32 counter = 0;
    if (top == m_last.millis && top == remote.millis)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.millis)
        counter = m_last.counter + 1;
    else if (top == remote.millis)
        counter = remote.counter + 1;
    m_last.millis = top;
    m_last.counter = counter;
    return m_last;
}

} // namespace jiahu
