#pragma once

#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace jiahu {

/// How a family member is written on screen: gender and age in words, identity numbers masked,
/// and the question asked before saving a member whose age does not fit their role.
class PersonText {
    Q_DECLARE_TR_FUNCTIONS(PersonText)
public:
    /// Full years on `today`; -1 when the birth date is not known.
    static int age(const QDate& birthDate, const QDate& today);
    /// "9 岁", "不满 1 岁", or empty when the birth date is not known.
    static QString ageText(const QDate& birthDate, const QDate& today);
    /// 男 / 女, or empty.
    static QString genderName(const QString& gender);
    /// All but the last four characters hidden: **************123X. Empty stays empty.
    static QString maskedIdNumber(const QString& number);
    /// "白市驿小学 三年级" (either part may be missing).
    static QString schoolAndGrade(const Person& person);
    /// Common relationships to the child, in the user's language (suggestions only).
    static QStringList relationshipSuggestions();

    /// A child of 18 or over, or a guardian under 14, is most likely a typing mistake: asks
    /// (Prompter::confirm) before saving. True when the age fits the role or the user goes ahead.
    static bool confirmAgeForRole(QWidget* parent, MemberRole role, const QString& name,
                                  const QDate& birthDate, const QDate& today);
    static constexpr int kAdultAge = 18;
    static constexpr int kYoungestGuardian = 14;
};

} // namespace jiahu
