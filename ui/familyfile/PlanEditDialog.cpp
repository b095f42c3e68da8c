#include "familyfile/PlanEditDialog.h"

#include "familyfile/FileContext.h"
#include "forms/FormWidgets.h"

#include "services/PlanService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

PlanEditDialog::PlanEditDialog(FileContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("planEditDialog"));
    setWindowTitle(tr("New plan"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* form = newForm();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("planKindCombo"));
    m_kind->setAccessibleName(tr("Kind of plan"));
    for (PlanKind kind : {PlanKind::Care, PlanKind::Guidance})
        m_kind->addItem(CaseVocabulary::displayName(kind), int(kind));
    form->addRow(tr("Kind:"), m_kind);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Care plan for the spring term"));
    form->addRow(tr("Title:"), m_title);
    m_goals = new QPlainTextEdit(this);
    m_goals->setObjectName(QStringLiteral("planGoalsEdit"));
    m_goals->setAccessibleName(tr("Goals"));
    m_goals->setTabChangesFocus(true);
    m_goals->setPlaceholderText(tr("What the plan is to achieve"));
    form->addRow(tr("Goals:"), m_goals);
    layout->addLayout(form);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Add plan"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("planOkButton"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanEditDialog::reject);
    m_kind->setFocus();
    setMinimumWidth(480);
}

void PlanEditDialog::accept()
{
    if (m_busy)
        return;
    const auto kind = PlanKind(m_kind->currentData().toInt());
    const QString title = m_title->text().trimmed();
    const QString goals = m_goals->toPlainText().trimmed();
    if (title.isEmpty()) {
        m_error->showMessage(tr("Give the plan a title."));
        m_title->setFocus();
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    const QString familyId = m_context.familyId();
    m_context.write(
        [familyId, kind, title, goals](CaseSession& s) {
            return PlanService(s).add(familyId, kind, title, goals);
        },
        this,
        [this](Result<Plan> plan) {
            m_busy = false;
            m_ok->setEnabled(true);
            Q_EMIT planAdded(plan.value());
            QDialog::accept();
        },
        [this](const Error&) {
            m_busy = false;
            m_ok->setEnabled(true);
        });
}

} // namespace jiahu
