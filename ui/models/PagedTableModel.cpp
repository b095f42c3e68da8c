#include "models/PagedTableModel.h"

namespace jiahu {

PagedModelBase::PagedModelBase(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(&workspace)
{
}

void PagedModelBase::reload()
{
    restart(PageCursor::kDefaultLimit);
}

void PagedModelBase::refresh()
{
    restart(PageCursor::clampLimit(std::max(rowCount(), PageCursor::kDefaultLimit)));
}

void PagedModelBase::restart(int limit)
{
    m_ticket = m_generation->next(); // answers to the old query are stale from here on
    m_fetching = false;
    m_answered = false;
    m_error.clear();
    startPage({}, limit, true);
    startCount();
}

void PagedModelBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedModelBase::pageFailed(const Error& error)
{
    m_error = error.message;
    m_answered = true;
    Q_EMIT loadFailed(m_error);
}

void PagedModelBase::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

} // namespace jiahu
