#include "familyfile/AnswerRow.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace jiahu {

AnswerRow::AnswerRow(int number, const QString& question, int max, const QString& note, int columns,
                     QWidget* parent)
    : QFrame(parent), m_max(max), m_question(question)
{
    setObjectName(QStringLiteral("answerRow"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(question);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(12);

    auto* numberLabel = new QLabel(QString::number(number) + u'.', this);
    numberLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    numberLabel->setFixedWidth(numberLabel->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
    layout->addWidget(numberLabel, 0, Qt::AlignTop);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto* text = new QLabel(question, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    texts->addWidget(text);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        noteLabel->setTextFormat(Qt::PlainText);
        QPalette quiet = noteLabel->palette();
        quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
        noteLabel->setPalette(quiet);
        texts->addWidget(noteLabel);
    }
    layout->addLayout(texts, 1);

    // The answers in columns of one width, so that the rows of a step line up (否 under 0,
    // 是 under 1).
    const QString no = tr("No (0)");
    const QString yes = tr("Yes (1)");
    const QFontMetrics fm(font());
    const int indicator = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this) +
                          style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    const int cell = indicator +
                     std::max({fm.horizontalAdvance(no), fm.horizontalAdvance(yes),
                               fm.horizontalAdvance(QStringLiteral("10"))}) +
                     16;
    auto* answers = new QWidget(this);
    auto* answerLayout = new QHBoxLayout(answers);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->setSpacing(0);
    answers->setFixedWidth(cell * std::max(columns, max + 1));
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int value = 0; value <= max; ++value) {
        QString label = QString::number(value);
        if (max == 1)
            label = value == 0 ? no : yes;
        auto* button = new QRadioButton(label, answers);
        button->setObjectName(QStringLiteral("answer%1").arg(value));
        button->setFocusPolicy(Qt::NoFocus); // the row takes the keys
        button->setAccessibleName(tr("%1: %2").arg(question, label));
        button->setFixedWidth(cell);
        m_group->addButton(button, value);
        answerLayout->addWidget(button);
    }
    answerLayout->addStretch(1);
    layout->addWidget(answers, 0, Qt::AlignVCenter);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int value) {
        setFocus(Qt::MouseFocusReason);
        choose(value, false);
    });
    updateLook();
}

void AnswerRow::setAnswer(std::optional<int> answer)
{
    if (answer && (*answer < 0 || *answer > m_max))
        answer.reset();
    m_answer = answer;
    if (answer) {
        m_group->button(*answer)->setChecked(true);
    } else if (QAbstractButton* checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    updateLook();
}

void AnswerRow::choose(int value, bool moveOn)
{
    setAnswer(value);
    Q_EMIT answered(value);
    if (moveOn)
        focusNextChild();
}

void AnswerRow::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && key - Qt::Key_0 <= m_max) {
        choose(key - Qt::Key_0, true);
        return;
    }
    if (m_max == 1 && (key == Qt::Key_Y || key == Qt::Key_N)) {
        choose(key == Qt::Key_Y ? 1 : 0, true);
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int step = key == Qt::Key_Right ? 1 : -1;
        const int value =
            m_answer ? std::clamp(*m_answer + step, 0, m_max) : (step > 0 ? 0 : m_max);
        choose(value, false);
        return;
    }
    if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (key != Qt::Key_Down && !m_answer)
            return QFrame::keyPressEvent(event);
        focusNextChild();
        return;
    }
    if (key == Qt::Key_Up) {
        focusPreviousChild();
        return;
    }
    QFrame::keyPressEvent(event);
}

void AnswerRow::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    updateLook();
}

void AnswerRow::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    updateLook();
}

void AnswerRow::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void AnswerRow::updateLook()
{
    setAccessibleDescription(m_answer ? tr("Answer: %1").arg(*m_answer) : tr("Not answered"));
    update();
}

void AnswerRow::paintEvent(QPaintEvent* event)
{
    // The question being answered stands out (a tint and a bar in the highlight colour); the
    // others stay quiet.
    if (hasFocus()) {
        QPainter painter(this);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(0.10f);
        painter.fillRect(rect(), tint);
        painter.fillRect(QRect(0, 0, 3, height()), palette().color(QPalette::Highlight));
    }
    QFrame::paintEvent(event);
}

} // namespace jiahu
