// JSON text built piece by piece into a byte buffer, exactly as
// QJsonDocument::toJson(QJsonDocument::Compact) writes the same values (same
// escapes, UTF-8, lower-case \u escapes for control characters and lone
// surrogates), so large documents (check --json over 100 000 nominees) can be
// streamed without building a QJsonObject per row. The caller writes object
// keys in sorted order, as QJsonObject would.
#pragma once

#include <QByteArray>
#include <QString>

namespace vd::json {

// "text" with JSON escapes.
void appendString(QByteArray &out, QStringView text);
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
