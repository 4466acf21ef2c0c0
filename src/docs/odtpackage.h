// Completes the ODT that QTextDocumentWriter("odf") writes: Qt leaves out
// styles.xml (so no page size, margins or page numbers), writes percentage
// table widths as points and the document font as the generic family. This
// rewrites the package with an A4 page layout from PageSetup, page numbers
// centred in the header from page 2, Times New Roman, and relative widths.
#pragma once

#include "pagedrender.h"
#include "result.h"

#include <QByteArray>

namespace vd::docs {

Result<QByteArray> completeOdt(const QByteArray &qtOdt, const PageSetup &page);

} // namespace vd::docs
