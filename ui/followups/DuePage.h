#pragma once

#include "familyfile/FilePage.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jiahu {

class DueModel;
class Workspace;

/// 回访: the follow-up queue for whoever does the visits. Overdue, or coming due within 7, 14 or
/// 30 days; the user's own families or their whole scope; one town or all; by code (most severe
/// first) or by date. The list pages on as it scrolls; the count is the whole queue's. A line
/// opens the family at its follow-ups. The list follows every committed change.
class DuePage : public QWidget {
    Q_OBJECT
public:
    DuePage(Workspace& workspace, QWidget* parent = nullptr);

    DueModel* model() const { return m_model; }

Q_SIGNALS:
    void openFamilyRequested(const QString& familyId, jiahu::FilePageId page);

private:
    void apply();
    void updateCount();
    void townsLoaded(const QStringList& towns);

    Workspace& m_workspace;
    QButtonGroup* m_window = nullptr;
    QPushButton* m_overdueButton = nullptr;
    QPushButton* m_upcomingButton = nullptr;
    QComboBox* m_days = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_town = nullptr;
    QComboBox* m_sort = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    DueModel* m_model = nullptr;
    bool m_answered = false;
};

} // namespace jiahu
