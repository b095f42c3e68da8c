// Under Xvfb (a real X server, 1366x768 like the older office PCs caseworkers use): the whole
// application over a realistic demo database (300 generated families, the users of dev.sh),
// driven through the welcome window as the caseworker 刘颖, in Chinese and in English. Every
// main screen is saved as a PNG (./dev.sh screenshot copies them into docs/screenshots/) and
// checked: the data arrived, key widgets are visible and not empty, the image is not blank.
#include "families/FamiliesPage.h"
#include "families/FamilyListModel.h"
#include "familyfile/AnswerRow.h"
#include "familyfile/AssessmentPage.h"
#include "familyfile/AssessmentWizard.h"
#include "familyfile/FamilyFileView.h"
#include "familyfile/FamilyMapScene.h"
#include "familyfile/ReferralWizard.h"
#include "familyfile/ReferralsPage.h"
#include "familyfile/TimelineModel.h"
#include "familyfile/TimelinePage.h"
#include "look/AppFonts.h"
#include "look/RiskCodeDelegate.h"
#include "settings/AppSettings.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "welcome/WelcomeWindow.h"

#include "GuiSupport.h"
#include "TestSupport.h"

#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/ReferenceData.h"
#include "services/Vault.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <ctime>

using namespace jiahu;

namespace {

constexpr const char* kPassword = "jiahu-demo-2026";
constexpr int kFamilies = 300;
constexpr quint64 kSeed = 2026;
const QSize kScreen(1366, 768);

/// Not blank: `image` holds many colours (anti-aliased CJK text, frames, buttons) and enough
/// dark pixels for text to have been drawn.
void checkNotBlank(const QImage& image)
{
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 200);
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            if (qGray(p) < 100)
                ++dark;
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

/// Whether `image` shows a pixel close to `colour` (a risk colour drawn somewhere).
bool showsColour(const QImage& image, const QColor& colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (qAbs(p.red() - colour.red()) < 6 && qAbs(p.green() - colour.green()) < 6 &&
                qAbs(p.blue() - colour.blue()) < 6)
                return true;
        }
    return false;
}

/// Lets layouts, pending answers and painting settle before a grab.
void settle(int ms = 400)
{
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

/// Widgets of `root` that are visible and draw text cut short: labels without word wrap whose
/// text is wider than they are, buttons narrower than their text, table headers narrower than
/// their title. Reported (for people to look at), and returned.
QStringList clippedText(QWidget* root)
{
    QStringList found;
    const auto name = [](const QWidget* w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        const int need = label->fontMetrics().horizontalAdvance(label->text());
        if (need > label->contentsRect().width() + 2)
            found << QStringLiteral("label %1 “%2” needs %3 px, has %4")
                         .arg(name(label), label->text())
                         .arg(need)
                         .arg(label->contentsRect().width());
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 2)
            found << QStringLiteral("button %1 “%2” needs %3 px, has %4")
                         .arg(name(button), button->text())
                         .arg(button->sizeHint().width())
                         .arg(button->width());
    }
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal ||
            !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString title =
                header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
            const int need = header->sectionSizeHint(i);
            if (!title.isEmpty() && need > header->sectionSize(i) + 2)
                found << QStringLiteral("column “%1” of %2 needs %3 px, has %4")
                             .arg(title, name(header->parentWidget()))
                             .arg(need)
                             .arg(header->sectionSize(i));
        }
    }
    for (QListWidget* list : root->findChildren<QListWidget*>()) {
        if (!list->isVisibleTo(root))
            continue;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            const int need =
                list->fontMetrics().horizontalAdvance(item->text()) + list->iconSize().width() + 20;
            if (need > list->viewport()->width())
                found << QStringLiteral("list entry %1 “%2” needs %3 px, has %4")
                             .arg(name(list), item->text())
                             .arg(need)
                             .arg(list->viewport()->width());
        }
    }
    for (const QString& f : std::as_const(found))
        qInfo().noquote() << "  clipped:" << f;
    return found;
}

/// Visible text of `root` that is plain English in the Chinese UI: Latin words of four letters
/// or more that no Chinese text around them explains (file numbers, dates and names of the
/// demo are digits, codes or Chinese).
QStringList englishLeft(QWidget* root)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    auto check = [&](const QString& where, const QString& text) {
        if (text.isEmpty() || !word.match(text).hasMatch())
            return;
        for (const QChar c : text)
            if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                return;
        found << QStringLiteral("%1: “%2”").arg(where, text);
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root))
            check(QStringLiteral("label ") + label->objectName(), label->text());
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root))
            check(QStringLiteral("button ") + button->objectName(), button->text());
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        if (edit->isVisibleTo(root))
            check(QStringLiteral("placeholder ") + edit->objectName(), edit->placeholderText());
    for (QHeaderView* header : root->findChildren<QHeaderView*>())
        if (header->isVisibleTo(root) && header->model() && header->orientation() == Qt::Horizontal)
            for (int i = 0; i < header->count(); ++i)
                check(QStringLiteral("column"),
                      header->model()->headerData(i, Qt::Horizontal).toString());
    for (const QString& f : std::as_const(found))
        qInfo().noquote() << "  english:" << f;
    return found;
}

/// Saves `image` as `name` in SCREENSHOT_DIR after checking it is not blank.
void save(const QImage& image, const QString& name)
{
    checkNotBlank(image);
    if (QTest::currentTestFailed())
        return;
    const QString out = QStringLiteral(SCREENSHOT_DIR "/") + name;
    QVERIFY2(image.save(out), qPrintable(out));
    qInfo().noquote() << "screenshot:" << out;
}

void saveWindow(QWidget* window, const QString& name)
{
    settle();
    QCOMPARE(window->size(), kScreen);
    const QStringList clipped = clippedText(window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    if (QLocale().language() == QLocale::Chinese) {
        const QStringList english = englishLeft(window);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }
    save(window->grab().toImage(), name);
}

/// Removes every translator (a new catalogue only replaces strings it has).
void removeTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

} // namespace

class TestAppScreenshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_richFamily;  ///< an open red/orange family with the longest history
    QString m_mapFamily;   ///< an open family with guardians and several children
    qint64 m_redOpen = 0;  ///< open red families in liuying's scope
    qint64 m_open = 0;     ///< open families in liuying's scope
    int m_richHistory = 0; ///< records in the rich family's timeline (at least)

    /// Signs in through the welcome window; returns the main window at 1366x768.
    MainWindow* signIn(AppController& controller, const QString& user)
    {
        controller.start(m_path, user);
        WelcomeWindow* welcome = controller.welcomeWindow();
        if (!QTest::qWaitForWindowExposed(welcome))
            return nullptr;
        welcome->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(kPassword));
        welcome->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
        if (!test::waitUntil([&] { return controller.mainWindow() != nullptr; }, 30000))
            return nullptr;
        MainWindow* main = controller.mainWindow();
        main->move(0, 0);
        main->resize(kScreen);
        if (!QTest::qWaitForWindowExposed(main))
            return nullptr;
        return main;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(m_dir.isValid());
        // Times as a caseworker in Chongqing sees them (the demo's records are in office hours).
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        m_path = m_dir.filePath(QStringLiteral("高新区妇联.jiahu"));
        auto created = Vault::create(
            {m_path, QStringLiteral("admin"), QStringLiteral("演示管理员"), test::fastKdf()},
            test::secret(kPassword));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        Vault& vault = *created->vault;
        const struct {
            const char* name;
            const char* display;
            Role role;
        } users[] = {{"liuying", "刘颖", Role::Caseworker},
                     {"chenjing", "陈静", Role::Supervisor},
                     {"wangfang", "王芳", Role::Counselor},
                     {"zhaolei", "赵磊", Role::Liaison}};
        for (const auto& u : users)
            QVERIFY(
                vault
                    .addUser({QString::fromLatin1(u.name), QString::fromUtf8(u.display), u.role},
                             test::secret(kPassword), test::fastKdf())
                    .ok());
        auto accounts = vault.users();
        QVERIFY(accounts.ok());
        QHash<QString, UserAccount> byName;
        for (const UserAccount& a : accounts.value())
            byName.insert(a.name, a);

        {
            auto admin =
                CaseSession::start(vault.database(), byName.value(QStringLiteral("admin")));
            QVERIFY(admin.ok());
            DemoGenerator::Options options;
            options.families = kFamilies;
            options.seed = kSeed;
            auto counts = DemoGenerator::generate(*admin.value(), options);
            QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().toString()));
            QCOMPARE(counts->families, qint64(kFamilies));
            ReferenceData ref(*admin.value());
            const QStringList all{QStringLiteral("*")};
            QVERIFY(ref.setScopes(QStringLiteral("liuying"), {{QStringLiteral("town"), all}}).ok());
            QVERIFY(
                ref.setScopes(QStringLiteral("chenjing"), {{QStringLiteral("town"), all}}).ok());
            QVERIFY(ref.setScopes(QStringLiteral("wangfang"),
                                  {{QStringLiteral("school"), {QStringLiteral("白市驿小学")}}})
                        .ok());
            QVERIFY(
                ref.setScopes(QStringLiteral("zhaolei"),
                              {{QStringLiteral("agency"), {QStringLiteral("九龙坡区人民检察院")}}})
                    .ok());
        }

        // The families to show, chosen by the supervisor (the openings go to the audit log
        // as hers; liuying's recently opened files stay the ones the test opens).
        auto boss = CaseSession::start(vault.database(), byName.value(QStringLiteral("chenjing")));
        QVERIFY(boss.ok());
        FamilyService families(*boss.value());
        FamilyQuery red;
        red.codes = {RiskCode::Red};
        auto redCount = families.count(red);
        QVERIFY(redCount.ok());
        m_redOpen = redCount.value();
        auto openCount = families.count(FamilyQuery{});
        QVERIFY(openCount.ok());
        m_open = openCount.value();
        QVERIFY2(m_redOpen > 0 && m_redOpen < m_open, qPrintable(QString::number(m_redOpen)));

        int bestHistory = -1, bestMap = -1;
        FamilyQuery q;
        q.limit = FamilyService::kMaxPage;
        for (;;) {
            auto page = families.list(q);
            QVERIFY(page.ok());
            for (const Family& f : page->rows) {
                auto file = families.open(f.id);
                QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));
                int guardians = 0, children = 0;
                for (const Person& p : file->people) {
                    if (p.role == MemberRole::Guardian)
                        ++guardians;
                    else if (p.role == MemberRole::Child)
                        ++children;
                }
                const int history = int(file->followUps.size() + file->assessments.size() +
                                        file->riskHistory.size() + file->referrals.size() +
                                        file->guidance.size() + file->plans.size());
                const bool serious = f.riskCode == RiskCode::Red || f.riskCode == RiskCode::Orange;
                if (serious && guardians > 0 && children > 0 && !file->referrals.isEmpty() &&
                    history > bestHistory) {
                    bestHistory = history;
                    m_richFamily = f.id;
                }
                const int map = guardians >= 2 && children >= 2
                                    ? int(file->people.size()) * 10 + guardians
                                    : -1;
                if (map > bestMap && file->people.size() <= 7) {
                    bestMap = map;
                    m_mapFamily = f.id;
                }
            }
            if (!page->hasMore())
                break;
            q.after = page->next;
        }
        QVERIFY2(!m_richFamily.isEmpty(), "no red or orange family with a history");
        QVERIFY2(!m_mapFamily.isEmpty(), "no family with two guardians and two children");
        m_richHistory = bestHistory;
        QVERIFY2(m_richHistory >= 8, qPrintable(QString::number(m_richHistory)));
    }

    void chineseScreens()
    {
        removeTranslators();
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        applyAppFonts(*qApp);
        test::ScriptedPrompter prompter;
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        MainWindow* main = signIn(controller, QStringLiteral("liuying"));
        QVERIFY(main);
        QVERIFY(controller.workspace());
        QCOMPARE(main->currentSection(), MainWindow::Section::Work);
        const QFontInfo font(main->font());
        QVERIFY2(font.family().contains(QLatin1String("CJK SC")), qPrintable(font.family()));

        // -- The family list, filtered to red by its chip. -----------------------------------
        main->showSection(MainWindow::Section::Families);
        FamiliesPage* familiesPage = main->familiesPage();
        QVERIFY(familiesPage);
        auto* table = child<QTableView>(familiesPage, "familyTable");
        auto* count = child<QLabel>(familiesPage, "familyCountLabel");
        QVERIFY(table && count);
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QString::number(m_open)), 10000);
        QVERIFY(table->model()->rowCount() > 0);
        auto* redChip = child<QToolButton>(familiesPage, "codeChip_red");
        QVERIFY(redChip);
        redChip->click();
        QVERIFY(redChip->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QString::number(m_redOpen)), 10000);
        QCOMPARE(count->text(), QStringLiteral("共 %1 份家庭档案").arg(m_redOpen));
        QAbstractItemModel* rows = table->model();
        QTRY_VERIFY(rows->rowCount() > 0);
        QCOMPARE(qint64(rows->rowCount()), qMin<qint64>(m_redOpen, rows->rowCount()));
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QModelIndex code = rows->index(r, FamilyListModel::Code);
            QCOMPARE(code.data(RiskCodeDelegate::CodeRole).toInt(),
                     RiskCodes::stored(RiskCode::Red));
            QCOMPARE(code.data().toString(), QStringLiteral("红码"));
        }
        QCOMPARE(rows->headerData(FamilyListModel::FileNumber, Qt::Horizontal).toString(),
                 QStringLiteral("档案编号"));
        QVERIFY(table->isVisible());
        settle();
        {
            const QImage shot = main->grab().toImage();
            QVERIFY2(showsColour(shot, QColor(0xC6, 0x28, 0x28)), "no red chip drawn");
            // The grab is in device pixels (150 %, 200 %): scale the table's rectangle too.
            const QRect inMain =
                table->geometry().translated(table->parentWidget()->mapTo(main, QPoint()));
            const qreal dpr = shot.devicePixelRatio();
            const QRect inShot(inMain.topLeft() * dpr, inMain.size() * dpr);
            QVERIFY2(!showsColour(shot.copy(inShot), QColor(0x15, 0x65, 0xC0)),
                     "a blue chip in the red list");
        }
        saveWindow(main, QStringLiteral("families_red_zh.png"));
        if (QTest::currentTestFailed())
            return;

        // -- A family file's timeline (a family with a long history). -------------------------
        FamilyFileView* view = main->openFamily(m_richFamily, FilePageId::Timeline);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 15000);
        QTRY_COMPARE(view->currentPage(), FilePageId::Timeline);
        auto* timeline = qobject_cast<TimelinePage*>(view->page(FilePageId::Timeline));
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->model()->rowCount() >= m_richHistory);
        QVERIFY(timeline->view()->isVisible());
        auto* timelineCount = child<QLabel>(timeline, "timelineCountLabel");
        QVERIFY(timelineCount && !timelineCount->text().isEmpty());
        auto* chip = child<QWidget>(view, "fileCodeChip");
        QVERIFY(chip && chip->isVisible());
        // Who did it: the display name (刘颖), never the sign-in name (liuying).
        QStringList who;
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            who << timeline->model()
                       ->index(r, TimelineModel::WhoColumn)
                       .data(Qt::DisplayRole)
                       .toString();
        QVERIFY2(who.contains(QStringLiteral("刘颖")), qPrintable(who.join(u',')));
        QVERIFY2(!who.contains(QStringLiteral("liuying")), qPrintable(who.join(u',')));
        saveWindow(main, QStringLiteral("timeline_zh.png"));

        // -- The assessment wizard, some answers given. ---------------------------------------
        view->showPage(FilePageId::Assessment);
        auto* assessment = qobject_cast<AssessmentPage*>(view->page(FilePageId::Assessment));
        QVERIFY(assessment);
        AssessmentWizard* wizard = assessment->openWizard();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isReady(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const QList<AnswerRow*> answerRows = wizard->findChildren<AnswerRow*>();
        int given = 0;
        for (AnswerRow* row : answerRows) {
            if (!row->isVisible() || given >= 4)
                continue;
            row->setFocus();
            QTest::keyClick(row, given == 1 ? Qt::Key_Y : Qt::Key_N);
            ++given;
        }
        QVERIFY(given >= 3);
        QTRY_COMPARE(wizard->answeredCount(), given);
        auto* score = child<QLabel>(wizard, "runningScoreLabel");
        QVERIFY(score && !score->text().isEmpty());
        settle();
        QVERIFY(clippedText(wizard).isEmpty());
        QVERIFY(englishLeft(wizard).isEmpty());
        save(wizard->grab().toImage(), QStringLiteral("assessment_wizard_zh.png"));
        save(main->screen()->grabWindow(0).toImage(),
             QStringLiteral("extra_assessment_screen_zh.png"));
        prompter.confirmations.push_back(true); // discard the answers
        wizard->reject();
        QTRY_VERIFY(!assessment->wizard() || !assessment->wizard()->isVisible());

        // -- The referral wizard, the first two steps filled. ---------------------------------
        view->showPage(FilePageId::Referrals);
        auto* referrals = qobject_cast<ReferralsPage*>(view->page(FilePageId::Referrals));
        QVERIFY(referrals);
        settle();
        saveWindow(main, QStringLiteral("extra_referrals_zh.png"));
        ReferralWizard* referral = referrals->newReferral();
        QVERIFY(referral);
        QVERIFY(QTest::qWaitForWindowExposed(referral));
        auto* request = child<QComboBox>(referral, "requestCombo");
        QVERIFY(request);
        request->setCurrentIndex(1); // 家庭教育令
        child<QLineEdit>(referral, "agencyEdit")->setText(QStringLiteral("九龙坡区人民检察院"));
        QVERIFY(referral->goNext());
        QCOMPARE(referral->currentStep(), int(ReferralWizard::WhyStep));
        child<QPlainTextEdit>(referral, "reasonEdit")
            ->setPlainText(QStringLiteral("监护人饮酒问题反复，经三次入户告知监护责任仍未"
                                          "改善；孩子多次迟到，生活照料不足。"));
        settle();
        QVERIFY(clippedText(referral).isEmpty());
        QVERIFY(englishLeft(referral).isEmpty());
        save(referral->grab().toImage(), QStringLiteral("referral_wizard_zh.png"));
        prompter.confirmations.push_back(true);
        referral->reject();
        QTRY_VERIFY(referrals->findChild<ReferralWizard*>() == nullptr ||
                    !referrals->findChild<ReferralWizard*>()->isVisible());

        // -- The follow-up page with the quick form partly filled. ----------------------------
        view->showPage(FilePageId::FollowUps);
        QWidget* followUps = view->page(FilePageId::FollowUps);
        QVERIFY(followUps);
        auto* followTable = child<QTableView>(followUps, "followUpsTable");
        QVERIFY(followTable);
        QTRY_VERIFY(followTable->model()->rowCount() > 0);
        auto* kind = child<QComboBox>(followUps, "kindCombo");
        auto* person = child<QComboBox>(followUps, "personCombo");
        auto* notes = child<QPlainTextEdit>(followUps, "notesEdit");
        QVERIFY(kind && person && notes);
        QTRY_VERIFY(person->count() > 1);
        person->setCurrentIndex(1);
        notes->setFocus();
        notes->insertPlainText(QStringLiteral("入户走访，母亲在家，孩子已放学回家，情绪平稳。"));
        QVERIFY(!notes->toPlainText().isEmpty());
        QVERIFY(followUps->isVisible() && kind->isVisible());
        saveWindow(main, QStringLiteral("followup_form_zh.png"));
        prompter.confirmations.push_back(true);

        // -- The other pages of the family file, for people to look at. ------------------------
        for (const auto& [page, name] :
             {std::pair{FilePageId::Overview, "extra_overview_zh.png"},
              std::pair{FilePageId::Members, "extra_members_zh.png"},
              std::pair{FilePageId::Risk, "extra_risk_zh.png"},
              std::pair{FilePageId::Assessment, "extra_assessment_zh.png"},
              std::pair{FilePageId::Plan, "extra_plan_zh.png"},
              std::pair{FilePageId::Guidance, "extra_guidance_zh.png"},
              std::pair{FilePageId::Attachments, "extra_attachments_zh.png"}}) {
            view->showPage(page);
            saveWindow(main, QString::fromLatin1(name));
        }

        // -- The family map of a family with guardians and children. --------------------------
        FamilyFileView* mapView = main->openFamily(m_mapFamily, FilePageId::Map);
        QVERIFY(mapView && mapView != view);
        QTRY_VERIFY_WITH_TIMEOUT(mapView->isLoaded(), 15000);
        QTRY_COMPARE(mapView->currentPage(), FilePageId::Map);
        auto* mapGraphics = child<QGraphicsView>(mapView, "familyMapView");
        QVERIFY(mapGraphics);
        QTRY_VERIFY(mapGraphics->isVisible());
        auto* scene = qobject_cast<FamilyMapScene*>(mapGraphics->scene());
        QVERIFY(scene);
        QCOMPARE(scene->symbols().size(), mapView->file().people.size());
        QVERIFY(scene->symbols().size() >= 4);
        saveWindow(main, QStringLiteral("family_map_zh.png"));

        // -- My work, with the queues filled (and the files just opened among the recent). -----
        main->showSection(MainWindow::Section::Work);
        QWidget* work = main->sectionWidget(MainWindow::Section::Work);
        QVERIFY(work && work->isVisible());
        auto* dateLabel = child<QLabel>(work, "workDateLabel");
        QVERIFY(dateLabel && !dateLabel->text().isEmpty());
        const QList<QTableView*> queues = work->findChildren<QTableView*>();
        QVERIFY(queues.size() >= 4);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int filled = 0;
                for (QTableView* t : queues)
                    filled += t->isVisible() && t->model()->rowCount() > 0;
                return filled >= 3;
            }(),
            10000);
        saveWindow(main, QStringLiteral("work_zh.png"));

        // -- The follow-ups due. ---------------------------------------------------------------
        main->showSection(MainWindow::Section::FollowUps);
        QWidget* due = main->sectionWidget(MainWindow::Section::FollowUps);
        QVERIFY(due);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QTableView* t : due->findChildren<QTableView*>())
                    if (t->isVisible() && t->model()->rowCount() > 0)
                        return true;
                return false;
            }(),
            10000);
        saveWindow(main, QStringLiteral("extra_due_zh.png"));
        main->showSection(MainWindow::Section::Database);
        saveWindow(main, QStringLiteral("extra_database_zh.png"));

        prompter.confirmations.push_back(true);
        prompter.confirmations.push_back(true);
        controller.lock();
        QVERIFY(!controller.workspace());
    }

    void otherRoles()
    {
        // The supervisor's work page and the counselor's students, for people to look at.
        test::ScriptedPrompter prompter;
        for (const auto& [user, name] : {std::pair{"chenjing", "extra_work_supervisor_zh.png"},
                                         std::pair{"wangfang", "extra_students_zh.png"}}) {
            QTemporaryDir settingsDir;
            AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
            AppController controller(&settings);
            MainWindow* main = signIn(controller, QString::fromLatin1(user));
            QVERIFY(main);
            QWidget* first = main->sectionWidget(main->currentSection());
            QVERIFY(first);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (QTableView* t : first->findChildren<QTableView*>())
                        if (t->isVisible() && t->model()->rowCount() > 0)
                            return true;
                    return false;
                }(),
                10000);
            saveWindow(main, QString::fromLatin1(name));
            if (main->currentSection() == MainWindow::Section::Work) {
                // A supervisor sees a file's audit trail.
                FamilyFileView* view = main->openFamily(m_richFamily, FilePageId::Audit);
                QVERIFY(view);
                QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 15000);
                QTRY_COMPARE(view->currentPage(), FilePageId::Audit);
                saveWindow(main, QStringLiteral("extra_audit_zh.png"));
            }
            controller.lock();
        }
    }

    void englishFamilyList()
    {
        removeTranslators();
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        test::ScriptedPrompter prompter;
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        MainWindow* main = signIn(controller, QStringLiteral("liuying"));
        QVERIFY(main);
        main->showSection(MainWindow::Section::Families);
        FamiliesPage* familiesPage = main->familiesPage();
        auto* table = child<QTableView>(familiesPage, "familyTable");
        auto* count = child<QLabel>(familiesPage, "familyCountLabel");
        QVERIFY(table && count);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("%1 family files").arg(m_open),
                                  10000);
        QAbstractItemModel* rows = table->model();
        QCOMPARE(rows->headerData(FamilyListModel::FileNumber, Qt::Horizontal).toString(),
                 QStringLiteral("File number"));
        QVERIFY(rows->rowCount() > 0);
        const QStringList words{QStringLiteral("Red"), QStringLiteral("Orange"),
                                QStringLiteral("Yellow"), QStringLiteral("Blue"),
                                QStringLiteral("Not coded")};
        for (int r = 0; r < qMin(rows->rowCount(), 50); ++r) {
            const QString code = rows->index(r, FamilyListModel::Code).data().toString();
            QVERIFY2(words.contains(code), qPrintable(code));
        }
        auto* nav = child<QListWidget>(main, "navigationBar");
        QVERIFY(nav);
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Family files"));
        saveWindow(main, QStringLiteral("families_en.png"));
        controller.lock();
        removeTranslators();
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    }
};

QTEST_MAIN(TestAppScreenshots)
#include "tst_app_screenshots.moc"
