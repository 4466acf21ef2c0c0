#include "odsreader.h"

#include "xmlparts.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::OdsReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::OdsReader)
};

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxRun = 32767LL * 10 + 4096;
const QString kFormat = QStringLiteral("ODS");

// The text of a <text:p> or <text:h>: spans, runs of spaces, tabs, line breaks.
void appendParagraph(QXmlStreamReader &xml, QString *text)
{
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text->append(xml.text());
        } else if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("s")) {
                const int n = qBound(1, xml.attributes().value(QLatin1String("text:c")).toInt(), 1000);
                text->append(QString(n, QLatin1Char(' ')));
            } else if (xml.name() == QLatin1String("tab")) {
                text->append(QLatin1Char('\t'));
            } else if (xml.name() == QLatin1String("line-break")) {
                text->append(QLatin1Char('\n'));
            } else if (xml.name() == QLatin1String("annotation")) {
                xml.skipCurrentElement(); // a comment, not the cell's text
            }
        } else if (xml.isEndElement() && xml.name() == end) {
            return;
        }
        if (text->size() > 40000) // over any cell: the caller refuses it
            return;
    }
}

class OdsDocument
{
public:
    OdsDocument(const QString &path, const ReaderLimits &limits)
        : m_zip(path, kFormat), m_limits(limits), m_budget(limits, kFormat)
    {
    }
    Result<QList<SourceTable>> read();

private:
    Status readTable(QXmlStreamReader &xml, SourceTable *table);

    ZipReader m_zip;
    ReaderLimits m_limits;
    ReaderBudget m_budget;
    EntityMarker m_entities;
    QSet<QString> m_pool; // equal texts share one string
};

Result<QList<SourceTable>> OdsDocument::read()
{
    if (!m_zip.isOpen())
        return Error::storage(Tr::tr("Tệp không phải tệp ODS (không mở được như tệp nén ZIP)."));
    const QString name = QStringLiteral("content.xml");
    if (!m_zip.contains(name))
        return Error::storage(Tr::tr("Tệp nén này không phải bảng tính OpenDocument (thiếu content.xml)."));
    auto device = m_zip.open(name, m_limits.maxPartBytes, kMaxRun);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    xml.setEntityResolver(&m_entities);
    if (auto st = readXmlPrologue(xml, kFormat, name); !st)
        return st.error();
    QList<SourceTable> tables;
    bool spreadsheet = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("spreadsheet")) {
            spreadsheet = true;
        } else if (xml.name() == QLatin1String("table") && spreadsheet) {
            SourceTable table;
            table.format = kFormat;
            table.sheet = xml.attributes().value(QLatin1String("table:name")).toString().left(100);
            if (auto st = readTable(xml, &table); !st)
                return st.error();
            if (!table.rows.isEmpty())
                tables.append(std::move(table));
        }
    }
    if (xml.hasError())
        return xmlPartError(m_zip, kFormat, name, xml);
    if (!spreadsheet)
        return Error::storage(Tr::tr("Tệp OpenDocument này không phải bảng tính (có thể là văn bản .odt)."));
    if (tables.isEmpty())
        return Error::storage(Tr::tr("Tệp ODS không có trang tính nào có dòng dữ liệu."));
    return tables;
}

Status OdsDocument::readTable(QXmlStreamReader &xml, SourceTable *table)
{
    int rowNumber = 0;
    int column = 0;
    auto cellName = [&](int c) {
        return Tr::tr("%1 (trang “%2”)").arg(spreadsheetColumnName(c) + QString::number(rowNumber), table->sheet);
    };
    auto rowWhere = [&] {
        return Tr::tr("dòng %1 của trang “%2”").arg(rowNumber).arg(table->sheet);
    };
    TableRow row;
    int rowRepeat = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("table"))
            return {};
        if (xml.isEndElement() && xml.name() == QLatin1String("table-row")) {
            bool hasValue = false;
            for (const QVariant &v : std::as_const(row.cells)) {
                if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
                    hasValue = true;
                    break;
                }
            }
            // A repeated row with values is kept each time; empty repeats only move on.
            for (int r = 0; r < (hasValue ? rowRepeat : 1); ++r) {
                if (hasValue) {
                    row.rowNumber = rowNumber + r;
                    if (auto st = m_budget.addRow(row.cells.size(), rowWhere); !st)
                        return st;
                    table->rows.append(row);
                }
            }
            rowNumber += rowRepeat - 1;
            row = TableRow();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("table-row")) {
            rowRepeat
                = qBound(1, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt(), kMaxRows);
            ++rowNumber;
            if (rowNumber > kMaxRows)
                return Error::storage(
                    Tr::tr("Tệp ODS hỏng: trang “%1” có hơn %2 dòng.").arg(table->sheet).arg(kMaxRows));
            column = 0;
        } else if (xml.name() == QLatin1String("table-cell") || xml.name() == QLatin1String("covered-table-cell")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            const int repeat
                = qBound(1, attrs.value(QLatin1String("table:number-columns-repeated")).toInt(), kMaxColumns);
            const QStringView type = attrs.value(QLatin1String("office:value-type"));
            QVariant value;
            if (type == QLatin1String("float") || type == QLatin1String("percentage")
                || type == QLatin1String("currency")) {
                bool ok = false;
                const double d = attrs.value(QLatin1String("office:value")).toDouble(&ok);
                if (ok)
                    value = d;
            } else if (type == QLatin1String("date")) {
                const QDate d = QDate::fromString(attrs.value(QLatin1String("office:date-value")).left(10).toString(),
                                                  Qt::ISODate);
                if (d.isValid())
                    value = d;
            } else if (type == QLatin1String("boolean")) {
                value = attrs.value(QLatin1String("office:boolean-value")) == QLatin1String("true");
            }
            QString text;
            bool paragraphs = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")) {
                    if (paragraphs)
                        text.append(QLatin1Char('\n'));
                    paragraphs = true;
                    appendParagraph(xml, &text);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!value.isValid() && !text.isEmpty()) {
                const int at = column;
                if (auto st = m_budget.checkCellText(text, [&] { return cellName(at); }); !st)
                    return st;
                auto it = m_pool.constFind(text);
                if (it == m_pool.constEnd()) {
                    if (auto st = m_budget.addText(text.size(), [&] { return cellName(at); }); !st)
                        return st;
                    it = m_pool.insert(QString(text.constData(), text.size()));
                }
                value = *it;
            }
            if (column + repeat > kMaxColumns)
                return Error::storage(
                    Tr::tr("Tệp ODS hỏng: dòng %1 có ô vượt quá %2 cột.").arg(rowNumber).arg(kMaxColumns));
            if (value.isValid()) {
                if (!m_budget.cellsFit(qint64(column) + repeat))
                    return m_budget.cellsError(rowWhere);
                while (row.cells.size() < column)
                    row.cells.append(QVariant());
                for (int i = 0; i < repeat; ++i)
                    row.cells.append(value);
            }
            column += repeat;
        }
    }
    return {};
}

} // namespace

Result<QList<SourceTable>> readOdsSheets(const QString &path, const ReaderLimits &limits)
{
    if (!QFileInfo(path).isFile())
        return Error::storage(Tr::tr("Không có tệp %1.").arg(path));
    OdsDocument document(path, limits);
    return document.read();
}

} // namespace vd
