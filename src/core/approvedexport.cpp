#include "approvedexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <iterator>

#include <xlsxwriter.h>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ApprovedExport".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ApprovedExport)
};

} // namespace

namespace {

QString csvField(const QString &raw)
{
    const QString value = neutralizeCsvFormula(raw);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char(';')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Column widths in Excel character units, in header order: together about
// 250 mm, inside the printable width of A4 landscape, so the sheet prints at
// 100 % (12 pt) and not shrunk to fit.
constexpr double kColumnWidths[] = { 5, 23, 17, 28, 12, 47 };
constexpr double kFontPt = 12;
// Times New Roman at 12 pt: a slightly generous average advance of Vietnamese
// text (measured: about 5.1 pt) and a line height between LibreOffice's
// (13.8 pt) and Excel's (15 pt). Too tall wastes a little paper; too short
// would print text over the next row.
constexpr double kCharPt = 5.5;
constexpr double kLinePt = 14.6;

// A column's text width in points (Excel: 7 px a character plus 5 px of
// padding at 96 dpi), less the cell's own margins.
double columnTextPt(double width) { return (width * 7 + 5) * 0.75 - 4; }

// How many lines `text` takes wrapped in a column (greedy, by words).
int wrappedLines(const QString &text, double width)
{
    const double room = columnTextPt(width);
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        ++lines;
        double used = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const double w = word.size() * kCharPt;
            const double needed = used > 0 ? used + kCharPt + w : w;
            if (needed <= room || used == 0) {
                used = needed;
                // A word longer than the column breaks inside it.
                while (used > room) {
                    ++lines;
                    used -= room;
                }
            } else {
                ++lines;
                used = w;
            }
        }
    }
    return qMax(1, lines);
}

// The height of a row holding `cells`: LibreOffice keeps a row's stored height
// (15 pt when none is written), so wrapped text would overlap the row below.
double rowHeightPt(const QStringList &cells)
{
    int lines = 1;
    for (int c = 0; c < cells.size() && c < int(std::size(kColumnWidths)); ++c)
        lines = qMax(lines, wrappedLines(cells.at(c), kColumnWidths[c]));
    return lines * kLinePt + 3;
}

// Text for an Excel header or footer section: "&" is the escape character.
QByteArray headerText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    return escaped.toUtf8();
}

} // namespace

QString neutralizeCsvFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QStringList approvedListHeaders()
{
    return { Tr::tr("STT"),    Tr::tr("Họ và tên"), Tr::tr("Chức vụ"),
             Tr::tr("Đơn vị"), Tr::tr("Khối"),      Tr::tr("Tóm tắt thành tích") };
}

QStringList approvedListRow(const ApprovedList &list, const Nominee &nominee, int number)
{
    return { QString::number(number), nominee.fullName,       nominee.position,
             nominee.unitName,        list.blocName(nominee), nominee.achievements };
}

QByteArray approvedListCsv(const ApprovedList &list)
{
    QByteArray bytes("\xEF\xBB\xBF");
    auto addLine = [&bytes](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields.append(csvField(c));
        bytes += fields.join(QLatin1Char(',')).toUtf8();
        bytes += "\r\n";
    };
    addLine(approvedListHeaders());
    int number = 0;
    for (const Nominee &n : list.nominees())
        addLine(approvedListRow(list, n, ++number));
    return bytes;
}

Status writeApprovedListCsv(const ApprovedList &list, const QString &path)
{
    return writeFileAtomically(path, approvedListCsv(list));
}

Status writeApprovedListXlsx(const ApprovedList &list, const QString &path, const QDate &date)
{
    // libxlsxwriter writes to a path: build the workbook in a private temporary
    // folder, then move the bytes into place with QSaveFile.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::storage(Tr::tr("Không tạo được thư mục tạm để ghi tệp XLSX: %1").arg(scratch.errorString()));
    const QString tempPath = scratch.filePath(QStringLiteral("list.xlsx"));
    const QByteArray tempName = QFile::encodeName(tempPath);

    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook)
        return Error::storage(Tr::tr("Không tạo được bảng tính XLSX %1.").arg(QDir::toNativeSeparators(path)));

    const QByteArray sheetName = Tr::tr("Danh sách").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_font_name(header, "Times New Roman");
    format_set_font_size(header, kFontPt);

    lxw_format *text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_num_format(text, "@"); // text: "012345678901" keeps its leading zero
    format_set_font_name(text, "Times New Roman");
    format_set_font_size(text, kFontPt);

    lxw_format *number = workbook_add_format(workbook);
    format_set_align(number, LXW_ALIGN_CENTER);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_font_name(number, "Times New Roman");
    format_set_font_size(number, kFontPt);

    lxw_error status = LXW_NO_ERROR;
    auto check = [&status](lxw_error e) {
        if (status == LXW_NO_ERROR && e != LXW_NO_ERROR)
            status = e;
    };

    const QStringList headers = approvedListHeaders();
    for (int c = 0; c < headers.size(); ++c) {
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), kColumnWidths[c], nullptr));
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header));
    }
    check(worksheet_set_row(sheet, 0, rowHeightPt(headers), nullptr));
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t row = 1;
    int stt = 0;
    for (const Nominee &n : list.nominees()) {
        const QStringList cells = approvedListRow(list, n, ++stt);
        check(worksheet_set_row(sheet, row, rowHeightPt(cells), nullptr));
        check(worksheet_write_number(sheet, row, 0, stt, number));
        for (int c = 1; c < cells.size(); ++c) {
            const QByteArray utf8 = cells.at(c).toUtf8();
            // An empty string cell would be dropped: write a formatted blank instead.
            if (utf8.isEmpty())
                check(worksheet_write_blank(sheet, row, lxw_col_t(c), text));
            else
                check(worksheet_write_string(sheet, row, lxw_col_t(c), utf8.constData(), text));
        }
        ++row;
    }

    // Print setup: A4 landscape, the header row on every page, all columns on
    // one page width (at 100 %: the widths fit), the title and the date in the
    // page header, page numbers in the footer (no extra rows in the sheet).
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_set_margins(sheet, 0.5, 0.5, 1.0, 0.7);
    check(worksheet_repeat_rows(sheet, 0, 0));
    worksheet_fit_to_pages(sheet, 1, 0);
    const QString dateText
        = date.isValid() ? Tr::tr("%1, ngày %2").arg(list.campaign.place, date.toString(QStringLiteral("dd/MM/yyyy")))
                         : QString();
    // Excel allows 255 characters in a header: the campaign's line goes first.
    const QByteArray titleSection
        = "&L&\"Times New Roman,Bold\"&12" + headerText(Tr::tr("DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG"));
    const QByteArray dateSection = "&R&\"Times New Roman,Italic\"&12" + headerText(dateText);
    QByteArray pageHeader = titleSection + "\n&B&I" + headerText(list.campaign.name) + dateSection;
    if (QString::fromUtf8(pageHeader).size() > 255)
        pageHeader = titleSection + dateSection;
    lxw_header_footer_options headerOptions = {};
    headerOptions.margin = 0.35;
    check(worksheet_set_header_opt(sheet, pageHeader.constData(), &headerOptions));
    const QByteArray pageFooter = "&C&\"Times New Roman,Regular\"&12"
                                  + headerText(Tr::tr("Trang %1 / %2")).replace("%1", "&P").replace("%2", "&N");
    check(worksheet_set_footer_opt(sheet, pageFooter.constData(), &headerOptions));

    QByteArray title = Tr::tr("Danh sách Lao động giỏi tiêu biểu được biểu dương").toUtf8();
    lxw_doc_properties properties = {};
    properties.title = title.data();
    check(workbook_set_properties(workbook, &properties));

    const lxw_error closed = workbook_close(workbook); // frees the workbook
    check(closed);
    if (status != LXW_NO_ERROR) {
        return Error::storage(Tr::tr("Không ghi được tệp XLSX %1: %2")
                                  .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(status))));
    }
    QFile temp(tempPath);
    if (!temp.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc lại được bảng tính tạm %1: %2").arg(tempPath, temp.errorString()));
    return writeFileAtomically(path, temp.readAll());
}

} // namespace vd
