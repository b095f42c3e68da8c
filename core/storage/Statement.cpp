#include "Statement.h"

#include "Database.h"
#include "common/Clock.h"

#include <QDate>

#include <sqlite3.h>

#include <utility>

namespace jiahu {

Statement::Statement(Database* db, sqlite3_stmt* stmt, bool cached)
    : m_db(db), m_stmt(stmt), m_cached(cached)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_cached(other.m_cached), m_bindError(other.m_bindError), m_stepped(other.m_stepped)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cached = other.m_cached;
        m_bindError = other.m_bindError;
        m_stepped = other.m_stepped;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cached)
        m_db->giveBack(m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
}

void Statement::rewindIfStepped()
{
    if (m_stepped) {
        sqlite3_reset(m_stmt);
        m_stepped = false;
        m_bindError = SQLITE_OK;
    }
}

Statement& Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindNull(int index)
{
    rewindIfStepped();
    return noteBind(sqlite3_bind_null(m_stmt, index));
}

Statement& Statement::bind(int index, qint64 value)
{
    rewindIfStepped();
    return noteBind(sqlite3_bind_int64(m_stmt, index, value));
}

Statement& Statement::bind(int index, double value)
{
    rewindIfStepped();
    return noteBind(sqlite3_bind_double(m_stmt, index, value));
}

namespace {

/// UTF-8 of `text`; a lone surrogate (not a character, so not encodable) becomes U+FFFD, the way
/// invalid text reads back everywhere else, instead of Qt's '?'.
QByteArray utf8Of(const QString& text)
{
    const qsizetype n = text.size();
    QString repaired; // a copy, made at the first lone surrogate
    for (qsizetype i = 0; i < n; ++i) {
        if (!text[i].isSurrogate())
            continue;
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (repaired.isNull())
            repaired = text;
        repaired[i] = QChar::ReplacementCharacter;
    }
    return (repaired.isNull() ? text : repaired).toUtf8();
}

} // namespace

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    rewindIfStepped();
    const QByteArray utf8 = utf8Of(text);
    return noteBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                        sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                        SQLITE_UTF8));
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    // A non-null empty blob stays a zero-length blob, not NULL.
    static const char empty = 0;
    rewindIfStepped();
    return noteBind(sqlite3_bind_blob64(m_stmt, index, blob.isEmpty() ? &empty : blob.constData(),
                                        sqlite3_uint64(blob.size()), SQLITE_TRANSIENT));
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return sqliteError(m_bindError, QStringLiteral("bind"),
                           QString::fromUtf8(sqlite3_errstr(m_bindError)));
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(rc, QStringLiteral("step"));
}

Status Statement::exec()
{
    while (true) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return bindNull(index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDate:
        return bind(index, isoDate(value.toDate())); // an invalid date is NULL
    default: {
        const QString text = value.toString();
        return bind(index, text.isNull() ? QStringLiteral("") : text);
    }
    }
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char*>(data), size);
}

int Statement::changes() const
{
    return m_db ? m_db->changes() : 0;
}

} // namespace jiahu
