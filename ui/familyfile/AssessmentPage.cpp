#include "familyfile/AssessmentPage.h"

#include "familyfile/AssessmentListModel.h"
#include "familyfile/AssessmentWizard.h"
#include "familyfile/PageParts.h"
#include "familyfile/RecordListDelegate.h"
#include "familyfile/RecordTime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace jiahu {

AssessmentPage::AssessmentPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("assessmentPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    auto* titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addWidget(pageparts::sectionTitle(tr("Assessments"), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assessmentSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    pageparts::makeQuiet(m_summary);
    titleBox->addWidget(m_summary);
    top->addLayout(titleBox, 1);
    m_start = new QPushButton(tr("New assessment"), this);
    m_start->setObjectName(QStringLiteral("newAssessmentButton"));
    m_start->setDefault(true);
    top->addWidget(m_start, 0, Qt::AlignBottom);
    layout->addLayout(top);
    connect(m_start, &QPushButton::clicked, this, &AssessmentPage::openWizard);

    m_model = new AssessmentListModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("assessmentListView"));
    m_view->setAccessibleName(tr("Assessments"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordListDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssessmentListModel::NoteColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessmentPage::updateDetail);

    m_empty = new QLabel(tr("No assessment yet. Start one with “New assessment”: the answers "
                            "suggest the family's code."),
                         this);
    m_empty->setObjectName(QStringLiteral("assessmentEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("assessmentDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    m_detail->hide();
}

QString AssessmentPage::title() const
{
    return tr("Assessment");
}

void AssessmentPage::showFile(const FamilyFile& file)
{
    m_file = file;
    const QString current = m_view->currentIndex().isValid()
                                ? m_model->assessmentAt(m_view->currentIndex().row()).id
                                : QString();
    m_model->setAssessments(file.assessments);
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->assessmentAt(row).id == current)
            m_view->setCurrentIndex(m_model->index(row, 0));

    const bool any = m_model->rowCount() > 0;
    m_start->setText(any ? tr("Reassess") : tr("New assessment"));
    const bool open = file.family.status == FamilyStatus::Open;
    m_start->setEnabled(open);
    m_start->setToolTip(open ? QString()
                             : tr("This file is %1: it is read-only until a supervisor reopens "
                                  "it.")
                                   .arg(CaseVocabulary::displayName(file.family.status)));
    if (any) {
        const Assessment& latest = m_model->assessmentAt(0);
        m_summary->setText(tr("Latest: %1, score %2, suggested %3, confirmed %4.")
                               .arg(RecordTime::date(latest.at))
                               .arg(latest.score)
                               .arg(RiskCodes::displayName(latest.suggestedCode),
                                    RiskCodes::displayName(latest.confirmedCode)));
    } else {
        m_summary->setText(tr("An assessment scores the family's situation and suggests a code."));
    }
    updateDetail();
}

void AssessmentPage::updateDetail()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_detail->hide();
        return;
    }
    const Assessment& a = m_model->assessmentAt(index.row());
    QStringList lines;
    const QString note = AssessmentListModel::noteOf(a);
    if (!note.isEmpty())
        lines << note;
    lines << (a.notes.isEmpty() ? tr("No notes.") : tr("Notes: %1").arg(a.notes));
    m_detail->setText(lines.join(u'\n'));
    m_detail->show();
}

AssessmentWizard* AssessmentPage::wizard() const
{
    return m_wizard;
}

AssessmentWizard* AssessmentPage::openWizard()
{
    if (m_wizard)
        return m_wizard;
    auto* wizard = new AssessmentWizard(context(), m_file, this);
    m_wizard = wizard;
    connect(wizard, &QDialog::finished, wizard, &QObject::deleteLater);
    wizard->open();
    return wizard;
}

bool AssessmentPage::hasUnsavedEdits() const
{
    return m_wizard && m_wizard->isVisible() && m_wizard->hasAnswers() && !m_wizard->result();
}

void AssessmentPage::discardEdits()
{
    if (m_wizard) {
        m_wizard->hide();
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
}

QVariant AssessmentPage::draft() const
{
    return hasUnsavedEdits() ? QVariant(m_wizard->state()) : QVariant();
}

void AssessmentPage::restoreDraft(const QVariant& draft)
{
    const QVariantMap state = draft.toMap();
    if (state.isEmpty())
        return;
    openWizard()->restoreState(state);
}

} // namespace jiahu
