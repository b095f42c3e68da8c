#include "forms/IdentityNumberField.h"

#include "forms/PersonText.h"

#include "common/Clock.h"
#include "domain/IdentityNumber.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace jiahu {

namespace {

constexpr int kLength = 18;

bool regionInvalid(const QString& t)
{
    return (!t.isEmpty() && t[0] == u'0') || t.startsWith(QLatin1String("10"));
}

/// The first 17 characters completed by `tail` (zeros unless given) and the right check
/// character, so that IdentityNumber::parse judges only the parts already typed.
QString probe(QString first)
{
    first = first.left(kLength - 1);
    first += QString(kLength - 1 - first.size(), u'0');
    return first + IdentityNumber::checkCharacter(first);
}

} // namespace

IdentityNumberField::IdentityNumberField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_stateLabel(new QLabel(this)),
      m_today(caseDate(QDateTime::currentMSecsSinceEpoch()))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_edit->setObjectName(QStringLiteral("identityNumberEdit"));
    m_edit->setAccessibleName(tr("Identity number"));
    m_edit->setPlaceholderText(tr("18 characters"));
    m_edit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhPreferUppercase |
                                Qt::ImhNoPredictiveText);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    m_stateLabel->setObjectName(QStringLiteral("identityNumberState"));
    m_stateLabel->setAccessibleName(tr("Identity number check"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    int width = 0;
    for (const QString& sample :
         {tr("%1/18").arg(17), tr("Digits and X only"), tr("%1 characters, 18 expected").arg(24),
          tr("Region code invalid"), tr("Birth date invalid"), tr("Check character wrong"),
          tr("✓ %1 %2").arg(QStringLiteral("2000-00-00"),
                            PersonText::genderName(QStringLiteral("female")))})
        width = qMax(width, m_stateLabel->fontMetrics().horizontalAdvance(sample));
    m_stateLabel->setMinimumWidth(width + 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_stateLabel);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &IdentityNumberField::normalizeTyped);
    connect(m_edit, &QLineEdit::textChanged, this, &IdentityNumberField::check);
}

void IdentityNumberField::setToday(const QDate& today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    check();
}

QString IdentityNumberField::text() const
{
    return m_edit->text();
}

void IdentityNumberField::setText(const QString& text)
{
    m_edit->setText(text);
    normalizeTyped();
}

void IdentityNumberField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

QString IdentityNumberField::stateText() const
{
    return m_stateLabel->text();
}

void IdentityNumberField::normalizeTyped()
{
    const QString typed = m_edit->text();
    QString clean;
    int cursor = m_edit->cursorPosition();
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed[i];
        if (c.isSpace()) {
            if (i < m_edit->cursorPosition())
                --cursor;
            continue;
        }
        clean += c == u'x' ? QChar(u'X') : c;
    }
    if (clean != typed) {
        m_edit->setText(clean);
        m_edit->setCursorPosition(qBound(0, cursor, int(clean.size())));
    }
}

void IdentityNumberField::check()
{
    const QString t = m_edit->text();
    const State before = m_state;
    m_birthDate = {};
    m_gender.clear();
    m_problem.clear();
    m_short.clear();

    const auto invalid = [this](const QString& shortText, const QString& sentence) {
        m_state = State::Invalid;
        m_short = shortText;
        m_problem = sentence;
    };
    bool charactersOk = true;
    for (int i = 0; i < t.size() && i < kLength; ++i) {
        const QChar c = t[i];
        const bool digit = c >= u'0' && c <= u'9';
        charactersOk = charactersOk && (digit || (i == kLength - 1 && c == u'X'));
    }

    if (t.isEmpty()) {
        m_state = State::Empty;
    } else if (!charactersOk) {
        invalid(tr("Digits and X only"),
                tr("An identity number is 17 digits followed by a digit or X."));
    } else if (t.size() > kLength) {
        invalid(tr("%1 characters, 18 expected").arg(t.size()),
                IdentityNumber::parse(t, m_today).error().message);
    } else if (t.size() < kLength) {
        // Judge what is typed so far: the region code, then (from 14 characters) the birth date.
        QString sample = t;
        if (t.size() < 14)
            sample = t.left(6).leftJustified(6, u'1') + QStringLiteral("20000101");
        const auto parsed = IdentityNumber::parse(probe(sample), m_today);
        if (regionInvalid(t))
            invalid(tr("Region code invalid"), parsed.ok() ? QString() : parsed.error().message);
        else if (!parsed.ok())
            invalid(tr("Birth date invalid"), parsed.error().message);
        else {
            m_state = State::Incomplete;
            m_short = tr("%1/18").arg(t.size());
            m_problem = IdentityNumber::parse(t, m_today).error().message;
        }
    } else {
        const auto parsed = IdentityNumber::parse(t, m_today);
        if (parsed.ok()) {
            m_state = State::Valid;
            m_birthDate = parsed->birthDate();
            m_gender = parsed->gender() == Gender::Male ? QStringLiteral("male")
                                                        : QStringLiteral("female");
            m_short = tr("✓ %1 %2").arg(isoDate(m_birthDate), PersonText::genderName(m_gender));
        } else if (regionInvalid(t)) {
            invalid(tr("Region code invalid"), parsed.error().message);
        } else if (!IdentityNumber::parse(probe(t), m_today).ok()) {
            invalid(tr("Birth date invalid"), parsed.error().message);
        } else {
            invalid(tr("Check character wrong"), parsed.error().message);
        }
    }

    m_stateLabel->setText(m_short);
    m_stateLabel->setToolTip(m_problem);
    m_edit->setAccessibleDescription(m_problem.isEmpty() ? m_short : m_problem);
    QPalette palette = m_stateLabel->palette();
    QColor colour = this->palette().color(QPalette::PlaceholderText);
    if (m_state == State::Invalid)
        colour = QColor(0xB3, 0x26, 0x1E);
    else if (m_state == State::Valid)
        colour = QColor(0x2E, 0x7D, 0x32);
    palette.setColor(QPalette::WindowText, colour);
    m_stateLabel->setPalette(palette);

    if (m_state != before)
        Q_EMIT stateChanged(m_state);
    if (m_state == State::Valid)
        Q_EMIT numberEntered(m_birthDate, m_gender);
}

} // namespace jiahu
