#include "familyfile/FollowUpForm.h"

#include "familyfile/DateEditTabKeys.h"
#include "familyfile/FileContext.h"
#include "forms/FormWidgets.h"
#include "look/RiskStyle.h"

#include "domain/DateRules.h"
#include "services/FollowUpService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QPlainTextEdit* noteEdit(const char* name, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true); // Tab moves on: the form is filled with the keyboard
    const int height = edit->fontMetrics().lineSpacing() * lines +
                       2 * int(edit->document()->documentMargin()) + 2 * edit->frameWidth();
    edit->setFixedHeight(height);
    return edit;
}

QDateEdit* dateEdit(const char* name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    DateEditTabKeys::install(edit);
    return edit;
}

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

FollowUpForm::FollowUpForm(FileContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("followUpForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);

    m_title = new QLabel(tr("New follow-up"), this);
    m_title->setObjectName(QStringLiteral("followUpFormTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    m_closedNote = new QLabel(this);
    m_closedNote->setObjectName(QStringLiteral("followUpClosedNote"));
    m_closedNote->setWordWrap(true);
    m_closedNote->hide();
    outer->addWidget(m_closedNote);

    auto* form = m_formLayout = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of follow-up"));
    for (FollowUpKind kind : {FollowUpKind::HomeVisit, FollowUpKind::Phone, FollowUpKind::School,
                              FollowUpKind::PsychCheck, FollowUpKind::Other})
        m_kind->addItem(CaseVocabulary::displayName(kind), int(kind));
    form->addRow(tr("Kind:"), m_kind);

    m_date = dateEdit("dateEdit", this);
    m_date->setAccessibleName(tr("Date of the follow-up"));
    form->addRow(tr("Date:"), m_date);

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setAccessibleName(tr("Who was seen"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(12);
    m_person->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(tr("Who was seen:"), m_person);

    m_notes = noteEdit("notesEdit", 4, this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was done and said"));
    form->addRow(tr("Notes:"), m_notes);

    m_findings = noteEdit("findingsEdit", 3, this);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setPlaceholderText(tr("Problems found, changes since last time"));
    form->addRow(tr("Findings:"), m_findings);

    m_nextDue = dateEdit("nextDueEdit", this);
    m_nextDue->setAccessibleName(tr("Next follow-up due"));
    m_cadenceHint = new QLabel(this);
    m_cadenceHint->setObjectName(QStringLiteral("cadenceHint"));
    m_cadenceHint->setWordWrap(true);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_nextDue);
    dueRow->addWidget(m_cadenceHint, 1);
    form->addRow(tr("Next due:"), dueRow);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("dueReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the later due date"));
    m_reason->setPlaceholderText(tr("Why later than the code allows (the supervisor sees it)"));
    m_reasonLabel = new QLabel(tr("Reason for later date:"), this);
    form->addRow(m_reasonLabel, m_reason);
    form->setRowVisible(m_reason, false);
    outer->addLayout(form);

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("followUpError"));
    outer->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    buttons->addWidget(m_status, 1);
    m_cancelCorrection = new QPushButton(tr("Cancel correction"), this);
    m_cancelCorrection->setObjectName(QStringLiteral("cancelCorrectionButton"));
    m_cancelCorrection->hide();
    buttons->addWidget(m_cancelCorrection);
    m_save = new QPushButton(tr("Save (Ctrl+Enter)"), this);
    m_save->setObjectName(QStringLiteral("saveFollowUpButton"));
    m_save->setAccessibleName(tr("Save the follow-up"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch(1);

    setTabOrder(m_kind, m_date);
    setTabOrder(m_date, m_person);
    setTabOrder(m_person, m_notes);
    setTabOrder(m_notes, m_findings);
    setTabOrder(m_findings, m_nextDue);
    setTabOrder(m_nextDue, m_reason);
    setTabOrder(m_reason, m_save);
    setTabOrder(m_save, m_cancelCorrection);
    setFocusProxy(m_kind);

    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_date, m_person, m_notes, m_findings, m_nextDue,
                                         m_reason, m_save, m_cancelCorrection})
        w->installEventFilter(this);

    connect(m_save, &QPushButton::clicked, this, &FollowUpForm::save);
    connect(m_cancelCorrection, &QPushButton::clicked, this, [this] {
        clear();
        m_kind->setFocus();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &FollowUpForm::dateChanged);
    connect(m_nextDue, &QDateEdit::dateChanged, this, &FollowUpForm::dueEdited);
    auto edited = [this] {
        if (!m_filling)
            m_status->clear();
    };
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    connect(m_findings, &QPlainTextEdit::textChanged, this, edited);

    m_save->setEnabled(false); // until today and the cadence are known
    SessionFacts::load(m_context, this, [this](const SessionFacts& facts) { factsLoaded(facts); });
}

bool FollowUpForm::counselor() const
{
    return m_context.user().role == Role::Counselor || (m_hasFile && m_file.partial);
}

void FollowUpForm::factsLoaded(const SessionFacts& facts)
{
    m_facts = facts;
    m_ready = facts.today.isValid();
    if (m_ready) {
        m_filling = true;
        m_date->setDateRange(DateRules::earliestRecord(), facts.today);
        m_nextDue->setDateRange(DateRules::earliestRecord(),
                                facts.today.addYears(DateRules::kMaxYearsAhead));
        if (m_original.id.isEmpty())
            m_date->setDate(facts.today);
        m_filling = false;
        dateChanged();
    }
    updateEnabled();
}

void FollowUpForm::setFile(const FamilyFile& file)
{
    m_file = file;
    m_hasFile = true;
    fillPeople();
    if (m_ready)
        dateChanged(); // the code (and so the cadence) may have changed
    updateEnabled();
}

void FollowUpForm::fillPeople()
{
    const QString current = m_person->currentData().toString();
    m_filling = true;
    m_person->clear();
    if (!counselor())
        m_person->addItem(tr("The whole family"), QString());
    for (const Person& p : m_file.people) {
        if (counselor() && p.role != MemberRole::Child)
            continue;
        const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
        m_person->addItem(tr("%1 (%2)").arg(name, CaseVocabulary::displayName(p.role)), p.id);
    }
    const int index = m_person->findData(current);
    m_person->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

int FollowUpForm::cadenceDays() const
{
    return m_facts.cadence.days(m_file.family.riskCode.value_or(RiskCode::Blue));
}

QDate FollowUpForm::dueByCadence() const
{
    return m_date->date().addDays(cadenceDays());
}

void FollowUpForm::dateChanged()
{
    if (!m_ready)
        return;
    const bool filling = m_filling;
    m_filling = true;
    const QDate byCadence = dueByCadence();
    // Counselors keep to the cadence; others may choose later (with a reason).
    m_nextDue->setMinimumDate(m_date->date().addDays(1));
    m_nextDue->setMaximumDate(counselor() ? byCadence
                                          : m_facts.today.addYears(DateRules::kMaxYearsAhead));
    if (!m_dueTouched)
        m_nextDue->setDate(byCadence);
    m_filling = filling;
    updateDueRow();
}

void FollowUpForm::dueEdited()
{
    if (m_filling)
        return;
    m_dueTouched = m_nextDue->date() != dueByCadence();
    updateDueRow();
}

void FollowUpForm::updateDueRow()
{
    const bool later = m_ready && m_nextDue->date() > dueByCadence() && !counselor();
    m_formLayout->setRowVisible(m_reason, later);
    if (!later)
        m_reason->clear();
    // The hint says the cadence, or (in the overdue red, and in words) that a reason is needed.
    const QString code = RiskStyle::label(m_file.family.riskCode);
    m_cadenceHint->setText(
        later ? tr("Later than %1 allows (%n day(s)): give a reason", nullptr, cadenceDays())
                    .arg(code)
              : tr("%1: every %n day(s)", nullptr, cadenceDays()).arg(code));
    QPalette pal = m_cadenceHint->palette();
    pal.setColor(QPalette::WindowText,
                 later ? RiskStyle::overdueText() : palette().color(QPalette::PlaceholderText));
    m_cadenceHint->setPalette(pal);
}

void FollowUpForm::updateEnabled()
{
    const bool open = !m_hasFile || m_file.family.status == FamilyStatus::Open;
    m_closedNote->setText(open ? QString()
                               : tr("This file is %1: follow-ups can be added after it is "
                                    "reopened.")
                                     .arg(CaseVocabulary::displayName(m_file.family.status)));
    m_closedNote->setVisible(!open);
    const bool noChild = m_hasFile && counselor() && m_person->count() == 0;
    if (noChild && open) {
        m_closedNote->setText(tr("None of this family's children is at your school."));
        m_closedNote->show();
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_date, m_person, m_notes, m_findings,
                                                      m_nextDue, m_reason})
        w->setEnabled(open && !noChild && !m_saving);
    m_save->setEnabled(m_ready && m_hasFile && open && !noChild && !m_saving);
}

void FollowUpForm::setSaving(bool saving)
{
    m_saving = saving;
    updateEnabled();
}

QWidget* FollowUpForm::lastField() const
{
    return m_reason->isVisibleTo(this) ? static_cast<QWidget*>(m_reason) : m_nextDue;
}

bool FollowUpForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (isEnter(key) && (ctrl || watched == lastField())) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FollowUpForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QWidget* focus = window()->focusWidget();
    if (!focus || !isAncestorOf(focus))
        m_kind->setFocus(Qt::OtherFocusReason);
}

bool FollowUpForm::hasUnsavedEdits() const
{
    return !m_original.id.isEmpty() || !m_notes->toPlainText().trimmed().isEmpty() ||
           !m_findings->toPlainText().trimmed().isEmpty() || !m_reason->text().trimmed().isEmpty();
}

void FollowUpForm::clear()
{
    m_filling = true;
    m_original = {};
    m_title->setText(tr("New follow-up"));
    m_cancelCorrection->hide();
    m_kind->setCurrentIndex(0);
    m_person->setCurrentIndex(0);
    m_notes->clear();
    m_findings->clear();
    m_reason->clear();
    m_dueTouched = false;
    if (m_ready)
        m_date->setDate(m_facts.today);
    m_filling = false;
    m_error->showMessage({});
    dateChanged();
}

QVariant FollowUpForm::draft() const
{
    if (!hasUnsavedEdits())
        return {};
    QVariantMap d;
    d.insert(QStringLiteral("amends"), m_original.id);
    d.insert(QStringLiteral("kind"), m_kind->currentData());
    d.insert(QStringLiteral("date"), m_date->date());
    d.insert(QStringLiteral("person"), m_person->currentData());
    d.insert(QStringLiteral("notes"), m_notes->toPlainText());
    d.insert(QStringLiteral("findings"), m_findings->toPlainText());
    if (m_dueTouched)
        d.insert(QStringLiteral("nextDue"), m_nextDue->date());
    d.insert(QStringLiteral("reason"), m_reason->text());
    return d;
}

void FollowUpForm::restoreDraft(const QVariant& draft)
{
    const QVariantMap d = draft.toMap();
    if (d.isEmpty())
        return;
    // A correction comes back as a correction of the same follow-up, if it is still there.
    const QString amends = d.value(QStringLiteral("amends")).toString();
    auto original = std::find_if(m_file.followUps.cbegin(), m_file.followUps.cend(),
                                 [&](const FollowUp& x) { return x.id == amends; });
    if (!amends.isEmpty() && original != m_file.followUps.cend())
        startCorrection(*original);
    else
        clear();
    m_filling = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(d.value(QStringLiteral("kind")))));
    m_date->setDate(d.value(QStringLiteral("date")).toDate());
    m_person->setCurrentIndex(std::max(0, m_person->findData(d.value(QStringLiteral("person")))));
    m_notes->setPlainText(d.value(QStringLiteral("notes")).toString());
    m_findings->setPlainText(d.value(QStringLiteral("findings")).toString());
    m_filling = false;
    dateChanged();
    if (d.contains(QStringLiteral("nextDue"))) {
        m_filling = true;
        m_nextDue->setDate(d.value(QStringLiteral("nextDue")).toDate());
        m_filling = false;
        m_dueTouched = true;
        updateDueRow();
    }
    m_reason->setText(d.value(QStringLiteral("reason")).toString());
}

void FollowUpForm::startCorrection(const FollowUp& original)
{
    clear();
    m_filling = true;
    m_original = original;
    m_title->setText(tr("Correct the follow-up of %1").arg(isoDate(original.date)));
    m_cancelCorrection->show();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(original.kind))));
    m_date->setDate(original.date);
    m_person->setCurrentIndex(std::max(0, m_person->findData(original.personId)));
    m_notes->setPlainText(original.notes);
    m_findings->setPlainText(original.findings);
    m_filling = false;
    dateChanged();
    m_filling = true;
    m_nextDue->setDate(original.nextDue);
    m_filling = false;
    m_dueTouched = original.nextDue != dueByCadence();
    updateDueRow();
    m_reason->setText(original.nextDueReason);
    m_status->clear();
    m_kind->setFocus(Qt::OtherFocusReason);
}

void FollowUpForm::save()
{
    if (m_saving || !m_save->isEnabled())
        return;
    m_date->interpretText();
    m_nextDue->interpretText();
    m_status->clear();

    FollowUp x;
    x.familyId = m_context.familyId();
    x.kind = FollowUpKind(m_kind->currentData().toInt());
    x.date = m_date->date();
    x.personId = m_person->currentData().toString();
    x.notes = m_notes->toPlainText().trimmed();
    x.findings = m_findings->toPlainText().trimmed();
    x.nextDue = m_nextDue->date();
    x.nextDueReason = m_reason->text().trimmed();

    // What the form can tell at once is said beside it, before anything is written.
    if (x.notes.isEmpty() && x.findings.isEmpty()) {
        m_error->showMessage(tr("Write what was done or found (notes or findings)."));
        m_notes->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (counselor() && x.personId.isEmpty()) {
        m_error->showMessage(tr("Choose the child the follow-up is about."));
        m_person->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QDate byCadence = dueByCadence();
    if (x.nextDue > byCadence && x.nextDueReason.isEmpty()) {
        m_error->showMessage(tr("The next follow-up on %1 is later than the %n day(s) the "
                                "family's code allows (%2). Give a reason; the supervisor will "
                                "see it.",
                                nullptr, cadenceDays())
                                 .arg(isoDate(x.nextDue), isoDate(byCadence)));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (x.nextDue <= byCadence)
        x.nextDueReason.clear();

    QString amendReason;
    const QString amends = m_original.id;
    if (!amends.isEmpty()) {
        auto reason = Prompter::current().askReason(
            this, tr("Correct the follow-up"),
            tr("Why is the follow-up of %1 corrected? (kept in the audit log)")
                .arg(isoDate(m_original.date)));
        if (!reason || reason->trimmed().isEmpty())
            return;
        amendReason = reason->trimmed();
    }
    m_error->showMessage({});
    const bool wasFocused = isAncestorOf(window()->focusWidget());
    setSaving(true);
    m_context.write(
        [x, amends, amendReason](CaseSession& s) {
            FollowUpService service(s);
            return amends.isEmpty() ? service.add(x) : service.amend(amends, x, amendReason);
        },
        this,
        [this, amends, wasFocused](Result<FollowUp> done) {
            setSaving(false);
            clear();
            m_status->setText(amends.isEmpty() ? tr("Saved") : tr("Correction saved"));
            if (wasFocused)
                m_kind->setFocus(Qt::OtherFocusReason);
            Q_EMIT saved(done.value());
        },
        [this](const Error&) { setSaving(false); });
}

} // namespace jiahu
