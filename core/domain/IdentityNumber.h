#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace jiahu {

enum class Gender { Unknown, Male, Female };

/// A mainland resident identity number (GB 11643-1999): 6-digit region code, 8-digit birth date,
/// 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
/// (0-9 or X). Parsing verifies the check character and the date, and derives birth date and
/// gender so they can be cross-checked against what a caseworker entered.
class IdentityNumber {
    Q_DECLARE_TR_FUNCTIONS(IdentityNumber)
public:
    /// Accepts surrounding spaces and a lower-case x; rejects everything else with a sentence.
    static Result<IdentityNumber> parse(const QString& text,
                                        const QDate& today = QDate::currentDate());
    /// The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);

    const QString& text() const { return m_text; }
    QString regionCode() const { return m_text.left(6); }
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }
    /// The last `digits` characters, as searched for by caseworkers ("尾号").
    QString tail(int digits = 4) const { return m_text.right(digits); }
    /// For printing to a recipient who does not need the number: 500107********123X.
    QString masked() const;

private:
    QString m_text;
    QDate m_birthDate;
    Gender m_gender = Gender::Unknown;
};

} // namespace jiahu
