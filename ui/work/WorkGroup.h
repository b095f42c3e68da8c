#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace jiahu {

class PagedModelBase;
class PreviewRows;

/// One group of the work page: a title with the count, the first rows of its list, and
/// "查看全部 N 条" to see the whole list (paged as it scrolls) in place. While the list is empty
/// it says what will appear there.
class WorkGroup : public QWidget {
    Q_OBJECT
public:
    /// Rows shown before the group is expanded.
    static constexpr int kPreviewRows = 5;
    /// Rows tall an expanded group grows to before it scrolls.
    static constexpr int kExpandedRows = 12;

    /// `model` also implements PreviewRows (a PreviewTableModel); the group does not own it.
    WorkGroup(const QString& name, const QString& title, const QString& emptyText,
              PagedModelBase* model, PreviewRows* preview, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    /// Whether the header shows how many rows the list has in all.
    void setCountShown(bool shown);

Q_SIGNALS:
    /// The user opened a line (double-click or Enter).
    void activated(int row);

private:
    void update();
    void fitHeight();

    PagedModelBase* m_model;
    PreviewRows* m_preview;
    QString m_title;
    QString m_emptyText;
    QLabel* m_header = nullptr;
    QPushButton* m_more = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    bool m_expanded = false;
    bool m_countShown = true;
    bool m_answered = false; ///< the first answer came (until then "empty" means "not known")
    QString m_error;
};

} // namespace jiahu
