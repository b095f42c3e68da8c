#include "forms/IdentityRows.h"

#include "forms/IdentityNumberField.h"
#include "forms/PersonText.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace jiahu {

IdentityRows::IdentityRows(QWidget* parent, QFormLayout* form)
    : QObject(parent), m_number(new IdentityNumberField(parent)), m_gender(new QComboBox(parent)),
      m_birth(new QLineEdit(parent))
{
    m_number->setObjectName(QStringLiteral("identityNumberField"));
    form->addRow(tr("Identity number:"), m_number);

    m_gender->setObjectName(QStringLiteral("genderBox"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("not recorded"), QString());
    m_gender->addItem(PersonText::genderName(QStringLiteral("male")), QStringLiteral("male"));
    m_gender->addItem(PersonText::genderName(QStringLiteral("female")), QStringLiteral("female"));
    form->addRow(tr("Gender:"), m_gender);

    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_birth->setAccessibleName(tr("Birth date"));
    m_birth->setPlaceholderText(tr("yyyy-mm-dd"));
    m_birth->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,8}|[0-9]{4}-[0-9]{0,2}(-[0-9]{0,2})?")),
        m_birth));
    m_birth->setMaximumWidth(m_birth->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    form->addRow(tr("Birth date:"), m_birth);

    connect(m_number, &IdentityNumberField::stateChanged, this, &IdentityRows::numberStateChanged);
    connect(m_number, &IdentityNumberField::numberEntered, this,
            [this](const QDate& birth, const QString& gender) {
                m_birth->setText(isoDate(birth));
                m_gender->setCurrentIndex(qMax(0, m_gender->findData(gender)));
            });
    connect(m_number->lineEdit(), &QLineEdit::textEdited, this, &IdentityRows::edited);
    connect(m_gender, &QComboBox::activated, this, &IdentityRows::edited);
    connect(m_birth, &QLineEdit::textEdited, this, &IdentityRows::edited);
}

void IdentityRows::setToday(const QDate& today)
{
    m_number->setToday(today);
}

void IdentityRows::set(const QString& idNumber, const QString& gender, const QDate& birthDate)
{
    m_number->setText(idNumber);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(gender)));
    m_birth->setText(isoDate(birthDate));
    numberStateChanged();
}

void IdentityRows::numberStateChanged()
{
    // A valid number decides gender and birth date; the fields show them, locked.
    const bool fromNumber = m_number->isValid();
    m_gender->setEnabled(!fromNumber);
    m_birth->setReadOnly(fromNumber);
    const QString why = tr("Taken from the identity number");
    m_gender->setToolTip(fromNumber ? why : QString());
    m_birth->setToolTip(fromNumber ? why : QString());
}

QString IdentityRows::idNumber() const
{
    return m_number->text().trimmed();
}

QString IdentityRows::gender() const
{
    return m_gender->currentData().toString();
}

Result<QDate> IdentityRows::birthDate() const
{
    const QString text = m_birth->text().trimmed();
    if (text.isEmpty())
        return QDate();
    QDate date = QDate::fromString(text, QStringLiteral("yyyy-M-d"));
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The birth date %1 is not a date: type it as 2015-09-01.").arg(text));
    return date;
}

QString IdentityRows::problem() const
{
    if (!m_number->isAcceptable()) {
        m_number->setFocus();
        m_number->lineEdit()->selectAll();
        return m_number->problem();
    }
    if (auto birth = birthDate(); !birth.ok()) {
        m_birth->setFocus();
        return birth.error().message;
    }
    return {};
}

} // namespace jiahu
