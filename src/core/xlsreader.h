// Excel 97-2003 workbooks (.xls, BIFF) through FreeXL (Debian libfreexl-dev, a
// maintained reader of the format): every sheet with rows, numbers as double,
// date cells as QDate, text as UTF-8 -> QString; the same per-file limits as
// the other readers (tablesource.h), checked on the sheet dimensions before
// FreeXL loads the cells. A password-protected (obfuscated) workbook is
// refused with that reason.
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QList>
#include <QString>

namespace vd {

Result<QList<SourceTable>> readXlsSheets(const QString &path, const ReaderLimits &limits = {});

} // namespace vd
