// vd::json writes exactly what QJsonDocument::Compact writes for the same values.
#include "jsontext.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <limits>

using namespace vd;

namespace {

// QJsonDocument's text of a one-element array, without the brackets.
QByteArray qtText(const QJsonValue &value)
{
    const QByteArray doc = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

} // namespace

TEST_CASE("json appendString escapes like QJsonDocument", "[json]")
{
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls.append(QChar(u));
    const QList<QString> samples = {
        QString(),
        QStringLiteral("Nguyễn Văn Đức"),
        QStringLiteral("a\"b\\c/d"),
        controls,
        QStringLiteral("\u007F\u0080\u07FF\u0800\uFFFD\uFFFF"),
        QStringLiteral("tab\there\r\nline"),
        QString::fromUcs4(U"😀 emoji 𝄞"),
        QString(QChar(0xD800)) + QStringLiteral("x"),
        QStringLiteral("x") + QChar(0xDC00),
        QString(QChar(0xD83D)),
        QStringLiteral("Trường THCS An Hòa — “ngoặc”"),
    };
    for (const QString &s : samples) {
        QByteArray mine;
        json::appendString(mine, s);
        INFO(s.toStdString());
        CHECK(mine == qtText(QJsonValue(s)));
    }
}

TEST_CASE("json appendInt and appendBool write like QJsonDocument", "[json]")
{
    const QList<qint64> numbers = { 0, 1, -1, 95, 100000, -123456789, 2147483647, 9007199254740991LL };
    for (qint64 v : numbers) {
        QByteArray mine;
        json::appendInt(mine, v);
        CHECK(mine == qtText(QJsonValue(v)));
    }
    QByteArray t, f;
    json::appendBool(t, true);
    json::appendBool(f, false);
    CHECK(t == qtText(QJsonValue(true)));
    CHECK(f == qtText(QJsonValue(false)));
}

TEST_CASE("json write* through a pointer give the same bytes as append*", "[json]")
{
    const QList<QString> samples = { QString(), QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("a\"b\\c\n\x01"),
                                     QString::fromUcs4(U"😀 𝄞"), QString(QChar(0xD800)) };
    for (const QString &s : samples) {
        QByteArray appended;
        json::appendString(appended, s);
        QByteArray written(json::stringBound(s), '\0');
        written.resize(json::writeString(written.data(), s) - written.constData());
        CHECK(written == appended);
        QByteArray body(json::stringBound(s), '\0');
        body.resize(json::writeStringBody(body.data(), s) - body.constData());
        CHECK('"' + body + '"' == appended);
    }
    for (qint64 v : { qint64(0), qint64(-42), qint64(9007199254740991LL), std::numeric_limits<qint64>::min() }) {
        QByteArray appended;
        json::appendInt(appended, v);
        char digits[24];
        CHECK(QByteArray(digits, json::writeInt(digits, v) - digits) == appended);
    }
    char raw[8];
    CHECK(QByteArray(raw, json::writeRaw(raw, "[1,2]") - raw) == QByteArrayLiteral("[1,2]"));
}
