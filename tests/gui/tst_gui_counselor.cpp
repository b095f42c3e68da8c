// The school counselor's page (我的学生), driven offscreen over a CaseFixture database: only the
// children of the counselor's school in coded files are listed — no guardian, no child at
// another school, nothing of an uncoded file; choosing a child shows their follow-ups and
// psychological checks; the counselor records a follow-up with the embedded quick form and it
// is read back through core; the lists follow the change.
#include "GuiSupport.h"

#include "counselor/CounselorPage.h"
#include "counselor/StudentListModel.h"
#include "counselor/StudentRecordsModel.h"
#include "familyfile/FollowUpForm.h"

#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/RiskService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

Person addPerson(CaseFixture& fx, const QString& familyId, MemberRole role, const QString& name,
                 const QString& school = {}, const QString& grade = {})
{
    Person p;
    p.familyId = familyId;
    p.role = role;
    p.name = name;
    p.school = school;
    p.grade = grade;
    auto added = PersonService(fx.as(QStringLiteral("worker"))).add(p);
    if (!added.ok())
        qWarning() << added.error().toString();
    return added.ok() ? added.value() : Person{};
}

bool code(CaseFixture& fx, const QString& familyId, RiskCode riskCode)
{
    return RiskService(fx.as(QStringLiteral("worker")))
        .propose(familyId, riskCode, QStringLiteral("入户核查"))
        .ok();
}

/// Everything the page shows as text: labels, buttons, combo items and every cell of every
/// table (and the tooltips of the cells).
QString allText(QWidget* page)
{
    QStringList texts;
    for (auto* label : page->findChildren<QLabel*>())
        if (label->isVisibleTo(page))
            texts << label->text();
    for (auto* combo : page->findChildren<QComboBox*>())
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    for (auto* table : page->findChildren<QTableView*>()) {
        const QAbstractItemModel* m = table->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->index(r, c).data().toString()
                      << m->index(r, c).data(Qt::ToolTipRole).toString();
    }
    return texts.join(u'\n');
}

/// A red file with 王小明 (the counselor's school), his sister at another school and their
/// grandmother; a yellow file with 李小花 (the counselor's school); an orange file whose only
/// child is at another school; an uncoded file with a child at the counselor's school.
struct School {
    QString red, yellow, elsewhere, uncoded;
    Person xiaoming, sister, grandmother, xiaohua;
};

School makeSchool(CaseFixture& fx)
{
    School s;
    s.red = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新民村"),
                         QStringLiteral("新民村5组8号"));
    s.xiaoming = addPerson(fx, s.red, MemberRole::Child, QStringLiteral("王小明"),
                           CaseFixture::kSchool, QStringLiteral("四年级"));
    s.sister = addPerson(fx, s.red, MemberRole::Child, QStringLiteral("王小红"),
                         QStringLiteral("含谷中学"), QStringLiteral("初一"));
    s.grandmother = addPerson(fx, s.red, MemberRole::Guardian, QStringLiteral("张桂英"));
    code(fx, s.red, RiskCode::Red);
    s.yellow =
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("石院村"));
    s.xiaohua = addPerson(fx, s.yellow, MemberRole::Child, QStringLiteral("李小花"),
                          CaseFixture::kSchool, QStringLiteral("二年级"));
    code(fx, s.yellow, RiskCode::Yellow);
    s.elsewhere = fx.addFamily();
    addPerson(fx, s.elsewhere, MemberRole::Child, QStringLiteral("赵小军"),
              QStringLiteral("含谷中学"));
    code(fx, s.elsewhere, RiskCode::Orange);
    s.uncoded = fx.addFamily();
    addPerson(fx, s.uncoded, MemberRole::Child, QStringLiteral("孙小兰"), CaseFixture::kSchool);

    // The worker's records: a home visit about the whole family (with words about the
    // grandmother), a school visit about 王小明, a psychological check of 王小明, a visit to the
    // sister.
    FollowUpService worker(fx.as(QStringLiteral("worker")));
    const QDate today = fx.as(QStringLiteral("worker")).today();
    auto add = [&](const QString& personId, FollowUpKind kind, const QString& notes, int daysAgo) {
        FollowUp x = visit(s.red, today.addDays(-daysAgo), kind, notes);
        x.personId = personId;
        if (!worker.add(x).ok())
            qWarning("follow-up refused");
    };
    add({}, FollowUpKind::HomeVisit, QStringLiteral("祖母身体不好，家中经济困难"), 6);
    add(s.xiaoming.id, FollowUpKind::School, QStringLiteral("在校表现稳定"), 5);
    add(s.xiaoming.id, FollowUpKind::PsychCheck, QStringLiteral("情绪量表得分正常"), 4);
    add(s.sister.id, FollowUpKind::School, QStringLiteral("初一适应良好"), 3);
    return s;
}

void forbiddenAbsent(QWidget* page)
{
    const QString text = allText(page);
    for (const QString& word :
         {QStringLiteral("王小红"), QStringLiteral("张桂英"), QStringLiteral("含谷中学"),
          QStringLiteral("赵小军"), QStringLiteral("孙小兰"), QStringLiteral("祖母身体不好"),
          QStringLiteral("初一适应良好"), QStringLiteral("新民村5组8号")})
        QVERIFY2(!text.contains(word), qPrintable(word));
}

} // namespace

class TestGuiCounselor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void counselorSeesOnlyTheirSchoolsChildrenAndRecordsAFollowUp()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const School s = makeSchool(fx);
        auto ws = openWorkspace(fx, QStringLiteral("counselor"));
        QVERIFY(ws);

        CounselorPage page(*ws);
        page.resize(1366, 720);
        StudentListModel* students = page.students();
        QAbstractItemModelTester t1(students,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* followUpTable = child<QTableView>(&page, "followUpTable");
        auto* psychTable = child<QTableView>(&page, "psychCheckTable");
        QAbstractItemModelTester t2(followUpTable->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(psychTable->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            waitUntil([&] { return students->rowCount() == 2 && students->totalCount() == 2; }));
        // The red file's child first; nobody else of either family, no other school.
        QCOMPARE(students->rowAt(0).child.id, s.xiaoming.id);
        QCOMPARE(students->rowAt(1).child.id, s.xiaohua.id);
        QCOMPARE(students->index(0, StudentListModel::Name).data().toString(),
                 QStringLiteral("王小明"));
        QCOMPARE(students->index(0, StudentListModel::Grade).data().toString(),
                 QStringLiteral("四年级"));
        forbiddenAbsent(&page);
        QVERIFY(child<QLabel>(&page, "noStudentLabel")->isVisibleTo(&page));

        // Choosing 王小明 opens his family's partial file (audited) and shows his records.
        auto* list = child<QTableView>(&page, "studentTable");
        list->setCurrentIndex(students->index(0, StudentListModel::Name));
        QVERIFY(waitUntil([&] { return page.isFileLoaded(); }));
        QCOMPARE(page.currentChildId(), s.xiaoming.id);
        auto* followUps = qobject_cast<StudentRecordsModel*>(followUpTable->model());
        auto* checks = qobject_cast<StudentRecordsModel*>(psychTable->model());
        QCOMPARE(followUps->rowCount(), 1);
        QCOMPARE(followUps->followUpAt(0).kind, FollowUpKind::School);
        QCOMPARE(checks->rowCount(), 1);
        QCOMPARE(checks->followUpAt(0).notes, QStringLiteral("情绪量表得分正常"));
        QCOMPARE(child<QLabel>(&page, "studentName")->text(), QStringLiteral("王小明"));
        forbiddenAbsent(&page);

        // The quick form is for him (the only child of this school in the family).
        FollowUpForm* form = page.followUpForm();
        QVERIFY(form);
        auto* person = child<QComboBox>(form, "personCombo");
        QCOMPARE(person->count(), 1);
        QCOMPARE(person->currentData().toString(), s.xiaoming.id);
        auto* save = child<QPushButton>(form, "saveFollowUpButton");
        QVERIFY(waitUntil([&] { return save->isEnabled(); }));
        auto* kind = child<QComboBox>(form, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(FollowUpKind::PsychCheck)));
        child<QPlainTextEdit>(form, "notesEdit")
            ->setPlainText(QStringLiteral("心理筛查：睡眠改善"));
        QSignalSpy saved(form, &FollowUpForm::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY2(prompter.informed.isEmpty(), qPrintable(prompter.informed.join(u'|')));

        // Read back through core as the counselor: about 王小明, a psychological check.
        auto file = FamilyService(fx.as(QStringLiteral("counselor"))).open(s.red);
        QVERIFY(file.ok());
        const FollowUp* mine = nullptr;
        for (const FollowUp& x : file->followUps)
            if (x.notes == QStringLiteral("心理筛查：睡眠改善"))
                mine = &x;
        QVERIFY(mine);
        QCOMPARE(mine->personId, s.xiaoming.id);
        QCOMPARE(mine->kind, FollowUpKind::PsychCheck);
        QCOMPARE(mine->byUserName, QStringLiteral("counselor"));

        // The change event reloads the file: the new check is listed, the form is for him again.
        QVERIFY(waitUntil([&] { return checks->rowCount() == 2; }));
        QCOMPARE(checks->followUpAt(0).notes, QStringLiteral("心理筛查：睡眠改善"));
        QCOMPARE(person->currentData().toString(), s.xiaoming.id);
        // The family's next due date moved with it: the list shows the new one.
        QVERIFY(waitUntil([&] { return students->rowAt(0).family.nextDue == mine->nextDue; }));

        // Another student: half-written notes are asked about first; "no" keeps them.
        child<QPlainTextEdit>(form, "notesEdit")->setPlainText(QStringLiteral("还没写完"));
        prompter.confirmations = {false};
        list->setCurrentIndex(students->index(1, StudentListModel::Name));
        QVERIFY(waitUntil([&] { return list->currentIndex().row() == 0; })); // back to 王小明
        QCOMPARE(page.currentChildId(), s.xiaoming.id);
        QCOMPARE(prompter.asked.size(), 1);
        prompter.confirmations = {true};
        list->setCurrentIndex(students->index(1, StudentListModel::Name));
        QVERIFY(waitUntil(
            [&] { return page.isFileLoaded() && page.currentChildId() == s.xiaohua.id; }));
        QCOMPARE(followUps->rowCount(), 0);
        QCOMPARE(checks->rowCount(), 0);
        QVERIFY(child<QLabel>(&page, "followUpsEmptyLabel")->isVisibleTo(&page));
        QVERIFY(child<QLabel>(&page, "psychEmptyLabel")->isVisibleTo(&page));
        forbiddenAbsent(&page);
    }

    void emptyWatchListSaysWhatWillAppear()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const QString uncoded = fx.addFamily();
        const Person xiaolan = addPerson(fx, uncoded, MemberRole::Child, QStringLiteral("孙小兰"),
                                         CaseFixture::kSchool);
        auto ws = openWorkspace(fx, QStringLiteral("counselor"));
        QVERIFY(ws);
        CounselorPage page(*ws);
        auto* empty = child<QLabel>(&page, "studentEmptyLabel");
        QVERIFY(waitUntil([&] { return empty->isVisibleTo(&page); }));
        QVERIFY(!child<QTableView>(&page, "studentTable")->isVisibleTo(&page));
        // The caseworker codes the file (in another session); the child comes in with the next
        // change this workspace hears of: here the counselor's own follow-up.
        QVERIFY(code(fx, uncoded, RiskCode::Blue));
        QCOMPARE(page.students()->rowCount(), 0);
        auto added = ws->write([&](CaseSession& session) {
            FollowUp x = visit(uncoded, session.today(), FollowUpKind::School,
                               QStringLiteral("班主任反映情绪低落"));
            x.personId = xiaolan.id;
            return FollowUpService(session).add(x);
        });
        QVERIFY(waitUntil([&] { return added.isFinished(); }));
        QVERIFY(added.result().ok());
        QVERIFY(waitUntil([&] { return page.students()->rowCount() == 1; }));
        QCOMPARE(page.students()->rowAt(0).child.id, xiaolan.id);
        QVERIFY(waitUntil([&] { return !empty->isVisibleTo(&page); }));
    }

    /// Pictures for people to look at, when asked for: JIAHU_SHOTS=<dir> (under Xvfb), with
    /// JIAHU_SHOTS_QM=<catalogue .qm> and JIAHU_SHOTS_TSV=<a folder of parts' strings>.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("JIAHU_SHOTS");
        if (dir.isEmpty())
            QSKIP("set JIAHU_SHOTS to a directory (under Xvfb) for screenshots");
        const ShotTranslators translators;
        const QLocale locale;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        CaseFixture fx;
        QVERIFY(fx.ok());
        ScriptedPrompter prompter;
        const School s = makeSchool(fx);
        const QStringList names{QStringLiteral("陈小雨"), QStringLiteral("刘小军"),
                                QStringLiteral("周小燕"), QStringLiteral("吴小龙"),
                                QStringLiteral("郑小梅")};
        for (int i = 0; i < int(names.size()); ++i) {
            const QString id = fx.addFamily();
            addPerson(fx, id, MemberRole::Child, names.at(i), CaseFixture::kSchool,
                      QStringLiteral("三年级"));
            code(fx, id, i % 2 ? RiskCode::Blue : RiskCode::Orange);
        }
        fx.advanceDays(9);
        auto ws = openWorkspace(fx, QStringLiteral("counselor"));
        QVERIFY(ws);
        CounselorPage page(*ws);
        page.resize(1366, 768);
        page.show();
        QVERIFY(waitUntil([&] { return page.students()->rowCount() == 7; }));
        auto* list = child<QTableView>(&page, "studentTable");
        list->setCurrentIndex(page.students()->index(0, StudentListModel::Name));
        QVERIFY(waitUntil([&] { return page.isFileLoaded(); }));
        QTest::qWait(300);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("h5_counselor.png"))));
        QLocale::setDefault(locale);
    }
};

QTEST_MAIN(TestGuiCounselor)
#include "tst_gui_counselor.moc"
