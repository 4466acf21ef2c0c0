#include "jsontext.h"

namespace vd::json {

namespace {

char hexDigit(uint v) { return char(v < 10 ? '0' + v : 'a' + v - 10); }

void appendEscapedUnit(QByteArray &out, char16_t u)
{
    out += "\\u";
    out += hexDigit((u >> 12) & 0xF);
    out += hexDigit((u >> 8) & 0xF);
    out += hexDigit((u >> 4) & 0xF);
    out += hexDigit(u & 0xF);
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        // A run of characters written as they are, in one append.
        const char16_t *run = src;
        while (run != end && *run >= 0x20 && *run < 0x80 && *run != '"' && *run != '\\')
            ++run;
        if (run != src) {
            const qsizetype at = out.size();
            out.resize(at + (run - src));
            char *dst = out.data() + at;
            while (src != run)
                *dst++ = char(*src++);
            continue;
        }
        const char16_t u = *src++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 0x08: out += 'b'; break;
            case 0x0C: out += 'f'; break;
            case 0x0A: out += 'n'; break;
            case 0x0D: out += 'r'; break;
            case 0x09: out += 't'; break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xF);
            }
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            appendEscapedUnit(out, u);  // a lone surrogate, as QJsonDocument writes it
        } else {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
    out += '"';
}

void appendInt(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? 0 - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        out += '-';
    while (n > 0)
        out += digits[--n];
}

} // namespace vd::json
