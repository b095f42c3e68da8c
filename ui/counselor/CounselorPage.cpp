#include "counselor/CounselorPage.h"
#include "look/PageFrame.h"

#include "counselor/StudentListModel.h"
#include "counselor/StudentRecordsModel.h"
#include "familyfile/FileContext.h"
#include "familyfile/FollowUpForm.h"
#include "followups/DueModel.h"
#include "look/RiskCodeDelegate.h"
#include "look/RiskStyle.h"
#include "shell/Prompter.h"

#include "common/Clock.h"
#include "services/CaseSession.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QTableView* makeTable(const char* name, const QString& accessibleName, QAbstractItemModel* model,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 16 / 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* emptyLabel(const char* name, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(4, 4, 4, 4);
    return label;
}

constexpr int kDate = 1000; ///< a column of dates (yyyy-MM-dd)

/// Column widths in "M" widths (or kDate); 0 leaves it as it is (the last one stretches), -1
/// hides it.
void setWidths(QTableView* table, std::initializer_list<int> widths)
{
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

CounselorPage::CounselorPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("counselorPage"));
    const PageFrame frame = makePageFrame(this, tr("My students"));
    auto* outer = frame.layout;
    auto* top = frame.titleRow;
    m_schoolLabel = new QLabel(this);
    m_schoolLabel->setObjectName(QStringLiteral("schoolLabel"));
    m_schoolLabel->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_schoolLabel, 0, Qt::AlignBottom);
    top->addStretch(1);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    outer->addLayout(body, 1);

    // The watch list.
    auto* left = new QVBoxLayout;
    left->setSpacing(4);
    m_students = new StudentListModel(workspace, this);
    m_list = makeTable("studentTable", tr("My students"), m_students, this);
    m_list->setItemDelegateForColumn(StudentListModel::Code, new RiskCodeDelegate(m_list));
    setWidths(m_list, {6, 7, 5, 0});
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->setMinimumWidth(28 * em);
    m_list->setMaximumWidth(32 * em);
    left->addWidget(m_list, 1);
    m_listEmpty = emptyLabel("studentEmptyLabel",
                             tr("No students on your watch list. Children of your school show "
                                "here once their family's file is coded."),
                             this);
    m_listEmpty->setMaximumWidth(32 * em);
    m_listEmpty->hide();
    left->addWidget(m_listEmpty);
    left->addStretch(0);
    body->addLayout(left);

    // Nothing chosen yet.
    m_noChoice = emptyLabel("noStudentLabel",
                            tr("Choose a student on the left to see their follow-ups and "
                               "psychological checks, and to record a follow-up."),
                            this);
    m_noChoice->setAlignment(Qt::AlignCenter);
    body->addWidget(m_noChoice, 1);

    // The chosen child.
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("studentDetail"));
    m_detail->hide();
    body->addWidget(m_detail, 1);
    auto* detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->setSpacing(8);

    auto* head = new QHBoxLayout;
    head->setSpacing(8);
    m_name = sectionTitle(m_detail);
    m_name->setObjectName(QStringLiteral("studentName"));
    head->addWidget(m_name);
    m_chip = new RiskChip(m_detail);
    head->addWidget(m_chip);
    m_facts = new QLabel(m_detail);
    m_facts->setObjectName(QStringLiteral("studentFacts"));
    head->addWidget(m_facts);
    head->addStretch(1);
    m_due = new QLabel(m_detail);
    m_due->setObjectName(QStringLiteral("studentDue"));
    head->addWidget(m_due);
    detail->addLayout(head);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    detail->addLayout(columns, 1);

    auto* records = new QVBoxLayout;
    records->setSpacing(4);
    m_followUps = new StudentRecordsModel(StudentRecordsModel::Records::FollowUps, this);
    m_psychChecks = new StudentRecordsModel(StudentRecordsModel::Records::PsychChecks, this);
    m_followUpsTitle = sectionTitle(m_detail);
    records->addWidget(m_followUpsTitle);
    m_followUpTable = makeTable("followUpTable", tr("Follow-ups"), m_followUps, m_detail);
    setWidths(m_followUpTable, {kDate, 6, 0, -1, -1});
    records->addWidget(m_followUpTable, 3);
    m_followUpsEmptyText =
        tr("No follow-ups for this student yet. Record the first one on the right.");
    m_followUpsEmpty = emptyLabel("followUpsEmptyLabel", m_followUpsEmptyText, m_detail);
    records->addWidget(m_followUpsEmpty);
    records->addSpacing(8);
    m_psychTitle = sectionTitle(m_detail);
    records->addWidget(m_psychTitle);
    m_psychTable =
        makeTable("psychCheckTable", tr("Psychological checks"), m_psychChecks, m_detail);
    setWidths(m_psychTable, {kDate, -1, 0, -1, -1});
    records->addWidget(m_psychTable, 2);
    m_psychEmpty =
        emptyLabel("psychEmptyLabel",
                   tr("No psychological checks yet. Record one on the right with the kind “%1”.")
                       .arg(CaseVocabulary::displayName(FollowUpKind::PsychCheck)),
                   m_detail);
    records->addWidget(m_psychEmpty);
    records->addStretch(0);
    columns->addLayout(records, 1);

    m_formHolder = new QWidget(m_detail);
    m_formHolder->setObjectName(QStringLiteral("followUpFormHolder"));
    auto* holder = new QVBoxLayout(m_formHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    m_formHolder->setFixedWidth(32 * em);
    columns->addWidget(m_formHolder);

    m_watcher = new QFutureWatcher<Result<FamilyFile>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->future().resultCount() == 0)
            return; // dropped: the session is closing
        const Result<FamilyFile> file = m_watcher->result();
        if (!file.ok()) {
            // Core's words (e.g. the child is no longer at this school) where the records go.
            m_followUpsEmpty->setText(file.error().message);
            m_followUpsEmpty->show();
            return;
        }
        m_followUpsEmpty->setText(m_followUpsEmptyText);
        if (file->family.id == m_child.family.id)
            fileLoaded(file.value());
    });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CounselorPage::currentChanged);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openFamilyRequested(m_students->rowAt(index.row()).family.id,
                                       FilePageId::FollowUps);
    });
    connect(m_students, &PagedModelBase::reloaded, this, [this] {
        m_answered = true;
        // A refreshed list keeps the child chosen (and their family's code and due date).
        const int row = m_students->rowOf(m_child.child.id);
        if (row >= 0) {
            m_reverting = true;
            m_list->setCurrentIndex(m_students->index(row, StudentListModel::Name));
            m_reverting = false;
            m_child.family = m_students->rowAt(row).family;
            showChild();
        }
        updateEmpty();
    });
    connect(m_students, &PagedModelBase::loadFailed, this, [this](const QString& message) {
        m_answered = true;
        m_listEmpty->setText(message);
        updateEmpty();
    });
    connect(m_students, &QAbstractItemModel::rowsInserted, this, &CounselorPage::updateEmpty);
    connect(m_students, &PagedModelBase::totalCountChanged, this, &CounselorPage::updateEmpty);
    connect(workspace.changes(), &ChangeNotifier::changed, this, [this](const ChangeSet& c) {
        m_students->refresh();
        if (m_context && m_fileLoaded && c.familyIds().contains(m_context->familyId()))
            load(m_workspace.reloadFamily(m_context->familyId()));
    });

    workspace.read([](CaseSession& s) -> Result<QStringList> { return s.policy().scope().schools; },
                   this,
                   [this](Result<QStringList> schools) {
                       if (schools.ok())
                           m_schoolLabel->setProperty("schools", schools->join(tr(", ")));
                       updateEmpty();
                   });
    m_students->start();
    updateEmpty();
}

CounselorPage::~CounselorPage()
{
    delete m_form; // before the context it refers to
    m_form = nullptr;
}

void CounselorPage::currentChanged(const QModelIndex& current, const QModelIndex&)
{
    if (m_reverting || !current.isValid())
        return;
    const SchoolChild next = m_students->rowAt(current.row());
    if (next.child.id == m_child.child.id)
        return;
    if (m_form && m_form->hasUnsavedEdits()) {
        const bool discard = Prompter::current().confirm(
            this, tr("Follow-up not saved"),
            tr("The follow-up for %1 is not saved yet. Choosing another student discards it.")
                .arg(m_child.child.name),
            tr("Discard and switch"));
        if (!discard) {
            // Back to the child whose follow-up is being written (after this signal is done).
            QMetaObject::invokeMethod(
                this,
                [this] {
                    const int row = m_students->rowOf(m_child.child.id);
                    if (row < 0)
                        return;
                    m_reverting = true;
                    m_list->setCurrentIndex(m_students->index(row, StudentListModel::Name));
                    m_reverting = false;
                },
                Qt::QueuedConnection);
            return;
        }
        m_form->clear();
    }
    choose(next);
}

void CounselorPage::choose(const SchoolChild& child)
{
    const bool sameFamily = m_context && m_context->familyId() == child.family.id;
    m_child = child;
    m_noChoice->hide();
    m_detail->show();
    showChild();
    if (sameFamily) {
        // A brother or sister at the same school: the file is already here.
        if (m_fileLoaded)
            fileLoaded(m_file);
        return;
    }
    delete m_form;
    m_form = nullptr;
    m_context = std::make_unique<FileContext>(m_workspace, child.family.id);
    m_form = new FollowUpForm(*m_context, m_formHolder);
    m_formHolder->layout()->addWidget(m_form);
    connect(m_form, &FollowUpForm::saved, this, [this] { selectChildInForm(); });
    m_fileLoaded = false;
    m_file = {};
    m_followUps->show({}, {});
    m_psychChecks->show({}, {});
    updateEmpty();
    load(m_workspace.openFamily(child.family.id));
}

void CounselorPage::load(QFuture<Result<FamilyFile>> future)
{
    m_watcher->setFuture(future);
}

void CounselorPage::fileLoaded(const FamilyFile& file)
{
    m_file = file;
    m_fileLoaded = true;
    m_child.family.riskCode = file.family.riskCode;
    m_child.family.nextDue = file.family.nextDue;
    m_child.family.status = file.family.status;
    for (const Person& p : file.people)
        if (p.id == m_child.child.id)
            m_child.child = p;
    if (m_form) {
        m_form->setFile(file);
        selectChildInForm();
    }
    m_followUps->show(file.followUps, m_child.child.id);
    m_psychChecks->show(file.followUps, m_child.child.id);
    showChild();
    updateEmpty();
}

void CounselorPage::showChild()
{
    const Person& c = m_child.child;
    m_name->setText(c.name);
    m_chip->setCode(m_child.family.riskCode);
    QStringList facts;
    if (!c.grade.isEmpty())
        facts << c.grade;
    if (!c.school.isEmpty())
        facts << c.school;
    m_facts->setText(facts.join(tr(" · ")));
    const QDate due = m_child.family.nextDue;
    const int overdue = due.isValid() ? int(due.daysTo(m_workspace.today())) : 0;
    if (!due.isValid()) {
        m_due->clear();
    } else if (overdue > 0) {
        m_due->setText(
            tr("Next follow-up: %1 (%2)").arg(isoDate(due), DueModel::daysText(overdue)));
    } else {
        m_due->setText(tr("Next follow-up: %1").arg(isoDate(due)));
    }
    QPalette palette = m_due->palette();
    palette.setColor(QPalette::WindowText, overdue > 0
                                               ? RiskStyle::overdueText()
                                               : this->palette().color(QPalette::WindowText));
    m_due->setPalette(palette);
}

void CounselorPage::selectChildInForm()
{
    if (!m_form)
        return;
    // The form lists the children of this school in the family; the one chosen here is meant.
    if (auto* person = m_form->findChild<QComboBox*>(QStringLiteral("personCombo"))) {
        const int index = person->findData(m_child.child.id);
        if (index >= 0)
            person->setCurrentIndex(index);
    }
}

void CounselorPage::updateEmpty()
{
    const int rows = m_students->rowCount();
    const qint64 total = m_students->totalCount();
    const QString schools = m_schoolLabel->property("schools").toString();
    QStringList label;
    if (!schools.isEmpty())
        label << schools;
    if (total >= 0)
        label << tr("%n student(s) on the watch list", nullptr, int(total));
    m_schoolLabel->setText(label.join(tr(" · ")));
    const bool emptyList = rows == 0 && m_answered;
    m_listEmpty->setVisible(emptyList);
    m_list->setVisible(!emptyList);

    const int followUps = m_followUps->rowCount();
    const int checks = m_psychChecks->rowCount();
    m_followUpsTitle->setText(m_fileLoaded ? tr("Follow-ups (%1)").arg(followUps)
                                           : tr("Follow-ups"));
    m_psychTitle->setText(m_fileLoaded ? tr("Psychological checks (%1)").arg(checks)
                                       : tr("Psychological checks"));
    m_followUpTable->setVisible(followUps > 0);
    m_followUpsEmpty->setVisible(m_fileLoaded && followUps == 0);
    m_psychTable->setVisible(checks > 0);
    m_psychEmpty->setVisible(m_fileLoaded && checks == 0);
}

} // namespace jiahu
