#include "families/NewFamilyDialog.h"

#include "forms/CategoryChecks.h"
#include "forms/FormWidgets.h"
#include "forms/IdentityNumberField.h"
#include "forms/IdentityRows.h"
#include "forms/PersonText.h"

#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/PersonService.h"
#include "services/ReferenceData.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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

QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

/// The family and its first child, in one transaction: a child core refuses rolls the family
/// back too.
Result<Family> addFamilyWithChild(CaseSession& s, const NewFamily& family, const Person& child)
{
    auto tx = s.begin();
    if (!tx.ok())
        return tx.error();
    auto added = FamilyService(s).add(family);
    if (!added.ok())
        return added.error();
    Person first = child;
    first.familyId = added->id;
    auto person = PersonService(s).add(first);
    if (!person.ok())
        return person.error();
    JIAHU_TRY(tx->commit());
    return added;
}

} // namespace

NewFamilyDialog::NewFamilyDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(&workspace), m_today(workspace.today())
{
    setObjectName(QStringLiteral("newFamilyDialog"));
    setWindowTitle(tr("New family file"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    auto* intro = new QLabel(tr("Record the family and the first child. The file number is given "
                                "when the file is saved; add guardians and other members in the "
                                "file afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto* familyBox = new QGroupBox(tr("Family"), this);
    auto* familyForm = formIn(familyBox);
    m_town = new QComboBox(familyBox);
    m_town->setObjectName(QStringLiteral("townBox"));
    m_town->setAccessibleName(tr("Town"));
    m_town->setPlaceholderText(tr("loading…"));
    familyForm->addRow(tr("Town:"), m_town);
    m_community = lineEdit(familyBox, "communityEdit", tr("Community"), 100);
    familyForm->addRow(tr("Community:"), m_community);
    m_address = lineEdit(familyBox, "addressEdit", tr("Address"), 200);
    familyForm->addRow(tr("Address:"), m_address);
    m_categories = new CategoryChecks(familyBox, 3);
    m_categories->setObjectName(QStringLiteral("newFamilyCategories"));
    familyForm->addRow(tr("Categories:"), m_categories);
    m_notes = new QPlainTextEdit(familyBox);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    familyForm->addRow(tr("Notes:"), m_notes);
    columns->addWidget(familyBox, 1);

    auto* childBox = new QGroupBox(tr("First child"), this);
    auto* childForm = formIn(childBox);
    m_childName = lineEdit(childBox, "childNameEdit", tr("Child's name"), 50);
    childForm->addRow(tr("Name:"), m_childName);
    m_identity = new IdentityRows(childBox, childForm);
    m_identity->setToday(m_today);
    m_school = lineEdit(childBox, "schoolEdit", tr("School"), 100);
    childForm->addRow(tr("School:"), m_school);
    m_grade = lineEdit(childBox, "gradeEdit", tr("Grade"), 20);
    m_grade->setPlaceholderText(tr("e.g. Grade 3"));
    childForm->addRow(tr("Grade:"), m_grade);
    columns->addWidget(childBox, 1);
    layout->addLayout(columns);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create file"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_create, &QPushButton::clicked, this, &NewFamilyDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    // Tab order follows the form: the family, then the child.
    QList<QWidget*> order{m_town, m_community, m_address};
    for (QCheckBox* box : m_categories->boxes())
        order << box;
    order << m_notes << m_childName << m_identity->numberField()->lineEdit()
          << m_identity->genderBox() << m_identity->birthDateEdit() << m_school << m_grade
          << m_create << cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_town->setFocus();
    updateCreateButton();
    loadTowns();
}

QStringList NewFamilyDialog::towns() const
{
    QStringList names;
    for (int i = 0; i < m_town->count(); ++i)
        names << m_town->itemText(i);
    return names;
}

void NewFamilyDialog::loadTowns()
{
    if (!m_workspace)
        return;
    m_workspace->read(
        [](CaseSession& s) -> Result<QStringList> {
            JIAHU_TRY(s.policy().requireFullFiles());
            auto towns = ReferenceData(s).towns();
            if (!towns.ok())
                return towns.error();
            const Scope scope = s.policy().scope();
            QStringList names;
            for (const auto& town : towns.value())
                if (scope.allTowns || scope.towns.contains(town.first))
                    names << town.first;
            return names;
        },
        this,
        [this](Result<QStringList> towns) {
            m_townsLoaded = true;
            m_town->setPlaceholderText(QString());
            if (!towns.ok()) {
                m_error->showMessage(towns.error().message);
            } else if (towns->isEmpty()) {
                m_error->showMessage(tr("You have no town to work in yet. An administrator "
                                        "adds towns to your account."));
            } else {
                m_town->addItems(towns.value());
                m_town->setCurrentIndex(towns->size() == 1 ? 0 : -1);
                if (towns->size() == 1)
                    m_community->setFocus(); // the only town is chosen already
                else
                    m_town->setPlaceholderText(tr("choose a town"));
            }
            updateCreateButton();
        });
}

void NewFamilyDialog::updateCreateButton()
{
    m_create->setEnabled(m_townsLoaded && m_town->count() > 0 && !m_busy);
}

void NewFamilyDialog::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateCreateButton();
}

void NewFamilyDialog::create()
{
    if (m_busy || !m_workspace)
        return;
    if (m_town->currentIndex() < 0) {
        m_town->setFocus();
        return m_error->showMessage(tr("Choose the town."));
    }
    if (m_childName->text().trimmed().isEmpty()) {
        m_childName->setFocus();
        return m_error->showMessage(tr("Enter the child's name."));
    }
    if (const QString problem = m_identity->problem(); !problem.isEmpty())
        return m_error->showMessage(problem);
    m_error->showMessage({});

    NewFamily family;
    family.town = m_town->currentText();
    family.community = m_community->text().trimmed();
    family.address = m_address->text().trimmed();
    family.categories = m_categories->mask();
    family.notes = m_notes->toPlainText().trimmed();

    Person child;
    child.role = MemberRole::Child;
    child.name = m_childName->text().trimmed();
    child.idNumber = m_identity->idNumber();
    const IdentityNumberField* number = m_identity->numberField();
    if (number->isValid()) {
        child.birthDate = number->birthDate();
        child.gender = number->gender();
    } else {
        child.birthDate = m_identity->birthDate().ok() ? m_identity->birthDate().value() : QDate();
        child.gender = m_identity->gender();
    }
    child.school = m_school->text().trimmed();
    child.grade = m_grade->text().trimmed();
    if (!PersonText::confirmAgeForRole(this, MemberRole::Child, child.name, child.birthDate,
                                       m_today))
        return;

    setBusy(true);
    m_workspace->write(
        [family, child](CaseSession& s) { return addFamilyWithChild(s, family, child); }, this,
        [this](Result<Family> added) {
            setBusy(false);
            if (!added.ok())
                return m_error->showMessage(added.error().message);
            Q_EMIT familyCreated(added->id);
            accept();
        });
}

} // namespace jiahu
