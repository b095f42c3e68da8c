#include "familyfile/PersonDialog.h"

#include "familyfile/FileContext.h"
#include "forms/FormWidgets.h"
#include "forms/IdentityNumberField.h"
#include "forms/IdentityRows.h"
#include "forms/PersonText.h"
#include "shell/Prompter.h"

#include "domain/CaseVocabulary.h"
#include "services/PersonService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& accessible, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

PersonDialog::PersonDialog(FileContext& context, const Person& person, QWidget* parent)
    : QDialog(parent), m_context(context), m_original(person),
      m_today(context.workspace() ? context.workspace()->today() : QDate::currentDate())
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(isNew() ? tr("Add family member") : tr("Edit %1").arg(person.name));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);

    m_form = new QFormLayout;
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    m_role->setAccessibleName(tr("Role in the family"));
    for (MemberRole role : {MemberRole::Child, MemberRole::Guardian, MemberRole::Member})
        m_role->addItem(CaseVocabulary::displayName(role), int(role));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(person.role))));
    m_role->setEnabled(isNew()); // a member's role is not edited
    m_form->addRow(tr("Role:"), m_role);

    m_name = lineEdit(this, "nameEdit", tr("Name"), 50);
    m_form->addRow(tr("Name:"), m_name);

    m_identity = new IdentityRows(this, m_form);
    m_identity->setToday(m_today);

    m_phone = lineEdit(this, "phoneEdit", tr("Phone"), 20);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_form->addRow(tr("Phone:"), m_phone);
    m_school = lineEdit(this, "schoolEdit", tr("School"), 100);
    m_form->addRow(tr("School:"), m_school);
    m_grade = lineEdit(this, "gradeEdit", tr("Grade"), 20);
    m_grade->setPlaceholderText(tr("e.g. Grade 3"));
    m_form->addRow(tr("Grade:"), m_grade);

    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipBox"));
    m_relationship->setAccessibleName(tr("Relationship to the child"));
    m_relationship->setEditable(true);
    m_relationship->setInsertPolicy(QComboBox::NoInsert);
    m_relationship->addItem(QString());
    m_relationship->addItems(PersonText::relationshipSuggestions());
    m_relationship->lineEdit()->setMaxLength(20);
    m_form->addRow(tr("Relationship to the child:"), m_relationship);

    m_specialNeeds = lineEdit(this, "specialNeedsEdit", tr("Special needs"), 200);
    m_specialNeeds->setPlaceholderText(tr("health, disability, learning support…"));
    m_form->addRow(tr("Special needs:"), m_specialNeeds);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(tr("Notes:"), m_notes);
    layout->addLayout(m_form);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &PersonDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonDialog::roleChanged);

    // The form as the person stands.
    m_name->setText(person.name);
    m_identity->set(person.idNumber, person.gender, person.birthDate);
    m_phone->setText(person.phone);
    m_school->setText(person.school);
    m_grade->setText(person.grade);
    m_relationship->setCurrentText(person.relationship);
    m_specialNeeds->setText(person.specialNeeds);
    m_notes->setPlainText(person.notes);
    roleChanged();

    // Tab order follows the form.
    QWidget* order[] = {m_role,
                        m_name,
                        m_identity->numberField()->lineEdit(),
                        m_identity->genderBox(),
                        m_identity->birthDateEdit(),
                        m_phone,
                        m_school,
                        m_grade,
                        m_relationship,
                        m_specialNeeds,
                        m_notes,
                        m_save,
                        cancel};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_name->setFocus(); // the role comes preset from the button that opened the dialog
    setMinimumWidth(520);
}

void PersonDialog::setSchoolSuggestions(const QStringList& schools)
{
    auto* completer = new QCompleter(schools, m_school);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_school->setCompleter(completer);
}

void PersonDialog::setToday(const QDate& today)
{
    if (!today.isValid())
        return;
    m_today = today;
    m_identity->setToday(today);
}

void PersonDialog::roleChanged()
{
    const auto role = MemberRole(m_role->currentData().toInt());
    const bool guardian = role == MemberRole::Guardian;
    // Guardians are not at school; their phone matters most.
    m_form->setRowVisible(m_school, !guardian);
    m_form->setRowVisible(m_grade, !guardian);
    m_relationship->lineEdit()->setPlaceholderText(guardian ? tr("e.g. mother, grandmother")
                                                            : QString());
}

Person PersonDialog::entered() const
{
    Person p = m_original;
    p.role = MemberRole(m_role->currentData().toInt());
    p.name = m_name->text().trimmed();
    p.idNumber = m_identity->idNumber();
    const IdentityNumberField* number = m_identity->numberField();
    if (number->isValid()) {
        p.birthDate = number->birthDate();
        p.gender = number->gender();
    } else {
        const auto birth = m_identity->birthDate();
        p.birthDate = birth.ok() ? birth.value() : QDate();
        p.gender = m_identity->gender();
    }
    p.phone = m_phone->text().trimmed();
    const bool guardian = p.role == MemberRole::Guardian;
    p.school = guardian ? m_original.school : m_school->text().trimmed();
    p.grade = guardian ? m_original.grade : m_grade->text().trimmed();
    p.relationship = m_relationship->currentText().trimmed();
    p.specialNeeds = m_specialNeeds->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

PersonEdit PersonDialog::changes(const Person& now) const
{
    const Person& old = m_original;
    PersonEdit e;
    auto text = [](std::optional<QString>& field, const QString& before, const QString& after) {
        if (before != after)
            field = after;
    };
    text(e.name, old.name, now.name);
    text(e.phone, old.phone, now.phone);
    text(e.school, old.school, now.school);
    text(e.grade, old.grade, now.grade);
    text(e.relationship, old.relationship, now.relationship);
    text(e.specialNeeds, old.specialNeeds, now.specialNeeds);
    text(e.notes, old.notes, now.notes);
    if (now.idNumber != old.idNumber) {
        e.idNumber = now.idNumber;
        // A new number gives its own birth date and gender; without one they are as typed.
        if (now.idNumber.isEmpty()) {
            e.birthDate = now.birthDate;
            e.gender = now.gender;
        }
    } else if (now.idNumber.isEmpty()) {
        if (now.birthDate != old.birthDate)
            e.birthDate = now.birthDate;
        text(e.gender, old.gender, now.gender);
    }
    return e;
}

void PersonDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PersonDialog::save()
{
    if (m_busy)
        return;
    const Person p = entered();
    if (p.name.isEmpty()) {
        m_name->setFocus();
        return m_error->showMessage(tr("Enter the name."));
    }
    if (const QString problem = m_identity->problem(); !problem.isEmpty())
        return m_error->showMessage(problem);
    m_error->showMessage({});

    if ((isNew() || p.birthDate != m_original.birthDate) &&
        !PersonText::confirmAgeForRole(this, p.role, p.name, p.birthDate, m_today))
        return;

    Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    auto done = [this](Result<Person> saved) {
        setBusy(false);
        if (!saved.ok())
            return m_error->showMessage(saved.error().message);
        Q_EMIT this->saved(saved.value());
        accept();
    };

    if (isNew()) {
        Person added = p;
        added.familyId = m_context.familyId();
        setBusy(true);
        workspace->write([added](CaseSession& s) { return PersonService(s).add(added); }, this,
                         done);
        return;
    }

    PersonEdit edit = changes(p);
    const bool nothing = !edit.name && !edit.idNumber && !edit.gender && !edit.birthDate &&
                         !edit.phone && !edit.school && !edit.grade && !edit.relationship &&
                         !edit.specialNeeds && !edit.notes;
    if (nothing)
        return accept();
    if (edit.name || edit.idNumber) {
        const auto reason = Prompter::current().askReason(
            this, tr("Reason for the correction"),
            tr("A name or identity number is corrected only with a reason (kept in the audit "
               "log). Why is it changed?"));
        if (!reason || reason->trimmed().isEmpty())
            return;
        edit.reason = reason->trimmed();
    }
    setBusy(true);
    workspace->write(
        [id = m_original.id, edit](CaseSession& s) { return PersonService(s).edit(id, edit); },
        this, done);
}

} // namespace jiahu
