#include "welcome/RecoveryCodeDialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace jiahu {

RecoveryCodeDialog::RecoveryCodeDialog(const QString& code, const QString& databasePath,
                                       QWidget* parent)
    : QDialog(parent), m_code(code), m_databasePath(databasePath)
{
    setWindowTitle(tr("Recovery code"));
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("If every administrator forgets their password, this code is the only way back into "
           "the database. It is shown only now. Print it or write it down, and keep it locked "
           "away from the computer."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* codeLabel = new QLabel(m_code, this);
    codeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() + 6);
    mono.setBold(true);
    codeLabel->setFont(mono);
    codeLabel->setAlignment(Qt::AlignCenter);
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLabel->setFrameShape(QFrame::StyledPanel);
    codeLabel->setMargin(16);
    layout->addWidget(codeLabel);

    m_confirm = new QCheckBox(tr("I have printed or written down the recovery code and put it "
                                 "in a safe place."),
                              this);
    m_confirm->setObjectName(QStringLiteral("confirmKept"));
    layout->addWidget(m_confirm);

    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_confirm, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    setMinimumWidth(520);
}

void RecoveryCodeDialog::reject()
{
    // Escape or the close button must not lose the only copy of the code.
    if (m_confirm->isChecked())
        QDialog::reject();
}

QString RecoveryCodeDialog::printableHtml() const
{
    return tr("<h2>Jiahu recovery code</h2>"
              "<p>Database: %1<br>Created: %2</p>"
              "<p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: "
              "nowrap;'>%3</p>"
              "<p>This code opens the database when no administrator can sign in. Keep it locked "
              "away. Whoever holds it can read every family file in the database.</p>")
        .arg(m_databasePath.toHtmlEscaped(),
             QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
             m_code.toHtmlEscaped());
}

void RecoveryCodeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
}

void RecoveryCodeDialog::printTo(QPrinter& printer) const
{
    QTextDocument document;
    document.setDefaultFont(font());
    document.setHtml(printableHtml());
    document.print(&printer);
}

} // namespace jiahu
