#include "HomeWindow.h"

#include "services/Vault.h"

#include <QAction>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace jiahu {

HomeWindow::HomeWindow(std::shared_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent), m_vault(std::move(vault))
{
    setObjectName(QStringLiteral("homeWindow"));
    setWindowTitle(tr("Jiahu — %1").arg(QFileInfo(m_vault->databasePath()).fileName()));

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    auto* lockAction = toolbar->addAction(tr("Lock"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &HomeWindow::lockRequested);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    const UserAccount& user = m_vault->user();
    auto* greeting =
        new QLabel(tr("Signed in as %1 (%2)")
                       .arg(user.displayName.toHtmlEscaped(), Roles::displayName(user.role)),
                   central);
    greeting->setObjectName(QStringLiteral("greetingLabel"));
    QFont big = greeting->font();
    big.setPointSize(big.pointSize() + 4);
    greeting->setFont(big);
    layout->addWidget(greeting);

    auto* form = new QFormLayout;
    form->addRow(tr("Database:"), new QLabel(m_vault->databasePath(), central));
    form->addRow(tr("Encryption:"),
                 new QLabel(tr("SQLCipher, 256-bit key; this user's key is protected by Argon2id"),
                            central));
    if (auto users = m_vault->users(); users.ok())
        form->addRow(tr("Users:"), new QLabel(QString::number(users->size()), central));
    layout->addLayout(form);
    layout->addStretch(1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Unlocked. Lock with Ctrl+L when you leave the computer."));
    resize(900, 600);
}

HomeWindow::~HomeWindow() = default;

} // namespace jiahu
