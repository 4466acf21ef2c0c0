#include "xmlscanner.h"

#include <cstring>

namespace vd {

namespace {

// Bytes read from the device at a time, and the most the buffer may hold: a
// token is never longer than the zip device's longest run without a '<'
// (ZipReader::open), so the cap is only a second guard.
constexpr qsizetype kChunk = 256 * 1024;
constexpr qsizetype kMaxBuffer = 16 * 1024 * 1024;
// Elements open at once; deeper documents go to QXmlStreamReader.
constexpr size_t kMaxDepth = 256;

// Byte classes of the ASCII names the scanner reads.
enum : unsigned char { kSpace = 1, kNameStart = 2, kNameChar = 4 };
struct ByteClasses
{
    unsigned char of[256] = {};
    constexpr ByteClasses()
    {
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = of[c - 'a' + 'A'] = kNameStart | kNameChar;
        of[int('_')] = kNameStart | kNameChar;
        for (int c = '0'; c <= '9'; ++c)
            of[c] = kNameChar;
        of[int('-')] = of[int('.')] = kNameChar;
        of[int(' ')] = of[int('\t')] = of[int('\n')] = of[int('\r')] = kSpace;
    }
};
constexpr ByteClasses kClasses;

bool isSpace(char c) { return kClasses.of[static_cast<unsigned char>(c)] & kSpace; }
bool isNameStart(char c) { return kClasses.of[static_cast<unsigned char>(c)] & kNameStart; }
bool isNameChar(char c) { return kClasses.of[static_cast<unsigned char>(c)] & kNameChar; }

bool same(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) { // names are short: no call to memcmp
        if (a.data()[i] != b.data()[i])
            return false;
    }
    return true;
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

// The reference at p ('&'): its end (after ';') in *next, the character it
// stands for in *c; false when it is not one of the five predefined entities
// or a character reference to a character XML allows.
bool parseReference(const char *p, const char *end, const char **next, char32_t *c)
{
    const char *semi = static_cast<const char *>(std::memchr(p, ';', size_t(qMin<qsizetype>(end - p, 12))));
    if (!semi)
        return false;
    const QByteArrayView body(p + 1, semi - p - 1);
    *next = semi + 1;
    if (body == "lt")
        *c = '<';
    else if (body == "gt")
        *c = '>';
    else if (body == "amp")
        *c = '&';
    else if (body == "quot")
        *c = '"';
    else if (body == "apos")
        *c = '\'';
    else if (body.size() >= 2 && body.at(0) == '#') {
        const bool hex = body.at(1) == 'x';
        const QByteArrayView digits = body.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 8)
            return false;
        char32_t v = 0;
        for (const char d : digits) {
            int n;
            if (d >= '0' && d <= '9')
                n = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                n = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                n = d - 'A' + 10;
            else
                return false;
            v = v * (hex ? 16 : 10) + char32_t(n);
        }
        if (!isXmlChar(v))
            return false;
        *c = v;
    } else {
        return false;
    }
    return true;
}

// Length of the well-formed UTF-8 sequence of an XML character at p, or 0.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = p[0];
    auto cont = [&](int i, unsigned char lo, unsigned char hi) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1, 0x80, 0xBF) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
        if (!cont(1, lo, hi) || !cont(2, 0x80, 0xBF))
            return 0;
        if (b == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) // U+FFFE, U+FFFF
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

} // namespace

XmlScanner::XmlScanner(QIODevice *device) : m_device(device), m_buffer(size_t(kChunk) * 2) { m_attributes.reserve(16); }

bool XmlScanner::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_nextLt = m_nextLt >= m_pos ? m_nextLt - m_pos : -1;
        m_pos = 0;
    }
    if (qsizetype(m_buffer.size()) - m_end < kChunk) {
        if (qsizetype(m_buffer.size()) * 2 > kMaxBuffer) {
            m_eof = true;
            m_failed = true;
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 got = m_device->read(m_buffer.data() + m_end, qsizetype(m_buffer.size()) - m_end);
    if (got <= 0) {
        m_eof = true;
        m_deviceFailed = got < 0;
        return false;
    }
    m_end += got;
    return true;
}

// The first '<' at or after `from`, reading more as needed (m_pos is kept,
// the buffer may move); -1 at the end of the data.
qsizetype XmlScanner::findLt(qsizetype from)
{
    if (m_nextLt >= from)
        return m_nextLt; // found with the tag before
    for (;;) {
        if (const void *hit = std::memchr(m_buffer.data() + from, '<', size_t(m_end - from)))
            return static_cast<const char *>(hit) - m_buffer.data();
        const qsizetype shift = m_pos;
        from = m_end;
        if (!fill())
            return -1;
        from -= shift;
    }
}

bool XmlScanner::prologue()
{
    while (m_end < 6 && fill()) { }
    const char *b = m_buffer.data();
    if (m_end < 6 || std::memcmp(b, "<?xml", 5) != 0 || !isSpace(b[5]))
        return m_end > 0 && b[0] == '<'; // no declaration (a BOM or text first: not here)
    const qsizetype close = [&] {
        for (;;) {
            for (qsizetype i = 5; i + 1 < m_end; ++i) {
                if (b[i] == '?' && b[i + 1] == '>')
                    return i;
            }
            if (m_end > 4096 || !fill())
                return qsizetype(-1);
            b = m_buffer.data();
        }
    }();
    if (close < 0)
        return false;
    const char *p = b + 5;
    const char *end = b + close;
    // version="1.0" [encoding="UTF-8"] [standalone="yes"|"no"], nothing else.
    auto pseudo = [&](const char *key, bool required, auto accept) {
        const char *q = p;
        if (q == end || !isSpace(*q))
            return !required;
        while (q < end && isSpace(*q))
            ++q;
        const size_t n = std::strlen(key);
        if (size_t(end - q) < n || std::memcmp(q, key, n) != 0)
            return !required;
        q += n;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end || *q != '=')
            return false;
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end || (*q != '"' && *q != '\''))
            return false;
        const char quote = *q++;
        const char *v = q;
        while (q < end && *q != quote)
            ++q;
        if (q == end || !accept(QByteArrayView(v, q - v)))
            return false;
        p = q + 1;
        return true;
    };
    const bool ok
        = pseudo("version", true, [](QByteArrayView v) { return v == "1.0"; })
          && pseudo("encoding", false,
                    [](QByteArrayView v) { return QByteArrayView(v).compare("UTF-8", Qt::CaseInsensitive) == 0; })
          && pseudo("standalone", false, [](QByteArrayView v) { return v == "yes" || v == "no"; });
    if (!ok)
        return false;
    while (p < end && isSpace(*p))
        ++p;
    if (p != end)
        return false;
    m_pos = close + 2;
    return true;
}

bool XmlScanner::checkText(const char *p, const char *end, bool attribute, bool *plain)
{
    *plain = true;
    // Most values are printable ASCII without a reference: pass them first.
    while (p < end && *p >= 0x20 && *p < 0x7F && *p != '&' && *p != ']')
        ++p;
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            const int n
                = utf8Length(reinterpret_cast<const unsigned char *>(p), reinterpret_cast<const unsigned char *>(end));
            if (n == 0)
                return false;
            p += n;
        } else if (c >= 0x20 && c != '&' && c != ']') {
            ++p;
        } else if (c == '&') {
            char32_t v;
            if (!parseReference(p, end, &p, &v))
                return false;
            *plain = false;
        } else if (c == ']') {
            if (!attribute && end - p >= 3 && p[1] == ']' && p[2] == '>')
                return false; // "]]>" is not allowed in text
            ++p;
        } else if (c == '\r' || (attribute && (c == '\t' || c == '\n'))) {
            *plain = false; // normalized by XML
            ++p;
        } else if (c == '\t' || c == '\n') {
            ++p;
        } else {
            return false; // a control character
        }
    }
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_failed)
        return Unsupported;
    auto fail = [this] {
        m_failed = true;
        return Unsupported;
    };
    if (!m_started) {
        m_started = true;
        if (!prologue())
            return fail();
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        pop();
        return EndElement;
    }
    for (;;) {
        const qsizetype lt = findLt(m_pos);
        const qsizetype textEnd = lt < 0 ? m_end : lt;
        if (textEnd > m_pos) {
            const char *p = m_buffer.data() + m_pos;
            const char *e = m_buffer.data() + textEnd;
            if (m_nameStarts.empty()) {
                for (; p < e; ++p) { // outside the root: white space only
                    if (!isSpace(*p))
                        return fail();
                }
                m_pos = textEnd;
            } else {
                if (!checkText(p, e, false, &m_textPlain))
                    return fail();
                m_text = QByteArrayView(p, e - p);
                m_pos = textEnd;
                return Characters;
            }
        }
        if (lt < 0) {
            if (m_deviceFailed)
                return DeviceError;
            if (m_failed || !m_rootSeen || !m_nameStarts.empty())
                return fail();
            return EndDocument;
        }
        // A tag: it ends before the next '<' (which no tag can hold).
        qsizetype next = findLt(m_pos + 1);
        if (next < 0 && m_deviceFailed)
            return DeviceError;
        m_nextLt = next;
        if (next < 0)
            next = m_end;
        const char *p = m_buffer.data() + m_pos + 1;
        const char *e = m_buffer.data() + next;
        if (p == e || *p == '!' || *p == '?')
            return fail(); // comment, CDATA, DOCTYPE, processing instruction
        const Token t = *p == '/' ? endTag(p + 1, e) : startTag(p, e);
        if (t == Unsupported)
            return fail();
        return t;
    }
}

XmlScanner::Token XmlScanner::startTag(const char *p, const char *end)
{
    const char *name = p;
    if (!isNameStart(*p))
        return Unsupported;
    while (++p < end && isNameChar(*p)) { }
    m_name = QByteArrayView(name, p - name);
    m_attributes.clear();
    const size_t depth = m_nameStarts.size() + 1;
    bool selfClose = false;
    bool prefixed = false;
    for (;;) {
        bool space = false;
        while (p < end && isSpace(*p)) {
            ++p;
            space = true;
        }
        if (p == end)
            return Unsupported;
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (end - p < 2 || p[1] != '>')
                return Unsupported;
            p += 2;
            selfClose = true;
            break;
        }
        if (!space || !isNameStart(*p))
            return Unsupported; // also an element name with a prefix
        const char *an = p;
        qsizetype colon = -1;
        while (++p < end && (isNameChar(*p) || *p == ':')) {
            if (*p == ':') {
                if (colon >= 0 || p + 1 == end || !isNameStart(p[1]))
                    return Unsupported;
                colon = p - an;
            }
        }
        const QByteArrayView attrName(an, p - an);
        while (p < end && isSpace(*p))
            ++p;
        if (p == end || *p != '=')
            return Unsupported;
        ++p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end || (*p != '"' && *p != '\''))
            return Unsupported;
        // The value: printable ASCII without a reference is read as it is;
        // anything else is checked by checkText().
        const char quote = *p;
        const char *v = ++p;
        bool simple = true;
        for (; p < end && *p != quote; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            simple = simple && c >= 0x20 && c < 0x7F && c != '&';
        }
        if (p == end)
            return Unsupported;
        const char *q = p;
        bool plain = true;
        if (!simple && !checkText(v, q, true, &plain))
            return Unsupported;
        for (const Attribute &a : m_attributes) {
            if (same(a.name, attrName))
                return Unsupported; // XML refuses a repeated attribute
        }
        m_attributes.push_back({ attrName, QByteArrayView(v, q - v), plain, colon });
        prefixed = prefixed || colon >= 0;
        p = q + 1;
    }
    // Prefixed attributes: a declaration (xmlns:p="..."), or a prefix declared
    // here or above; two of them must not share a local name (they could be
    // the same attribute).
    if (prefixed) {
        for (const Attribute &a : m_attributes) {
            if (a.colon == 5 && std::memcmp(a.name.data(), "xmlns", 5) == 0) {
                const QByteArrayView prefix = a.name.sliced(6);
                if (same(prefix, "xml") || same(prefix, "xmlns") || a.value.isEmpty())
                    return Unsupported;
                m_prefixes.emplace_back(std::string(prefix.data(), size_t(prefix.size())), depth);
            }
        }
        for (size_t i = 0; i < m_attributes.size(); ++i) {
            const Attribute &a = m_attributes[i];
            if (a.colon < 0 || (a.colon == 5 && std::memcmp(a.name.data(), "xmlns", 5) == 0))
                continue;
            const QByteArrayView prefix = a.name.first(a.colon);
            if (same(prefix, "xmlns") || (!same(prefix, "xml") && !declared(prefix)))
                return Unsupported;
            for (size_t j = 0; j < i; ++j) {
                const Attribute &o = m_attributes[j];
                if (o.colon >= 0 && same(o.name.sliced(o.colon), a.name.sliced(a.colon)))
                    return Unsupported;
            }
        }
    }
    if (m_nameStarts.empty()) {
        if (m_rootSeen)
            return Unsupported; // a second root element
        m_rootSeen = true;
    }
    if (depth > kMaxDepth)
        return Unsupported;
    m_nameStarts.push_back(qsizetype(m_names.size()));
    m_names.append(m_name.data(), size_t(m_name.size()));
    m_pos = p - m_buffer.data();
    m_pendingEnd = selfClose;
    return StartElement;
}

XmlScanner::Token XmlScanner::endTag(const char *p, const char *end)
{
    const char *name = p;
    if (p == end || !isNameStart(*p))
        return Unsupported;
    while (++p < end && isNameChar(*p)) { }
    m_name = QByteArrayView(name, p - name);
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != '>' || m_nameStarts.empty())
        return Unsupported;
    const qsizetype start = m_nameStarts.back();
    if (!same(QByteArrayView(m_names.data() + start, qsizetype(m_names.size()) - start), m_name))
        return Unsupported;
    m_pos = p + 1 - m_buffer.data();
    pop();
    return EndElement;
}

void XmlScanner::pop()
{
    const size_t depth = m_nameStarts.size();
    while (!m_prefixes.empty() && m_prefixes.back().second >= depth)
        m_prefixes.pop_back();
    m_names.resize(size_t(m_nameStarts.back()));
    m_nameStarts.pop_back();
}

bool XmlScanner::declared(QByteArrayView prefix) const
{
    for (const auto &[p, depth] : m_prefixes) {
        if (same(QByteArrayView(p.data(), qsizetype(p.size())), prefix))
            return true;
    }
    return false;
}

bool XmlScanner::attribute(QByteArrayView name, QByteArrayView *value, bool *plain) const
{
    for (const Attribute &a : m_attributes) {
        if (same(a.name, name)) {
            *value = a.value;
            *plain = a.plain;
            return true;
        }
    }
    return false;
}

void XmlScanner::appendText(QString &out) const
{
    if (m_textPlain) {
        if (out.isEmpty())
            out = QString::fromUtf8(m_text);
        else
            out += QString::fromUtf8(m_text);
        return;
    }
    appendDecoded(m_text, out);
}

void XmlScanner::appendDecoded(QByteArrayView raw, QString &out)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '&' && *p != '\r')
            ++p;
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        if (p == end)
            break;
        if (*p == '\r') { // "\r\n" and a lone "\r" are both a line break
            out += QLatin1Char('\n');
            if (++p < end && *p == '\n')
                ++p;
            continue;
        }
        char32_t c = 0;
        if (!parseReference(p, end, &p, &c))
            break; // checked by checkText(): cannot happen
        if (c >= 0x10000) {
            const char32_t u[1] = { c };
            out += QString::fromUcs4(u, 1);
        } else {
            out += QChar(char16_t(c));
        }
    }
}

} // namespace vd
