// JSON text built piece by piece into a byte buffer, exactly as
// QJsonDocument::toJson(QJsonDocument::Compact) writes the same values (same
// escapes, UTF-8, lower-case \u escapes for control characters and lone
// surrogates), so large documents (check --json over 100 000 nominees) can be
// streamed without building a QJsonObject per row. The caller writes object
// keys in sorted order, as QJsonObject would.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace vd::json {

// "text" with JSON escapes.
void appendString(QByteArray &out, QStringView text);

// The same pieces written through a raw pointer into room the caller made
// beforehand (one QByteArray::resize per object instead of one append per
// piece: check --json writes 100 000 objects). Each returns the end.
// At most stringBound(text) bytes: "text" with JSON escapes.
char *writeString(char *dst, QStringView text);
// The escaped text without the quotes.
char *writeStringBody(char *dst, QStringView text);
constexpr qsizetype stringBound(QStringView text) { return 6 * text.size() + 2; }
// An ASCII literal as it is (no escapes).
template<size_t N> inline char *writeRaw(char *dst, const char (&text)[N])
{
    for (size_t i = 0; i + 1 < N; ++i)
        *dst++ = text[i];
    return dst;
}
// At most 20 bytes.
char *writeInt(char *dst, qint64 value);
// "key": (the key is plain ASCII without characters to escape).
inline void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}
void appendInt(QByteArray &out, qint64 value);
inline void appendBool(QByteArray &out, bool value) { out += value ? "true" : "false"; }

} // namespace vd::json
