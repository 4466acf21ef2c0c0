// Tables of a Word document (.docx): word/document.xml streamed like the
// spreadsheets (zipreader.h) with the same per-file limits. Every top-level
// table, in order, named "Bảng N"; a row's cells follow the grid: a cell
// merged across columns (w:gridSpan) fills its first column, the cells a
// vertical merge continues (w:vMerge) are empty; paragraphs and line breaks
// inside a cell become line breaks. Tables nested in a cell are read as text.
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QList>
#include <QString>

namespace vd {

Result<QList<SourceTable>> readDocxTables(const QString &path, const ReaderLimits &limits = {});

} // namespace vd
