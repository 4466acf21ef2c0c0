#include "jsontext.h"

namespace vd::json {

namespace {

char hexDigit(uint v) { return char(v < 10 ? '0' + v : 'a' + v - 10); }

} // namespace

char *writeStringBody(char *dst, QStringView text)
{
    auto hex = [&dst](char16_t u) {
        *dst++ = '\\';
        *dst++ = 'u';
        *dst++ = hexDigit((u >> 12) & 0xF);
        *dst++ = hexDigit((u >> 8) & 0xF);
        *dst++ = hexDigit((u >> 4) & 0xF);
        *dst++ = hexDigit(u & 0xF);
    };
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *dst++ = char(u);
                continue;
            }
            switch (u) {
            case '"':
                *dst++ = '\\';
                *dst++ = '"';
                break;
            case '\\':
                *dst++ = '\\';
                *dst++ = '\\';
                break;
            case 0x08:
                *dst++ = '\\';
                *dst++ = 'b';
                break;
            case 0x0C:
                *dst++ = '\\';
                *dst++ = 'f';
                break;
            case 0x0A:
                *dst++ = '\\';
                *dst++ = 'n';
                break;
            case 0x0D:
                *dst++ = '\\';
                *dst++ = 'r';
                break;
            case 0x09:
                *dst++ = '\\';
                *dst++ = 't';
                break;
            default:
                hex(u);
            }
        } else if (u < 0x800) {
            *dst++ = char(0xC0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *dst++ = char(0xF0 | (c >> 18));
            *dst++ = char(0x80 | ((c >> 12) & 0x3F));
            *dst++ = char(0x80 | ((c >> 6) & 0x3F));
            *dst++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            hex(u); // a lone surrogate, as QJsonDocument writes it
        } else {
            *dst++ = char(0xE0 | (u >> 12));
            *dst++ = char(0x80 | ((u >> 6) & 0x3F));
            *dst++ = char(0x80 | (u & 0x3F));
        }
    }
    return dst;
}

char *writeString(char *dst, QStringView text)
{
    *dst++ = '"';
    dst = writeStringBody(dst, text);
    *dst++ = '"';
    return dst;
}

void appendString(QByteArray &out, QStringView text)
{
    // Room for the worst case (six bytes per UTF-16 unit, \u00XX), trimmed at the end.
    const qsizetype at = out.size();
    out.resize(at + stringBound(text));
    char *dst = writeString(out.data() + at, text);
    out.resize(dst - out.constData());
}

char *writeInt(char *dst, qint64 value)
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
        *dst++ = '-';
    while (n > 0)
        *dst++ = digits[--n];
    return dst;
}

void appendInt(QByteArray &out, qint64 value)
{
    char text[24];
    out.append(text, writeInt(text, value) - text);
}

} // namespace vd::json
