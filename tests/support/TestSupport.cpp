#include "TestSupport.h"

#include "storage/Query.h"

#include <QJsonDocument>
#include <QProcess>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <algorithm>

namespace jiahu::test {

SecureBytes fixedKey(unsigned char seed)
{
    SecureBytes key(Database::kKeyBytes);
    for (size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(seed + i * 7);
    return key;
}

QByteArray keyHex(const SecureBytes& key)
{
    return QByteArray(key.constChars(), qsizetype(key.size())).toHex();
}

KdfParams fastKdf()
{
    return KdfParams::testOnlyMinimal();
}

SecureBytes secret(const char* text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

std::unique_ptr<Database> openDatabase(const QString& path, const SecureBytes* key, bool create)
{
    Database::Options options;
    options.path = path;
    options.key = key;
    options.create = create;
    auto db = Database::open(options);
    if (!db.ok()) {
        qWarning() << "open failed:" << db.error().toString();
        return nullptr;
    }
    return std::move(db.value());
}

QStringList databaseFiles(const QString& path)
{
    QStringList files;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".keyring")}) {
        if (QFileInfo::exists(path + suffix))
            files << path + suffix;
    }
    // Anything else SQLite or we may have left in the folder (temp files, backups in progress).
    const QFileInfo info(path);
    for (const QFileInfo& other : QDir(info.absolutePath()).entryInfoList(QDir::Files)) {
        if (!files.contains(other.absoluteFilePath()) && !files.contains(other.filePath()))
            files << other.absoluteFilePath();
    }
    files.removeDuplicates();
    return files;
}

QStringList filesContaining(const QStringList& files, const QString& marker)
{
    const QByteArray utf8 = marker.toUtf8();
    QByteArray utf16le, utf16be;
    for (QChar c : marker) {
        const ushort u = c.unicode();
        utf16le.append(char(u & 0xFF)).append(char(u >> 8));
        utf16be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    QStringList hits;
    for (const QString& file : files) {
        const QByteArray bytes = readAll(file);
        if (bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be))
            hits << file;
    }
    return hits;
}

QJsonObject ProgramRun::object() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray ProgramRun::array() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const QByteArray& stdinText)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("JIAHU_DB"));
    env.remove(QStringLiteral("JIAHU_USER"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted())
        return {};
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

TwoUserDatabase createTwoUserDatabase(const QString& path)
{
    auto created =
        Vault::create({path, QStringLiteral("admin"), QStringLiteral("王管理"), fastKdf()},
                      secret(kAdminPassword));
    if (!created.ok()) {
        qWarning() << created.error().toString();
        return {};
    }
    const Status added = created->vault->addUser(
        {QStringLiteral("worker"), QStringLiteral("李社工"), Role::Caseworker},
        secret(kWorkerPassword), fastKdf());
    if (!added.ok()) {
        qWarning() << added.error().toString();
        return {};
    }
    return {path, QString::fromLatin1(created->recoveryCode.view())};
}

bool anyProblemContains(const HealthReport& report, const QString& text, Qt::CaseSensitivity cs)
{
    return std::any_of(
        report.findings.begin(), report.findings.end(),
        [&](const HealthReport::Finding& f) { return f.problem && f.text.contains(text, cs); });
}

qint64 lastOutboxSeq(Database& db)
{
    auto seq = fetchOne(db, "SELECT coalesce(max(seq), 0) FROM change_log;", {},
                        [](const Statement& st) { return st.int64(0); }, {});
    if (!seq.ok()) {
        qWarning() << seq.error().toString();
        return -1;
    }
    return seq.value();
}

QList<OutboxEntry> outboxAfter(Database& db, qint64 seq)
{
    auto rows = fetchAll(
        db,
        "SELECT seq, entity, row_id, op, fields, hlc, user_id FROM change_log WHERE seq > ? "
        "ORDER BY seq;",
        {seq}, [](const Statement& st) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(st.text(4).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qWarning() << "not a JSON object:" << st.text(4) << error.errorString();
            return OutboxEntry{st.int64(0),  st.text(1), st.text(2), st.text(3),
                               doc.object(), st.text(5), st.text(6)};
        });
    if (!rows.ok()) {
        qWarning() << rows.error().toString();
        return {};
    }
    return rows.value();
}

} // namespace jiahu::test
