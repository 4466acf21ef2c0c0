// The three file formats of a Document (docmodel.h), all written from the same
// model: DOCX (WordprocessingML, docxwriter.cpp), PDF (our own pagination,
// pagedrender.h) and ODT (odtwriter.cpp). Files are replaced atomically.
#pragma once

#include "docmodel.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vd::docs {

// "docx", "pdf", "odt": the formats of every model document, Word first.
QStringList documentFormats();

Result<QByteArray> docxBytes(const Document &doc);
Result<QByteArray> odtBytes(const Document &doc);
// The bytes of `format` (one of documentFormats()); a Usage error for anything else.
Result<QByteArray> documentBytes(const Document &doc, const QString &format);
Status writeDocument(const Document &doc, const QString &format, const QString &path);

// Writes a file the program produces: atomically (QSaveFile), owner-only where
// the platform has file modes. Every document writer goes through here.
Status writeOutputFile(const QString &path, const QByteArray &bytes);

// The document as a QTextDocument for an on-screen, reflowing preview (not
// for printing: pages come from pagelayout.h).
std::unique_ptr<QTextDocument> toTextDocument(const Document &doc);

} // namespace vd::docs
