#pragma once

#include <QDialog>

class QCheckBox;
class QPrinter;
class QPushButton;

namespace jiahu {

/// Shows a new recovery code once, offers to print it, and will not close until the user
/// confirms they have kept it.
class RecoveryCodeDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryCodeDialog(const QString& code, const QString& databasePath, QWidget* parent = nullptr);

    QString code() const { return m_code; }
    /// The page that is printed (HTML).
    QString printableHtml() const;
    /// Renders that page on `printer` (the Print… button after its dialog; tests print to PDF).
    void printTo(QPrinter& printer) const;

public Q_SLOTS:
    void reject() override;

private:
    void print();

    QString m_code;
    QString m_databasePath;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_continue = nullptr;
};

} // namespace jiahu
