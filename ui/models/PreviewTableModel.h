#pragma once

#include "models/PagedTableModel.h"

#include <algorithm>

namespace jiahu {

/// What a view needs to switch a list between a preview (its first few rows, as the work page
/// shows each group) and the whole list, paged on as the user scrolls.
class PreviewRows {
public:
    virtual ~PreviewRows() = default;
    /// At most `rows` rows and no fetching beyond them; 0: the whole list, page by page.
    virtual void setPreviewRows(int rows) = 0;
    virtual int previewRows() const = 0;
    /// Whether the query has rows beyond those loaded.
    virtual bool hasMoreRows() const = 0;
};

/// A PagedTableModel that can show just its first rows. Switching from a preview to the whole
/// list keeps the rows loaded and fetches on from there; switching back asks for the first rows
/// again.
template <typename T> class PreviewTableModel : public PagedTableModel<T>, public PreviewRows {
public:
    using PagedTableModel<T>::PagedTableModel;

    void setPreviewRows(int rows) override
    {
        rows = std::max(0, rows);
        if (rows == m_preview)
            return;
        const int old = m_preview;
        m_preview = rows;
        if (rows == 0)
            this->fetchMore({});
        else if (old == 0 || this->rowCount() > rows)
            this->reload();
    }
    int previewRows() const override { return m_preview; }
    bool hasMoreRows() const override { return this->m_hasMore; }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        return m_preview == 0 && PagedTableModel<T>::canFetchMore(parent);
    }

protected:
    void startPage(const QString& after, int limit, bool replace) override
    {
        PagedTableModel<T>::startPage(after, m_preview > 0 ? std::min(limit, m_preview) : limit,
                                      replace);
    }

private:
    int m_preview = 0;
};

} // namespace jiahu
