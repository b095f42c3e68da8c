#include "families/FamilyListModel.h"

#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"

#include "domain/CaseVocabulary.h"
#include "services/SearchService.h"

#include <QDateTime>
#include <QLocale>

namespace jiahu {

FamilyListModel::FamilyListModel(Workspace& workspace, QObject* parent)
    : PagedTableModel<Family>(workspace, parent), m_today(workspace.today())
{
}

void FamilyListModel::setQuery(const FamilyQuery& query)
{
    m_query = query;
    apply();
}

void FamilyListModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    apply();
}

void FamilyListModel::apply()
{
    if (m_workspace)
        m_today = m_workspace->today();
    if (isSearching()) {
        const QString text = m_search.trimmed();
        setTotal(-1); // until this search's count answers
        PagedTableModel<Family>::setQuery(
            [text](CaseSession& s, const QString& after, int limit) {
                return SearchService(s).search(SearchQuery(text, after, limit));
            },
            [text](CaseSession& s) { return SearchService(s).count(SearchQuery(text)); });
        return;
    }
    FamilyQuery query = m_query;
    PagedTableModel<Family>::setQuery(
        [query](CaseSession& s, const QString& after, int limit) {
            FamilyQuery q = query;
            q.after = after;
            q.limit = limit;
            return FamilyService(s).list(q);
        },
        [query](CaseSession& s) { return FamilyService(s).count(query); });
}

int FamilyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<FamilySort> FamilyListModel::sortOf(int column)
{
    switch (column) {
    case Code:
        return FamilySort::CodeActivity;
    case FileNumber:
        return FamilySort::FileNumber;
    case Town:
        return FamilySort::Town;
    case NextDue:
        return FamilySort::NextDue;
    case LastActivity:
        return FamilySort::LastActivity;
    default:
        return std::nullopt;
    }
}

void FamilyListModel::sort(int column, Qt::SortOrder)
{
    const auto sort = sortOf(column);
    if (!sort || *sort == m_query.sort)
        return;
    m_query.sort = *sort;
    if (!isSearching())
        apply();
}

QVariant FamilyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Family& f = rowAt(index.row());
    const bool overdue =
        f.status == FamilyStatus::Open && f.nextDue.isValid() && f.nextDue < m_today;
    if (role == RiskCodeDelegate::CodeRole && index.column() == Code)
        return RiskCodes::stored(f.riskCode);
    if (role == Qt::UserRole)
        return f.id;
    if (role == Qt::ForegroundRole && index.column() == NextDue && overdue)
        return RiskStyle::overdueText();
    if (role == Qt::ToolTipRole && index.column() == Categories)
        return CaseVocabulary::categoryNames(f.categories).join(tr(", "));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Code:
        return RiskStyle::label(f.riskCode);
    case FileNumber:
        return f.fileNo;
    case Town:
        return f.town;
    case Community:
        return f.community;
    case Categories:
        return CaseVocabulary::categoryNames(f.categories).join(tr(", "));
    case Caseworker:
        return f.caseworkerName;
    case NextDue: {
        if (!f.nextDue.isValid())
            return QString();
        const QString date = f.nextDue.toString(QStringLiteral("yyyy-MM-dd"));
        if (!overdue)
            return date;
        return tr("%1 (overdue %n day(s))", nullptr, int(f.nextDue.daysTo(m_today))).arg(date);
    }
    case LastActivity:
        return f.lastActivityAt > 0 ? QDateTime::fromMSecsSinceEpoch(f.lastActivityAt)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QString();
    }
    return {};
}

QVariant FamilyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case FileNumber:
        return tr("File number");
    case Town:
        return tr("Town / street");
    case Community:
        return tr("Community / village");
    case Categories:
        return tr("Categories");
    case Caseworker:
        return tr("Caseworker");
    case NextDue:
        return tr("Next follow-up");
    case LastActivity:
        return tr("Last activity");
    }
    return {};
}

} // namespace jiahu
