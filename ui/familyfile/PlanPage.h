#pragma once

#include "familyfile/FilePage.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace jiahu {

class ActionEditDialog;
class PlanActionsModel;
class PlanEditDialog;
class PlansModel;

/// The family's plans (帮扶方案: care plans and family education guidance plans): each with its
/// goals, its actions (agency, owner, due date, status) and its progress. Caseworkers add plans
/// and actions and move actions along; supervisors approve and close plans.
class PlanPage : public FilePage {
    Q_OBJECT
public:
    PlanPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Plan; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    /// Opens the dialog for a new plan / a new or the selected action; returns it (tests).
    PlanEditDialog* addPlan();
    ActionEditDialog* addAction();
    ActionEditDialog* editAction();

private:
    const Plan* selectedPlan() const;
    const PlanAction* selectedAction() const;
    void showPlan();
    void updateButtons();
    void setActionStatus(ActionStatus status);
    void approvePlan();
    void closePlan();

    QDate today() const;

    FamilyFile m_file;
    QString m_selectPlan;   ///< select this plan when the file next arrives
    QString m_selectAction; ///< and this action
    bool m_open = true;
    bool m_supervisor = false;

    QPushButton* m_addPlan = nullptr;
    QStackedWidget* m_stack = nullptr;
    PlansModel* m_plans = nullptr;
    QTableView* m_planTable = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_goals = nullptr;
    QProgressBar* m_progress = nullptr;
    PlanActionsModel* m_actions = nullptr;
    QTableView* m_actionTable = nullptr;
    QLabel* m_noActions = nullptr;
    QPushButton* m_addAction = nullptr;
    QPushButton* m_editAction = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_drop = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_approvalNote = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace jiahu
