// The attachments page of a family file, offscreen over a CaseFixture database: files are added
// (button and drop) into the encrypted database, images and PDFs are shown from memory (each
// viewing audited), "Save as…" writes a copy only after the warning is accepted (audited), and a
// file over the limit is refused with a clear message. Under Xvfb, with
// JIAHU_SCREENSHOT_PREFIX set, screenshots of the page are saved for people to look at.
#include "GuiSupport.h"

#include "familyfile/AttachmentListModel.h"
#include "familyfile/AttachmentViewer.h"
#include "familyfile/AttachmentsPage.h"
#include "familyfile/FileContext.h"

#include "services/AttachmentService.h"
#include "services/AuditLog.h"
#include "services/FamilyService.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// A family file open on the attachments page, as the file view would show it: the page gets
/// the file after opening and again after every change to the family.
struct OpenPage {
    CaseFixture fx;
    QString family;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<FileContext> context;
    std::unique_ptr<AttachmentsPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;
    int loads = 0;

    bool start()
    {
        if (!fx.ok())
            return false;
        family = fx.addFamily();
        ws = openWorkspace(fx, QStringLiteral("worker"));
        if (family.isEmpty() || !ws)
            return false;
        context = std::make_unique<FileContext>(*ws, family);
        page = std::make_unique<AttachmentsPage>(*context);
        page->resize(1366, 768);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return false;
        tester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(ws->changes(), &ChangeNotifier::changed, page.get(),
                         [this](const ChangeSet&) { load(ws->reloadFamily(family)); });
        load(ws->openFamily(family, QStringLiteral("入户前查看附件")));
        return waitUntil([this] { return loads == 1; });
    }

    void load(QFuture<Result<FamilyFile>> future)
    {
        if (!waitUntil([&] { return future.isFinished(); }) || future.resultCount() == 0)
            return;
        auto file = future.result();
        if (file.ok()) {
            page->showFile(file.value());
            ++loads;
        }
    }

    /// Waits until every job queued on the writer before now has run and answered.
    bool drainWriter()
    {
        bool done = false;
        ws->write([](CaseSession&) -> Result<int> { return 0; }, page.get(),
                  [&done](Result<int>) { done = true; });
        return waitUntil([&] { return done; });
    }

    QList<AuditEntry> audit(const QString& action)
    {
        AuditFilter filter;
        filter.familyId = family;
        filter.action = action;
        filter.limit = AuditLog::kMaxPage;
        auto entries = AuditLog(fx.db()).list(filter);
        return entries.ok() ? entries->rows : QList<AuditEntry>{};
    }

    QList<AttachmentInfo> stored()
    {
        CaseSession& s = fx.as(QStringLiteral("worker"));
        s.openedFiles().insert(family);
        auto file = FamilyService(s).reload(family);
        return file.ok() ? file->attachments : QList<AttachmentInfo>{};
    }

    QPushButton* button(const char* name)
    {
        return page->findChild<QPushButton*>(QLatin1String(name));
    }
};

QImage photo()
{
    QImage image(800, 600, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, 600);
    sky.setColorAt(0, QColor(0x90, 0xCA, 0xF9));
    sky.setColorAt(1, QColor(0xE3, 0xF2, 0xFD));
    p.fillRect(image.rect(), sky);
    p.fillRect(QRect(0, 420, 800, 180), QColor(0x8D, 0x6E, 0x63));
    p.setBrush(QColor(0xFF, 0xF3, 0xE0));
    p.drawRect(220, 220, 360, 220);
    p.setBrush(QColor(0xC6, 0x28, 0x28));
    p.drawPolygon(QPolygon({{200, 230}, {400, 110}, {600, 230}}));
    p.setBrush(QColor(0x5D, 0x40, 0x37));
    p.drawRect(370, 330, 60, 110);
    return image;
}

QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("situation"));
        QPainter p(&writer);
        p.setFont(QFont(QStringLiteral("Sans"), 24));
        p.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::AlignCenter,
                   QStringLiteral("Situation report"));
        p.drawRect(QRect(0, writer.height() / 3, writer.width(), writer.height() / 3));
    }
    return bytes;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void drop(QWidget* target, const QStringList& paths)
{
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

} // namespace

class TestGuiAttachments : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void imagesAndPdfsAreAddedAndShownInThePage()
    {
        ScriptedPrompter prompter;
        OpenPage open;
        QVERIFY(open.start());
        auto* table = open.page->findChild<QTableView*>(QStringLiteral("attachmentTable"));
        auto* empty = open.page->findChild<QLabel*>(QStringLiteral("attachmentsEmpty"));
        QVERIFY(table && empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!table->isVisible());
        QCOMPARE(open.page->model()->rowCount(), 0);
        QVERIFY(!open.button("viewAttachment")->isEnabled());

        // An image, through "Add file…".
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(photo().save(&buffer, "PNG"));
        }
        const QString photoPath = writeFile(m_dir, QStringLiteral("入户照片.png"), png);
        QVERIFY(!photoPath.isEmpty());
        prompter.fileNames.push_back(photoPath);
        QTest::mouseClick(open.button("addAttachment"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return open.page->model()->rowCount() == 1; }));
        QVERIFY(prompter.informed.isEmpty());
        auto stored = open.stored();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].fileName, QStringLiteral("入户照片.png"));
        QCOMPARE(stored[0].mimeType, QStringLiteral("image/png"));
        QCOMPARE(stored[0].size, png.size());
        QCOMPARE(stored[0].sha256, AttachmentService::sha256Hex(png));
        QCOMPARE(open.audit(QStringLiteral("attachment.add")).size(), 1);
        const AttachmentListModel* model = open.page->model();
        QCOMPARE(model->index(0, AttachmentListModel::Name).data().toString(),
                 QStringLiteral("入户照片.png"));
        QCOMPARE(model->index(0, AttachmentListModel::Added).data().toString(),
                 QStringLiteral("2026-03-02"));
        QVERIFY(!model->index(0, AttachmentListModel::Type).data().toString().isEmpty());
        QVERIFY(!model->index(0, AttachmentListModel::Size).data().toString().isEmpty());
        QVERIFY(!empty->isVisible());
        QVERIFY(table->isVisible());

        // The new file is selected; viewing shows it here and is audited.
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(open.button("viewAttachment")->isEnabled());
        QCOMPARE(open.audit(QStringLiteral("attachment.view")).size(), 0);
        QTest::mouseClick(open.button("viewAttachment"), Qt::LeftButton);
        AttachmentViewer* viewer = open.page->viewer();
        QVERIFY(waitUntil([&] { return viewer->kind() == AttachmentViewer::Kind::Image; }));
        QCOMPARE(viewer->image().size(), QSize(800, 600));
        QCOMPARE(viewer->image().pixelColor(400, 200).rgb(), photo().pixelColor(400, 200).rgb());
        QCOMPARE(open.page->viewingId(), stored[0].id);
        auto views = open.audit(QStringLiteral("attachment.view"));
        QCOMPARE(views.size(), 1);
        QCOMPARE(views[0].record.entityId, stored[0].id);
        QCOMPARE(views[0].record.userName, QStringLiteral("worker"));
        QVERIFY(!open.audit(QStringLiteral("attachment.export")).size());
        screenshot(open.page.get(), QStringLiteral("attachments_image.png"));

        // A PDF, dropped onto the page.
        const QByteArray pdf = onePagePdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdfPath = writeFile(m_dir, QStringLiteral("情况说明.pdf"), pdf);
        drop(open.page.get(), {pdfPath});
        QVERIFY(waitUntil([&] { return open.page->model()->rowCount() == 2; }));
        stored = open.stored();
        QCOMPARE(stored.size(), 2);
        const int pdfRow = model->rowOf(
            stored[0].fileName == QStringLiteral("情况说明.pdf") ? stored[0].id : stored[1].id);
        QVERIFY(pdfRow >= 0);
        QCOMPARE(model->at(pdfRow).mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(model->at(pdfRow).sha256, AttachmentService::sha256Hex(pdf));
        QVERIFY(waitUntil(
            [&] { return table->selectionModel()->selectedRows().value(0).row() == pdfRow; }));
        // Enter on the list opens it as well.
        table->setFocus();
        table->setCurrentIndex(model->index(pdfRow, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return viewer->kind() == AttachmentViewer::Kind::Pdf; }));
        QVERIFY(waitUntil(
            [&] { return viewer->pdfDocument()->status() == QPdfDocument::Status::Ready; }));
        QCOMPARE(viewer->pdfDocument()->pageCount(), 1);
        QVERIFY(viewer->image().isNull());
        QCOMPARE(open.audit(QStringLiteral("attachment.view")).size(), 2);
        QCOMPARE(open.audit(QStringLiteral("attachment.view")).last().record.entityId,
                 model->at(pdfRow).id);
        screenshot(open.page.get(), QStringLiteral("attachments_pdf.png"));

        // Never through a temporary file: nothing of the content was written anywhere.
        QCOMPARE(prompter.asked.size(), 1); // only the "Add a file" question
        QVERIFY(prompter.informed.isEmpty());
    }

    void saveAsWritesACopyOnlyAfterTheWarning()
    {
        ScriptedPrompter prompter;
        OpenPage open;
        QVERIFY(open.start());
        const QByteArray content = "%PDF-1.4 not really a PDF but the bytes to keep";
        const QString path = writeFile(m_dir, QStringLiteral("转介材料.txt"), content);
        open.page->addFiles({path});
        QVERIFY(waitUntil([&] { return open.page->model()->rowCount() == 1; }));
        QVERIFY(open.page->select(open.page->model()->at(0).id));
        QVERIFY(open.button("saveAttachmentAs")->isEnabled());

        // "No" on the warning: nothing is asked further, written or audited.
        const QString refused = m_dir.filePath(QStringLiteral("refused.txt"));
        prompter.confirmations.push_back(false);
        prompter.fileNames.push_back(refused);
        QTest::mouseClick(open.button("saveAttachmentAs"), Qt::LeftButton);
        QVERIFY(open.drainWriter());
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(prompter.asked[0].contains(QStringLiteral("转介材料.txt")));
        QVERIFY(prompter.asked[0].contains(QStringLiteral("no longer encrypted")));
        QVERIFY(prompter.asked[0].contains(QStringLiteral("audit log")));
        QCOMPARE(prompter.fileNames.size(), 1); // the save dialog was not shown
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(open.audit(QStringLiteral("attachment.export")).size(), 0);
        prompter.fileNames.clear();

        // Yes, and a place: the copy is written and the export audited.
        const QString saved = m_dir.filePath(QStringLiteral("副本.txt"));
        prompter.confirmations.push_back(true);
        prompter.fileNames.push_back(saved);
        QTest::mouseClick(open.button("saveAttachmentAs"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !open.page->notice().isEmpty(); }));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        const auto exports = open.audit(QStringLiteral("attachment.export"));
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports[0].record.entityId, open.page->model()->at(0).id);
        QCOMPARE(exports[0].record.userName, QStringLiteral("worker"));
        QVERIFY(open.page->notice().contains(QStringLiteral("副本.txt")));
        QVERIFY(prompter.informed.isEmpty());
        // Saving is not viewing.
        QCOMPARE(open.audit(QStringLiteral("attachment.view")).size(), 0);
    }

    void aFileOverTheLimitIsRefusedWithAClearMessage()
    {
        ScriptedPrompter prompter;
        OpenPage open;
        QVERIFY(open.start());
        const QString path = m_dir.filePath(QStringLiteral("扫描件.pdf"));
        {
            QFile big(path);
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(AttachmentService::kMaxBytes + 1)); // sparse: quick to make
        }
        prompter.fileNames.push_back(path);
        QTest::mouseClick(open.button("addAttachment"), Qt::LeftButton);
        QCOMPARE(prompter.informed.size(), 1);
        const QString message = prompter.informed[0];
        QVERIFY2(message.contains(QStringLiteral("扫描件.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("is 20.1 MB")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("at most 20 MB")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("smaller")), qPrintable(message));
        QVERIFY(open.drainWriter());
        QCOMPARE(open.stored().size(), 0);
        QCOMPARE(open.audit(QStringLiteral("attachment.add")).size(), 0);
        QCOMPARE(open.page->model()->rowCount(), 0);

        // Dropped together with a small one: the small one is added, the big one named.
        const QString small = writeFile(m_dir, QStringLiteral("说明.txt"), "小文件");
        drop(open.page.get(), {path, small});
        QVERIFY(waitUntil([&] { return open.page->model()->rowCount() == 1; }));
        QCOMPARE(prompter.informed.size(), 2);
        QVERIFY(prompter.informed[1].contains(QStringLiteral("扫描件.pdf")));
        QVERIFY(!prompter.informed[1].contains(QStringLiteral("说明.txt")));
        QCOMPARE(open.stored().size(), 1);
        QCOMPARE(open.stored()[0].fileName, QStringLiteral("说明.txt"));
    }

    void aClosedFileOffersNoAdding()
    {
        ScriptedPrompter prompter;
        OpenPage open;
        QVERIFY(open.start());
        QVERIFY(open.button("addAttachment")->isEnabled());
        FamilyFile file;
        file.family.id = open.family;
        file.family.status = FamilyStatus::Closed;
        open.page->showFile(file);
        QVERIFY(!open.button("addAttachment")->isEnabled());
        const QString small = writeFile(m_dir, QStringLiteral("晚到.txt"), "late");
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(small)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(open.page.get(), &enter);
        QVERIFY(!enter.isAccepted());
        delete mime;
        open.page->addFiles({small});
        QVERIFY(open.drainWriter());
        QCOMPARE(open.stored().size(), 0);
    }
};

QTEST_MAIN(TestGuiAttachments)
#include "tst_gui_attachments.moc"
