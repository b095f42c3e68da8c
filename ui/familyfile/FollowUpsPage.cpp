#include "familyfile/FollowUpsPage.h"

#include "familyfile/FollowUpForm.h"
#include "familyfile/FollowUpsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jiahu {

FollowUpsPage::FollowUpsPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("followUpsPage"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(16);

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* heading = new QLabel(tr("Follow-ups"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    left->addWidget(heading);

    m_model = new FollowUpsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setAccessibleName(tr("Follow-ups of this family"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 8 / 5);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpsModel::Notes, QHeaderView::Stretch);
    m_empty = new QLabel(tr("No follow-ups yet. Fill in the form on the right and press "
                            "Ctrl+Enter to save the first one."),
                         this);
    m_empty->setObjectName(QStringLiteral("followUpsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_table);
    left->addWidget(m_listStack, 1);

    auto* buttons = new QHBoxLayout;
    m_correct = new QPushButton(tr("Correct the selected follow-up…"), this);
    m_correct->setObjectName(QStringLiteral("correctFollowUpButton"));
    m_correct->setToolTip(tr("A follow-up is never changed: the correction replaces it, with the "
                             "reason, and both stay in the file's history."));
    buttons->addWidget(m_correct);
    buttons->addStretch();
    left->addLayout(buttons);
    outer->addLayout(left, 3);

    m_form = new FollowUpForm(context, this);
    m_form->setMinimumWidth(380);
    m_form->setMaximumWidth(520);
    outer->addWidget(m_form, 2);

    connect(m_correct, &QPushButton::clicked, this, &FollowUpsPage::correctSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_correct->isEnabled())
            correctSelected();
    });
    setFocusProxy(m_form);
    updateButtons();
}

QString FollowUpsPage::title() const
{
    return FilePage::tr("Follow-ups");
}

void FollowUpsPage::showFile(const FamilyFile& file)
{
    QString selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        selected = m_model->followUpAt(rows.first().row()).id;
    m_model->setFile(file);
    m_listStack->setCurrentWidget(file.followUps.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                           : m_table);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    m_open = file.family.status == FamilyStatus::Open;
    m_form->setFile(file);
    updateButtons();
}

void FollowUpsPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool current =
        !rows.isEmpty() && m_model->followUpAt(rows.first().row()).supersededBy.isEmpty();
    m_correct->setEnabled(m_open && current);
}

void FollowUpsPage::correctSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_form->startCorrection(m_model->followUpAt(rows.first().row()));
}

bool FollowUpsPage::hasUnsavedEdits() const
{
    return m_form->hasUnsavedEdits();
}

void FollowUpsPage::discardEdits()
{
    m_form->clear();
}

QVariant FollowUpsPage::draft() const
{
    return m_form->draft();
}

void FollowUpsPage::restoreDraft(const QVariant& draft)
{
    m_form->restoreDraft(draft);
}

} // namespace jiahu
