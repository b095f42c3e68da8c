#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class FileContext;

/// Adds an action to a plan, or edits one: what, which agency, who is responsible, by when.
class ActionEditDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing`: the action to edit (null: a new one). `today`: the session's case date.
    ActionEditDialog(FileContext& context, const QString& planId, const PlanAction* existing,
                     const QDate& today, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void actionSaved(const jiahu::PlanAction& action);

private:
    FileContext& m_context;
    QString m_planId;
    QString m_actionId;
    bool m_busy = false;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_agency = nullptr;
    QLineEdit* m_owner = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace jiahu
