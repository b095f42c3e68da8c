#pragma once

#include <QFrame>

#include <optional>

class QButtonGroup;
class QLabel;

namespace jiahu {

/// One question of an assessment with its answers 0..max (否/是 for yes/no items), answered by
/// the keyboard: Tab moves from question to question, a digit (or Y/N) answers and moves on,
/// the arrow keys change the answer. The mouse works too.
class AnswerRow : public QFrame {
    Q_OBJECT
public:
    /// `columns`: how many answer columns the rows shown together line up to.
    AnswerRow(int number, const QString& question, int max, const QString& note, int columns,
              QWidget* parent = nullptr);

    std::optional<int> answer() const { return m_answer; }
    void setAnswer(std::optional<int> answer);
    int maximum() const { return m_max; }

Q_SIGNALS:
    void answered(int value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void choose(int value, bool moveOn);
    void updateLook();

    int m_max = 1;
    std::optional<int> m_answer;
    QButtonGroup* m_group = nullptr;
    QString m_question;
};

} // namespace jiahu
