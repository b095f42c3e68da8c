#include "familyfile/PlanPage.h"

#include "familyfile/ActionEditDialog.h"
#include "familyfile/FileContext.h"
#include "familyfile/PlanEditDialog.h"
#include "familyfile/PlanModels.h"

#include "common/Clock.h"
#include "services/PlanService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLabel* heading(const QString& text, QWidget* parent, int extra = 2)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + extra);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QTableView* listView(const char* name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 8 / 5);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

PlanPage::PlanPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("planPage"));
    m_supervisor = context.user().role == Role::Supervisor;
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(8);

    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Plans"), this));
    top->addStretch();
    m_addPlan = button(tr("New plan…"), "addPlanButton", this);
    top->addWidget(m_addPlan);
    outer->addLayout(top);

    auto* empty = new QLabel(tr("No plan yet. Use \"New plan…\" to draw up a care plan or a "
                                "family education guidance plan, then add its actions."),
                             this);
    empty->setObjectName(QStringLiteral("plansEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto* body = new QWidget(this);
    auto* bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(16);
    m_plans = new PlansModel(this);
    m_planTable = listView("plansTable", m_plans, body);
    m_planTable->setAccessibleName(tr("Plans of this family"));
    m_planTable->horizontalHeader()->setSectionResizeMode(PlansModel::Title, QHeaderView::Stretch);
    bodyLayout->addWidget(m_planTable, 2);

    auto* detail = new QVBoxLayout;
    detail->setSpacing(8);
    m_title = heading(QString(), body);
    m_title->setObjectName(QStringLiteral("planTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    detail->addWidget(m_title);
    m_meta = new QLabel(body);
    m_meta->setObjectName(QStringLiteral("planMetaLabel"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    detail->addWidget(m_meta);
    m_goals = new QLabel(body);
    m_goals->setObjectName(QStringLiteral("planGoalsLabel"));
    m_goals->setTextFormat(Qt::PlainText);
    m_goals->setWordWrap(true);
    m_goals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->addWidget(m_goals);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(new QLabel(tr("Progress:"), body));
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("planProgressBar"));
    m_progress->setAccessibleName(tr("Share of the plan's actions done"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p% done"));
    progressRow->addWidget(m_progress, 1);
    detail->addLayout(progressRow);

    m_actions = new PlanActionsModel(this);
    m_actionTable = listView("actionsTable", m_actions, body);
    m_actionTable->setAccessibleName(tr("Actions of the selected plan"));
    m_actionTable->horizontalHeader()->setSectionResizeMode(PlanActionsModel::Description,
                                                            QHeaderView::Stretch);
    m_noActions = new QLabel(tr("This plan has no actions yet: add what is to be done, by whom "
                                "and by when."),
                             body);
    m_noActions->setWordWrap(true);
    m_noActions->setForegroundRole(QPalette::PlaceholderText);
    detail->addWidget(m_noActions);
    detail->addWidget(m_actionTable, 1);

    auto* actionButtons = new QHBoxLayout;
    m_addAction = button(tr("Add action…"), "addActionButton", body);
    m_editAction = button(tr("Edit action…"), "editActionButton", body);
    m_start = button(tr("Start"), "startActionButton", body);
    m_done = button(tr("Mark done"), "doneActionButton", body);
    m_drop = button(tr("Drop"), "dropActionButton", body);
    m_reopen = button(tr("Back to to-do"), "reopenActionButton", body);
    m_start->setToolTip(tr("Mark the selected action as in progress"));
    m_drop->setToolTip(tr("The action is no longer needed; it no longer counts for progress"));
    for (QPushButton* b : {m_addAction, m_editAction})
        actionButtons->addWidget(b);
    actionButtons->addSpacing(16);
    for (QPushButton* b : {m_start, m_done, m_drop, m_reopen})
        actionButtons->addWidget(b);
    actionButtons->addStretch();
    detail->addLayout(actionButtons);

    auto* planButtons = new QHBoxLayout;
    m_approvalNote = new QLabel(body);
    m_approvalNote->setObjectName(QStringLiteral("planApprovalNote"));
    m_approvalNote->setWordWrap(true);
    m_approvalNote->setForegroundRole(QPalette::PlaceholderText);
    planButtons->addWidget(m_approvalNote, 1);
    m_approve = button(tr("Approve plan"), "approvePlanButton", body);
    m_close = button(tr("Close plan…"), "closePlanButton", body);
    planButtons->addWidget(m_approve);
    planButtons->addWidget(m_close);
    detail->addLayout(planButtons);
    bodyLayout->addLayout(detail, 3);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(body);
    outer->addWidget(m_stack, 1);

    connect(m_addPlan, &QPushButton::clicked, this, &PlanPage::addPlan);
    connect(m_addAction, &QPushButton::clicked, this, &PlanPage::addAction);
    connect(m_editAction, &QPushButton::clicked, this, &PlanPage::editAction);
    connect(m_actionTable, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editAction();
    });
    connect(m_start, &QPushButton::clicked, this, [this] { setActionStatus(ActionStatus::Doing); });
    connect(m_done, &QPushButton::clicked, this, [this] { setActionStatus(ActionStatus::Done); });
    connect(m_drop, &QPushButton::clicked, this,
            [this] { setActionStatus(ActionStatus::Dropped); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setActionStatus(ActionStatus::Todo); });
    connect(m_approve, &QPushButton::clicked, this, &PlanPage::approvePlan);
    connect(m_close, &QPushButton::clicked, this, &PlanPage::closePlan);
    connect(m_planTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPage::showPlan);
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPage::updateButtons);

    updateButtons();
}

QString PlanPage::title() const
{
    return FilePage::tr("Plan");
}

void PlanPage::showFile(const FamilyFile& file)
{
    if (const Plan* p = selectedPlan(); p && m_selectPlan.isEmpty())
        m_selectPlan = p->id;
    if (const PlanAction* a = selectedAction(); a && m_selectAction.isEmpty())
        m_selectAction = a->id;
    m_file = file;
    m_open = file.family.status == FamilyStatus::Open;
    // Newest plan first: the one being worked on.
    QList<Plan> plans = file.plans;
    std::reverse(plans.begin(), plans.end());
    m_plans->setPlans(plans);
    m_stack->setCurrentIndex(plans.isEmpty() ? 0 : 1);
    const int row = m_plans->rowOf(m_selectPlan);
    m_selectPlan.clear();
    m_planTable->selectRow(row >= 0 ? row : 0);
    showPlan();
    m_addPlan->setEnabled(m_open);
}

QDate PlanPage::today() const
{
    return context().workspace() ? context().workspace()->today() : QDate();
}

const Plan* PlanPage::selectedPlan() const
{
    const QModelIndexList rows = m_planTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_plans->planAt(rows.first().row());
}

const PlanAction* PlanPage::selectedAction() const
{
    const QModelIndexList rows = m_actionTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_actions->actionAt(rows.first().row());
}

void PlanPage::showPlan()
{
    const Plan* p = selectedPlan();
    QString actionId = m_selectAction;
    if (actionId.isEmpty())
        if (const PlanAction* a = selectedAction())
            actionId = a->id;
    m_selectAction.clear();
    m_actions->setActions(p ? p->actions : QList<PlanAction>{}, today());
    if (!p) {
        m_title->clear();
        m_meta->clear();
        m_goals->clear();
        m_progress->setValue(0);
        m_noActions->hide();
        updateButtons();
        return;
    }
    m_title->setText(p->title);
    QString meta = tr("%1 · %2").arg(CaseVocabulary::displayName(p->kind),
                                     CaseVocabulary::displayName(p->status));
    if (p->approvedAt > 0)
        meta +=
            tr(" · approved by %1 on %2").arg(p->approvedByName, isoDate(caseDate(p->approvedAt)));
    m_meta->setText(meta);
    m_goals->setText(p->goals.isEmpty() ? tr("Goals: (not written yet)")
                                        : tr("Goals: %1").arg(p->goals));
    m_progress->setValue(p->progressPercent());
    m_noActions->setVisible(p->actions.isEmpty());
    m_actionTable->setVisible(!p->actions.isEmpty());
    const int row = m_actions->rowOf(actionId);
    if (row >= 0)
        m_actionTable->selectRow(row);
    updateButtons();
}

void PlanPage::updateButtons()
{
    const Plan* p = selectedPlan();
    const PlanAction* a = selectedAction();
    const bool writable = m_open && p && p->status != PlanStatus::Closed;
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable && a);
    m_start->setEnabled(writable && a && a->status != ActionStatus::Doing);
    m_done->setEnabled(writable && a && a->status != ActionStatus::Done);
    m_drop->setEnabled(writable && a && a->status != ActionStatus::Dropped);
    m_reopen->setEnabled(writable && a && a->status != ActionStatus::Todo);

    m_approve->setVisible(m_supervisor);
    m_close->setVisible(m_supervisor);
    m_approve->setEnabled(writable && p->status == PlanStatus::Draft && !p->actions.isEmpty());
    m_close->setEnabled(writable);
    QString note;
    if (p && p->status == PlanStatus::Draft)
        note = m_supervisor ? (p->actions.isEmpty()
                                   ? tr("A plan needs at least one action before it is approved.")
                                   : tr("This plan waits for your approval."))
                            : tr("A supervisor approves this plan.");
    else if (p && p->status == PlanStatus::Closed)
        note = tr("This plan is closed.");
    m_approvalNote->setText(note);
}

PlanEditDialog* PlanPage::addPlan()
{
    if (!m_open)
        return nullptr;
    auto* dialog = new PlanEditDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanEditDialog::planAdded, this,
            [this](const Plan& plan) { m_selectPlan = plan.id; });
    dialog->open();
    return dialog;
}

ActionEditDialog* PlanPage::addAction()
{
    const Plan* p = selectedPlan();
    if (!p || !m_addAction->isEnabled())
        return nullptr;
    auto* dialog = new ActionEditDialog(context(), p->id, nullptr, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString planId = p->id;
    connect(dialog, &ActionEditDialog::actionSaved, this, [this, planId](const PlanAction& a) {
        m_selectPlan = planId;
        m_selectAction = a.id;
    });
    dialog->open();
    return dialog;
}

ActionEditDialog* PlanPage::editAction()
{
    const Plan* p = selectedPlan();
    const PlanAction* a = selectedAction();
    if (!p || !a || !m_editAction->isEnabled())
        return nullptr;
    auto* dialog = new ActionEditDialog(context(), p->id, a, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PlanPage::setActionStatus(ActionStatus status)
{
    const PlanAction* a = selectedAction();
    if (!a)
        return;
    const QString id = a->id;
    context().write(
        [id, status](CaseSession& s) { return PlanService(s).setActionStatus(id, status); }, this,
        [](Status) {});
}

void PlanPage::approvePlan()
{
    const Plan* p = selectedPlan();
    if (!p)
        return;
    const QString id = p->id;
    context().write([id](CaseSession& s) { return PlanService(s).approve(id); }, this,
                    [](Status) {});
}

void PlanPage::closePlan()
{
    const Plan* p = selectedPlan();
    if (!p)
        return;
    const QString id = p->id;
    if (!Prompter::current().confirm(this, tr("Close the plan?"),
                                     tr("Close the plan \"%1\"? Its actions can no longer be "
                                        "changed.")
                                         .arg(p->title),
                                     tr("Close plan")))
        return;
    context().write([id](CaseSession& s) { return PlanService(s).close(id); }, this, [](Status) {});
}

} // namespace jiahu
