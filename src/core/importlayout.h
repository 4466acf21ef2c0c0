// Where the table is inside a sheet units really send (docs/import-format.md,
// "Bảng trong trang"): title rows above the header, a header two rows deep
// (a group cell such as "Năm sinh" merged over "Nam" / "Nữ"), a row of column
// numbers "(1) (2) (3)" under it, and the signature block below the data
// ("Người lập biểu", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", a date line, names).
#pragma once

#include "domain.h"
#include "importmapping.h"
#include "tablesource.h"

#include <QList>
#include <QMap>
#include <QString>

namespace vd {

struct ImportHeaderLayout
{
    int headerIndex = -1; // index in table.rows of the header row; -1: none found
    int subHeaderIndex = -1; // the second header row, -1 when the header is one row
    int numberRowIndex = -1; // the row of column numbers under the header, -1 when none
    int firstDataIndex = 0; // index of the first row after the header
    QStringList labels; // per column: the header text read (the sub-column's under a group)
    QStringList groups; // per column: the group cell over a sub-column, else empty
};

// Finds the header: the first row naming a column of the template, or a
// later row among the first 20 naming at least two; then a second header row
// under it, and a row of column numbers.
ImportHeaderLayout findImportHeader(const SourceTable &table);

// A "Năm sinh"/"Ngày sinh" group over a "Nam" or "Nữ" sub-column: the gender
// that column gives; Gender::Unknown otherwise.
Gender birthColumnGender(const QString &group, const QString &label);

// The index one past the last data row: the rows from there to the end are
// the signature block (footer), when every one of them carries none of the
// required cells or reads as part of a signature block ("Người lập biểu",
// "TM.", "CHỦ TỊCH", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)", a date line,
// names) and none of them is a full data row. `required` are the columns of
// the required fields. table.rows.size() when there is no footer.
int findImportFooter(const SourceTable &table, int firstDataIndex, const QList<int> &required, int nameColumn);

} // namespace vd
