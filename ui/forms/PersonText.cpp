#include "forms/PersonText.h"

#include "shell/Prompter.h"

namespace jiahu {

int PersonText::age(const QDate& birthDate, const QDate& today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today)
        return -1;
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() ||
        (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return years;
}

QString PersonText::ageText(const QDate& birthDate, const QDate& today)
{
    const int years = age(birthDate, today);
    if (years < 0)
        return {};
    if (years == 0)
        return tr("under 1");
    return tr("%n years", nullptr, years);
}

QString PersonText::genderName(const QString& gender)
{
    if (gender == QLatin1String("male"))
        return tr("male");
    if (gender == QLatin1String("female"))
        return tr("female");
    return {};
}

QString PersonText::maskedIdNumber(const QString& number)
{
    if (number.size() <= 4)
        return number;
    return QString(number.size() - 4, u'*') + number.right(4);
}

QString PersonText::schoolAndGrade(const Person& person)
{
    QStringList parts;
    if (!person.school.isEmpty())
        parts << person.school;
    if (!person.grade.isEmpty())
        parts << person.grade;
    return parts.join(u' ');
}

QStringList PersonText::relationshipSuggestions()
{
    return {tr("father"),
            tr("mother"),
            tr("paternal grandfather"),
            tr("paternal grandmother"),
            tr("maternal grandfather"),
            tr("maternal grandmother"),
            tr("stepfather"),
            tr("stepmother"),
            tr("sibling"),
            tr("other relative"),
            tr("foster carer")};
}

bool PersonText::confirmAgeForRole(QWidget* parent, MemberRole role, const QString& name,
                                   const QDate& birthDate, const QDate& today)
{
    const int years = age(birthDate, today);
    if (years < 0)
        return true;
    if (role == MemberRole::Child && years >= kAdultAge)
        return Prompter::current().confirm(
            parent, tr("Save as a child?"),
            tr("%1 is %2 years old by the birth date entered: no longer a minor. Check the birth "
               "date or identity number, or record them as a family member instead.")
                .arg(name)
                .arg(years),
            tr("Save as child"));
    if (role == MemberRole::Guardian && years < kYoungestGuardian)
        return Prompter::current().confirm(
            parent, tr("Save as a guardian?"),
            tr("%1 is only %2 years old by the birth date entered. Check the birth date or "
               "identity number.")
                .arg(name)
                .arg(years),
            tr("Save as guardian"));
    return true;
}

} // namespace jiahu
