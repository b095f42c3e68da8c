#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;

namespace jiahu {

/// Shows an attachment's content inside the application, from memory only (never a temporary
/// file): images through QImageReader, PDFs through QtPdf, anything else as a sentence saying
/// to save a copy to open it elsewhere.
class AttachmentViewer : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Nothing, Image, Pdf, Unsupported };

    explicit AttachmentViewer(QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    /// Shows `content` (of `fileName`, `mimeType`).
    void showContent(const QString& fileName, const QString& mimeType, const QByteArray& content);
    /// Back to the placeholder; the content is dropped from memory.
    void clear();

    Kind kind() const { return m_kind; }
    const QString& fileName() const { return m_fileName; }
    /// The decoded image (Kind::Image).
    const QImage& image() const { return m_image; }
    /// The PDF shown (Kind::Pdf).
    QPdfDocument* pdfDocument() const { return m_pdf; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool showImage(const QByteArray& content);
    void showPdf(const QByteArray& content);
    void showUnsupported(const QString& text);
    void fitImage();

    Kind m_kind = Kind::Nothing;
    QString m_fileName;
    QImage m_image;
    QByteArray m_content;
    QBuffer m_buffer;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_imageLabel = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QPdfView* m_pdfView = nullptr;
    QLabel* m_unsupported = nullptr;
};

} // namespace jiahu
