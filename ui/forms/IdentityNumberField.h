#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace jiahu {

/// A line edit for a mainland identity number (GB 11643), checked as it is typed: the check
/// character and a real birth date (IdentityNumber). A short state beside it says how it stands
/// ("已输入 12/18 位", "校验位不正确", "出生日期无效", "✓ 1990-05-01 女"); its tooltip holds the
/// full sentence. Spaces are dropped and a lower-case x becomes X as the user types or pastes.
/// A valid number gives its birth date and gender (numberEntered), so forms fill them from it.
class IdentityNumberField : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Incomplete, Invalid, Valid };

    explicit IdentityNumberField(QWidget* parent = nullptr);

    /// Today's case date (birth dates after it are impossible); the system's date by default.
    void setToday(const QDate& today);

    QString text() const;
    void setText(const QString& text);
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit() const { return m_edit; }

    State state() const { return m_state; }
    bool isValid() const { return m_state == State::Valid; }
    /// Empty or valid: a form may save.
    bool isAcceptable() const { return m_state == State::Empty || m_state == State::Valid; }
    /// What is wrong, as a full sentence (empty while empty or valid).
    QString problem() const { return m_problem; }
    /// The short state shown beside the field.
    QString stateText() const;
    /// From a valid number: the birth date and gender ("male" / "female"); empty otherwise.
    QDate birthDate() const { return m_birthDate; }
    QString gender() const { return m_gender; }

Q_SIGNALS:
    /// The text changed and was checked again.
    void stateChanged(jiahu::IdentityNumberField::State state);
    /// A valid number was entered: its birth date and gender ("male" / "female").
    void numberEntered(const QDate& birthDate, const QString& gender);

private:
    void normalizeTyped();
    void check();

    QLineEdit* m_edit = nullptr;
    QLabel* m_stateLabel = nullptr;
    QDate m_today;
    State m_state = State::Empty;
    QString m_short;
    QString m_problem;
    QDate m_birthDate;
    QString m_gender;
};

} // namespace jiahu
