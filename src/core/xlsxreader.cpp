#include "xlsxreader.h"

#include "xlsxreader_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::xlsx::Workbook" (its
// messages are all in Workbook's members, which is the context lupdate gives them).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::xlsx::Workbook)
};

} // namespace

namespace {

QString tr(const char *text) { return Tr::tr(text); }

} // namespace

namespace xlsx {

Result<std::unique_ptr<QIODevice>> Workbook::openPart(const QString &name, QXmlStreamReader &xml)
{
    auto device = m_zip.open(name, m_limits.maxPartBytes, kMaxRun);
    if (!device)
        return device.error();
    xml.setDevice(device->get());
    xml.setEntityResolver(&m_entities);
    if (auto st = readXmlPrologue(xml, QStringLiteral("XLSX"), name); !st)
        return st.error();
    return device;
}

Error Workbook::missingFile(const QString &path) { return Error::storage(tr("Không có tệp %1.").arg(path)); }

Error Workbook::tooManySharedStrings() const
{
    return Error::storage(tr("Tệp XLSX bị từ chối: bảng chuỗi dùng chung có hơn %1 chuỗi, "
                             "quá lớn cho một danh sách.")
                              .arg(m_limits.maxSharedStrings));
}

Error Workbook::sharedStringTooLong(qsizetype index, qsizetype chars) const
{
    return Error::storage(tr("Tệp XLSX bị từ chối: chuỗi dùng chung thứ %1 dài %2 ký tự, quá giới hạn %3 của Excel.")
                              .arg(index + 1)
                              .arg(chars)
                              .arg(m_limits.maxCellChars));
}

QString Workbook::sharedStringWhere(qsizetype index) { return tr("chuỗi dùng chung thứ %1").arg(index); }

QString Workbook::cellWhere(const SheetRef &sheet, int column, int row)
{
    const QString cell = column >= 0 ? spreadsheetColumnName(column) + QString::number(row) : tr("dòng %1").arg(row);
    return tr("%1 (trang “%2”)").arg(cell, sheet.name);
}

QString Workbook::rowWhere(const SheetRef &sheet, int row)
{
    return tr("dòng %1 của trang “%2”").arg(row).arg(sheet.name);
}

Error Workbook::rowBeyondSheet(int row)
{
    return Error::storage(tr("Tệp XLSX hỏng: dòng %1 vượt quá %2 dòng của một trang tính.").arg(row).arg(kMaxRows));
}

Error Workbook::strangeCellRef(const QString &ref)
{
    return Error::storage(tr("Tệp XLSX hỏng: ô có địa chỉ lạ “%1”.").arg(ref));
}

Error Workbook::columnBeyondSheet(int row)
{
    return Error::storage(
        tr("Tệp XLSX hỏng: dòng %1 có ô vượt quá %2 cột của một trang tính.").arg(row).arg(kMaxColumns));
}

Error Workbook::missingSharedString(const QString &where, const QString &value)
{
    return Error::storage(tr("Tệp XLSX hỏng: ô %1 trỏ tới chuỗi dùng chung không có (%2).").arg(where, value));
}

Status Workbook::finishPart(QIODevice &device)
{
    // QXmlStreamReader may stop at the end of the root element, before the
    // device has come to the end of the part and checked its CRC.
    char rest[4096];
    while (device.read(rest, sizeof rest) > 0) { }
    if (!m_zip.partError().isEmpty())
        return Error::storage(m_zip.partError());
    return {};
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

Result<QList<SheetRef>> Workbook::sheetRefs()
{
    const QString wbName = QStringLiteral("xl/workbook.xml");
    QList<QPair<QString, QString>> ids; // relationship id, sheet name
    {
        QXmlStreamReader xml;
        auto device = openPart(wbName, xml);
        if (!device)
            return device.error();
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
                m_date1904 = v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (xml.name() == QLatin1String("sheet") && ids.size() < 1000) {
                QString id;
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                        id = a.value().toString();
                }
                if (!id.isEmpty())
                    ids.append({ id, xml.attributes().value(QLatin1String("name")).toString().left(100) });
            }
        }
        if (xml.hasError())
            return xmlPartError(m_zip, QStringLiteral("XLSX"), wbName, xml);
    }
    if (ids.isEmpty())
        return Error::storage(tr("Tệp XLSX không có trang tính nào."));

    const QString relName = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    {
        QXmlStreamReader rx;
        auto device = openPart(relName, rx);
        if (!device)
            return device.error();
        while (!rx.atEnd()) {
            rx.readNext();
            if (rx.isStartElement() && rx.name() == QLatin1String("Relationship") && targets.size() < 10000) {
                targets.insert(rx.attributes().value(QLatin1String("Id")).toString(),
                               resolveTarget(rx.attributes().value(QLatin1String("Target")).toString()));
            }
        }
        if (rx.hasError())
            return xmlPartError(m_zip, QStringLiteral("XLSX"), relName, rx);
    }
    QList<SheetRef> sheets;
    for (const auto &[id, name] : std::as_const(ids)) {
        const auto target = targets.constFind(id);
        if (target == targets.constEnd())
            return Error::storage(tr("Tệp XLSX hỏng: không tìm thấy trang tính “%1” (%2).").arg(name, id));
        sheets.append({ name, target.value() });
    }
    return sheets;
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
    if (!m_zip.contains(name))
        return {};
    if (m_reader == PartReader::Fast) {
        const ReaderBudget budget = m_budget;
        if (fastSharedStrings()) {
            ++m_stats.fastParts;
            return {};
        }
        m_budget = budget; // read again from the start
        m_shared.clear();
    }
    ++m_stats.generalParts;
    QXmlStreamReader xml;
    auto device = openPart(name, xml);
    if (!device)
        return device.error();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            if (m_shared.size() >= m_limits.maxSharedStrings)
                return tooManySharedStrings();
            QString text = readRichText(xml);
            text.squeeze();
            if (text.size() > m_limits.maxCellChars)
                return sharedStringTooLong(m_shared.size(), text.size());
            const auto index = m_shared.size() + 1;
            if (auto st = m_budget.addText(
                    text.size(), [index] { return sharedStringWhere(index); }, 12 /* its entry in the list */);
                !st)
                return st;
            m_shared.append(text);
        }
    }
    if (xml.hasError())
        return xmlPartError(m_zip, QStringLiteral("XLSX"), name, xml);
    return finishPart(**device);
}

Status Workbook::readStyles()
{
    const QString name = QStringLiteral("xl/styles.xml");
    if (!m_zip.contains(name))
        return {};
    QXmlStreamReader xml;
    auto device = openPart(name, xml);
    if (!device)
        return device.error();
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt") && customFormats.size() < 100000) {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                     xml.attributes().value(QLatin1String("formatCode")).toString().left(1000));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf") && m_dateStyles.size() < 1000000) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(isDateNumberFormat(id, customFormats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlPartError(m_zip, QStringLiteral("XLSX"), name, xml);
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
        if (r > kMaxRows) // before it can overflow
            return false;
    }
    if (i != ref.size() || r <= 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

Result<SourceTable> Workbook::readSheet(const SheetRef &sheet)
{
    if (m_reader == PartReader::Fast) {
        const ReaderBudget budget = m_budget;
        if (auto table = fastSheet(sheet)) {
            ++m_stats.fastParts;
            return std::move(*table);
        }
        m_budget = budget; // read again from the start
    }
    ++m_stats.generalParts;
    QXmlStreamReader xml;
    auto device = openPart(sheet.path, xml);
    if (!device)
        return device.error();
    SourceTable table;
    table.format = QStringLiteral("XLSX");
    table.sheet = sheet.name;
    int rowNumber = 0;
    TableRow row;
    qsizetype width = 0; // most cells seen in a row, to size the next one
    // Equal texts of the sheet share one string, held at its exact size.
    QSet<QString> pool;
    auto where = [&](int column) {
        return cellWhere(sheet, column, rowNumber);
    };
    auto thisRow = [&]() {
        return rowWhere(sheet, rowNumber);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        const int r = xml.attributes().value(QLatin1String("r")).toInt();
        rowNumber = r > 0 ? r : rowNumber + 1;
        if (rowNumber > kMaxRows)
            return rowBeyondSheet(rowNumber);
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
            if (!ref.isEmpty() && !parseCellRef(ref, &cellColumn, &cellRow))
                return strangeCellRef(ref.toString());
            if (cellColumn >= kMaxColumns)
                return columnBeyondSheet(rowNumber);
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
            bool ownText = false; // text not shared: counts against the budget
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_shared.size())
                    return missingSharedString(where(column), value);
                cell = m_shared.at(index);
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")
                       || type == QLatin1String("e")) {
                cell = value;
                ownText = true;
            } else if (type == QLatin1String("b")) {
                cell = value.trimmed() == QLatin1String("1");
            } else if (type == QLatin1String("d")) {
                const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
                cell = d.isValid() ? QVariant(d) : QVariant(value);
                ownText = !d.isValid();
            } else {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok) {
                    cell = value;
                    ownText = true;
                } else if (isDateStyle(style)) {
                    const QDate d = excelSerialToDate(number, m_date1904);
                    // 1900-02-29 does not exist: keep the number, validation names it.
                    cell = d.isValid() ? QVariant(d) : QVariant(number);
                } else {
                    cell = number;
                }
            }
            if (cell.typeId() == QMetaType::QString) {
                const QString text = cell.toString();
                const auto cellWhere = [&] {
                    return where(column);
                };
                if (auto st = m_budget.checkCellText(text, cellWhere); !st)
                    return st.error();
                if (ownText) {
                    auto it = pool.constFind(text);
                    if (it == pool.constEnd()) {
                        if (auto st = m_budget.addText(text.size(), cellWhere); !st)
                            return st.error();
                        it = pool.insert(QString(text.constData(), text.size()));
                    }
                    cell = *it;
                }
            }
            if (!m_budget.cellsFit(column + 1))
                return m_budget.cellsError(thisRow);
            if (row.cells.isEmpty())
                row.cells.reserve(qMax(width, qsizetype(column) + 1));
            while (row.cells.size() <= column)
                row.cells.append(QVariant());
            row.cells[column] = cell;
        }
        for (const QVariant &v : std::as_const(row.cells)) {
            if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
                if (auto st = m_budget.addRow(row.cells.size(), thisRow); !st)
                    return st.error();
                width = qMax(width, row.cells.size());
                table.rows.append(std::move(row));
                break;
            }
        }
        row = TableRow();
    }
    if (xml.hasError())
        return xmlPartError(m_zip, QStringLiteral("XLSX"), sheet.path, xml);
    if (auto st = finishPart(**device); !st)
        return st.error();
    return table;
}

Result<QList<SourceTable>> Workbook::read(bool firstOnly)
{
    if (!m_zip.isOpen())
        return Error::storage(tr("Tệp không phải tệp XLSX (không mở được như tệp nén ZIP)."));
    if (!m_zip.contains(QStringLiteral("xl/workbook.xml"))) {
        return Error::storage(tr("Tệp nén này không phải sổ tính Excel XLSX (thiếu xl/workbook.xml)."));
    }
    auto sheets = sheetRefs();
    if (!sheets)
        return sheets.error();
    if (auto st = readSharedStrings(); !st)
        return st.error();
    m_sharedToCheck.reserve(size_t(m_shared.size()));
    for (const QString &text : std::as_const(m_shared))
        m_sharedToCheck.push_back(text.size() > m_limits.maxCellChars || !undeclaredEntityIn(text).isEmpty());
    if (auto st = readStyles(); !st)
        return st.error();
    QList<SourceTable> tables;
    for (const SheetRef &sheet : std::as_const(*sheets)) {
        auto table = readSheet(sheet);
        if (!table)
            return table.error();
        if (table->rows.isEmpty())
            continue;
        tables.append(std::move(*table));
        if (firstOnly)
            break;
    }
    if (tables.isEmpty())
        return Error::storage(tr("Tệp XLSX không có trang tính nào có dòng dữ liệu."));
    return tables;
}

Result<QList<SourceTable>> readWorkbook(const QString &path, const XlsxLimits &limits, bool firstOnly,
                                        PartReader reader, ReadStats *stats)
{
    if (!QFileInfo(path).isFile())
        return Workbook::missingFile(path);
    Workbook workbook(path, limits, reader);
    auto tables = workbook.read(firstOnly);
    if (stats)
        *stats = workbook.stats();
    return tables;
}

} // namespace xlsx

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return QDate();
    const qint64 days = static_cast<qint64>(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 0)
        return QDate(); // "0/1/1900": no real day
    if (days == 60)
        return QDate(); // 1900-02-29, a Lotus 1-2-3 bug Excel kept
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
    auto tables = xlsx::readWorkbook(path, limits, true, xlsx::PartReader::Fast);
    if (!tables)
        return tables.error();
    return tables->takeFirst();
}

Result<QList<SourceTable>> readXlsxSheets(const QString &path, const XlsxLimits &limits)
{
    return xlsx::readWorkbook(path, limits, false, xlsx::PartReader::Fast);
}

} // namespace vd
