// The fast readers of the two big parts of a workbook, the shared strings and
// the worksheets (xlsxreader_p.h): the same steps as Workbook::readSharedStrings
// and Workbook::readSheet, token for token, over XmlScanner. Numbers and shared
// string indexes are read from the bytes; only kept texts become QStrings.
// The fast readers only ever accept: whatever the scanner leaves
// (XmlScanner::Unsupported), a failed zip device and every refusal (a limit,
// a broken reference) send the part back to the general reader, which then
// refuses it as it always did. So the refusals, their words and the order in
// which they are found stay the general reader's; QXmlStreamReader for one
// finds a wrong UTF-8 byte when it decodes the block that holds it, before
// the cells ahead of it in that block.
#include "xlsxreader_p.h"
#include "xmlscanner.h"

#include <QSet>

#include <charconv>

namespace vd::xlsx {

namespace {

// 1 to 9 digits, the value QString::toInt gives them.
bool parseDigits(QByteArrayView v, int *out)
{
    if (v.isEmpty() || v.size() > 9)
        return false;
    int n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

// -?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?, the way spreadsheets write numbers;
// std::from_chars rounds correctly, as QString::toDouble does. Anything else
// is left to QString::toDouble.
bool parseNumber(QByteArrayView v, double *out)
{
    const char *p = v.data();
    const char *end = p + v.size();
    auto digits = [&] {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > start;
    };
    if (p < end && *p == '-')
        ++p;
    if (!digits())
        return false;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    if (p != end)
        return false;
    const auto [ptr, ec] = std::from_chars(v.data(), end, *out);
    return ec == std::errc() && ptr == end;
}

// parseCellRef (xlsxreader.cpp) on the bytes of an ASCII reference.
bool parseCellRefBytes(QByteArrayView ref, int *column, int *row)
{
    constexpr int kMaxColumns = 16384, kMaxRows = 1048576;
    int col = 0, r = 0;
    qsizetype i = 0;
    auto upper = [](char c) {
        return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    };
    for (; i < ref.size() && ref.at(i) >= 'A' && upper(ref.at(i)) <= 'Z'; ++i) {
        col = col * 26 + (upper(ref.at(i)) - 'A' + 1);
        if (col > kMaxColumns)
            return false;
    }
    if (i == 0)
        return false;
    for (; i < ref.size() && ref.at(i) >= '0' && ref.at(i) <= '9'; ++i) {
        r = r * 10 + (ref.at(i) - '0');
        if (r > kMaxRows)
            return false;
    }
    if (i != ref.size() || r <= 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

bool isAscii(QByteArrayView v)
{
    for (const char c : v) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The t attribute of a cell, as Workbook::readSheet reads it: any other
// value is a number.
enum class CellType { Number, Shared, Text, Boolean, Date };

CellType cellTypeOf(QByteArrayView t)
{
    if (t == "s")
        return CellType::Shared;
    if (t == "inlineStr" || t == "str" || t == "e")
        return CellType::Text;
    if (t == "b")
        return CellType::Boolean;
    if (t == "d")
        return CellType::Date;
    return CellType::Number;
}

// What QString::trimmed().isEmpty() says, without a copy.
bool isBlank(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Reads tokens for the steps below. A step returns false when the part must
// be read again by the general reader: a token the scanner leaves, and also a
// failed zip device (a limit, a CRC, damaged data), as the general reader may
// have been given more of the part before the failure (its reads are smaller)
// and must be the one to say which error comes first.
class Reader
{
public:
    Reader(QIODevice *device, qsizetype maxChars) : m_xml(device), m_maxChars(maxChars) { }

    XmlScanner &xml() { return m_xml; }

    // The next token; false on Unsupported or DeviceError, and on EndDocument
    // unless `endOk`.
    bool next(XmlScanner::Token *t, bool endOk = false)
    {
        *t = m_xml.next();
        if (*t == XmlScanner::Unsupported || *t == XmlScanner::DeviceError || (*t == XmlScanner::EndDocument && !endOk))
            m_stopped = true;
        return !m_stopped;
    }
    bool fallback()
    {
        m_stopped = true;
        return false;
    }
    // After a StartElement: its whole content skipped (skipCurrentElement).
    bool skip()
    {
        XmlScanner::Token t;
        for (int depth = 1; depth > 0;) {
            if (!next(&t))
                return false;
            depth += t == XmlScanner::StartElement ? 1 : t == XmlScanner::EndElement ? -1 : 0;
        }
        return true;
    }
    // After a StartElement: its text, up to its end (readElementText); an
    // element inside it is left to the general reader.
    bool elementText(QString *text)
    {
        XmlScanner::Token t;
        for (;;) {
            if (!next(&t))
                return false;
            if (t == XmlScanner::EndElement)
                return true;
            if (t == XmlScanner::StartElement)
                return fallback();
            m_xml.appendText(*text);
            if (text->size() > m_maxChars)
                return fallback(); // refused there, with its length
        }
    }
    // The raw bytes of an element's text (for numbers and indexes).
    bool elementBytes(std::string *bytes, bool *plain)
    {
        XmlScanner::Token t;
        bytes->clear();
        *plain = true;
        for (;;) {
            if (!next(&t))
                return false;
            if (t == XmlScanner::EndElement)
                return true;
            if (t == XmlScanner::StartElement)
                return fallback();
            bytes->append(m_xml.rawText().data(), size_t(m_xml.rawText().size()));
            *plain = *plain && m_xml.textIsPlain();
        }
    }
    // readRichText (xlsxreader.cpp): after <si> or <is>, every <t> outside
    // phonetic runs (<rPh>), up to the element named `end`.
    bool richText(QByteArrayView end, QString *text)
    {
        int phonetic = 0;
        XmlScanner::Token t;
        for (;;) {
            if (!next(&t))
                return false;
            if (t == XmlScanner::StartElement) {
                if (m_xml.name() == "rPh")
                    ++phonetic;
                else if (m_xml.name() == "t" && phonetic == 0 && !elementText(text))
                    return false;
            } else if (t == XmlScanner::EndElement) {
                if (m_xml.name() == "rPh")
                    --phonetic;
                else if (m_xml.name() == end)
                    return true;
            }
        }
    }

private:
    XmlScanner m_xml;
    qsizetype m_maxChars;
    bool m_stopped = false;
};

} // namespace

bool Workbook::fastSharedStrings()
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    auto device = m_zip.open(name, m_limits.maxPartBytes, kMaxRun);
    if (!device)
        return false;
    Reader reader(device->get(), m_limits.maxCellChars);
    XmlScanner::Token t;
    // The root element: the general reader's prologue reads it.
    for (bool root = true;; root = false) {
        if (!reader.next(&t, !root))
            return false;
        if (t == XmlScanner::EndDocument)
            return true;
        if (root || t != XmlScanner::StartElement || reader.xml().name() != "si")
            continue;
        if (m_shared.size() >= m_limits.maxSharedStrings)
            return false;
        QString text;
        if (!reader.richText("si", &text))
            return false;
        text.squeeze();
        if (text.size() > m_limits.maxCellChars)
            return false;
        const auto index = m_shared.size() + 1;
        if (auto st = m_budget.addText(
                text.size(), [index] { return sharedStringWhere(index); }, 12 /* its entry in the list */);
            !st)
            return false;
        m_shared.append(text);
    }
}

std::optional<SourceTable> Workbook::fastSheet(const SheetRef &sheet)
{
    auto device = m_zip.open(sheet.path, m_limits.maxPartBytes, kMaxRun);
    if (!device)
        return std::nullopt;
    Reader reader(device->get(), m_limits.maxCellChars);
    XmlScanner &xml = reader.xml();
    SourceTable table;
    table.format = QStringLiteral("XLSX");
    table.sheet = sheet.name;
    int rowNumber = 0;
    TableRow row;
    qsizetype width = 0; // most cells seen in a row, to size the next one
    QSet<QString> pool; // equal texts of the sheet share one string
    std::string bytes;
    QString text;
    auto where = [&](int column) {
        return cellWhere(sheet, column, rowNumber);
    };
    auto thisRow = [&]() {
        return rowWhere(sheet, rowNumber);
    };
    XmlScanner::Token t;
    QByteArrayView value;
    bool plain = true;
    for (bool root = true;; root = false) {
        if (!reader.next(&t, !root))
            return std::nullopt;
        if (t == XmlScanner::EndDocument)
            break;
        if (root || t != XmlScanner::StartElement || xml.name() != "row")
            continue;
        int r = 0;
        if (xml.attribute("r", &value, &plain)) {
            if (!plain)
                return std::nullopt;
            if (!parseDigits(value, &r))
                r = QString::fromUtf8(value).toInt();
        }
        rowNumber = r > 0 ? r : rowNumber + 1;
        if (rowNumber > kMaxRows)
            return std::nullopt;
        row.rowNumber = rowNumber;
        int column = -1;
        for (;;) { // the cells of the row
            if (!reader.next(&t))
                return std::nullopt;
            if (t == XmlScanner::EndElement)
                break;
            if (t != XmlScanner::StartElement)
                continue;
            if (xml.name() != "c") {
                if (!reader.skip())
                    return std::nullopt;
                continue;
            }
            // Its attributes r (reference), t (type) and s (style), in one pass.
            QByteArrayView ref, type, styleIndex;
            bool hasStyle = false;
            for (const XmlScanner::Attribute &a : xml.attributes()) {
                if (a.name.size() != 1 || a.colon >= 0)
                    continue;
                const char n = a.name.front();
                if (n != 'r' && n != 't' && n != 's')
                    continue;
                if (!a.plain)
                    return std::nullopt; // a value XML rewrites: the general reader
                (n == 'r' ? ref : n == 't' ? type : styleIndex) = a.value;
                hasStyle = hasStyle || n == 's';
            }
            int cellColumn = column + 1, cellRow = rowNumber;
            if (!ref.isEmpty()) {
                if (!isAscii(ref))
                    return std::nullopt;
                if (!parseCellRefBytes(ref, &cellColumn, &cellRow))
                    return std::nullopt;
            }
            if (cellColumn >= kMaxColumns)
                return std::nullopt;
            column = cellColumn;
            const CellType cellType = cellTypeOf(type);
            int style = -1;
            if (hasStyle && !parseDigits(styleIndex, &style))
                style = QString::fromUtf8(styleIndex).toInt();
            // Its <v> (bytes) or <is> (text); the last one counts.
            bool hasValue = false, isText = false, bytesPlain = true;
            for (;;) {
                if (!reader.next(&t))
                    return std::nullopt;
                if (t == XmlScanner::EndElement)
                    break;
                if (t != XmlScanner::StartElement)
                    continue;
                if (xml.name() == "v") {
                    if (!reader.elementBytes(&bytes, &bytesPlain))
                        return std::nullopt;
                    hasValue = true;
                    isText = false;
                } else if (xml.name() == "is") {
                    text.clear();
                    if (!reader.richText("is", &text))
                        return std::nullopt;
                    hasValue = true;
                    isText = true;
                } else if (!reader.skip()) {
                    return std::nullopt;
                }
            }
            if (!hasValue)
                continue;
            auto valueText = [&] {
                if (isText)
                    return text;
                QString s;
                if (bytesPlain)
                    s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
                else
                    XmlScanner::appendDecoded(QByteArrayView(bytes.data(), qsizetype(bytes.size())), s);
                return s;
            };
            const QByteArrayView raw(bytes.data(), qsizetype(bytes.size()));
            const bool rawNumber = !isText && bytesPlain;
            QVariant cell;
            bool ownText = false; // text not shared: counts against the budget
            if (cellType == CellType::Shared) {
                int index = 0;
                bool ok = rawNumber && parseDigits(raw, &index);
                if (!ok)
                    index = valueText().toInt(&ok);
                if (!ok || index < 0 || index >= m_shared.size())
                    return std::nullopt;
                const QString &shared = m_shared.at(index);
                if (m_sharedToCheck.at(index)) { // else checkCellText() has nothing to say
                    if (auto st = m_budget.checkCellText(shared, [&] { return where(column); }); !st)
                        return std::nullopt;
                }
                cell = shared;
            } else if (cellType == CellType::Text) {
                cell = valueText();
                ownText = true;
            } else if (cellType == CellType::Boolean) {
                cell = valueText().trimmed() == QLatin1String("1");
            } else if (cellType == CellType::Date) {
                const QString v = valueText();
                const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
                cell = d.isValid() ? QVariant(d) : QVariant(v);
                ownText = !d.isValid();
            } else {
                double number = 0;
                bool ok = rawNumber && parseNumber(raw, &number);
                if (!ok)
                    number = valueText().toDouble(&ok);
                if (!ok) {
                    cell = valueText();
                    ownText = true;
                } else if (isDateStyle(style)) {
                    const QDate d = excelSerialToDate(number, m_date1904);
                    // 1900-02-29 does not exist: keep the number, validation names it.
                    cell = d.isValid() ? QVariant(d) : QVariant(number);
                } else {
                    cell = number;
                }
            }
            if (ownText) {
                const QString own = cell.toString();
                const auto cellWhere = [&] {
                    return where(column);
                };
                if (auto st = m_budget.checkCellText(own, cellWhere); !st)
                    return std::nullopt;
                auto it = pool.constFind(own);
                if (it == pool.constEnd()) {
                    if (auto st = m_budget.addText(own.size(), cellWhere); !st)
                        return std::nullopt;
                    it = pool.insert(QString(own.constData(), own.size()));
                }
                cell = *it;
            }
            if (!m_budget.cellsFit(column + 1))
                return std::nullopt;
            if (row.cells.isEmpty())
                row.cells.reserve(qMax(width, qsizetype(column) + 1));
            while (row.cells.size() <= column)
                row.cells.append(QVariant());
            row.cells[column] = std::move(cell);
        }
        for (const QVariant &v : std::as_const(row.cells)) {
            if (v.isValid()
                && !(v.typeId() == QMetaType::QString && isBlank(*static_cast<const QString *>(v.constData())))) {
                if (auto st = m_budget.addRow(row.cells.size(), thisRow); !st)
                    return std::nullopt;
                width = qMax(width, row.cells.size());
                table.rows.append(std::move(row));
                break;
            }
        }
        row = TableRow();
    }
    return table;
}

} // namespace vd::xlsx
