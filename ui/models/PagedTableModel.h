#pragma once

#include "services/Paging.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <memory>

namespace jiahu {

/// The part of a paged list model that does not depend on the row type: loading state, the
/// ticket that makes older answers stale, the total count. Rows come a page at a time from a
/// reader thread (canFetchMore/fetchMore); nothing here ever waits for the database.
class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PagedModelBase(Workspace& workspace, QObject* parent = nullptr);

    bool isLoading() const { return m_loading; }
    /// How many rows the query matches in all; -1 until the count has answered.
    qint64 totalCount() const { return m_total; }
    /// Whether the current query's first page has answered (rows or an error).
    bool hasAnswered() const { return m_answered; }
    /// Why the last load failed (a translated sentence); empty when it did not.
    const QString& lastError() const { return m_error; }

public Q_SLOTS:
    /// The query changed: asks for its first page and its count. The rows shown stay until the
    /// answer replaces them; an older answer still on its way is dropped.
    void reload();
    /// The data changed (a change event): asks again for about as many rows as are loaded now.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 count);
    void loadFailed(const QString& message);
    /// A first page replaced the rows (after reload() or refresh()).
    void reloaded();

protected:
    /// Asks for a page (from `after`, `limit` rows). `replace`: the answer replaces every row.
    virtual void startPage(const QString& after, int limit, bool replace) = 0;
    /// Asks for the total count (optional).
    virtual void startCount() {}

    LatestOnly ticket() const { return {m_generation, m_ticket}; }
    void setLoading(bool loading);
    void pageFailed(const Error& error);
    void setTotal(qint64 total);

    QPointer<Workspace> m_workspace;
    QString m_next;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_answered = false;

private:
    void restart(int limit);
    std::shared_ptr<RequestGeneration> m_generation = std::make_shared<RequestGeneration>();
    quint64 m_ticket = 0;
    bool m_loading = false;
    qint64 m_total = -1;
    QString m_error;
};

/// A table model over one paged query of the core (families, queues, search results): rows of
/// type T arrive a page at a time; subclasses say what each column shows.
template <typename T> class PagedTableModel : public PagedModelBase {
public:
    using PageQuery = std::function<Result<Page<T>>(CaseSession&, const QString& after, int limit)>;
    using CountQuery = std::function<Result<qint64>(CaseSession&)>;

    using PagedModelBase::PagedModelBase;

    /// Sets the query (run on reader threads: capture values, not references) and reloads.
    void setQuery(PageQuery page, CountQuery count = {})
    {
        m_pageQuery = std::move(page);
        m_countQuery = std::move(count);
        reload();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_fetching;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (canFetchMore(parent))
            startPage(m_next, PageCursor::kDefaultLimit, false);
    }

    const T& rowAt(int row) const { return m_rows.at(row); }
    const QList<T>& rows() const { return m_rows; }

protected:
    void startPage(const QString& after, int limit, bool replace) override
    {
        if (!m_workspace || !m_pageQuery)
            return;
        m_fetching = true;
        setLoading(true);
        auto query = m_pageQuery;
        m_workspace->read([query, after, limit](CaseSession& s) { return query(s, after, limit); },
                          this,
                          [this, replace](Result<Page<T>> page) {
                              m_fetching = false;
                              setLoading(false);
                              if (!page.ok())
                                  return pageFailed(page.error());
                              take(std::move(page.value()), replace);
                          },
                          ticket());
    }
    void startCount() override
    {
        if (!m_workspace || !m_countQuery)
            return;
        auto query = m_countQuery;
        m_workspace->read([query](CaseSession& s) { return query(s); }, this,
                          [this](Result<qint64> count) {
                              if (count.ok())
                                  setTotal(count.value());
                          },
                          ticket());
    }

private:
    void take(Page<T> page, bool replace)
    {
        m_next = page.next;
        m_hasMore = page.hasMore();
        if (replace) {
            m_answered = true;
            beginResetModel();
            m_rows = std::move(page.rows);
            endResetModel();
            Q_EMIT reloaded();
        } else if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows.append(std::move(page.rows));
            endInsertRows();
        }
    }

    PageQuery m_pageQuery;
    CountQuery m_countQuery;
    QList<T> m_rows;
};

} // namespace jiahu
