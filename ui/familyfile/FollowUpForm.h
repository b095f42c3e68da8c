#pragma once

#include <QVariant>

#include "familyfile/SessionFacts.h"

#include "domain/CaseRecords.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class FileContext;

/// The quick entry of a follow-up (回访), made to be completed with the keyboard alone in under
/// a minute: kind, date (today), who was seen, notes, findings and the next due date, filled in
/// from the cadence of the family's code. A later next due date needs a reason (counselors may
/// not set one). The first field has the focus; Tab follows the form; Ctrl+Enter anywhere (or
/// Enter on the last field) saves; after saving the form is empty again and says "已保存".
/// Works on a counselor's partial file too (only their school's children are listed).
class FollowUpForm : public QWidget {
    Q_OBJECT
public:
    FollowUpForm(FileContext& context, QWidget* parent = nullptr);

    /// The family as it is now (after opening and after every change).
    void setFile(const FamilyFile& file);
    /// Loads `original` to be corrected: saving records an amending follow-up (with a reason
    /// asked for then) that replaces it. Cancelling goes back to a new follow-up.
    void startCorrection(const FollowUp& original);
    bool hasUnsavedEdits() const;
    /// Empties the form for the next follow-up (and leaves a correction).
    void clear();
    /// What is typed, kept in memory over a lock (only if the user chose that), and put back.
    QVariant draft() const;
    void restoreDraft(const QVariant& draft);

Q_SIGNALS:
    void saved(const jiahu::FollowUp& followUp);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void save();
    void factsLoaded(const SessionFacts& facts);
    void fillPeople();
    int cadenceDays() const;
    QDate dueByCadence() const;
    void dateChanged();
    void dueEdited();
    void updateDueRow();
    void updateEnabled();
    void setSaving(bool saving);
    bool counselor() const;
    QWidget* lastField() const;

    FileContext& m_context;
    FamilyFile m_file;
    bool m_hasFile = false;
    SessionFacts m_facts;
    bool m_ready = false;
    bool m_saving = false;
    bool m_dueTouched = false; ///< the user chose the next due date (it no longer follows)
    bool m_filling = false;    ///< a change made by the form, not the user
    FollowUp m_original;       ///< the follow-up being corrected (id empty: a new one)

    QFormLayout* m_formLayout = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_closedNote = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_person = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QDateEdit* m_nextDue = nullptr;
    QLabel* m_cadenceHint = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancelCorrection = nullptr;
};

} // namespace jiahu
