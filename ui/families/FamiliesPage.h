#pragma once

#include "familyfile/FilePage.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jiahu {

class FamilyFilterBar;
class FamilyListModel;
class Workspace;

/// 家庭档案: the family list with its filters, sortable columns, the match count and the search
/// box (search as you type, off the GUI thread; a stale answer never replaces a newer one).
/// Arrows move, Enter opens, typing in the list goes to the search box.
class FamiliesPage : public QWidget {
    Q_OBJECT
public:
    FamiliesPage(Workspace& workspace, QWidget* parent = nullptr);

    FamilyListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    FamilyFilterBar* filters() const { return m_filters; }
    QLineEdit* searchBox() const { return m_search; }
    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void openFamilyRequested(const QString& familyId, jiahu::FilePageId page);
    void newFamilyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void openCurrent();

    FamilyFilterBar* m_filters = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    FamilyListModel* m_model = nullptr;
};

} // namespace jiahu
