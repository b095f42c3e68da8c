#include "ChangeLogTriggers.h"

#include "storage/Database.h"

namespace jiahu {

namespace {

const QStringList kBookkeeping = {QStringLiteral("id"), QStringLiteral("hlc"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by")};

bool isIdentifier(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

struct Column {
    QByteArray name;
    QByteArray defaultValue; ///< the column's DEFAULT as SQL text (schema code), empty if none
};

Result<QList<Column>> columnsOf(Database& db, const QByteArray& table)
{
    if (!isIdentifier(table))
        return makeError(ErrorCode::Internal, QStringLiteral("bad table name"));
    auto st = db.prepare("PRAGMA table_info(" + table + ");");
    if (!st.ok())
        return st.error();
    QList<Column> columns;
    JIAHU_TRY(st->forEachRow([&] {
        columns.append({st->text(1).toUtf8(), st->isNull(4) ? QByteArray() : st->text(4).toUtf8()});
    }));
    if (columns.isEmpty())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("no such table: %1").arg(QString::fromUtf8(table)));
    return columns;
}

/// A trigger named <table>_<suffix> (replacing one of that name) that aborts every `operation`
/// on `table` with a message.
Status refuse(Database& db, const QByteArray& table, const char* operation, const char* suffix,
              const char* why)
{
    if (!isIdentifier(table))
        return makeError(ErrorCode::Internal, QStringLiteral("bad table name"));
    const QByteArray name = table + '_' + suffix;
    const QByteArray sql = "DROP TRIGGER IF EXISTS " + name + ";\nCREATE TRIGGER " + name +
                           " BEFORE " + operation + " ON " + table +
                           " BEGIN SELECT RAISE(ABORT, '" + table + ' ' + why + "'); END;";
    return db.exec(sql.constData());
}

} // namespace

QByteArray ChangeLogTriggers::jsonValue(const QByteArray& row, const QByteArray& column)
{
    const QByteArray v = row + '.' + column;
    // Text goes through jiahu_json_text() (storage/SqlFunctions, registered on every connection),
    // which escapes every control character and repairs invalid UTF-8; infinite reals, which
    // have no JSON number, become strings.
    return "CASE typeof(" + v + ") WHEN 'null' THEN 'null' WHEN 'integer' THEN CAST(" + v +
           " AS TEXT) WHEN 'real' THEN CASE WHEN abs(" + v + ") = 9e999 THEN '\"' || CAST(" + v +
           " AS TEXT) || '\"' ELSE CAST(" + v + " AS TEXT) END WHEN 'blob' THEN '\"' || hex(" + v +
           ") || '\"' ELSE jiahu_json_text(" + v + ") END";
}

Status ChangeLogTriggers::install(Database& db, const QByteArray& table,
                                  const QStringList& excluded)
{
    auto columns = columnsOf(db, table);
    if (!columns.ok())
        return columns.error();
    QByteArray insertFields;
    QByteArray updateFields;
    QByteArray anyChange;
    for (const Column& column : columns.value()) {
        const QByteArray& c = column.name;
        const QString name = QString::fromUtf8(c);
        if (kBookkeeping.contains(name) || excluded.contains(name))
            continue;
        const QByteArray pair = "',\"" + c + "\":' || " + jsonValue("NEW", c);
        // An inserted field left NULL or at its column's default is not written: the receiver's
        // insert gives it the same default.
        const QByteArray notDefault =
            column.defaultValue.isEmpty() ||
                    column.defaultValue.compare("NULL", Qt::CaseInsensitive) == 0
                ? QByteArray()
                : " AND NEW." + c + " IS NOT " + column.defaultValue;
        insertFields += (insertFields.isEmpty() ? "" : " || ") + QByteArray("CASE WHEN NEW.") + c +
                        " IS NOT NULL" + notDefault + " THEN " + pair + " ELSE '' END";
        updateFields += (updateFields.isEmpty() ? "" : " || ") + QByteArray("CASE WHEN OLD.") + c +
                        " IS NOT NEW." + c + " THEN " + pair + " ELSE '' END";
        anyChange +=
            (anyChange.isEmpty() ? "" : " OR ") + QByteArray("OLD.") + c + " IS NOT NEW." + c;
    }
    const QByteArray head = "INSERT INTO change_log(entity, row_id, op, fields, hlc, user_id, at) "
                            "VALUES ('" +
                            table + "', NEW.id, ";
    const QByteArray sql = "DROP TRIGGER IF EXISTS " + table +
                           "_outbox_insert;\n"
                           "DROP TRIGGER IF EXISTS " +
                           table +
                           "_outbox_update;\n"
                           "CREATE TRIGGER " +
                           table + "_outbox_insert AFTER INSERT ON " + table + "\nBEGIN " + head +
                           "'insert', '{' || substr(" + insertFields +
                           ", 2) || '}', NEW.hlc, NEW.updated_by, NEW.updated_at); END;\n"
                           "CREATE TRIGGER " +
                           table + "_outbox_update AFTER UPDATE ON " + table + "\nWHEN " +
                           anyChange + "\nBEGIN " + head + "'update', '{' || substr(" +
                           updateFields +
                           ", 2) || '}', NEW.hlc, NEW.updated_by, NEW.updated_at); END;\n";
    return db.exec(sql.constData());
}

Status ChangeLogTriggers::installAppendOnly(Database& db, const QByteArray& table)
{
    JIAHU_TRY(refuse(db, table, "UPDATE", "no_update", "is append-only"));
    return refuse(db, table, "DELETE", "no_delete", "is append-only");
}

Status ChangeLogTriggers::installSoftDeleteOnly(Database& db, const QByteArray& table)
{
    return refuse(db, table, "DELETE", "no_delete", "rows are removed by setting deleted_at");
}

} // namespace jiahu
