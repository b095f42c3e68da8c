#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace jiahu {

/// Every question the app asks in a modal box goes through here, so that GUI tests answer them
/// without real modal loops (tests install a scripted Prompter; the app uses the default, which
/// shows QMessageBox / QInputDialog / QFileDialog).
class Prompter {
public:
    virtual ~Prompter() = default;

    /// "Are you sure?" with the action named on the accepting button. True to go ahead.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptLabel) = 0;
    /// Asks for a reason (audited); nullopt when cancelled. An empty reason is not accepted.
    virtual std::optional<QString> askReason(QWidget* parent, const QString& title,
                                             const QString& prompt) = 0;
    /// Tells the user something that went wrong (a refusal from core says what to do next).
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    /// A file to read (attachments); empty when cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// Where to save a file the user exports on purpose; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title,
                                 const QString& suggested) = 0;

    /// The Prompter in use (the dialog one unless a test installed another).
    static Prompter& current();
    /// Installs `prompter` (tests); null restores the dialog one.
    static void install(std::unique_ptr<Prompter> prompter);
};

} // namespace jiahu
