#include "GuiSupport.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jiahu::test {

namespace {

/// What Prompter::current() holds while a ScriptedPrompter lives: it answers from the script
/// (the slot owns its Prompter; the script belongs to the test).
class ForwardingPrompter final : public Prompter {
public:
    explicit ForwardingPrompter(ScriptedPrompter* script) : m_script(script) {}
    bool confirm(QWidget* w, const QString& t, const QString& x, const QString& a) override
    {
        return m_script->confirm(w, t, x, a);
    }
    std::optional<QString> askReason(QWidget* w, const QString& t, const QString& p) override
    {
        return m_script->askReason(w, t, p);
    }
    void inform(QWidget* w, const QString& t, const QString& x) override
    {
        m_script->inform(w, t, x);
    }
    QString openFileName(QWidget* w, const QString& t, const QString& f) override
    {
        return m_script->openFileName(w, t, f);
    }
    QString saveFileName(QWidget* w, const QString& t, const QString& s) override
    {
        return m_script->saveFileName(w, t, s);
    }

private:
    ScriptedPrompter* m_script;
};

} // namespace

ScriptedPrompter::ScriptedPrompter()
{
    Prompter::install(std::make_unique<ForwardingPrompter>(this));
}

ScriptedPrompter::~ScriptedPrompter()
{
    Prompter::install(nullptr);
}

bool ScriptedPrompter::confirm(QWidget*, const QString& title, const QString& text, const QString&)
{
    asked << title + QLatin1Char('|') + text;
    if (confirmations.empty())
        return false;
    const bool answer = confirmations.front();
    confirmations.pop_front();
    return answer;
}

std::optional<QString> ScriptedPrompter::askReason(QWidget*, const QString& title, const QString&)
{
    asked << title;
    if (reasons.isEmpty())
        return std::nullopt;
    const QString answer = reasons.takeFirst();
    if (answer.isNull())
        return std::nullopt;
    return answer;
}

void ScriptedPrompter::inform(QWidget*, const QString&, const QString& text)
{
    informed << text;
}

QString ScriptedPrompter::openFileName(QWidget*, const QString& title, const QString&)
{
    asked << title;
    if (fileNames.empty())
        return {};
    QString answer = fileNames.front();
    fileNames.pop_front();
    return answer;
}

QString ScriptedPrompter::saveFileName(QWidget* parent, const QString& title, const QString& s)
{
    return openFileName(parent, title, s);
}

std::unique_ptr<Workspace> openWorkspace(CaseFixture& fx, const QString& user, int readers)
{
    auto ws = Workspace::open(fx.unlock(user), {readers, [&fx] { return fx.now; }});
    if (!ws.ok()) {
        qWarning("openWorkspace: %s", qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws.value());
}

std::unique_ptr<FamilyFileView> openView(Workspace& ws, const QString& familyId, QSize size)
{
    auto view = std::make_unique<FamilyFileView>(ws, familyId);
    view->resize(size);
    view->show();
    if (!waitUntil([&] { return view->isLoaded(); }))
        return nullptr;
    return view;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString prefix = qEnvironmentVariable("JIAHU_SCREENSHOT_PREFIX");
    if (prefix.isEmpty())
        return;
    QTest::qWait(300);
    const QString path = prefix + name;
    QVERIFY(widget->grab().save(path));
    qInfo() << "screenshot:" << path;
}

bool TsvTranslator::loadTsv(const QString& fileOrDir)
{
    if (fileOrDir.isEmpty())
        return false;
    if (QFileInfo(fileOrDir).isDir()) {
        const QDir dir(fileOrDir);
        for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files))
            readFile(dir.filePath(name));
    } else {
        readFile(fileOrDir);
    }
    return !m_strings.isEmpty();
}

void TsvTranslator::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        const QStringList cols = line.split(u'\t');
        if (cols.size() == 3)
            m_strings.insert(cols[0] + u'\x1f' + cols[1], cols[2]);
    }
}

QString TsvTranslator::translate(const char* context, const char* source, const char*, int n) const
{
    QString ctx = QString::fromUtf8(context);
    const QString src = QString::fromUtf8(source);
    QString s = m_strings.value(ctx + u'\x1f' + src);
    if (s.isEmpty())
        s = m_strings.value(ctx.remove(QStringLiteral("jiahu::")) + u'\x1f' + src);
    if (n >= 0)
        s.replace(QStringLiteral("%n"), QString::number(n));
    return s;
}

ShotTranslators::ShotTranslators()
{
    if (m_catalogue.load(qEnvironmentVariable("JIAHU_SHOTS_QM")))
        QCoreApplication::installTranslator(&m_catalogue);
    if (m_strings.loadTsv(qEnvironmentVariable("JIAHU_SHOTS_TSV")))
        QCoreApplication::installTranslator(&m_strings);
}

ShotTranslators::~ShotTranslators()
{
    QCoreApplication::removeTranslator(&m_strings);
    QCoreApplication::removeTranslator(&m_catalogue);
}

} // namespace jiahu::test
