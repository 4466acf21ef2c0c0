// A fast pull scanner for the plain XML that spreadsheet programs write
// (docs/import-format.md, "Giới hạn / Limits"): UTF-8, elements without a
// namespace prefix, attributes, text with the five predefined entities and
// character references. It reads the bytes of a part as they come out of the
// zip, without converting them to UTF-16 and without an allocation per token,
// and checks what it reads strictly: names, quoting, nesting, namespace
// prefixes of attributes, UTF-8 and the characters XML allows.
//
// Anything outside that subset (a comment, CDATA, a processing instruction, a
// DOCTYPE, an entity of its own, a prefixed element, another encoding, a
// malformed document) is Unsupported: the caller then reads the part again
// with QXmlStreamReader, which accepts what XML allows and words the errors.
// So the scanner never accepts a document QXmlStreamReader would refuse, and
// never reads one differently.
#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <string>
#include <vector>

namespace vd {

class XmlScanner
{
public:
    enum Token {
        StartElement, // name(), attribute(); an empty element <a/> is followed by its EndElement
        EndElement, // name()
        Characters, // text between tags inside the root element (appendText())
        EndDocument, // the root element closed, nothing but white space after it
        Unsupported, // outside the subset or not well-formed: read the part with QXmlStreamReader
        DeviceError, // the device failed (a limit, a CRC): its own error says why
    };

    explicit XmlScanner(QIODevice *device);

    Token next();
    // The name of the current element (valid until the next call of next()).
    QByteArrayView name() const { return m_name; }
    // The raw value of an attribute of the current start element, by its
    // qualified name; false when it has none. `plain` is false when the value
    // has a reference or a white space character XML would rewrite (&amp;,
    // tab, line break): such a value is not the bytes it is written with.
    bool attribute(QByteArrayView name, QByteArrayView *value, bool *plain) const;
    // The raw bytes of the current Characters token, and whether they are
    // the text itself (no reference, no carriage return to normalize).
    QByteArrayView rawText() const { return m_text; }
    bool textIsPlain() const { return m_textPlain; }
    // Appends the text of the current Characters token, decoded.
    void appendText(QString &out) const;
    // Decodes raw text or an attribute value as XML does (references, line ends).
    static void appendDecoded(QByteArrayView raw, QString &out);

    struct Attribute
    {
        QByteArrayView name; // qualified
        QByteArrayView value; // raw
        bool plain; // see attribute()
        qsizetype colon; // of the prefix in the name, or -1
    };
    // The attributes of the current start element.
    const std::vector<Attribute> &attributes() const { return m_attributes; }

private:
    bool fill(); // reads more of the device; false at its end or on an error
    qsizetype findLt(qsizetype from);
    void pop();
    Token startTag(const char *p, const char *end);
    Token endTag(const char *p, const char *end);
    bool prologue();
    bool declared(QByteArrayView prefix) const;
    // Checks UTF-8, XML characters and references; sets m_textPlain.
    static bool checkText(const char *p, const char *end, bool attribute, bool *plain);

    QIODevice *m_device;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0; // next byte to scan
    qsizetype m_end = 0; // bytes in the buffer
    qsizetype m_nextLt = -1; // a '<' already found after m_pos, or -1
    bool m_eof = false;
    bool m_failed = false;
    bool m_deviceFailed = false;
    bool m_started = false;
    bool m_rootSeen = false;
    bool m_pendingEnd = false; // after <a/>
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_textPlain = true;
    std::vector<Attribute> m_attributes;
    std::string m_names; // open elements, each name followed by '\0'
    std::vector<qsizetype> m_nameStarts;
    std::vector<std::pair<std::string, size_t>> m_prefixes; // declared prefix, depth
};

} // namespace vd
