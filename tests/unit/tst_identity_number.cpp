// GB 11643 identity numbers: check character, dates, derived birth date and gender, masking.
#include "domain/IdentityNumber.h"

#include <QtTest>

using namespace jiahu;

namespace {
/// Completes 17 digits with their check character, independently of the code under test:
/// ISO 7064 MOD 11-2 computed as the standard describes it (sum of a_i * 2^(17-i) mod 11).
QString complete(const QString& first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * ((1 << (17 - i)) % 11);
    const int value = (12 - sum % 11) % 11;
    return first17 + (value == 10 ? QStringLiteral("X") : QString::number(value));
}
} // namespace

class TestIdentityNumber : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("gender");
        QTest::newRow("standard example")
            << QStringLiteral("11010519491231002") << QDate(1949, 12, 31) << int(Gender::Female);
        QTest::newRow("chongqing boy")
            << QStringLiteral("50010720150301001") << QDate(2015, 3, 1) << int(Gender::Male);
        QTest::newRow("leap day girl")
            << QStringLiteral("50010720120229002") << QDate(2012, 2, 29) << int(Gender::Female);
    }
    void validNumbers()
    {
        QFETCH(QString, first17);
        QFETCH(QDate, birth);
        QFETCH(int, gender);
        const QString full = complete(first17);
        QCOMPARE(IdentityNumber::checkCharacter(first17), full.back());
        auto id = IdentityNumber::parse(full, QDate(2026, 11, 23));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(int(id->gender()), gender);
        QCOMPARE(id->tail(4), full.right(4));
        QCOMPARE(id->masked(), full.left(6) + QStringLiteral("********") + full.right(4));
    }

    void knownCheckCharacters()
    {
        // The example from GB 11643-1999 itself.
        QCOMPARE(IdentityNumber::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        auto id = IdentityNumber::parse(QStringLiteral(" 11010519491231002x "), QDate(2026, 1, 1));
        QVERIFY(id.ok());
        QCOMPARE(id->text(), QStringLiteral("11010519491231002X"));
    }

    void everyWrongCheckCharacterIsCaught()
    {
        const QString good = complete(QStringLiteral("50010720150301001"));
        for (QChar c : QStringLiteral("0123456789X")) {
            if (c == good.back())
                continue;
            auto bad = IdentityNumber::parse(good.left(17) + c, QDate(2026, 11, 23));
            QVERIFY(!bad.ok());
            QVERIFY(bad.error().message.contains(QStringLiteral("check character")));
        }
        // A single mistyped digit anywhere is caught too.
        for (int i = 0; i < 17; ++i) {
            QString typo = good;
            typo[i] = QChar(u'0' + (typo[i].unicode() - u'0' + 1) % 10);
            QVERIFY2(!IdentityNumber::parse(typo, QDate(2026, 11, 23)).ok(), qPrintable(typo));
        }
    }

    void impossibleInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("short") << QStringLiteral("5001072015030100")
                               << QStringLiteral("18 characters");
        QTest::newRow("letters") << QStringLiteral("5001A7201503010010")
                                 << QStringLiteral("digits");
        QTest::newRow("feb 30") << complete(QStringLiteral("50010720150230001"))
                                << QStringLiteral("not a real date");
        QTest::newRow("month 13") << complete(QStringLiteral("50010720151301001"))
                                  << QStringLiteral("not a real date");
        QTest::newRow("future") << complete(QStringLiteral("50010720300101001"))
                                << QStringLiteral("impossible");
        QTest::newRow("1800s") << complete(QStringLiteral("50010718500101001"))
                               << QStringLiteral("impossible");
        QTest::newRow("region 0") << complete(QStringLiteral("00010720150301001"))
                                  << QStringLiteral("region");
    }
    void impossibleInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        auto id = IdentityNumber::parse(text, QDate(2026, 11, 23));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(id.error().message.contains(why), qPrintable(id.error().message));
    }
};

QTEST_GUILESS_MAIN(TestIdentityNumber)
#include "tst_identity_number.moc"
