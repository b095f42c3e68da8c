// What free text a record accepts: lengths in characters (code points), no control characters
// but newline and tab in multi-line fields, no invisible or text-direction characters; every
// refusal names the field.
#include "TestSupport.h"

#include "domain/TextRules.h"

#include <QtTest>

using namespace jiahu;

namespace {
QString withChar(char32_t u)
{
    // Not QString::fromUcs4, which drops a U+FEFF as a byte order mark.
    const QString c = u < 0x10000 ? QString(QChar(char16_t(u))) : QString::fromUcs4(&u, 1);
    return QStringLiteral("王") + c + QStringLiteral("小明");
}
} // namespace

class TestTextRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lengthsCountCharactersNotUtf16Units()
    {
        const QString yoshi = QString::fromUcs4(U"𠮷"); // outside the BMP: two UTF-16 units
        QCOMPARE(yoshi.size(), 2);
        QCOMPARE(TextRules::characterCount(yoshi.repeated(26)), 26);
        QVERIFY(TextRules::check(QStringLiteral("Name"), yoshi.repeated(26), 50).ok());
        QVERIFY(TextRules::check(QStringLiteral("Name"), yoshi.repeated(50), 50).ok());
        auto tooLong = TextRules::check(QStringLiteral("Name"), yoshi.repeated(51), 50);
        QCOMPARE(test::errorOf(tooLong).code, ErrorCode::InvalidArgument);
        QCOMPARE(tooLong.error().message,
                 QStringLiteral("Name is too long: 51 characters, at most 50 are allowed."));
        QVERIFY(
            TextRules::check(QStringLiteral("Name"), QStringLiteral("家").repeated(50), 50).ok());
        QVERIFY(
            !TextRules::check(QStringLiteral("Name"), QStringLiteral("家").repeated(51), 50).ok());
        QVERIFY(TextRules::checkRequired(QStringLiteral("Name"), yoshi.repeated(26), 50).ok());
    }

    void invisibleAndDirectionCharactersAreRefused_data()
    {
        QTest::addColumn<uint>("u");
        for (uint u : {0x200Bu, 0x200Cu, 0x200Du, 0x200Eu, 0x200Fu, 0x202Au, 0x202Bu, 0x202Cu,
                       0x202Du, 0x202Eu, 0x2060u, 0x2061u, 0x2062u, 0x2063u, 0x2064u, 0x2066u,
                       0x2067u, 0x2068u, 0x2069u, 0xFEFFu, 0x061Cu, 0x2028u, 0x2029u})
            QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0')))) << u;
    }

    void invisibleAndDirectionCharactersAreRefused()
    {
        QFETCH(uint, u);
        for (bool multiLine : {false, true}) {
            auto st =
                TextRules::check(QStringLiteral("Guardian name"), withChar(u), 100, multiLine);
            QCOMPARE(test::errorOf(st).code, ErrorCode::InvalidArgument);
            QVERIFY2(st.error().message.startsWith(QStringLiteral("Guardian name ")),
                     qPrintable(st.error().message));
        }
        // The sentence names the character so it can be found.
        if (u != 0x2028 && u != 0x2029)
            QVERIFY(TextRules::check(QStringLiteral("Notes"), withChar(u), 100, true)
                        .error()
                        .message.contains(
                            QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0')).toUpper()));
    }

    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<uint>("u");
        for (uint u = 0; u < 0x20; ++u)
            if (u != '\n' && u != '\t')
                QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'))))
                    << u;
        QTest::newRow("DEL") << 0x7Fu;
        for (uint u = 0x80; u <= 0x9F; ++u) // C1 controls, NEL among them
            QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0')))) << u;
    }

    void controlCharactersAreRefused()
    {
        QFETCH(uint, u);
        for (bool multiLine : {false, true}) {
            auto st = TextRules::check(QStringLiteral("Address"), withChar(u), 100, multiLine);
            QCOMPARE(test::errorOf(st).code, ErrorCode::InvalidArgument);
            QVERIFY2(st.error().message.startsWith(QStringLiteral("Address ")),
                     qPrintable(st.error().message));
        }
    }

    void newlineAndTabOnlyInMultiLineFields()
    {
        const QString text = QStringLiteral("第一行\n\t第二行");
        QVERIFY(TextRules::check(QStringLiteral("Notes"), text, 100, true).ok());
        auto single = TextRules::check(QStringLiteral("Name"), QStringLiteral("王\n小明"), 100);
        QCOMPARE(single.error().message, QStringLiteral("Name must be a single line."));
        QVERIFY(!TextRules::check(QStringLiteral("Name"), QStringLiteral("王\t小明"), 100).ok());
        QVERIFY(
            !TextRules::check(QStringLiteral("Notes"), QStringLiteral("a\r\nb"), 100, true).ok());
        QCOMPARE(TextRules::check(QStringLiteral("Name"), withChar(0x2028), 100).error().message,
                 QStringLiteral("Name must be a single line."));
    }

    void loneSurrogatesAreNotText()
    {
        const QString lone = QStringLiteral("王") + QChar(0xD83D) + QStringLiteral("明");
        auto st = TextRules::check(QStringLiteral("Name"), lone, 100);
        QCOMPARE(test::errorOf(st).code, ErrorCode::InvalidArgument);
        QVERIFY(st.error().message.startsWith(QStringLiteral("Name ")));
        QVERIFY(!TextRules::check(QStringLiteral("Notes"), QString(QChar(0xDE00)), 100, true).ok());
    }

    void ordinaryTextPasses()
    {
        for (const QString& ok :
             {QStringLiteral("王小明"), QStringLiteral("O'Brien-Smith"), QStringLiteral("Zoë"),
              QString::fromUcs4(U"𠮷野家 😀"), QStringLiteral("九龙坡区 白市驿镇 新桥村 3 组"),
              QStringLiteral("ا ب ت"), QStringLiteral("a\u00A0b"), QString()})
            QVERIFY2(TextRules::check(QStringLiteral("Name"), ok, 100).ok(), qPrintable(ok));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_text_rules.moc"
