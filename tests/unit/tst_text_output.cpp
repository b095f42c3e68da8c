// jiahu-cli's one print path: every control, invisible and direction-changing character comes
// out as a visible escape, whatever the text (records that arrived by sync or were written before
// the text rules existed are printed through it too).
#include "TextOutput.h"

#include <QTest>

using jiahu::cli::TextOutput;

class TestTextOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void controlsBecomeVisibleEscapes()
    {
        QCOMPARE(TextOutput::escapeControls(u"a\nb\tc\rd"), QStringLiteral("a\\nb\\tc\\rd"));
        QCOMPARE(TextOutput::escapeControls(QStringView(u"x\u202Ey")), QStringLiteral("x\\u202ey"));
        QCOMPARE(TextOutput::escapeControls(QStringView(u"x\u200By\u2028z\uFEFF")),
                 QStringLiteral("x\\u200by\\u2028z\\ufeff"));
        QCOMPARE(TextOutput::escapeControls(QStringView(u"\u0000\u001f\u007f\u0085", 4)),
                 QStringLiteral("\\u0000\\u001f\\u007f\\u0085"));
        // A typed backslash cannot pass for an escape.
        QCOMPARE(TextOutput::escapeControls(u"a\\nb"), QStringLiteral("a\\\\nb"));
        // Ordinary text, Chinese and characters outside the BMP are left alone.
        QCOMPARE(TextOutput::escapeControls(QString::fromUtf8("王小明 𠮷 (A-1)")),
                 QString::fromUtf8("王小明 𠮷 (A-1)"));
    }
};

QTEST_GUILESS_MAIN(TestTextOutput)
#include "tst_text_output.moc"
