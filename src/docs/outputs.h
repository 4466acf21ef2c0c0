// One entry point for the GUI's outputs view: build any document VinhDanh
// produces from the database, preview or print it (QPrintPreviewDialog /
// QPrinter through printTo) and export it in a format chosen by file type.
//
//   auto out = docs::buildOutput(db, docs::OutputKind::Programme, {});
//   QPrintPreviewDialog preview;
//   connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter *p) { out->printTo(p); });
//   out->write(fileName);   // format from the suffix: out->formats()
#pragma once

#include "approvedlist.h"
#include "pagedrender.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace vd {
class Database;
}

namespace vd::docs {

enum class OutputKind {
    ApprovedList,        // xlsx, csv, pdf, odt
    Programme,           // pdf, odt
    Decision,            // pdf, odt (needs a reward amount)
    Invitations,         // pdf, odt
    Certificates,        // pdf (layout from SettingsStore)
    CertificateTestPage, // pdf
    EligibilityReport,   // pdf, odt: every nominee rule by rule, per bloc figures
};

QList<OutputKind> allOutputKinds();
QString outputName(OutputKind kind); // translated, for lists and window titles

struct OutputOptions
{
    QDate date;              // place-and-date line and the rules' clock; null: today
                             // (the programme uses the campaign's date)
    qint64 rewardAmount = -1; // decision: < 0 takes the campaign's amount
    QList<qint64> ids;       // invitations/certificates: a selection of approved nominees (empty: all)
};

class Output
{
public:
    OutputKind kind() const { return m_kind; }
    QString title() const;
    // "pdf", "odt", "xlsx", "csv" as this document supports them, preferred first.
    QStringList formats() const;
    int pageCountHint() const;
    int honoreeCount() const;  // honorees in the document (0 for the programme and the test page) // painted documents only; -1 for text documents
    // The text document for an on-screen preview (null for certificates).
    const QTextDocument *textDocument() const;

    Result<int> printTo(QPagedPaintDevice *device) const;
    // Writes by the file's suffix (one of formats()); atomically.
    Status write(const QString &path) const;
    Status write(const QString &path, const QString &format) const;

private:
    friend Result<Output> buildOutput(Database &db, OutputKind kind, const OutputOptions &options);
    OutputKind m_kind = OutputKind::Programme;
    std::optional<ApprovedList> m_list;
    std::optional<TextDocument> m_text;
    std::optional<PaintedDocument> m_painted;
};

// Loads what the document needs from the active campaign. Lists need at least
// one approved honoree (Validation error otherwise); an unknown id in
// options.ids is a Validation error.
Result<Output> buildOutput(Database &db, OutputKind kind, const OutputOptions &options = {});

} // namespace vd::docs
