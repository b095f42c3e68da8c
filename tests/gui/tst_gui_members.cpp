// The family's details, its members, a new family file and the family map, driven offscreen
// over a CaseFixture database: what the forms save is read back through core services, what
// they refuse leaves the database as it was.
#include "GuiSupport.h"

#include "families/NewFamilyDialog.h"
#include "familyfile/FamilyMapPage.h"
#include "familyfile/FamilyMapScene.h"
#include "familyfile/FileContext.h"
#include "familyfile/FilePages.h"
#include "familyfile/MembersModel.h"
#include "familyfile/MembersPage.h"
#include "familyfile/OverviewPage.h"
#include "familyfile/PersonDialog.h"
#include "forms/CategoryChecks.h"
#include "forms/FormWidgets.h"
#include "forms/IdentityNumberField.h"
#include "forms/PersonText.h"

#include "domain/IdentityNumber.h"
#include "services/FamilyService.h"
#include "services/PersonService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// A valid identity number for `birth` (odd `sequence`: a man, even: a woman), its check
/// character computed by core.
QString idNumber(const QDate& birth, int sequence, const QString& region = QStringLiteral("500107"))
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdentityNumber::checkCharacter(first17);
}

/// `valid` with a wrong check character.
QString withWrongCheck(const QString& valid)
{
    const QChar right = valid.back();
    return valid.left(17) + (right == u'1' ? QChar(u'2') : QChar(u'1'));
}

/// Types `text` as a user would (key by key where QTest can; CJK through insert(), as an input
/// method delivers it).
void type(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    edit->del();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

/// Waits until every write queued so far has run (the writer runs jobs in order).
void flushWriter(Workspace& ws)
{
    auto done = ws.write([](CaseSession&) -> Result<int> { return 0; });
    done.waitForFinished();
}

FamilyFile openAs(CaseFixture& fx, const QString& user, const QString& familyId)
{
    auto file = FamilyService(fx.as(user)).open(familyId);
    if (!file.ok())
        qWarning() << file.error().toString();
    return file.ok() ? file.value() : FamilyFile{};
}

qint64 familyCount(CaseFixture& fx)
{
    FamilyQuery all;
    all.status.reset();
    auto n = FamilyService(fx.as(QStringLiteral("worker"))).count(all);
    return n.ok() ? n.value() : -1;
}

Person addPerson(CaseFixture& fx, const QString& familyId, MemberRole role, const QString& name,
                 const QString& number = {}, const QString& school = {})
{
    Person p;
    p.familyId = familyId;
    p.role = role;
    p.name = name;
    p.idNumber = number;
    p.school = school;
    auto added = PersonService(fx.as(QStringLiteral("worker"))).add(p);
    if (!added.ok())
        qWarning() << added.error().toString();
    return added.ok() ? added.value() : Person{};
}

} // namespace

class TestGuiMembers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identityNumberFieldChecksAsItIsTyped()
    {
        IdentityNumberField field;
        field.setToday(QDate(2026, 3, 2));
        QSignalSpy entered(&field, &IdentityNumberField::numberEntered);
        QLineEdit* edit = field.lineEdit();
        QCOMPARE(field.state(), IdentityNumberField::State::Empty);
        QVERIFY(field.isAcceptable());

        const QString number = idNumber(QDate(1990, 5, 1), 124); // even: a woman
        QTest::keyClicks(edit, number.left(10));
        QCOMPARE(field.state(), IdentityNumberField::State::Incomplete);
        QVERIFY(!field.isAcceptable());
        QVERIFY(!field.problem().isEmpty()); // says it needs 18 characters
        QTest::keyClicks(edit, number.mid(10));
        QCOMPARE(field.state(), IdentityNumberField::State::Valid);
        QCOMPARE(field.birthDate(), QDate(1990, 5, 1));
        QCOMPARE(field.gender(), QStringLiteral("female"));
        QVERIFY(field.stateText().contains(QStringLiteral("1990-05-01")));
        QVERIFY(field.stateText().contains(PersonText::genderName(QStringLiteral("female"))));
        QCOMPARE(entered.count(), 1);
        QCOMPARE(entered.at(0).at(0).toDate(), QDate(1990, 5, 1));
        QCOMPARE(entered.at(0).at(1).toString(), QStringLiteral("female"));

        // A typing mistake in the last character.
        edit->clear();
        QTest::keyClicks(edit, withWrongCheck(number));
        QCOMPARE(field.state(), IdentityNumberField::State::Invalid);
        QCOMPARE(field.stateText(), IdentityNumberField::tr("Check character wrong"));
        QCOMPARE(field.problem(),
                 IdentityNumber::parse(withWrongCheck(number), QDate(2026, 3, 2)).error().message);
        QVERIFY(field.birthDate().isNull());

        // A month 13 is caught as soon as the date is typed, before the number is complete.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("50010719901301"));
        QCOMPARE(field.state(), IdentityNumberField::State::Invalid);
        QCOMPARE(field.stateText(), IdentityNumberField::tr("Birth date invalid"));
        QVERIFY(field.problem().contains(QStringLiteral("19901301")));

        // A birth after today is impossible.
        edit->clear();
        QTest::keyClicks(edit, idNumber(QDate(2026, 6, 1), 11));
        QCOMPARE(field.stateText(), IdentityNumberField::tr("Birth date invalid"));

        // A lower-case x and spaces, as pasted from elsewhere, are tidied.
        QString withX;
        for (int seq = 1; seq < 999 && withX.isEmpty(); ++seq) {
            const QString n = idNumber(QDate(2015, 9, 1), seq);
            if (n.endsWith(u'X'))
                withX = n;
        }
        QVERIFY(!withX.isEmpty());
        edit->clear();
        QTest::keyClicks(edit, withX.left(6) + u' ' + withX.mid(6, 11) + u'x');
        QCOMPARE(field.text(), withX);
        QCOMPARE(field.state(), IdentityNumberField::State::Valid);

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("5001A7"));
        QCOMPARE(field.state(), IdentityNumberField::State::Invalid);
        QCOMPARE(field.stateText(), IdentityNumberField::tr("Digits and X only"));
    }

    void newFamilyDialogCreatesTheFamilyWithItsChild()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        NewFamilyDialog dialog(*ws);
        dialog.show();
        QVERIFY(waitUntil([&] { return dialog.townsLoaded(); }));
        QCOMPARE(dialog.towns(), QStringList{CaseFixture::kTownA}); // the worker's town only
        QCOMPARE(child<QComboBox>(&dialog, "townBox")->currentText(), CaseFixture::kTownA);
        QSignalSpy created(&dialog, &NewFamilyDialog::familyCreated);

        const QString number = idNumber(QDate(2016, 9, 12), 31); // a boy of 9
        type(child<QLineEdit>(&dialog, "communityEdit"), QStringLiteral("新民村"));
        type(child<QLineEdit>(&dialog, "addressEdit"), QStringLiteral("新民村三组12号"));
        QTest::mouseClick(child<QCheckBox>(&dialog, "category_left_behind"), Qt::LeftButton);
        type(child<QLineEdit>(&dialog, "childNameEdit"), QStringLiteral("王小明"));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), number);
        auto* gender = child<QComboBox>(&dialog, "genderBox");
        auto* birth = child<QLineEdit>(&dialog, "birthDateEdit");
        QCOMPARE(gender->currentData().toString(), QStringLiteral("male")); // from the number
        QVERIFY(!gender->isEnabled());
        QCOMPARE(birth->text(), QStringLiteral("2016-09-12"));
        QVERIFY(birth->isReadOnly());
        type(child<QLineEdit>(&dialog, "schoolEdit"), CaseFixture::kSchool);
        type(child<QLineEdit>(&dialog, "gradeEdit"), QStringLiteral("四年级"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);

        QVERIFY(waitUntil([&] { return created.count() == 1; }));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(prompter.asked.isEmpty()); // a boy of 9 is a child: nothing to confirm
        const QString familyId = created.at(0).at(0).toString();
        const FamilyFile file = openAs(fx, QStringLiteral("worker"), familyId);
        QCOMPARE(file.family.town, CaseFixture::kTownA);
        QCOMPARE(file.family.community, QStringLiteral("新民村"));
        QCOMPARE(file.family.address, QStringLiteral("新民村三组12号"));
        QCOMPARE(file.family.categories, CaseVocabulary::categoryBit(FamilyCategory::LeftBehind));
        QCOMPARE(file.family.schools, QStringList{CaseFixture::kSchool});
        QVERIFY(!file.family.fileNo.isEmpty());
        QCOMPARE(file.people.size(), 1);
        const Person& boy = file.people.first();
        QCOMPARE(boy.role, MemberRole::Child);
        QCOMPARE(boy.name, QStringLiteral("王小明"));
        QCOMPARE(boy.idNumber, number);
        QCOMPARE(boy.birthDate, QDate(2016, 9, 12));
        QCOMPARE(boy.gender, QStringLiteral("male"));
        QCOMPARE(boy.school, CaseFixture::kSchool);
        QCOMPARE(boy.grade, QStringLiteral("四年级"));
    }

    void newFamilyDialogRefusesAnInvalidNumberAndSavesNothing()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        const qint64 before = familyCount(fx);
        NewFamilyDialog dialog(*ws);
        dialog.show();
        QVERIFY(waitUntil([&] { return dialog.townsLoaded(); }));
        QSignalSpy created(&dialog, &NewFamilyDialog::familyCreated);
        type(child<QLineEdit>(&dialog, "childNameEdit"), QStringLiteral("李小红"));
        const QString wrong = withWrongCheck(idNumber(QDate(2014, 2, 3), 42));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), wrong);
        auto* field = child<IdentityNumberField>(&dialog, "identityNumberField");
        QCOMPARE(field->state(), IdentityNumberField::State::Invalid);
        QCOMPARE(child<QLabel>(&dialog, "identityNumberState")->text(),
                 IdentityNumberField::tr("Check character wrong"));

        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        auto* error = child<ErrorLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), IdentityNumber::parse(wrong, ws->today()).error().message);
        QVERIFY(dialog.isVisible()); // still open with what was typed
        flushWriter(*ws);
        QTest::qWait(20);
        QCOMPARE(created.count(), 0);
        QCOMPARE(familyCount(fx), before);
    }

    void aChildCoreRefusesLeavesNoFamilyBehind()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        // The number is already recorded in another file: core refuses the child.
        const QString number = idNumber(QDate(2013, 7, 7), 55);
        const QString other = fx.addFamily();
        QVERIFY(
            !addPerson(fx, other, MemberRole::Child, QStringLiteral("张一"), number).id.isEmpty());
        const QString otherNo = openAs(fx, QStringLiteral("worker"), other).family.fileNo;
        const qint64 before = familyCount(fx);
        QCOMPARE(before, 1);

        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        NewFamilyDialog dialog(*ws);
        dialog.show();
        QVERIFY(waitUntil([&] { return dialog.townsLoaded(); }));
        QSignalSpy created(&dialog, &NewFamilyDialog::familyCreated);
        type(child<QLineEdit>(&dialog, "childNameEdit"), QStringLiteral("张一"));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), number);
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        auto* error = child<ErrorLabel>(&dialog, "errorLabel");
        QVERIFY(waitUntil([&] { return error->isVisible(); }));
        QVERIFY2(error->text().contains(otherNo), qPrintable(error->text()));
        QCOMPARE(created.count(), 0);
        QCOMPARE(familyCount(fx), before); // the family was rolled back with the child
        QVERIFY(dialog.isVisible());
    }

    void aChildOfAdultAgeIsConfirmedFirst()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        Person fresh;
        fresh.familyId = familyId;
        fresh.role = MemberRole::Child;
        PersonDialog dialog(context, fresh);
        dialog.show();
        QSignalSpy saved(&dialog, &PersonDialog::saved);
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("赵大"));
        const QString number = idNumber(QDate(2000, 5, 1), 13); // 25 years old
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), number);

        prompter.confirmations = {false};
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(prompter.asked.first().contains(QStringLiteral("赵大")));
        flushWriter(*ws);
        QTest::qWait(20);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(openAs(fx, QStringLiteral("worker"), familyId).people.isEmpty());

        prompter.confirmations = {true};
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QCOMPARE(prompter.asked.size(), 2);
        const FamilyFile file = openAs(fx, QStringLiteral("worker"), familyId);
        QCOMPARE(file.people.size(), 1);
        QCOMPARE(file.people.first().idNumber, number);
        QCOMPARE(file.people.first().birthDate, QDate(2000, 5, 1));
    }

    void aVeryYoungGuardianIsConfirmedFirst()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        Person fresh;
        fresh.familyId = familyId;
        fresh.role = MemberRole::Guardian;
        PersonDialog dialog(context, fresh);
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, "schoolEdit")->isVisible()); // guardians: no school
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("钱小"));
        type(child<QLineEdit>(&dialog, "birthDateEdit"), QStringLiteral("2016-01-02"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 1); // unscripted: answered no
        flushWriter(*ws);
        QTest::qWait(20);
        QVERIFY(openAs(fx, QStringLiteral("worker"), familyId).people.isEmpty());

        // Of age: saved without a question.
        type(child<QLineEdit>(&dialog, "birthDateEdit"), QStringLiteral("1988-01-02"));
        child<QComboBox>(&dialog, "genderBox")->setCurrentIndex(2);
        QSignalSpy saved(&dialog, &PersonDialog::saved);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QCOMPARE(prompter.asked.size(), 1);
        const FamilyFile file = openAs(fx, QStringLiteral("worker"), familyId);
        QCOMPARE(file.people.size(), 1);
        QCOMPARE(file.people.first().birthDate, QDate(1988, 1, 2));
        QCOMPARE(file.people.first().gender, QStringLiteral("female"));
        QCOMPARE(file.people.first().role, MemberRole::Guardian);
    }

    void personDialogRefusesAnInvalidNumber()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        Person fresh;
        fresh.familyId = familyId;
        PersonDialog dialog(context, fresh);
        dialog.show();
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("孙小"));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), QStringLiteral("5001072015"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        auto* error = child<ErrorLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("18")));
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "identityNumberEdit"));
        flushWriter(*ws);
        QTest::qWait(20);
        QVERIFY(openAs(fx, QStringLiteral("worker"), familyId).people.isEmpty());
    }

    void editingANameAsksForAReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        const Person before = addPerson(fx, familyId, MemberRole::Child, QStringLiteral("周晓"),
                                        idNumber(QDate(2015, 3, 4), 22));
        QVERIFY(!before.id.isEmpty());
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        PersonDialog dialog(context, before);
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("周晓"));
        QVERIFY(!child<QComboBox>(&dialog, "roleBox")->isEnabled());
        QSignalSpy saved(&dialog, &PersonDialog::saved);
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("周小"));

        // Cancelled: nothing saved.
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 1);
        flushWriter(*ws);
        QTest::qWait(20);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(openAs(fx, QStringLiteral("worker"), familyId).people.first().name,
                 QStringLiteral("周晓"));

        prompter.reasons = {QStringLiteral("户口本核对，原录入错字")};
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QCOMPARE(prompter.asked.size(), 2);
        QCOMPARE(openAs(fx, QStringLiteral("worker"), familyId).people.first().name,
                 QStringLiteral("周小"));
        // The audit entry of the edit carries the reason (the opening was audited after it).
        const auto rows =
            fetchAll(fx.db(), "SELECT action, reason FROM audit_log WHERE action = 'person.edit';",
                     {}, [](const Statement& st) { return std::pair(st.text(0), st.text(1)); });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().second, QStringLiteral("户口本核对，原录入错字"));
    }

    void editingAPhoneNeedsNoReason()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        const Person before = addPerson(fx, familyId, MemberRole::Guardian, QStringLiteral("吴芳"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        PersonDialog dialog(context, before);
        dialog.show();
        QSignalSpy saved(&dialog, &PersonDialog::saved);
        type(child<QLineEdit>(&dialog, "phoneEdit"), QStringLiteral("138 0000 1111"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY(prompter.asked.isEmpty());
        QCOMPARE(openAs(fx, QStringLiteral("worker"), familyId).people.first().phone,
                 QStringLiteral("138 0000 1111"));
    }

    void overviewEditsSaveAndReadBack()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                              QStringLiteral("旧村"), QStringLiteral("旧址1号"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        OverviewPage page(context);
        page.show();
        FamilyFile file = openAs(fx, QStringLiteral("worker"), familyId);
        page.showFile(file);
        QCOMPARE(child<QLabel>(&page, "overviewFileNumber")->text(), file.family.fileNo);
        QCOMPARE(child<QLineEdit>(&page, "communityEdit")->text(), QStringLiteral("旧村"));
        QVERIFY(!page.hasUnsavedEdits());
        auto* save = child<QPushButton>(&page, "saveOverviewButton");
        QVERIFY(!save->isEnabled());

        type(child<QLineEdit>(&page, "communityEdit"), QStringLiteral("新村"));
        type(child<QLineEdit>(&page, "schoolsEdit"), QStringLiteral("白市驿小学、白市驿中学"));
        QTest::mouseClick(child<QCheckBox>(&page, "category_grandparent"), Qt::LeftButton);
        child<QPlainTextEdit>(&page, "notesEdit")->setPlainText(QStringLiteral("祖母照料"));
        QVERIFY(page.hasUnsavedEdits());
        QVERIFY(save->isEnabled());
        const QVariantMap draft = page.draft().toMap();
        QCOMPARE(draft.value(QStringLiteral("community")).toString(), QStringLiteral("新村"));
        QVERIFY(!draft.contains(QStringLiteral("address"))); // untouched fields stay out

        // A draft goes into a fresh page and is dropped again.
        OverviewPage other(context);
        other.showFile(file);
        other.restoreDraft(draft);
        QVERIFY(other.hasUnsavedEdits());
        QCOMPARE(child<QLineEdit>(&other, "communityEdit")->text(), QStringLiteral("新村"));
        QCOMPARE(child<QPlainTextEdit>(&other, "notesEdit")->toPlainText(),
                 QStringLiteral("祖母照料"));
        other.discardEdits();
        QVERIFY(!other.hasUnsavedEdits());
        QCOMPARE(child<QLineEdit>(&other, "communityEdit")->text(), QStringLiteral("旧村"));

        // A reload from elsewhere keeps the edits and takes the fields not touched.
        FamilyEdit elsewhere;
        elsewhere.address = QStringLiteral("新址8号");
        QVERIFY(FamilyService(fx.as(QStringLiteral("worker"))).edit(familyId, elsewhere).ok());
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        QCOMPARE(child<QLineEdit>(&page, "addressEdit")->text(), QStringLiteral("新址8号"));
        QCOMPARE(child<QLineEdit>(&page, "communityEdit")->text(), QStringLiteral("新村"));
        QVERIFY(page.hasUnsavedEdits());

        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !page.hasUnsavedEdits(); }));
        QVERIFY(prompter.informed.isEmpty());
        auto saved = FamilyService(fx.as(QStringLiteral("worker"))).find(familyId);
        QVERIFY(saved.ok());
        QCOMPARE(saved->community, QStringLiteral("新村"));
        QCOMPARE(saved->address, QStringLiteral("新址8号"));
        QCOMPARE(saved->schools,
                 (QStringList{QStringLiteral("白市驿小学"), QStringLiteral("白市驿中学")}));
        QCOMPARE(saved->categories, CaseVocabulary::categoryBit(FamilyCategory::Grandparent));
        QCOMPARE(saved->notes, QStringLiteral("祖母照料"));
        QVERIFY(!child<QLabel>(&page, "overviewSavedLabel")->text().isEmpty());
        QVERIFY(!save->isEnabled());
    }

    void overviewShowsCoreRefusals()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        OverviewPage page(context);
        page.show();
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        // A control character in the notes: core refuses, the page keeps the edit.
        child<QPlainTextEdit>(&page, "notesEdit")->setPlainText(QStringLiteral("a\u0007b"));
        QTest::mouseClick(child<QPushButton>(&page, "saveOverviewButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !prompter.informed.isEmpty(); }));
        QVERIFY(page.hasUnsavedEdits());
        QVERIFY(child<QPushButton>(&page, "saveOverviewButton")->isEnabled());
    }

    void counselorSeesOnlyTheirPartReadOnly()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                              QStringLiteral("石院村"), QStringLiteral("秘密地址"));
        addPerson(fx, familyId, MemberRole::Child, QStringLiteral("郑小童"),
                  idNumber(QDate(2017, 4, 5), 17), CaseFixture::kSchool);
        addPerson(fx, familyId, MemberRole::Guardian, QStringLiteral("郑监护"));
        auto ws = openWorkspace(fx, QStringLiteral("counselor"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        const QList<FilePage*> pages = makeFilePages(context, Role::Counselor, nullptr);
        OverviewPage* page = nullptr;
        for (FilePage* p : pages)
            if (p->pageId() == FilePageId::Overview)
                page = qobject_cast<OverviewPage*>(p);
        QVERIFY(page);
        for (FilePage* p : pages)
            QVERIFY(p->pageId() != FilePageId::Members && p->pageId() != FilePageId::Map);
        page->show();
        const FamilyFile file = openAs(fx, QStringLiteral("counselor"), familyId);
        QVERIFY(file.partial);
        page->showFile(file);
        QVERIFY(!child<QLineEdit>(page, "addressEdit")->isVisible());
        QVERIFY(!child<QPlainTextEdit>(page, "notesEdit")->isVisible());
        QVERIFY(!child<CategoryChecks>(page, "overviewCategories")->isVisible());
        QVERIFY(child<QLineEdit>(page, "communityEdit")->isReadOnly());
        QVERIFY(!child<QPushButton>(page, "saveOverviewButton")->isVisible());
        const QString children = child<QLabel>(page, "overviewChildren")->text();
        QVERIFY(children.contains(QStringLiteral("郑小童")));
        QVERIFY(!children.contains(QStringLiteral("郑监护")));
        type(child<QLineEdit>(page, "communityEdit"), QStringLiteral("x"));
        QVERIFY(!page->hasUnsavedEdits());
        qDeleteAll(pages);
    }

    void membersPageListsMaskedAndOpensTheDialog()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        const QString number = idNumber(QDate(2012, 10, 1), 88);
        addPerson(fx, familyId, MemberRole::Guardian, QStringLiteral("冯母"));
        addPerson(fx, familyId, MemberRole::Child, QStringLiteral("冯小"), number,
                  CaseFixture::kSchool);
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        MembersPage page(context);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 500);
        page.show();
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        QVERIFY(!child<QLabel>(&page, "membersEmptyLabel")->isVisible());
        MembersModel* model = page.model();
        QCOMPARE(model->rowCount(), 2);
        // Children first.
        QCOMPARE(model->index(0, MembersModel::Name).data().toString(), QStringLiteral("冯小"));
        QCOMPARE(model->index(0, MembersModel::Age).data().toString(),
                 PersonText::ageText(QDate(2012, 10, 1), ws->today()));
        QCOMPARE(model->index(0, MembersModel::Gender).data().toString(),
                 PersonText::genderName(QStringLiteral("female")));
        const QString masked = model->index(0, MembersModel::IdNumber).data().toString();
        QCOMPARE(masked, QString(14, u'*') + number.right(4));
        QVERIFY(!masked.contains(number.left(6)));
        QCOMPARE(model->index(1, MembersModel::Role).data().toString(),
                 CaseVocabulary::displayName(MemberRole::Guardian));

        child<QCheckBox>(&page, "revealIdNumbers")->setChecked(true);
        QCOMPARE(model->index(0, MembersModel::IdNumber).data().toString(), number);
        child<QCheckBox>(&page, "revealIdNumbers")->setChecked(false);
        QCOMPARE(model->index(0, MembersModel::IdNumber).data().toString(), masked);

        // Enter on a row edits it.
        page.table()->setFocus();
        page.table()->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(page.table(), Qt::Key_Return);
        auto* dialog = page.findChild<PersonDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("冯母"));
        QVERIFY(!dialog->isNew());
        dialog->reject();
        QTRY_VERIFY(!page.findChild<PersonDialog*>());

        // Double-click edits too.
        const QRect cell = page.table()->visualRect(model->index(0, MembersModel::Name));
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
        dialog = page.findChild<PersonDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("冯小"));
        dialog->reject();
        QTRY_VERIFY(!page.findChild<PersonDialog*>());

        // "Add guardian" opens an empty form with the role preset; saving shows the new row.
        QTest::mouseClick(child<QPushButton>(&page, "addGuardianButton"), Qt::LeftButton);
        dialog = page.findChild<PersonDialog*>();
        QVERIFY(dialog && dialog->isNew());
        QCOMPARE(child<QComboBox>(dialog, "roleBox")->currentData().toInt(),
                 int(MemberRole::Guardian));
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("冯父"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<PersonDialog*>());
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId)); // as the file view does
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(
            model->index(page.table()->currentIndex().row(), MembersModel::Name).data().toString(),
            QStringLiteral("冯父")); // the new member is selected
    }

    void membersPageOfAClosedFileOffersNoChanges()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        addPerson(fx, familyId, MemberRole::Child, QStringLiteral("陈小"));
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(familyId, FamilyStatus::Closed, QStringLiteral("已稳定"))
                    .ok());
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        MembersPage page(context);
        page.show();
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        QVERIFY(!child<QPushButton>(&page, "addChildButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "editMemberButton")->isEnabled());
        QVERIFY(child<QLabel>(&page, "membersReadOnlyLabel")->isVisible());
        QVERIFY(!page.editMember(0));
    }

    void familyMapDrawsTheGenogram()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily();
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        FamilyMapPage page(context);
        page.resize(1000, 560);
        page.show();
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        QVERIFY(child<QLabel>(&page, "familyMapEmptyLabel")->isVisible());
        QSignalSpy requested(&page, &FilePage::pageRequested);
        QTest::mouseClick(child<QPushButton>(&page, "goToMembersButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<FilePageId>(), FilePageId::Members);

        const Person father = addPerson(fx, familyId, MemberRole::Guardian, QStringLiteral("林父"),
                                        idNumber(QDate(1985, 1, 1), 11));
        const Person mother = addPerson(fx, familyId, MemberRole::Guardian, QStringLiteral("林母"),
                                        idNumber(QDate(1987, 2, 2), 22));
        const Person son = addPerson(fx, familyId, MemberRole::Child, QStringLiteral("林一"),
                                     idNumber(QDate(2014, 3, 3), 33));
        const Person daughter = addPerson(fx, familyId, MemberRole::Child, QStringLiteral("林二"),
                                          idNumber(QDate(2017, 4, 4), 44));
        const Person uncle = addPerson(fx, familyId, MemberRole::Member, QStringLiteral("林叔"));
        page.showFile(openAs(fx, QStringLiteral("worker"), familyId));
        QVERIFY(!child<QLabel>(&page, "familyMapEmptyLabel")->isVisible());
        QVERIFY(page.view()->isVisible());

        FamilyMapScene* scene = page.scene();
        QCOMPARE(scene->symbols().size(), 5);
        QHash<QString, QGraphicsItem*> byId;
        for (QGraphicsItem* item : scene->symbols())
            byId.insert(item->data(FamilyMapScene::kPersonIdKey).toString(), item);
        QVERIFY(qgraphicsitem_cast<QGraphicsRectItem*>(byId.value(father.id)));
        QVERIFY(qgraphicsitem_cast<QGraphicsEllipseItem*>(byId.value(mother.id)));
        QVERIFY(qgraphicsitem_cast<QGraphicsRectItem*>(byId.value(son.id)));
        QVERIFY(qgraphicsitem_cast<QGraphicsEllipseItem*>(byId.value(daughter.id)));
        QVERIFY(qgraphicsitem_cast<QGraphicsPolygonItem*>(byId.value(uncle.id)));
        // Guardians above the children; the elder child on the left.
        QVERIFY(byId.value(father.id)->sceneBoundingRect().bottom() <
                byId.value(son.id)->sceneBoundingRect().top());
        QVERIFY(byId.value(son.id)->sceneBoundingRect().left() <
                byId.value(daughter.id)->sceneBoundingRect().left());
        // Children have a double outline; the ages are written.
        QCOMPARE(byId.value(son.id)->childItems().size(), 1);
        QCOMPARE(byId.value(father.id)->childItems().size(), 0);
        QStringList texts;
        int lines = 0;
        for (QGraphicsItem* item : scene->items()) {
            if (auto* t = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
                texts << t->text();
            if (qgraphicsitem_cast<QGraphicsLineItem*>(item))
                ++lines;
        }
        for (const QString& expected :
             {QStringLiteral("林父"), QStringLiteral("林二"), QStringLiteral("11"),
              QStringLiteral("8"), QStringLiteral("?")})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
        // Guardians' line, descent, siblings' line, one line down to each child, the legend's.
        QCOMPARE(lines, 1 + 1 + 1 + 2 + 1);

        const QImage image = scene->toImage(1.0);
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5); // lines and anti-aliased text were drawn
    }

    /// Pictures for people to look at, when asked for: JIAHU_SHOTS=<dir> (under Xvfb, with
    /// JIAHU_SHOTS_QM=<catalogue .qm> and JIAHU_SHOTS_TSV=<this part's strings> for Chinese).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("JIAHU_SHOTS");
        if (dir.isEmpty())
            QSKIP("set JIAHU_SHOTS to a directory to write screenshots");
        const ShotTranslators translators;

        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString familyId = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                              QStringLiteral("新民村"), QStringLiteral("三组12号"));
        Person p;
        p.familyId = familyId;
        auto add = [&](MemberRole role, const QString& name, const QString& number,
                       const QString& relationship, const QString& school = {},
                       const QString& grade = {}) {
            p.role = role;
            p.name = name;
            p.idNumber = number;
            p.relationship = relationship;
            p.school = school;
            p.grade = grade;
            QVERIFY(PersonService(fx.as(QStringLiteral("worker"))).add(p).ok());
        };
        add(MemberRole::Guardian, QStringLiteral("王建国"), idNumber(QDate(1984, 6, 1), 11),
            QStringLiteral("父亲"));
        add(MemberRole::Guardian, QStringLiteral("李秀英"), idNumber(QDate(1986, 8, 9), 22),
            QStringLiteral("母亲"));
        add(MemberRole::Guardian, QStringLiteral("王桂兰"), idNumber(QDate(1958, 1, 20), 42),
            QStringLiteral("祖母"));
        add(MemberRole::Child, QStringLiteral("王小明"), idNumber(QDate(2014, 9, 12), 31),
            QString(), CaseFixture::kSchool, QStringLiteral("六年级"));
        add(MemberRole::Child, QStringLiteral("王小红"), idNumber(QDate(2018, 3, 3), 44), QString(),
            CaseFixture::kSchool, QStringLiteral("二年级"));
        add(MemberRole::Member, QStringLiteral("王建军"), QString(), QStringLiteral("叔叔"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FileContext context(*ws, familyId);
        const FamilyFile file = openAs(fx, QStringLiteral("worker"), familyId);

        const auto shoot = [&](QWidget& w, const QString& name) {
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(200);
            const QString path = QDir(dir).filePath(name);
            QVERIFY(w.grab().save(path));
            qInfo() << "screenshot:" << path;
        };
        FamilyMapPage map(context);
        map.resize(1100, 560);
        map.showFile(file);
        shoot(map, QStringLiteral("h1_family_map.png"));
        QVERIFY(map.scene()->toImage(2.0).save(
            QDir(dir).filePath(QStringLiteral("h1_family_map_print.png"))));

        MembersPage members(context);
        members.resize(1100, 420);
        members.showFile(file);
        shoot(members, QStringLiteral("h1_members.png"));

        OverviewPage overview(context);
        overview.resize(1100, 600);
        overview.showFile(file);
        shoot(overview, QStringLiteral("h1_overview.png"));

        NewFamilyDialog dialog(*ws);
        QVERIFY(waitUntil([&] { return dialog.townsLoaded(); }));
        type(child<QLineEdit>(&dialog, "communityEdit"), QStringLiteral("新民村"));
        type(child<QLineEdit>(&dialog, "childNameEdit"), QStringLiteral("赵小雨"));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"), idNumber(QDate(2015, 5, 1), 24));
        type(child<QLineEdit>(&dialog, "schoolEdit"), CaseFixture::kSchool);
        dialog.adjustSize();
        shoot(dialog, QStringLiteral("h1_new_family.png"));
        type(child<QLineEdit>(&dialog, "identityNumberEdit"),
             withWrongCheck(idNumber(QDate(2015, 5, 1), 24)));
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        shoot(dialog, QStringLiteral("h1_new_family_error.png"));

        PersonDialog person(context, file.people.first());
        person.adjustSize();
        shoot(person, QStringLiteral("h1_person_dialog.png"));
    }
};

QTEST_MAIN(TestGuiMembers)
#include "tst_gui_members.moc"
