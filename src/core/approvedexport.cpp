#include "approvedexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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


QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.contains(QLatin1Char(';')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Column widths in Excel character units, in header order.
constexpr double kColumnWidths[] = { 6, 28, 22, 32, 16, 60 };

} // namespace

QStringList approvedListHeaders()
{
    return { Tr::tr("STT"), Tr::tr("Họ và tên"), Tr::tr("Chức vụ"), Tr::tr("Đơn vị"), Tr::tr("Khối"), Tr::tr("Tóm tắt thành tích") };
}

QStringList approvedListRow(const ApprovedList &list, const Nominee &nominee, int number)
{
    return { QString::number(number), nominee.fullName, nominee.position, nominee.unitName,
             list.blocName(nominee), nominee.achievements };
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

Status writeApprovedListXlsx(const ApprovedList &list, const QString &path)
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
    format_set_font_size(header, 12);

    lxw_format *text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_num_format(text, "@"); // text: "012345678901" keeps its leading zero
    format_set_font_name(text, "Times New Roman");
    format_set_font_size(text, 12);

    lxw_format *number = workbook_add_format(workbook);
    format_set_align(number, LXW_ALIGN_CENTER);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_font_name(number, "Times New Roman");
    format_set_font_size(number, 12);

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
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t row = 1;
    int stt = 0;
    for (const Nominee &n : list.nominees()) {
        const QStringList cells = approvedListRow(list, n, ++stt);
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

    // Print setup: A4 landscape, narrow margins, header row on every page,
    // all columns on one page width.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_set_margins(sheet, 0.6, 0.4, 0.6, 0.6);
    check(worksheet_repeat_rows(sheet, 0, 0));
    worksheet_fit_to_pages(sheet, 1, 0);
    check(worksheet_set_footer(sheet, "&C&P / &N"));

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
