// The downloadable template of a "danh sách trích ngang" (docs/import-format.md):
// danh-sach-trich-ngang.xlsx with the Vietnamese headers in the contract's
// order, one example row, column widths, CCCD as text, dates as dd/mm/yyyy
// and drop-down lists for Khối, Giới tính, Loại and the yes/no columns.
#pragma once

#include "domain.h"
#include "result.h"

#include <QString>

namespace vd {

// The file name offered by "Lưu mẫu…" and `vinhdanh-cli template`.
QString importTemplateFileName();

// Writes the template atomically (a failure leaves no half-written file).
// Blocs of the drop-down come from `campaign`.
Status writeImportTemplate(const QString &path, const Campaign &campaign);

} // namespace vd
