#include "shell/Prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace jiahu {

namespace {

class DialogPrompter final : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(Prompter)
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& acceptLabel) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        auto* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().last()));
        box.exec();
        return box.clickedButton() == accept;
    }

    std::optional<QString> askReason(QWidget* parent, const QString& title,
                                     const QString& prompt) override
    {
        for (;;) {
            bool ok = false;
            const QString reason =
                QInputDialog::getMultiLineText(parent, title, prompt, {}, &ok).trimmed();
            if (!ok)
                return std::nullopt;
            if (!reason.isEmpty())
                return reason;
        }
    }

    void inform(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }

    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, {}, filter);
    }

    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggested);
    }
};

std::unique_ptr<Prompter>& slot()
{
    static std::unique_ptr<Prompter> installed;
    return installed;
}

} // namespace

Prompter& Prompter::current()
{
    auto& p = slot();
    if (!p)
        p = std::make_unique<DialogPrompter>();
    return *p;
}

void Prompter::install(std::unique_ptr<Prompter> prompter)
{
    slot() = std::move(prompter);
}

} // namespace jiahu
