#include "familyfile/ReferralModels.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace jiahu {

QString ReferralsModel::hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

namespace {

QString dateOf(qint64 utcMs)
{
    return isoDate(caseDate(utcMs));
}

QString dateTimeOf(qint64 utcMs)
{
    // Case time (China), as every date of case work.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(8 * 3600));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ReferralsModel::ReferralsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReferralsModel::setReferrals(QList<Referral> referrals)
{
    // Newest first (ids are UUIDv7: later ones sort after, even within a millisecond).
    std::sort(referrals.begin(), referrals.end(), [](const Referral& a, const Referral& b) {
        return std::tie(a.createdAt, a.id) > std::tie(b.createdAt, b.id);
    });
    beginResetModel();
    m_rows = std::move(referrals);
    endResetModel();
}

int ReferralsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ReferralsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Created:
            return dateOf(r.createdAt);
        case Request:
            return CaseVocabulary::displayName(r.request);
        case Agency:
            return r.agency;
        case Status:
            return ReferralStatuses::displayName(r.status);
        case Hours:
            return r.requiredHours > 0
                       ? tr("%1 / %2 h").arg(hoursText(r.hoursDone), hoursText(r.requiredHours))
                       : QString();
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Agency)
        return r.agency;
    return {};
}

QVariant ReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Request:
        return tr("Asks for");
    case Agency:
        return tr("Agency");
    case Status:
        return tr("Status");
    case Hours:
        return tr("Guidance hours");
    case ColumnCount:
        break;
    }
    return {};
}

ReferralEventsModel::ReferralEventsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReferralEventsModel::setEvents(QList<ReferralEvent> events)
{
    beginResetModel();
    m_rows = std::move(events);
    endResetModel();
}

int ReferralEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferralEvent& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case When:
            return dateTimeOf(e.at);
        case Status:
            return ReferralStatuses::displayName(e.status);
        case Note:
            return e.note.section(QLatin1Char('\n'), 0, 0);
        case By:
            return e.byDisplayName;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Note && !e.note.isEmpty())
        return e.note;
    return {};
}

QVariant ReferralEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    case By:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace jiahu
