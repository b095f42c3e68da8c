#include "families/FamiliesPage.h"
#include "look/PageFrame.h"

#include "families/FamilyFilterBar.h"
#include "families/FamilyListModel.h"
#include "look/RiskCodeDelegate.h"

#include "services/SearchService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

FamiliesPage::FamiliesPage(Workspace& workspace, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("familiesPage"));
    const PageFrame frame = makePageFrame(this, tr("Family files"));
    auto* layout = frame.layout;
    auto* top = frame.titleRow;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("familySearchBox"));
    m_search->setPlaceholderText(
        tr("Search: name, file number, ID number tail, phone, community, school… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search family files"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    top->addWidget(m_search, 1);
    auto* add = new QPushButton(tr("New family file"), this);
    add->setObjectName(QStringLiteral("newFamilyButton"));
    add->setToolTip(tr("Ctrl+N"));
    const Role role = workspace.user().role;
    add->setVisible(role == Role::Caseworker || role == Role::Supervisor);
    connect(add, &QPushButton::clicked, this, &FamiliesPage::newFamilyRequested);
    top->addWidget(add);

    m_filters = new FamilyFilterBar(workspace, this);
    layout->addWidget(m_filters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("familyCountLabel"));
    layout->addWidget(m_count);

    m_model = new FamilyListModel(workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("familyTable"));
    m_table->setAccessibleName(tr("Family files"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FamilyListModel::Code, new RiskCodeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(FamilyListModel::Code, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() * 16 / 10;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Code, file number, town, community, categories (often two), caseworker, next follow-up
    // (with "overdue N days"); the last activity takes the rest.
    const int widths[] = {7, 13, 9, 12, 20, 8, 18};
    for (int c = 0; c < int(std::size(widths)); ++c) // never narrower than the column's title
        m_table->setColumnWidth(
            c, qMax(widths[c] * em, m_table->horizontalHeader()->sectionSizeHint(c)));
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("familyEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    connect(m_table, &QTableView::activated, this, &FamiliesPage::openCurrent);
    connect(m_filters, &FamilyFilterBar::changed, this, [this] {
        FamilyQuery q = m_filters->query();
        q.sort = m_model->query().sort;
        m_model->setQuery(q);
    });
    // Every keystroke asks at once; the model's ticket drops any older answer still running.
    connect(m_search, &QLineEdit::textChanged, m_model, &FamilyListModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_model, &PagedModelBase::totalCountChanged, this, &FamiliesPage::updateCount);
    connect(m_model, &PagedModelBase::reloaded, this, &FamiliesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FamiliesPage::updateCount);
    connect(m_model, &PagedModelBase::loadFailed, this,
            [this](const QString& message) { m_count->setText(message); });
    connect(workspace.changes(), &ChangeNotifier::changed, m_model, [this](const ChangeSet& c) {
        if (c.touches(QStringLiteral("families")) || !c.familyIds().isEmpty())
            m_model->refresh();
    });
    m_model->setQuery(m_filters->query());
}

void FamiliesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FamiliesPage::updateCount()
{
    const int shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    if (m_model->isSearching() && total >= SearchService::kCountCap)
        m_count->setText(tr("At least %1 matches").arg(QLocale().toString(total)));
    else if (m_model->isSearching() && total >= 0)
        m_count->setText(tr("%n match(es)", nullptr, int(total)));
    else if (m_model->isSearching())
        m_count->clear(); // until the count answers
    else if (total >= 0)
        m_count->setText(tr("%n family file(s)", nullptr, int(total)));
    const bool empty = shown == 0 && !m_model->isLoading();
    m_empty->setText(m_model->isSearching()
                         ? tr("No family file matches “%1”. Try part of a name, the last digits of "
                              "an ID number, or a community.")
                               .arg(m_model->searchText().trimmed())
                         : tr("No family file matches these filters. Clear filters to see every "
                              "file you may work with."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

void FamiliesPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openFamilyRequested(m_model->rowAt(index.row()).id, FilePageId::Timeline);
}

bool FamiliesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        // Typing in the list searches.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_search->setFocus();
            m_search->setText(m_search->text() + text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jiahu
