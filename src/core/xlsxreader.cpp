#include "xlsxreader.h"

#include <minizip/unzip.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace vd {

namespace {


// Excel's sheet size: rows 1..1048576, columns A..XFD.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

class Workbook
{
public:
    Workbook(const QString &path, const XlsxLimits &limits) : m_path(path), m_limits(limits) { }
    ~Workbook()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    Result<SourceTable> read();

private:
    // Makes `name` the current entry (compared case-insensitively, as Excel does).
    bool has(const QString &name) { return unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK; }
    Result<QByteArray> part(const QString &name);
    Error xmlError(const QString &name, const QXmlStreamReader &xml) const;
    Result<QString> firstSheetPath();
    Status readSharedStrings();
    Status readStyles();
    Result<SourceTable> readSheet(const QString &name);
    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles.at(styleIndex);
    }

    QString m_path;
    unzFile m_zip = nullptr;
    XlsxLimits m_limits;
    bool m_date1904 = false;
    QStringList m_shared;
    QList<bool> m_dateStyles;   // by cellXfs index
};

Result<QByteArray> Workbook::part(const QString &name)
{
    if (!has(name))
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: thiếu phần %1.").arg(name));
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: không đọc được mục lục của phần %1.").arg(name));
    if (info.uncompressed_size > quint64(m_limits.maxPartBytes)) {
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX bị từ chối: phần %1 giải nén ra %2 MB, vượt giới hạn %3 MB.")
                                      .arg(name)
                                      .arg(info.uncompressed_size / (1024 * 1024))
                                      .arg(m_limits.maxPartBytes / (1024 * 1024)));
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: không giải nén được phần %1.").arg(name));
    QByteArray data;
    data.reserve(qsizetype(qMin<quint64>(info.uncompressed_size, quint64(m_limits.maxPartBytes))));
    char buffer[65536];
    for (;;) {
        const int got = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
        if (got < 0) {
            unzCloseCurrentFile(m_zip);
            return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: không giải nén được phần %1.").arg(name));
        }
        if (got == 0)
            break;
        // The size in the zip directory can lie: count what really comes out.
        if (data.size() + got > m_limits.maxPartBytes) {
            unzCloseCurrentFile(m_zip);
            return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX bị từ chối: phần %1 giải nén ra hơn %2 MB.")
                                          .arg(name)
                                          .arg(m_limits.maxPartBytes / (1024 * 1024)));
        }
        data.append(buffer, got);
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK)   // UNZ_CRCERROR: damaged data
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: phần %1 sai mã kiểm tra (CRC).").arg(name));
    return data;
}

Error Workbook::xmlError(const QString &name, const QXmlStreamReader &xml) const
{
    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: phần %1, dòng %2: %3")
                                  .arg(name)
                                  .arg(xml.lineNumber())
                                  .arg(xml.errorString()));
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    while (t.startsWith(QLatin1String("./")))
        t = t.mid(2);
    return QStringLiteral("xl/") + t;
}

Result<QString> Workbook::firstSheetPath()
{
    const QString wbName = QStringLiteral("xl/workbook.xml");
    auto wb = part(wbName);
    if (!wb)
        return wb.error();
    QString firstId;
    QXmlStreamReader xml(*wb);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
            m_date1904 = v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        } else if (xml.name() == QLatin1String("sheet") && firstId.isEmpty()) {
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    firstId = a.value().toString();
            }
        }
    }
    if (xml.hasError())
        return xmlError(wbName, xml);
    if (firstId.isEmpty())
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX không có trang tính nào."));

    const QString relName = QStringLiteral("xl/_rels/workbook.xml.rels");
    auto rels = part(relName);
    if (!rels)
        return rels.error();
    QXmlStreamReader rx(*rels);
    while (!rx.atEnd()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship")
            && rx.attributes().value(QLatin1String("Id")) == firstId) {
            return resolveTarget(rx.attributes().value(QLatin1String("Target")).toString());
        }
    }
    if (rx.hasError())
        return xmlError(relName, rx);
    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: không tìm thấy trang tính đầu tiên (%1).").arg(firstId));
}

// The text of the current <si> or <is>: every <t>, except phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int phonetic = 0;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Status Workbook::readSharedStrings()
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    if (!has(name))
        return {};
    auto data = part(name);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            m_shared.append(readRichText(xml));
    }
    if (xml.hasError())
        return xmlError(name, xml);
    return {};
}

Status Workbook::readStyles()
{
    const QString name = QStringLiteral("xl/styles.xml");
    if (!has(name))
        return {};
    auto data = part(name);
    if (!data)
        return data.error();
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                     xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(isDateNumberFormat(id, customFormats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(name, xml);
    return {};
}

// "C7" -> column 2 (0-based) and row 7; false when it is not a cell reference.
bool parseCellRef(QStringView ref, int *column, int *row)
{
    int col = 0, r = 0, i = 0;
    for (; i < ref.size() && ref.at(i) >= QLatin1Char('A') && ref.at(i).toUpper() <= QLatin1Char('Z'); ++i) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
    }
    if (i == 0)
        return false;
    for (; i < ref.size() && ref.at(i) >= QLatin1Char('0') && ref.at(i) <= QLatin1Char('9'); ++i) {
        r = r * 10 + (ref.at(i).unicode() - '0');
        if (r > kMaxRows)   // before it can overflow
            return false;
    }
    if (i != ref.size() || r <= 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

Result<SourceTable> Workbook::readSheet(const QString &name)
{
    auto data = part(name);
    if (!data)
        return data.error();
    SourceTable table;
    table.format = QStringLiteral("XLSX");
    QXmlStreamReader xml(*data);
    int rowNumber = 0;
    qint64 cellCount = 0;   // cells kept, gaps included
    TableRow row;
    auto finishRow = [&]() {
        for (const QVariant &v : std::as_const(row.cells)) {
            if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
                table.rows.append(row);
                cellCount += row.cells.size();
                break;
            }
        }
        row = TableRow();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            if (rowNumber > kMaxRows) {
                return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: dòng %1 vượt quá %2 dòng của một trang tính.")
                                              .arg(rowNumber)
                                              .arg(kMaxRows));
            }
            row.rowNumber = rowNumber;
            int column = -1;
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("c")) {
                    xml.skipCurrentElement();
                    continue;
                }
                const QXmlStreamAttributes attrs = xml.attributes();
                int cellColumn = column + 1, cellRow = rowNumber;
                const QStringView ref = attrs.value(QLatin1String("r"));
                if (!ref.isEmpty() && !parseCellRef(ref, &cellColumn, &cellRow)) {
                    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: ô có địa chỉ lạ “%1”.").arg(ref.toString()));
                }
                if (cellColumn >= kMaxColumns) {
                    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: dòng %1 có ô vượt quá %2 cột của một trang tính.")
                                                  .arg(rowNumber)
                                                  .arg(kMaxColumns));
                }
                column = cellColumn;
                const QString type = attrs.value(QLatin1String("t")).toString();
                const int style = attrs.hasAttribute(QLatin1String("s")) ? attrs.value(QLatin1String("s")).toInt() : -1;
                QString value;
                bool hasValue = false;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == QLatin1String("is")) {
                        value = readRichText(xml);
                        hasValue = true;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (!hasValue)
                    continue;
                QVariant cell;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= m_shared.size()) {
                        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX hỏng: ô %1 trỏ tới chuỗi dùng chung không có (%2).")
                                                      .arg(ref.toString(), value));
                    }
                    cell = m_shared.at(index);
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")
                           || type == QLatin1String("e")) {
                    cell = value;
                } else if (type == QLatin1String("b")) {
                    cell = value.trimmed() == QLatin1String("1");
                } else if (type == QLatin1String("d")) {
                    const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
                    cell = d.isValid() ? QVariant(d) : QVariant(value);
                } else {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (!ok) {
                        cell = value;
                    } else if (isDateStyle(style)) {
                        const QDate d = excelSerialToDate(number, m_date1904);
                        // 1900-02-29 does not exist: keep the number, validation names it.
                        cell = d.isValid() ? QVariant(d) : QVariant(number);
                    } else {
                        cell = number;
                    }
                }
                if (cell.typeId() == QMetaType::QString && cell.toString().size() > m_limits.maxCellChars) {
                    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX bị từ chối: ô %1 dài %2 ký tự, quá giới hạn %3 của Excel.")
                                                  .arg(ref.isEmpty() ? QString::number(cellRow) : ref.toString())
                                                  .arg(cell.toString().size())
                                                  .arg(m_limits.maxCellChars));
                }
                if (cellCount + column + 1 > m_limits.maxCells) {
                    return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp XLSX bị từ chối: trang tính có hơn %1 ô (đến dòng %2), "
                                             "quá lớn cho một danh sách.")
                                                  .arg(m_limits.maxCells)
                                                  .arg(rowNumber));
                }
                while (row.cells.size() <= column)
                    row.cells.append(QVariant());
                row.cells[column] = cell;
            }
            finishRow();
        }
    }
    if (xml.hasError())
        return xmlError(name, xml);
    if (table.rows.isEmpty())
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Trang tính đầu tiên của tệp XLSX không có dòng nào."));
    return table;
}

Result<SourceTable> Workbook::read()
{
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    if (!m_zip)
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp không phải tệp XLSX (không mở được như tệp nén ZIP)."));
    if (!has(QStringLiteral("xl/workbook.xml")))
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Tệp nén này không phải sổ tính Excel XLSX (thiếu xl/workbook.xml)."));
    auto sheet = firstSheetPath();
    if (!sheet)
        return sheet.error();
    if (auto st = readSharedStrings(); !st)
        return st.error();
    if (auto st = readStyles(); !st)
        return st.error();
    return readSheet(*sheet);
}

} // namespace

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)  // 9999-12-31
        return QDate();
    const qint64 days = static_cast<qint64>(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 0)
        return QDate();      // "0/1/1900": no real day
    if (days == 60)
        return QDate();      // 1900-02-29, a Lotus 1-2-3 bug Excel kept
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

bool isDateNumberFormat(int id, const QString &formatCode)
{
    // Built-in date formats (time-only 18-21 and 45-47 are not dates), and the
    // East Asian locale dates 27-36, 50-58.
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (id < 164 || formatCode.isEmpty())
        return false;
    // Custom: look for d or y outside quoted text, escapes and [..] sections.
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = qMax(0, bracket - 1);
        } else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d') || l == QLatin1Char('y'))
                return true;
        }
    }
    return false;
}

Result<SourceTable> readXlsxFile(const QString &path, const XlsxLimits &limits)
{
    if (!QFileInfo(path).isFile())
        return Error::storage(QCoreApplication::translate("vd::XlsxReader", "Không có tệp %1.").arg(path));
    Workbook workbook(path, limits);
    return workbook.read();
}

} // namespace vd
