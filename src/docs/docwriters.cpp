#include "docwriters.h"
#include "doctext.h"

#include "approvedexport.h"
#include "pagedrender.h"
#include "pagelayout.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vd::docs {

QStringList documentFormats() { return { QStringLiteral("docx"), QStringLiteral("pdf"), QStringLiteral("odt") }; }

Result<QByteArray> documentBytes(const Document &doc, const QString &format)
{
    const QString f = format.toLower();
    if (f == QLatin1String("docx"))
        return docxBytes(doc);
    if (f == QLatin1String("pdf"))
        return pdfBytes(doc);
    if (f == QLatin1String("odt"))
        return odtBytes(doc);
    return Error::usage(
        DocText::tr("Định dạng không hỗ trợ: %1 (chọn %2).").arg(format, documentFormats().join(QStringLiteral(", "))));
}

Status writeDocument(const Document &doc, const QString &format, const QString &path)
{
    auto bytes = documentBytes(doc, format);
    if (!bytes)
        return bytes.error();
    return writeOutputFile(path, *bytes);
}

Status writeOutputFile(const QString &path, const QByteArray &bytes) { return writeFileAtomically(path, bytes); }

namespace {

QTextCharFormat charFormat(const ParagraphStyle &s, const Run &run)
{
    QTextCharFormat f;
    QFont font(bodyFontFamily());
    font.setPointSizeF(run.sizePt > 0 ? run.sizePt : s.sizePt);
    font.setBold(s.bold || run.bold);
    font.setItalic(s.italic || run.italic);
    font.setUnderline(run.underline);
    f.setFont(font);
    return f;
}

QTextBlockFormat blockFormat(const StyleSheet &styles, const Paragraph &p)
{
    const ResolvedParagraph r = resolve(styles, p);
    QTextBlockFormat f;
    switch (r.style.align) {
    case Align::Left:
        f.setAlignment(Qt::AlignLeft);
        break;
    case Align::Center:
        f.setAlignment(Qt::AlignHCenter);
        break;
    case Align::Right:
        f.setAlignment(Qt::AlignRight);
        break;
    case Align::Justify:
        f.setAlignment(Qt::AlignJustify);
        break;
    }
    f.setTopMargin(r.style.spaceBeforePt);
    f.setBottomMargin(r.style.spaceAfterPt);
    f.setTextIndent(r.style.firstLineIndentMm * kPtPerMm);
    f.setLeftMargin(r.leftIndentMm * kPtPerMm);
    f.setRightMargin(r.rightIndentMm * kPtPerMm);
    return f;
}

void insertParagraph(QTextCursor &cursor, const StyleSheet &styles, const Paragraph &p, bool first)
{
    const ParagraphStyle &s = resolve(styles, p).style;
    if (first)
        cursor.setBlockFormat(blockFormat(styles, p));
    else
        cursor.insertBlock(blockFormat(styles, p));
    for (const Run &run : p.runs) {
        QString text = run.text;
        text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        cursor.insertText(text, charFormat(s, run));
    }
}

void insertRule(QTextCursor &cursor, bool first)
{
    QTextBlockFormat f;
    f.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 40));
    if (first)
        cursor.setBlockFormat(f);
    else
        cursor.insertBlock(f);
}

} // namespace

std::unique_ptr<QTextDocument> toTextDocument(const Document &doc)
{
    auto out = std::make_unique<QTextDocument>();
    QFont font(bodyFontFamily());
    font.setPointSizeF(14);
    out->setDefaultFont(font);
    out->setDocumentMargin(8);
    QTextCursor cursor(out.get());
    bool first = true;
    for (const Block &b : doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            insertParagraph(cursor, doc.styles, *p, first);
        } else if (std::holds_alternative<Rule>(b)) {
            insertRule(cursor, first);
        } else if (const auto *t = std::get_if<Table>(&b)) {
            QTextTableFormat format;
            format.setBorder(t->borders ? 1 : 0);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setCellSpacing(0);
            format.setCellPadding(3);
            format.setBorderCollapse(true);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            format.setHeaderRowCount(t->headerRows);
            qreal total = 0;
            for (qreal c : t->columns)
                total += c;
            QList<QTextLength> widths;
            for (qreal c : t->columns)
                widths.append(QTextLength(QTextLength::PercentageLength, total > 0 ? c * 100 / total : 0));
            format.setColumnWidthConstraints(widths);
            const int columns = qMax(1, int(t->columns.size()));
            QTextTable *table = cursor.insertTable(qMax(1, int(t->rows.size())), columns, format);
            for (int r = 0; r < t->rows.size(); ++r) {
                int column = 0;
                for (const TableCell &cell : t->rows.at(r).cells) {
                    if (column >= columns)
                        break;
                    const int span = qBound(1, cell.columnSpan, columns - column);
                    if (span > 1)
                        table->mergeCells(r, column, 1, span);
                    QTextCursor c = table->cellAt(r, column).firstCursorPosition();
                    bool firstInCell = true;
                    for (const CellContent &content : cell.content) {
                        if (const auto *p = std::get_if<Paragraph>(&content))
                            insertParagraph(c, doc.styles, *p, firstInCell);
                        else
                            insertRule(c, firstInCell);
                        firstInCell = false;
                    }
                    column += span;
                }
            }
            cursor.movePosition(QTextCursor::End);
        } else {
            continue; // page breaks do not show on screen
        }
        first = false;
    }
    return out;
}

} // namespace vd::docs
