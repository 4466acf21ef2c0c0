#include "docxreader.h"

#include "xmlparts.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::DocxReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::DocxReader)
};

constexpr int kMaxColumns = 1000;
constexpr qint64 kMaxRun = 32767LL * 10 + 4096;
const QString kFormat = QStringLiteral("DOCX");

class DocxDocument
{
public:
    DocxDocument(const QString &path, const ReaderLimits &limits)
        : m_zip(path, kFormat), m_limits(limits), m_budget(limits, kFormat)
    {
    }
    Result<QList<SourceTable>> read();

private:
    Status readTable(QXmlStreamReader &xml, SourceTable *table);
    // The text of the current <w:tc>; its grid span.
    QString readCell(QXmlStreamReader &xml, int *span, bool *continued);

    ZipReader m_zip;
    ReaderLimits m_limits;
    ReaderBudget m_budget;
    EntityMarker m_entities;
    QSet<QString> m_pool;
};

Result<QList<SourceTable>> DocxDocument::read()
{
    if (!m_zip.isOpen())
        return Error::storage(Tr::tr("Tệp không phải tệp DOCX (không mở được như tệp nén ZIP)."));
    const QString name = QStringLiteral("word/document.xml");
    if (!m_zip.contains(name))
        return Error::storage(Tr::tr("Tệp nén này không phải văn bản Word DOCX (thiếu word/document.xml)."));
    auto device = m_zip.open(name, m_limits.maxPartBytes, kMaxRun);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    xml.setEntityResolver(&m_entities);
    if (auto st = readXmlPrologue(xml, kFormat, name); !st)
        return st.error();
    QList<SourceTable> tables;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("tbl")) {
            SourceTable table;
            table.format = kFormat;
            table.sheet = Tr::tr("Bảng %1").arg(++index);
            if (auto st = readTable(xml, &table); !st)
                return st.error();
            if (!table.rows.isEmpty())
                tables.append(std::move(table));
        }
    }
    if (xml.hasError())
        return xmlPartError(m_zip, kFormat, name, xml);
    if (tables.isEmpty())
        return Error::storage(Tr::tr("Văn bản DOCX không có bảng nào: danh sách trích ngang phải là một bảng."));
    return tables;
}

QString DocxDocument::readCell(QXmlStreamReader &xml, int *span, bool *continued)
{
    QString text;
    bool firstParagraph = true;
    int depth = 0; // nested elements inside the cell
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView n = xml.name();
            if (n == QLatin1String("gridSpan")) {
                *span = qBound(1, xml.attributes().value(QLatin1String("w:val")).toInt(), kMaxColumns);
            } else if (n == QLatin1String("vMerge")) {
                const QStringView v = xml.attributes().value(QLatin1String("w:val"));
                *continued = v.isEmpty() || v == QLatin1String("continue");
            } else if (n == QLatin1String("p")) {
                if (!firstParagraph)
                    text.append(QLatin1Char('\n'));
                firstParagraph = false;
            } else if (n == QLatin1String("t")) {
                text.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth;
            } else if (n == QLatin1String("tab")) {
                text.append(QLatin1Char('\t'));
            } else if (n == QLatin1String("br") || n == QLatin1String("cr")) {
                text.append(QLatin1Char('\n'));
            } else if (n == QLatin1String("delText") || n == QLatin1String("instrText")) {
                xml.skipCurrentElement(); // deleted (tracked) text, field codes
                --depth;
            }
            if (text.size() > 40000) // over any cell: the caller refuses it
                return text;
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break; // </w:tc>
            --depth;
        }
    }
    return text;
}

Status DocxDocument::readTable(QXmlStreamReader &xml, SourceTable *table)
{
    int rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("tbl"))
            return {};
        if (!xml.isStartElement() || xml.name() != QLatin1String("tr"))
            continue;
        TableRow row;
        row.rowNumber = ++rowNumber;
        int column = 0;
        auto rowWhere = [&] {
            return Tr::tr("dòng %1 của %2").arg(row.rowNumber).arg(table->sheet);
        };
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("tc")) {
                xml.skipCurrentElement();
                continue;
            }
            int span = 1;
            bool continued = false;
            QString text = readCell(xml, &span, &continued).trimmed();
            if (column + span > kMaxColumns)
                return Error::storage(
                    Tr::tr("Tệp DOCX bị từ chối: %1 có hơn %2 cột.").arg(table->sheet).arg(kMaxColumns));
            if (!continued && !text.isEmpty()) {
                const int at = column;
                const auto where = [&] {
                    return Tr::tr("%1 (%2)").arg(spreadsheetColumnName(at) + QString::number(row.rowNumber),
                                                 table->sheet);
                };
                if (auto st = m_budget.checkCellText(text, where); !st)
                    return st;
                auto it = m_pool.constFind(text);
                if (it == m_pool.constEnd()) {
                    if (auto st = m_budget.addText(text.size(), where); !st)
                        return st;
                    it = m_pool.insert(QString(text.constData(), text.size()));
                }
                if (!m_budget.cellsFit(qint64(column) + 1))
                    return m_budget.cellsError(rowWhere);
                while (row.cells.size() < column)
                    row.cells.append(QVariant());
                row.cells.append(*it);
            }
            column += span;
        }
        if (row.cells.isEmpty())
            continue;
        if (auto st = m_budget.addRow(row.cells.size(), rowWhere); !st)
            return st;
        table->rows.append(std::move(row));
    }
    return {};
}

} // namespace

Result<QList<SourceTable>> readDocxTables(const QString &path, const ReaderLimits &limits)
{
    if (!QFileInfo(path).isFile())
        return Error::storage(Tr::tr("Không có tệp %1.").arg(path));
    DocxDocument document(path, limits);
    return document.read();
}

} // namespace vd
