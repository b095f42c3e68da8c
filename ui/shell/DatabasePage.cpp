#include "shell/DatabasePage.h"

#include "services/UserDirectory.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jiahu {

namespace {

QLabel* valueLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DatabasePage::DatabasePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(&workspace)
{
    setObjectName(QStringLiteral("databasePage"));
    auto* central = this;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    const UserAccount& user = workspace.user();
    const QString name = user.displayName.isEmpty() ? user.name : user.displayName;
    auto* greeting =
        new QLabel(tr("Signed in as %1 (%2)").arg(name, Roles::displayName(user.role)), central);
    greeting->setObjectName(QStringLiteral("greetingLabel"));
    greeting->setTextFormat(Qt::PlainText); // a name is text, never markup
    QFont big = greeting->font();
    big.setPointSize(big.pointSize() + 4);
    greeting->setFont(big);
    layout->addWidget(greeting);

    auto* form = new QFormLayout;
    form->addRow(tr("Database:"), valueLabel(workspace.databasePath(), "databaseLabel", central));
    auto* encryption =
        valueLabel(tr("SQLCipher, 256-bit key; this user's key is protected by Argon2id"),
                   "encryptionLabel", central);
    encryption->setWordWrap(true);
    form->addRow(tr("Encryption:"), encryption);
    m_userCount = valueLabel(pendingText(), "userCountLabel", central);
    form->addRow(tr("Users:"), m_userCount);
    layout->addLayout(form);
    layout->addStretch(1);

    loadUserCount();
}

DatabasePage::~DatabasePage() = default;

void DatabasePage::loadUserCount()
{
    if (!m_workspace)
        return;
    // Any signed-in user may see who has an account (jiahu-cli user list does not ask for an
    // administrator either). The answer is dropped if this window or the Workspace is gone.
    m_workspace->read([](CaseSession& s) { return UserDirectory(s.db()).all(); }, this,
                      [this](Result<QList<UserAccount>> users) {
                          if (users.ok()) {
                              m_userCount->setText(QString::number(users->size()));
                              m_userCount->setToolTip({});
                          } else {
                              m_userCount->setText(QStringLiteral("—"));
                              m_userCount->setToolTip(users.error().message);
                          }
                      });
}

} // namespace jiahu
