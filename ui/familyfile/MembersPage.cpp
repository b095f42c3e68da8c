#include "familyfile/MembersPage.h"

#include "familyfile/FileContext.h"
#include "familyfile/MembersModel.h"
#include "familyfile/PersonDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

MembersPage::MembersPage(FileContext& context, QWidget* parent)
    : FilePage(context, parent), m_model(new MembersModel(this))
{
    setObjectName(QStringLiteral("membersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    auto button = [this, bar](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    m_addChild = button("addChildButton", tr("Add child…"));
    m_addChild->setDefault(true);
    m_addGuardian = button("addGuardianButton", tr("Add guardian…"));
    m_addOther = button("addMemberButton", tr("Add other member…"));
    m_edit = button("editMemberButton", tr("Edit…"));
    bar->addStretch();
    m_reveal = new QCheckBox(tr("Show full identity numbers"), this);
    m_reveal->setObjectName(QStringLiteral("revealIdNumbers"));
    bar->addWidget(m_reveal);
    layout->addLayout(bar);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("membersReadOnlyLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    m_empty = new QLabel(tr("No family members recorded yet. Add the children first, then their "
                            "guardians, with the buttons above."),
                         this);
    m_empty->setObjectName(QStringLiteral("membersEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Family members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(qRound(fontMetrics().height() * 1.6));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    connect(m_addChild, &QPushButton::clicked, this, [this] { addMember(MemberRole::Child); });
    connect(m_addGuardian, &QPushButton::clicked, this,
            [this] { addMember(MemberRole::Guardian); });
    connect(m_addOther, &QPushButton::clicked, this, [this] { addMember(MemberRole::Member); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            editMember(m_table->currentIndex().row());
    });
    // Double-click and Enter.
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editMember(index.row()); });
    connect(m_reveal, &QCheckBox::toggled, m_model, &MembersModel::setIdNumbersRevealed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::updateButtons);
    updateButtons();
}

void MembersPage::showFile(const FamilyFile& file)
{
    const QModelIndex current = m_table->currentIndex();
    QString keep = m_selectAfterSave.isEmpty() && current.isValid()
                       ? m_model->person(current.row()).id
                       : m_selectAfterSave;
    m_selectAfterSave.clear();
    m_file = file;
    const QDate today = context().workspace() ? context().workspace()->today() : QDate();
    m_model->setPeople(file.people, today);
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));

    const bool open = file.family.status == FamilyStatus::Open;
    m_readOnly->setText(open ? QString()
                             : tr("This file is %1: members cannot be changed until a supervisor "
                                  "reopens it.")
                                   .arg(CaseVocabulary::displayName(file.family.status)));
    m_readOnly->setVisible(!open);
    m_empty->setVisible(file.people.isEmpty());
    m_table->setVisible(!file.people.isEmpty());
    updateButtons();
}

void MembersPage::updateButtons()
{
    const bool writable = !m_file.family.id.isEmpty() &&
                          m_file.family.status == FamilyStatus::Open && !m_file.partial;
    for (QPushButton* b : {m_addChild, m_addGuardian, m_addOther})
        b->setEnabled(writable);
    m_edit->setEnabled(writable && m_table->currentIndex().isValid());
}

PersonDialog* MembersPage::addMember(MemberRole role)
{
    Person person;
    person.role = role;
    person.familyId = context().familyId();
    return openDialog(person);
}

PersonDialog* MembersPage::editMember(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_edit->isEnabled())
        return nullptr;
    return openDialog(m_model->person(row));
}

PersonDialog* MembersPage::openDialog(const Person& person)
{
    if (m_file.family.status != FamilyStatus::Open || m_file.partial)
        return nullptr;
    auto* dialog = new PersonDialog(context(), person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSchoolSuggestions(m_file.family.schools);
    connect(dialog, &PersonDialog::saved, this,
            [this](const Person& saved) { m_selectAfterSave = saved.id; });
    dialog->open();
    return dialog;
}

} // namespace jiahu
