// What the XML readers of zip packages (XLSX, ODS, DOCX) share: a DTD is
// refused (no office file has one: it is how external entities get in), an
// entity the XML never declared is kept as a marker so the cell that uses it
// is refused by its row and column instead of losing text silently, and the
// per-file budget of rows, cells and text (ReaderLimits).
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace vd {

class ZipReader;

// Replaces an undeclared entity "&xxe;" by a marker in the text.
class EntityMarker : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override;
};

// "&xxe;" when `text` holds the marker of an undeclared entity, else empty.
QString undeclaredEntityIn(const QString &text);

// Reads up to the root element; an error when the part has a DTD.
Status readXmlPrologue(QXmlStreamReader &xml, const QString &format, const QString &part);

// The error of a failed part: the zip device's reason (a limit, a CRC) first,
// else the XML's, with its line.
Error xmlPartError(const ZipReader &zip, const QString &format, const QString &part, const QXmlStreamReader &xml);

// Counts what a reader keeps, against the limits; the error names the place
// (`where` is only called for the message, e.g. "dòng 7 của trang “DS”").
class ReaderBudget
{
public:
    using Where = std::function<QString()>;
    // What one distinct text costs beyond its characters (its string and its
    // entry in the reader's pool of equal texts), counted in characters.
    static constexpr qint64 kTextOverheadChars = 48;

    ReaderBudget(const ReaderLimits &limits, const QString &format) : m_limits(limits), m_format(format) { }
    const ReaderLimits &limits() const { return m_limits; }
    // A row kept with `cells` cells (gaps included).
    Status addRow(qint64 cells, const Where &where);
    // Cells of the row being read, before it is kept (refuses huge rows early).
    bool cellsFit(qint64 pendingCells) const { return m_cells + pendingCells <= m_limits.maxCells; }
    Error cellsError(const Where &where) const;
    // A distinct text kept; `overheadChars` what holding it costs beyond its characters.
    Status addText(qint64 chars, const Where &where, qint64 overheadChars = kTextOverheadChars);
    // Too long, or an undeclared entity in it.
    Status checkCellText(const QString &text, const Where &where) const;

private:
    ReaderLimits m_limits;
    QString m_format;
    qint64 m_rows = 0;
    qint64 m_cells = 0;
    qint64 m_chars = 0;
};

} // namespace vd
