#include "familyfile/ActionEditDialog.h"

#include "familyfile/DateEditTabKeys.h"
#include "familyfile/FileContext.h"
#include "forms/FormWidgets.h"

#include "domain/DateRules.h"
#include "services/PlanService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
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

ActionEditDialog::ActionEditDialog(FileContext& context, const QString& planId,
                                   const PlanAction* existing, const QDate& today, QWidget* parent)
    : QDialog(parent), m_context(context), m_planId(planId)
{
    setObjectName(QStringLiteral("actionEditDialog"));
    setWindowTitle(existing ? tr("Edit action") : tr("New action"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* form = newForm();
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    m_description->setAccessibleName(tr("Action"));
    m_description->setPlaceholderText(tr("e.g. arrange after-school care"));
    form->addRow(tr("Action:"), m_description);
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("actionAgencyEdit"));
    m_agency->setAccessibleName(tr("Agency responsible"));
    m_agency->setPlaceholderText(tr("e.g. the village committee"));
    form->addRow(tr("Agency:"), m_agency);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("actionOwnerEdit"));
    m_owner->setAccessibleName(tr("Person responsible"));
    form->addRow(tr("Owner:"), m_owner);
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_hasDue->setObjectName(QStringLiteral("actionHasDueCheck"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("actionDueEdit"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    DateEditTabKeys::install(m_due);
    const QDate day = today.isValid() ? today : QDate::currentDate();
    m_due->setDateRange(DateRules::earliestRecord(), day.addYears(DateRules::kMaxYearsAhead));
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due:"), dueRow);
    layout->addLayout(form);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(existing ? tr("Save action") : tr("Add action"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("actionOkButton"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionEditDialog::reject);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    if (existing) {
        m_actionId = existing->id;
        m_description->setText(existing->description);
        m_agency->setText(existing->agency);
        m_owner->setText(existing->owner);
        m_hasDue->setChecked(existing->dueDate.isValid());
        m_due->setDate(existing->dueDate.isValid() ? existing->dueDate : day.addDays(30));
    } else {
        m_hasDue->setChecked(true);
        m_due->setDate(day.addDays(30));
    }
    m_due->setEnabled(m_hasDue->isChecked());
    m_description->setFocus();
    setMinimumWidth(480);
}

void ActionEditDialog::accept()
{
    if (m_busy)
        return;
    m_due->interpretText();
    PlanAction a;
    a.description = m_description->text().trimmed();
    a.agency = m_agency->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (a.description.isEmpty()) {
        m_error->showMessage(tr("Say what is to be done."));
        m_description->setFocus();
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    const QString planId = m_planId;
    const QString actionId = m_actionId;
    m_context.write(
        [planId, actionId, a](CaseSession& s) -> Result<PlanAction> {
            PlanService plans(s);
            if (actionId.isEmpty())
                return plans.addAction(planId, a);
            ActionEdit e;
            e.description = a.description;
            e.agency = a.agency;
            e.owner = a.owner;
            e.dueDate = a.dueDate; // an invalid date clears it
            return plans.editAction(actionId, e);
        },
        this,
        [this](Result<PlanAction> saved) {
            m_busy = false;
            m_ok->setEnabled(true);
            Q_EMIT actionSaved(saved.value());
            QDialog::accept();
        },
        [this](const Error&) {
            m_busy = false;
            m_ok->setEnabled(true);
        });
}

} // namespace jiahu
