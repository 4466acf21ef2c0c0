// Spreadsheet exports of the approved list (docs/cli.md): CSV (UTF-8 with BOM,
// RFC 4180) and XLSX (libxlsxwriter). One header row, one row per honoree, no
// bloc heading rows. Files are replaced atomically: a failure leaves no
// half-written file and an existing file untouched.
#pragma once

#include "approvedlist.h"
#include "result.h"
#include "safefile.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace vd {

// STT, Họ và tên, Chức vụ, Đơn vị, Khối, Tóm tắt thành tích (translated).
QStringList approvedListHeaders();
// The cells of one honoree (STT is `number`), in header order.
QStringList approvedListRow(const ApprovedList &list, const Nominee &nominee, int number);

// The CSV bytes (BOM, CRLF line ends, fields quoted when needed).
// A cell that begins with =, +, -, @, a tab or a carriage return is a formula
// to Excel and LibreOffice (=HYPERLINK(…), +cmd|…): such a cell gets a leading
// apostrophe, so it is shown as the text it is (docs/import-format.md). Every
// CSV the program writes passes its cells through this.
QString neutralizeCsvFormula(const QString &cell);
// UTF-8 with BOM, comma-separated, every cell neutralised (neutralizeCsvFormula).
QByteArray approvedListCsv(const ApprovedList &list);
Status writeApprovedListCsv(const ApprovedList &list, const QString &path);
// Printed (A4 landscape, 12 pt): the title, the campaign and "<place>, ngày
// <date>" (when `date` is valid) in the page header, "Trang N / M" in the footer.
Status writeApprovedListXlsx(const ApprovedList &list, const QString &path, const QDate &date = {});

} // namespace vd
