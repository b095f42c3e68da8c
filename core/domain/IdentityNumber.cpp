#include "IdentityNumber.h"

namespace jiahu {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
} // namespace

QChar IdentityNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

Result<IdentityNumber> IdentityNumber::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed().toUpper();
    const auto invalid = [](const QString& why) {
        return makeError(ErrorCode::InvalidArgument, why);
    };
    if (text.size() != 18)
        return invalid(
            tr("An identity number has 18 characters; this one has %1.").arg(text.size()));
    for (int i = 0; i < 17; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return invalid(tr("The first 17 characters of an identity number are digits."));
    }
    const QChar last = text[17];
    if (!(last.isDigit() || last == u'X'))
        return invalid(tr("The last character of an identity number is a digit or X."));
    if (text[0] == u'0' || text.left(2) == QLatin1String("10"))
        return invalid(tr("The identity number's region code is not valid."));
    const QDate birth = QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return invalid(tr("The birth date in the identity number (%1) is not a real date.")
                           .arg(text.mid(6, 8)));
    if (birth.year() < 1900 || birth > today)
        return invalid(tr("The birth date in the identity number (%1) is impossible.")
                           .arg(birth.toString(Qt::ISODate)));
    if (checkCharacter(QStringView(text).left(17)) != last)
        return invalid(tr("The identity number's check character is wrong: check for a typing "
                          "mistake."));
    IdentityNumber id;
    id.m_text = text;
    id.m_birthDate = birth;
    id.m_gender = (text[16].unicode() - '0') % 2 ? Gender::Male : Gender::Female;
    return id;
}

QString IdentityNumber::masked() const
{
    return m_text.left(6) + QString(8, u'*') + m_text.right(4);
}

} // namespace jiahu
