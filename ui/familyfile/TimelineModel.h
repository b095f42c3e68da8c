#pragma once

#include "familyfile/FilePage.h"
#include "familyfile/TimelineEntries.h"

#include <QAbstractTableModel>

#include <optional>

namespace jiahu {

/// Every event of a family file in one list, newest first (TimelineEntries), optionally only
/// those of one kind. Columns: date (and time), kind, code (a chip for code events), what
/// happened, who.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, CodeColumn, SummaryColumn, WhoColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< the TimelineEntry::Kind as an int
        RecordIdRole,
    };

    explicit TimelineModel(QObject* parent = nullptr);

    /// Shows the events of `file` (keeps the kind filter).
    void setFile(const FamilyFile& file);
    /// Only events of `kind`; nullopt shows every event.
    void setKindFilter(std::optional<TimelineEntry::Kind> kind);
    std::optional<TimelineEntry::Kind> kindFilter() const { return m_filter; }
    /// How many events of `kind` the file has (nullopt: all), whatever the filter.
    int countOf(std::optional<TimelineEntry::Kind> kind) const;

    const TimelineEntry& entryAt(int row) const { return m_shown.at(row); }
    /// The page of the file that shows the record of an event of `kind`.
    static FilePageId pageFor(TimelineEntry::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QList<TimelineEntry> m_all;
    QList<TimelineEntry> m_shown;
    std::optional<TimelineEntry::Kind> m_filter;
};

} // namespace jiahu
