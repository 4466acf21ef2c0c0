// Private to the DOCX writer (docxwriter.cpp: the package, styles, header,
// settings; docxbody.cpp: the body). WordprocessingML through QXmlStreamWriter.
#pragma once

#include "docmodel.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace vd::docs::docx {

inline const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline const QString kOfficeRel
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
inline const char *const kFont = "Times New Roman";
inline const char *const kFallbackFont = "Liberation Serif";

inline int twips(qreal mm) { return qRound(mm * 1440 / 25.4); }
inline int twipsPt(qreal pt) { return qRound(pt * 20); }
inline QString num(int v) { return QString::number(v); }

inline QString jc(Align a)
{
    switch (a) {
    case Align::Left:
        return QStringLiteral("left");
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("right");
    case Align::Justify:
        return QStringLiteral("both");
    }
    return QStringLiteral("left");
}

class Xml
{
public:
    Xml() : w(&bytes)
    {
        w.setAutoFormatting(false);
        w.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QXmlStreamWriter w;
    QByteArray bytes;

    void start(const QString &name) { w.writeStartElement(name); }
    void end() { w.writeEndElement(); }
    // <w:name w:val="value"/>
    void val(const QString &name, const QString &value)
    {
        w.writeEmptyElement(name);
        w.writeAttribute(QStringLiteral("w:val"), value);
    }
    void empty(const QString &name) { w.writeEmptyElement(name); }
    void attr(const QString &name, const QString &value) { w.writeAttribute(name, value); }
    QByteArray finish()
    {
        w.writeEndDocument();
        return bytes;
    }
    void wordRoot(const QString &name)
    {
        start(name);
        w.writeNamespace(kW, QStringLiteral("w"));
        w.writeNamespace(kR, QStringLiteral("r"));
    }
};

// <w:rPr> with what differs from the paragraph style (nothing written when nothing does).
void writeRunProperties(Xml &x, bool bold, bool italic, bool underline, qreal sizePt);
// word/document.xml: the body and the section (A4, margins, page-number headers).
QByteArray documentXml(const Document &doc);

} // namespace vd::docs::docx
