#pragma once

#include "models/PagedTableModel.h"

#include "services/FamilyService.h"

#include <QDate>

namespace jiahu {

/// The family list: the family query of the core (filtered, sorted and paged in SQL, within the
/// user's scope) or, while text is in the search box, the search. Rows come a page at a time;
/// a newer query's answer always replaces an older one, never the other way round.
class FamilyListModel : public PagedTableModel<Family> {
    Q_OBJECT
public:
    enum Column {
        Code,
        FileNumber,
        Town,
        Community,
        Categories,
        Caseworker,
        NextDue,
        LastActivity,
        ColumnCount
    };

    explicit FamilyListModel(Workspace& workspace, QObject* parent = nullptr);

    /// The filters and sort (its cursor and limit are the model's business).
    void setQuery(const FamilyQuery& query);
    const FamilyQuery& query() const { return m_query; }
    /// Search text: empty lists by the query; otherwise the search's matches.
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search; }
    bool isSearching() const { return !m_search.trimmed().isEmpty(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Sorts by the column's order of the core (code, file number, town, next due, last
    /// activity); other columns do not sort.
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<FamilySort> sortOf(int column);

private:
    void apply();
    FamilyQuery m_query;
    QString m_search;
    QDate m_today;
};

} // namespace jiahu
