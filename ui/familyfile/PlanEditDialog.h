#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class FileContext;

/// Adds a plan (帮扶方案) to the family: its kind, title and goals. Writes it itself and closes
/// once saved (a refusal keeps it open with what was typed).
class PlanEditDialog : public QDialog {
    Q_OBJECT
public:
    PlanEditDialog(FileContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void planAdded(const jiahu::Plan& plan);

private:
    FileContext& m_context;
    bool m_busy = false;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_goals = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace jiahu
