#include "Paging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiahu {

QString PageCursor::encode(const char* list, const QVariantList& key)
{
    QJsonArray array{QString::fromLatin1(list)};
    for (const QVariant& v : key)
        array.append(QJsonValue::fromVariant(v));
    return QString::fromLatin1(
        QJsonDocument(array)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QVariantList> PageCursor::decode(const char* list, const QString& token, int arity)
{
    const Error bad = makeError(ErrorCode::InvalidArgument,
                                tr("The page cursor is not valid for this list; start again "
                                   "from the first page."));
    if (token.size() > 1024)
        return bad;
    const auto bytes = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return bad;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return bad;
    const QJsonArray array = doc.array();
    if (array.size() != arity + 1 || array.first().toString() != QLatin1String(list))
        return bad;
    QVariantList key;
    for (qsizetype i = 1; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d != double(qint64(d)))
                return bad;
            key << qint64(d);
        } else if (v.isString()) {
            key << v.toString();
        } else if (v.isNull()) {
            key << QVariant();
        } else {
            return bad;
        }
    }
    return key;
}

} // namespace jiahu
