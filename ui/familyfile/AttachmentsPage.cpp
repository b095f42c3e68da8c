#include "familyfile/AttachmentsPage.h"

#include "familyfile/AttachmentListModel.h"
#include "familyfile/AttachmentViewer.h"
#include "familyfile/FileContext.h"

#include "common/Clock.h"
#include "services/AttachmentService.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace jiahu {

namespace {

QString dataSize(qint64 bytes, int precision = 1)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

/// A size over the limit, rounded up at its last digit, so that it never reads as the limit
/// itself ("20.1 MB", not "20.0 MB", for a file one byte over 20 MB).
QString dataSizeOver(qint64 bytes)
{
    qint64 unit = 1;
    while (unit <= (std::numeric_limits<qint64>::max() >> 10) && bytes >= unit * 1024)
        unit *= 1024;
    const qint64 step = qMax<qint64>(1, unit / 10);
    return dataSize((bytes + step - 1) / step * step);
}

QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// The local files among dropped URLs.
QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

} // namespace

AttachmentsPage::AttachmentsPage(FileContext& context, QWidget* parent) : FilePage(context, parent)
{
    setObjectName(QStringLiteral("attachmentsPage"));
    setAcceptDrops(true);

    m_add = new QPushButton(tr("Add file…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_add->setAccessibleName(tr("Add a file to this family file"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_view = new QPushButton(tr("View"), this);
    m_view->setObjectName(QStringLiteral("viewAttachment"));
    m_view->setAccessibleName(tr("View the selected file"));
    m_saveAs = new QPushButton(tr("Save as…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveAttachmentAs"));
    m_saveAs->setAccessibleName(tr("Save a copy of the selected file outside the database"));
    m_hint = quietLabel(tr("You can also drag files onto this page. Files are kept encrypted "
                           "inside the database, at most %1 each.")
                            .arg(dataSize(AttachmentService::kMaxBytes, 0)),
                        this);
    m_hint->setObjectName(QStringLiteral("attachmentsHint"));

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_add);
    actions->addWidget(m_view);
    actions->addWidget(m_saveAs);
    actions->addSpacing(8);
    actions->addWidget(m_hint, 1);

    m_model = new AttachmentListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_table->setAccessibleName(tr("Attachments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 8 / 5);
    auto* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(AttachmentListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(AttachmentListModel::Type, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentListModel::Size, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentListModel::Description, QHeaderView::Interactive);
    header->setSectionResizeMode(AttachmentListModel::Added, QHeaderView::ResizeToContents);

    m_empty = quietLabel(tr("No attachments yet. Add photos, scans or documents with “Add "
                            "file…”, or drag them onto this page."),
                         this);
    m_empty->setObjectName(QStringLiteral("attachmentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_table);

    m_viewerTitle = new QLabel(this);
    m_viewerTitle->setObjectName(QStringLiteral("viewerTitle"));
    m_viewerTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_viewerTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_viewerTitle->setFont(titleFont);
    m_viewerTitle->setText(tr("Viewer"));
    m_notice = quietLabel(QString(), this);
    m_notice->setObjectName(QStringLiteral("attachmentsNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_viewer = new AttachmentViewer(this);
    m_viewer->setObjectName(QStringLiteral("attachmentViewer"));

    auto* viewerPane = new QWidget(this);
    auto* viewerLayout = new QVBoxLayout(viewerPane);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(8);
    viewerLayout->addWidget(m_viewerTitle);
    viewerLayout->addWidget(m_notice);
    viewerLayout->addWidget(m_viewer, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listStack);
    splitter->addWidget(viewerPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = Prompter::current().openFileName(
            this, tr("Add a file"),
            tr("Photos and documents (%1)")
                    .arg(QStringLiteral("*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.pdf "
                                        "*.doc *.docx *.xls *.xlsx *.txt")) +
                QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            addFiles({path});
    });
    connect(m_view, &QPushButton::clicked, this, &AttachmentsPage::viewSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &AttachmentsPage::saveSelectedAs);
    connect(m_table, &QAbstractItemView::activated, this, &AttachmentsPage::viewSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsPage::updateActions);

    setTabOrder(m_add, m_view);
    setTabOrder(m_view, m_saveAs);
    setTabOrder(m_saveAs, m_table);
    updateActions();
}

QString AttachmentsPage::title() const
{
    return tr("Attachments");
}

QString AttachmentsPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void AttachmentsPage::showFile(const FamilyFile& file)
{
    m_familyId = file.family.id;
    m_status = file.family.status;
    const QString keep = m_selectAfterLoad.isEmpty() ? selectedId() : m_selectAfterLoad;
    m_model->setAttachments(file.attachments);
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table)
                                                          : m_empty);
    if (select(keep))
        m_selectAfterLoad.clear();
    if (!m_viewingId.isEmpty() && m_model->rowOf(m_viewingId) < 0) {
        m_viewingId.clear();
        m_viewer->clear();
        m_viewerTitle->setText(tr("Viewer"));
    }
    updateActions();
}

bool AttachmentsPage::select(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

QString AttachmentsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AttachmentListModel::IdRole).toString();
}

bool AttachmentsPage::canAdd() const
{
    return !m_familyId.isEmpty() && m_status == FamilyStatus::Open;
}

void AttachmentsPage::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    m_add->setEnabled(canAdd());
    m_add->setToolTip(
        canAdd() || m_familyId.isEmpty()
            ? QString()
            : tr("This family file is closed or transferred, so files cannot be added."));
    m_view->setEnabled(selected);
    m_saveAs->setEnabled(selected);
}

void AttachmentsPage::addFiles(const QStringList& paths)
{
    if (!canAdd())
        return;
    QStringList problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!info.isFile()) {
            problems << tr("“%1” is not a file.").arg(name);
            continue;
        }
        if (info.size() > AttachmentService::kMaxBytes) {
            problems << tr("“%1” is %2; an attachment may be at most %3. Make it smaller (for "
                           "example, scan at a lower resolution) and add it again.")
                            .arg(name, dataSizeOver(info.size()),
                                 dataSize(AttachmentService::kMaxBytes, 0));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("“%1” could not be read. Check that it is not open in another "
                           "program, then try again.")
                            .arg(name);
            continue;
        }
        QByteArray content = file.readAll();
        file.close();
        if (content.size() > AttachmentService::kMaxBytes) { // it grew meanwhile
            problems << tr("“%1” is %2; an attachment may be at most %3. Make it smaller (for "
                           "example, scan at a lower resolution) and add it again.")
                            .arg(name, dataSizeOver(content.size()),
                                 dataSize(AttachmentService::kMaxBytes, 0));
            continue;
        }
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
        context().write(
            [familyId = m_familyId, name, content = std::move(content), mime](CaseSession& s) {
                return AttachmentService(s).add(familyId, name, content, mime);
            },
            this,
            [this](Result<AttachmentInfo> added) {
                // The change event reloads the file; select the new one when it shows.
                if (!select(added->id))
                    m_selectAfterLoad = added->id;
            });
    }
    if (!problems.isEmpty())
        Prompter::current().inform(this, tr("Not added"), problems.join(u'\n'));
}

void AttachmentsPage::viewSelected()
{
    const int row = m_model->rowOf(selectedId());
    Workspace* ws = context().workspace();
    if (row < 0 || !ws)
        return;
    const AttachmentInfo info = m_model->at(row);
    ws->write([id = info.id](CaseSession& s) { return AttachmentService(s).viewContent(id); }, this,
              [this, info](Result<QByteArray> content) {
                  if (!content.ok()) {
                      Prompter::current().inform(this, tr("Cannot show the file"),
                                                 content.error().message);
                      return;
                  }
                  m_viewingId = info.id;
                  m_viewerTitle->setText(
                      tr("“%1” · added %2 · %3")
                          .arg(info.fileName,
                               caseDate(info.at).toString(QStringLiteral("yyyy-MM-dd")),
                               dataSize(info.size)));
                  m_notice->hide();
                  m_viewer->showContent(info.fileName, info.mimeType, content.value());
              });
}

void AttachmentsPage::saveSelectedAs()
{
    const int row = m_model->rowOf(selectedId());
    Workspace* ws = context().workspace();
    if (row < 0 || !ws)
        return;
    const AttachmentInfo info = m_model->at(row);
    Prompter& ask = Prompter::current();
    if (!ask.confirm(this, tr("Save a copy outside the database"),
                     tr("Save a copy of “%1” on this computer?\n\nThe saved copy is no longer "
                        "encrypted; keep it safe. This is recorded in the audit log.")
                         .arg(info.fileName),
                     tr("Save as…")))
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        ask.saveFileName(this, tr("Save a copy as"), QDir(documents).filePath(info.fileName));
    if (path.isEmpty())
        return;
    ws->write(
        [id = info.id](CaseSession& s) { return AttachmentService(s).exportContent(id); }, this,
        [this, path](Result<QByteArray> content) {
            if (!content.ok()) {
                Prompter::current().inform(this, tr("Not saved"), content.error().message);
                return;
            }
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content->size() ||
                !out.commit()) {
                Prompter::current().inform(
                    this, tr("Not saved"),
                    tr("The copy could not be saved as “%1”. Choose another folder (for example, "
                       "Documents) and try again.")
                        .arg(QDir::toNativeSeparators(path)));
                return;
            }
            m_notice->setText(tr("A copy was saved as “%1”. That copy is not encrypted.")
                                  .arg(QDir::toNativeSeparators(path)));
            m_notice->show();
        });
}

void AttachmentsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (canAdd() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentsPage::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!canAdd() || files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace jiahu
