#include "familyfile/AttachmentViewer.h"

#include <QEvent>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLabel* centredNote(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

} // namespace

AttachmentViewer::AttachmentViewer(QWidget* parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);

    m_placeholder = centredNote(tr("Select a file and press “View” (or double-click it) to see it "
                                   "here. Every viewing is recorded in the audit log."),
                                this);
    m_placeholder->setObjectName(QStringLiteral("viewerPlaceholder"));

    m_imageLabel = new QLabel(this);
    m_imageLabel->setObjectName(QStringLiteral("imageView"));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageArea = new QScrollArea(this);
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_imageArea->viewport()->installEventFilter(this);

    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (m_kind == Kind::Pdf && status == QPdfDocument::Status::Error)
            showUnsupported(tr("This PDF could not be read; it may be damaged or protected by a "
                               "password. Use “Save as…” to open it with another program."));
    });

    m_unsupported = centredNote(QString(), this);
    m_unsupported->setObjectName(QStringLiteral("viewerUnsupported"));

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_unsupported);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

AttachmentViewer::~AttachmentViewer()
{
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
}

void AttachmentViewer::clear()
{
    m_kind = Kind::Nothing;
    m_fileName.clear();
    m_pdf->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_content.clear();
    m_image = QImage();
    m_imageLabel->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void AttachmentViewer::showContent(const QString& fileName, const QString& mimeType,
                                   const QByteArray& content)
{
    clear();
    m_fileName = fileName;
    if (mimeType == QLatin1String("application/pdf") || content.startsWith("%PDF-")) {
        showPdf(content);
        return;
    }
    if (showImage(content))
        return;
    showUnsupported(tr("Files of this type cannot be shown here. Use “Save as…” to open a copy "
                       "with another program."));
}

bool AttachmentViewer::showImage(const QByteArray& content)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos taken upright on a phone show upright
    if (!reader.canRead())
        return false;
    QImage image = reader.read();
    if (image.isNull())
        return false;
    m_kind = Kind::Image;
    m_image = std::move(image);
    m_stack->setCurrentWidget(m_imageArea);
    fitImage();
    return true;
}

void AttachmentViewer::showPdf(const QByteArray& content)
{
    m_kind = Kind::Pdf;
    m_content = content;
    m_buffer.setData(m_content);
    m_buffer.open(QIODevice::ReadOnly);
    m_stack->setCurrentWidget(m_pdfView);
    m_pdf->load(&m_buffer);
}

void AttachmentViewer::showUnsupported(const QString& text)
{
    m_kind = Kind::Unsupported;
    m_unsupported->setText(text);
    m_stack->setCurrentWidget(m_unsupported);
}

void AttachmentViewer::fitImage()
{
    if (m_kind != Kind::Image || m_image.isNull())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize room = (m_imageArea->viewport()->size() - QSize(16, 16)).expandedTo({16, 16});
    const bool tooBig =
        m_image.width() / dpr > room.width() || m_image.height() / dpr > room.height();
    // Fitted into the room, never enlarged.
    QPixmap pixmap = QPixmap::fromImage(
        tooBig ? m_image.scaled(room * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation)
               : m_image);
    pixmap.setDevicePixelRatio(dpr);
    m_imageLabel->setPixmap(pixmap);
}

bool AttachmentViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_imageArea->viewport() && event->type() == QEvent::Resize)
        fitImage();
    return QWidget::eventFilter(watched, event);
}

} // namespace jiahu
