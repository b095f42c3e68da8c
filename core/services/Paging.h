#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <algorithm>

namespace jiahu {

/// One page of any list (families, search results, queues, referrals, plans, audit entries):
/// the rows, and where the next page starts. Lists page by keyset on an index that matches their
/// sort, never by OFFSET, so page 1000 costs what page 1 does.
template <typename T> struct Page {
    QList<T> rows;
    QString next; ///< cursor of the next page; empty on the last one
    bool hasMore() const { return !next.isEmpty(); }
};

/// The cursor of a list: the sort key of the last row shown, as an opaque printable token
/// (base64url of a small JSON array), so the command line can pass it back. A token that was
/// not made by the same list is refused, never trusted.
class PageCursor {
    Q_DECLARE_TR_FUNCTIONS(PageCursor)
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    /// `list` names the list and sort the key belongs to.
    static QString encode(const char* list, const QVariantList& key);
    /// The key of a token made by encode() for the same list, with `arity` values.
    static Result<QVariantList> decode(const char* list, const QString& token, int arity);
    static int clampLimit(int limit) { return std::clamp(limit, 1, kMaxLimit); }
};

/// Fetches limit + 1 rows to learn whether another page follows; trims the extra row and sets
/// the cursor from the last row kept.
template <typename T, typename KeyOf>
Page<T> makePage(QList<T> rows, int limit, const char* list, KeyOf keyOf)
{
    Page<T> page;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.next = PageCursor::encode(list, keyOf(rows.constLast()));
    }
    page.rows = std::move(rows);
    return page;
}

} // namespace jiahu
