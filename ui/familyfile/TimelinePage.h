#pragma once

#include "familyfile/FilePage.h"
#include "familyfile/TimelineEntries.h"

#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace jiahu {

class TimelineModel;

/// 时间线: everything that happened to the family file in one list, newest first, filtered by
/// kind. A row opens the page of its record (double-click or Enter). The page a supervisor
/// reads first: dense, quiet, one line per event.
class TimelinePage : public FilePage {
    Q_OBJECT
public:
    TimelinePage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Timeline; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    TimelineModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// Shows only events of `kind` (nullopt: all), as the filter buttons do.
    void setKindFilter(std::optional<TimelineEntry::Kind> kind);

private:
    void openRow(const QModelIndex& index);
    void updateCounts();
    void updateEmptyState();

    TimelineModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QButtonGroup* m_filters = nullptr;
    QAbstractButton* m_all = nullptr;
    QHash<int, QAbstractButton*> m_kindButtons;
};

} // namespace jiahu
