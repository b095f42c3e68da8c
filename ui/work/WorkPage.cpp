#include "work/WorkPage.h"
#include "look/PageFrame.h"

#include "followups/DueModel.h"
#include "look/RiskCodeDelegate.h"
#include "work/RecentFamiliesModel.h"
#include "work/ReferralWaitingModel.h"
#include "work/RiskWaitingModel.h"
#include "work/WorkGroup.h"

#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

constexpr int kDate = 1000; ///< a column of dates (yyyy-MM-dd)

/// Column widths in "M" widths (or kDate); 0 leaves it as it is (the last one stretches), -1
/// hides it.
void setColumns(WorkGroup* group, std::initializer_list<int> widths)
{
    QTableView* table = group->table();
    table->setItemDelegateForColumn(0, new RiskCodeDelegate(table));
    const QFontMetrics fm = table->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int date = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + em * 3 / 2;
    int column = 0;
    for (int width : widths) {
        if (width < 0)
            table->setColumnHidden(column, true);
        else if (width == kDate)
            table->setColumnWidth(column, date);
        else if (width > 0)
            table->setColumnWidth(column, width * em);
        ++column;
    }
}

} // namespace

WorkPage::WorkPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("workPage"));
    const PageFrame frame = makePageFrame(this, tr("My work"));
    auto* outer = frame.layout;
    auto* top = frame.titleRow;
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("workDateLabel"));
    m_date->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_date, 0, Qt::AlignBottom);
    top->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    const Role role = workspace.user().role;
    const bool supervisor = role == Role::Supervisor;
    const bool liaison = role == Role::Liaison;
    const bool counselor = role == Role::Counselor;
    const bool caseWork = !liaison && !counselor; // caseworkers, supervisors (and case admins)
    const bool mine = !supervisor;                // a caseworker's own; a supervisor's scope

    QList<WorkGroup*> left, right;
    if (caseWork) {
        m_overdue = new DueModel(workspace, this);
        WorkGroup* overdue =
            addGroup(QStringLiteral("overdue"), tr("Overdue follow-ups"),
                     tr("No overdue follow-ups. Follow-ups that fall due will show here."),
                     m_overdue, m_overdue, FilePageId::FollowUps,
                     [this](int row) { return m_overdue->familyIdAt(row); });
        setColumns(overdue, {7, 11, 14, mine ? -1 : 8, kDate, 0});
        left << overdue;

        m_upcoming = new DueModel(workspace, this);
        WorkGroup* upcoming = addGroup(
            QStringLiteral("upcoming"), tr("Due this week"),
            tr("Nothing is due in the next %n day(s). Follow-ups coming due will show here.",
               nullptr, kUpcomingDays),
            m_upcoming, m_upcoming, FilePageId::FollowUps,
            [this](int row) { return m_upcoming->familyIdAt(row); });
        setColumns(upcoming, {7, 11, 14, mine ? -1 : 8, kDate, 0});
        left << upcoming;

        m_risk = new RiskWaitingModel(workspace, this);
        WorkGroup* risk = addGroup(
            QStringLiteral("risk"),
            supervisor ? tr("Waiting for your decision") : tr("My code changes under review"),
            supervisor ? tr("Nothing is waiting for your decision. Downgrade proposals and raises "
                            "in your towns will show here.")
                       : tr("None of your code changes is waiting. Downgrades you propose and "
                            "raises you make show here until a supervisor decides."),
            m_risk, m_risk, FilePageId::Risk, [this](int row) { return m_risk->familyIdAt(row); });
        setColumns(risk, {7, 11, 16, supervisor ? 8 : -1, 0});
        right << risk;
    }
    if (caseWork || liaison) {
        m_referrals = new ReferralWaitingModel(workspace, this);
        WorkGroup* referrals = addGroup(
            QStringLiteral("referrals"),
            liaison ? tr("Referrals waiting for your response")
                    : tr("Referrals waiting for a response"),
            liaison ? tr("No referral is waiting for your response. Referrals sent to your "
                         "agency will show here.")
                    : tr("No referral is waiting for a response. Referrals you send show here "
                         "until the agency answers."),
            m_referrals, m_referrals, FilePageId::Referrals,
            [this](int row) { return m_referrals->familyIdAt(row); });
        setColumns(referrals, {liaison ? -1 : 7, liaison ? -1 : 11, 13, 14, 0});
        right << referrals;
    }
    if (!liaison) {
        m_recent = new RecentFamiliesModel(workspace, this);
        WorkGroup* recent =
            addGroup(QStringLiteral("recent"), tr("Recently opened"),
                     tr("No family file opened yet. Files you open will show here, so you can go "
                        "back to them quickly."),
                     m_recent, m_recent, FilePageId::Timeline,
                     [this](int row) { return m_recent->familyIdAt(row); });
        recent->setCountShown(false);
        setColumns(recent, {7, 11, 14, -1, 0});
        right << recent;
    }
    // The queues that matter most go on the left, wider; the rest on the right (wide enough at
    // 1366 px for an agency's name and a request such as 责令接受家庭教育指导). Each column
    // stacks its groups from the top, whatever the other column's heights.
    if (left.isEmpty())
        std::swap(left, right);
    const QList<WorkGroup*>* sides[] = {&left, &right};
    const int stretch[] = {9, 8};
    for (int side = 0; side < 2; ++side) {
        if (sides[side]->isEmpty())
            continue;
        auto* column = new QVBoxLayout;
        column->setSpacing(16);
        for (WorkGroup* group : *sides[side])
            column->addWidget(group);
        column->addStretch(1);
        columns->addLayout(column, stretch[side]);
    }

    if (m_overdue) {
        DueQuery q;
        q.window = DueWindow::Overdue;
        q.mineOnly = mine;
        m_overdue->setQuery(q);
        q.window = DueWindow::Upcoming;
        q.withinDays = kUpcomingDays;
        q.sort = DueSort::Due;
        m_upcoming->setQuery(q);
        RiskQueueQuery r;
        r.mineOnly = !supervisor;
        r.forMyDecision = supervisor;
        m_risk->setQuery(r);
    }
    if (m_referrals)
        m_referrals->start();
    if (m_recent)
        m_recent->start();
    m_date->setText(QLocale().toString(workspace.today(), QLocale::LongFormat));

    // Every committed change may move a family into or out of a group.
    connect(workspace.changes(), &ChangeNotifier::changed, this, [this] { refresh(); });
}

WorkGroup* WorkPage::addGroup(const QString& name, const QString& title, const QString& emptyText,
                              PagedModelBase* model, PreviewRows* preview, FilePageId page,
                              std::function<QString(int)> familyAt)
{
    auto* group = new WorkGroup(name, title, emptyText, model, preview, this);
    m_models << model;
    connect(group, &WorkGroup::activated, this, [this, page, familyAt](int row) {
        const QString id = familyAt(row);
        if (!id.isEmpty())
            Q_EMIT openFamilyRequested(id, page);
    });
    return group;
}

void WorkPage::refresh()
{
    m_date->setText(QLocale().toString(m_workspace.today(), QLocale::LongFormat));
    for (PagedModelBase* model : std::as_const(m_models))
        model->refresh();
}

void WorkPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Opening a file writes no change event (only its audit entry), and the day may have
    // turned: coming back to the page asks again. The first showing has just asked.
    if (m_shownBefore)
        refresh();
    m_shownBefore = true;
}

} // namespace jiahu
