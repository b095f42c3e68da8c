#include "followups/DuePage.h"
#include "look/PageFrame.h"

#include "followups/DueModel.h"
#include "look/RiskCodeDelegate.h"

#include "services/CaseSession.h"
#include "services/ReferenceData.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {
enum Window { Overdue, Upcoming };
} // namespace

DuePage::DuePage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("duePage"));
    const PageFrame frame = makePageFrame(this, tr("Follow-ups"));
    auto* layout = frame.layout;
    auto* top = frame.titleRow;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dueCountLabel"));
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);

    // Filters, in the order people narrow the queue down.
    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_window = new QButtonGroup(this);
    m_overdueButton = new QPushButton(tr("Overdue"), this);
    m_overdueButton->setObjectName(QStringLiteral("overdueButton"));
    m_upcomingButton = new QPushButton(tr("Coming due"), this);
    m_upcomingButton->setObjectName(QStringLiteral("upcomingButton"));
    for (QPushButton* b : {m_overdueButton, m_upcomingButton}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        bar->addWidget(b);
    }
    m_window->addButton(m_overdueButton, Overdue);
    m_window->addButton(m_upcomingButton, Upcoming);
    m_overdueButton->setChecked(true);

    m_days = new QComboBox(this);
    m_days->setObjectName(QStringLiteral("daysCombo"));
    m_days->setAccessibleName(tr("Coming due within"));
    for (int days : {7, 14, 30})
        m_days->addItem(tr("Within %n day(s)", nullptr, days), days);
    bar->addWidget(m_days);
    bar->addSpacing(16);

    const Role role = workspace.user().role;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setAccessibleName(tr("Whose families"));
    m_scope->addItem(tr("My families"), true);
    m_scope->addItem(tr("My whole scope"), false);
    // A caseworker visits their own families; a supervisor looks after the whole scope.
    m_scope->setCurrentIndex(role == Role::Supervisor ? 1 : 0);
    bar->addWidget(m_scope);

    m_town = new QComboBox(this);
    m_town->setObjectName(QStringLiteral("townCombo"));
    m_town->setAccessibleName(tr("Town / street"));
    m_town->addItem(tr("All towns"), QString());
    m_town->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_town->hide(); // until the towns of the scope are known (and there is more than one)
    bar->addWidget(m_town);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Most severe code first"), int(DueSort::CodeThenDue));
    m_sort->addItem(tr("By due date"), int(DueSort::Due));
    bar->addWidget(m_sort);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new DueModel(workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setAccessibleName(tr("Follow-ups due"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(DueModel::Code, new RiskCodeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 16 / 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {7, 12, 18, 9, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dueEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    setTabOrder(m_overdueButton, m_upcomingButton);
    setTabOrder(m_upcomingButton, m_days);
    setTabOrder(m_days, m_scope);
    setTabOrder(m_scope, m_town);
    setTabOrder(m_town, m_sort);
    setTabOrder(m_sort, m_table);

    connect(m_window, &QButtonGroup::idClicked, this, &DuePage::apply);
    for (QComboBox* combo : {m_days, m_scope, m_town, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &DuePage::apply);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openFamilyRequested(m_model->familyIdAt(index.row()), FilePageId::FollowUps);
    });
    connect(m_model, &PagedModelBase::reloaded, this, [this] {
        m_answered = true;
        updateCount();
    });
    connect(m_model, &PagedModelBase::totalCountChanged, this, &DuePage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DuePage::updateCount);
    connect(m_model, &PagedModelBase::loadFailed, this, [this](const QString& message) {
        m_answered = true;
        m_empty->setText(message);
        m_empty->show();
        m_table->hide();
    });
    connect(workspace.changes(), &ChangeNotifier::changed, m_model, &PagedModelBase::refresh);

    workspace.read(
        [](CaseSession& s) -> Result<QStringList> {
            const Scope& scope = s.policy().scope();
            if (!scope.allTowns)
                return scope.towns;
            auto towns = ReferenceData(s).towns();
            if (!towns.ok())
                return towns.error();
            QStringList names;
            for (const auto& town : towns.value())
                names << town.first;
            return names;
        },
        this,
        [this](Result<QStringList> towns) {
            if (towns.ok())
                townsLoaded(towns.value());
        });
    apply();
}

void DuePage::townsLoaded(const QStringList& towns)
{
    const QSignalBlocker block(m_town);
    for (const QString& town : towns)
        m_town->addItem(town, town);
    m_town->setVisible(towns.size() > 1);
}

void DuePage::apply()
{
    DueQuery q;
    const bool upcoming = m_window->checkedId() == Upcoming;
    q.window = upcoming ? DueWindow::Upcoming : DueWindow::Overdue;
    q.withinDays = m_days->currentData().toInt();
    q.mineOnly = m_scope->currentData().toBool();
    q.town = m_town->currentData().toString();
    q.sort = DueSort(m_sort->currentData().toInt());
    m_days->setEnabled(upcoming);
    m_table->setColumnHidden(DueModel::Caseworker, q.mineOnly); // all the user's own
    m_model->setQuery(q);
    updateCount();
}

void DuePage::updateCount()
{
    const qint64 total = m_model->totalCount();
    const DueQuery& q = m_model->query();
    if (total >= 0)
        m_count->setText(q.window == DueWindow::Overdue
                             ? tr("%n family file(s) overdue", nullptr, int(total))
                             : tr("%n family file(s) due within %1 days", nullptr, int(total))
                                   .arg(q.withinDays));
    if (!m_answered)
        return;
    const bool empty = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    QString text = q.window == DueWindow::Overdue
                       ? tr("No overdue follow-ups. Follow-ups that fall due will show here.")
                       : tr("Nothing is due in the next %n day(s). Choose a longer period to look "
                            "further ahead.",
                            nullptr, q.withinDays);
    if (q.mineOnly || !q.town.isEmpty())
        text += QLatin1Char('\n') +
                tr("Only your families or one town are shown: widen the filters to see more.");
    if (m_model->lastError().isEmpty())
        m_empty->setText(text);
    const bool showEmpty = empty || !m_model->lastError().isEmpty();
    m_empty->setVisible(showEmpty);
    m_table->setVisible(!showEmpty);
}

} // namespace jiahu
