#include "welcome/WelcomeWindow.h"

#include "forms/FormWidgets.h"
#include "welcome/CreateDatabaseDialog.h"
#include "welcome/RecoveryResetDialog.h"
#include "workspace/Background.h"

#include "crypto/SecureBytes.h"
#include "services/UnlockThrottle.h"
#include "services/Vault.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace jiahu {

WelcomeWindow::WelcomeWindow(QWidget* parent) : QWidget(parent)
{
    setWindowTitle(tr("Jiahu"));
    setObjectName(QStringLiteral("welcomeWindow"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 32, 40, 24);
    outer->setSpacing(16);

    auto* title = new QLabel(tr("Jiahu"), this);
    QFont titleFont = title->font();
    titleFont.setPointSize(titleFont.pointSize() + 14);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* subtitle = new QLabel(tr("Family guardianship risk case management for the protection "
                                   "of minors"),
                                this);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);
    outer->addWidget(subtitle);

    auto* openBox = new QGroupBox(tr("Open a database"), this);
    auto* form = new QFormLayout(openBox);
    m_path = new QLineEdit(openBox);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto* browseButton = new QPushButton(tr("Browse…"), openBox);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Database file:"), pathRow);
    m_user = new QLineEdit(openBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaxLength(64);
    form->addRow(tr("User name:"), m_user);
    m_password = new QLineEdit(openBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    m_unlockButton = new QPushButton(tr("Unlock"), openBox);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    form->addRow(QString(), m_unlockButton);
    auto* forgot = new QPushButton(tr("Forgot your password? Use the recovery code…"), openBox);
    forgot->setObjectName(QStringLiteral("recoverButton"));
    forgot->setFlat(true);
    forgot->setCursor(Qt::PointingHandCursor);
    form->addRow(QString(), forgot);
    outer->addWidget(openBox);

    m_error = new ErrorLabel(this);
    outer->addWidget(m_error);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    outer->addWidget(line);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("No database yet?"), this));
    auto* createButton = new QPushButton(tr("Create a new database…"), this);
    createButton->setObjectName(QStringLiteral("createButton"));
    newRow->addWidget(createButton);
    newRow->addStretch(1);
    outer->addLayout(newRow);
    outer->addStretch(1);

    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(new QLabel(tr("Language:"), this));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::English ? 1 : 0);
    footer->addWidget(m_language);
    outer->addLayout(footer);

    m_throttleTimer = new QTimer(this);
    m_throttleTimer->setInterval(250);

    connect(browseButton, &QPushButton::clicked, this, &WelcomeWindow::browse);
    connect(m_unlockButton, &QPushButton::clicked, this, &WelcomeWindow::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &WelcomeWindow::unlock);
    connect(createButton, &QPushButton::clicked, this, &WelcomeWindow::createNew);
    connect(forgot, &QPushButton::clicked, this, &WelcomeWindow::recover);
    connect(m_throttleTimer, &QTimer::timeout, this, &WelcomeWindow::updateThrottle);
    connect(m_user, &QLineEdit::textChanged, this, &WelcomeWindow::updateThrottle);
    connect(m_path, &QLineEdit::textChanged, this, &WelcomeWindow::updateThrottle);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_EMIT languageChosen(m_language->itemData(index).toString());
        m_error->showMessage(tr("The language changes the next time Jiahu starts."));
    });
    resize(640, 520);
}

WelcomeWindow::~WelcomeWindow() = default;

void WelcomeWindow::showError(const QString& message)
{
    m_error->showMessage(message);
}

std::unique_ptr<Vault> WelcomeWindow::takeVault()
{
    return std::move(m_opened);
}

void WelcomeWindow::handOver(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    m_opened = std::move(vault);
    Q_EMIT vaultOpened();
    m_opened.reset(); // not taken: closed at once
}

void WelcomeWindow::setDatabasePath(const QString& path)
{
    m_path->setText(path);
    updateThrottle();
}

QString WelcomeWindow::databasePath() const
{
    return m_path->text().trimmed();
}

void WelcomeWindow::setUserName(const QString& name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void WelcomeWindow::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a database"), m_path->text(),
                                     tr("Jiahu databases (*.jiahu);;All files (*)"));
    if (!path.isEmpty())
        setDatabasePath(path);
}

void WelcomeWindow::updateThrottle()
{
    // Failed attempts delay only the user they were made as.
    const QString path = databasePath();
    const QString user = m_user->text().trimmed();
    const qint64 wait =
        path.isEmpty() || user.isEmpty() ? 0 : UnlockThrottle(path, user).remainingMs();
    if (wait > 0) {
        m_unlockButton->setEnabled(false);
        m_unlockButton->setText(tr("Wait %n second(s)", nullptr, int((wait + 999) / 1000)));
        if (!m_throttleTimer->isActive())
            m_throttleTimer->start();
    } else {
        m_throttleTimer->stop();
        m_unlockButton->setEnabled(!m_busy);
        m_unlockButton->setText(tr("Unlock"));
    }
}

void WelcomeWindow::unlock()
{
    if (m_busy || !m_unlockButton->isEnabled())
        return;
    const QString path = databasePath();
    const QString user = m_user->text().trimmed();
    if (path.isEmpty() || user.isEmpty())
        return m_error->showMessage(tr("Enter the database file and your user name."));
    QByteArray utf8 = m_password->text().toUtf8();
    auto password = std::make_shared<SecureBytes>(SecureBytes::takeFrom(utf8));
    m_password->clear();
    m_error->showMessage({});
    m_busy = true;
    m_unlockButton->setEnabled(false);
    m_unlockButton->setText(tr("Unlocking…"));
    runInBackground(
        this, [path, user, password] { return Vault::unlock(path, user, *password); },
        [this](Result<std::unique_ptr<Vault>> result) {
            m_busy = false;
            updateThrottle();
            if (!result.ok())
                return m_error->showMessage(result.error().message);
            handOver(std::move(result.value()));
        });
}

void WelcomeWindow::createNew()
{
    auto* dialog = new CreateDatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKdfParams(m_newKdf);
    connect(dialog, &CreateDatabaseDialog::created, this, [this, dialog] {
        auto vault = dialog->takeVault();
        if (!vault)
            return;
        setDatabasePath(vault->databasePath());
        setUserName(vault->user().name);
        handOver(std::move(vault));
    });
    dialog->open();
}

void WelcomeWindow::recover()
{
    if (databasePath().isEmpty())
        return m_error->showMessage(tr("Choose the database file first."));
    auto* dialog = new RecoveryResetDialog(databasePath(), m_user->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKdfParams(m_newKdf);
    connect(dialog, &RecoveryResetDialog::unlocked, this, [this, dialog] {
        auto vault = dialog->takeVault();
        if (!vault)
            return;
        setUserName(vault->user().name);
        handOver(std::move(vault));
    });
    dialog->open();
}

} // namespace jiahu
