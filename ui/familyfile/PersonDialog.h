#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class FileContext;
class IdentityRows;
struct PersonEdit;

/// Adds or edits a member of the family: a child, a guardian or another member. The identity
/// number is checked as it is typed and fills birth date and gender. Saving goes through
/// PersonService on the writer thread; the dialog stays open with the user's entries if core
/// refuses (its sentence shown in the form). A child of 18 or over or a guardian under 14 is
/// confirmed first; a new name or identity number asks for a reason (audited).
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    /// `person`: the member to edit, or (empty id) a new member with its role preset.
    PersonDialog(FileContext& context, const Person& person, QWidget* parent = nullptr);

    bool isNew() const { return m_original.id.isEmpty(); }
    /// Schools already in the family, offered as the school is typed.
    void setSchoolSuggestions(const QStringList& schools);
    /// Today's case date (ages, impossible birth dates); the workspace's by default.
    void setToday(const QDate& today);

    /// The form as a person (no id for a new one).
    Person entered() const;

Q_SIGNALS:
    /// The member was saved (after core accepted it); the dialog then closes.
    void saved(const jiahu::Person& person);

private:
    void save();
    void roleChanged();
    void setBusy(bool busy);
    PersonEdit changes(const Person& now) const;

    FileContext& m_context;
    Person m_original;
    QDate m_today;
    QFormLayout* m_form = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_name = nullptr;
    IdentityRows* m_identity = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_school = nullptr;
    QLineEdit* m_grade = nullptr;
    QComboBox* m_relationship = nullptr;
    QLineEdit* m_specialNeeds = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    bool m_busy = false;
};

} // namespace jiahu
