// One entry point for every document VinhDanh produces from the database,
// shared by the CLI's document commands (src/cli/docargs.cpp) and the GUI's
// outputs view: build it, show it (textDocument() or paintedDocument()), print
// it (printTo, e.g. from the preview dialog) or write it in a format chosen by
// the file's suffix. docs/documents.md describes the documents.
//
//   auto out = docs::buildOutput(db, docs::OutputKind::Programme, {});
//   out->printTo(printer);  // a QPrinter (QPagedPaintDevice)
//   out->write(fileName);   // format from the suffix: out->formats()
#pragma once

#include "approvedlist.h"
#include "docmodel.h"
#include "pagedrender.h"
#include "result.h"
#include "runningorder.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace vd {
class Database;
}

namespace vd::docs {

enum class OutputKind {
    ApprovedList, // docx, xlsx, pdf, odt, csv
    Programme, // docx, pdf, odt
    Decision, // docx, pdf, odt (needs a reward amount)
    Invitations, // docx, pdf, odt
    Certificates, // pdf (layout from SettingsStore)
    CertificateTestPage, // pdf
    EligibilityReport, // docx, pdf, odt: per bloc figures, every nominee, findings in detail
    Budget, // docx, pdf, odt: reward × honorees plus the cost lines (conferencedocs.h)
    CouncilBallots, // docx, pdf, odt: one ballot per bloc
    CouncilMinutes, // docx, pdf, odt: the council's minutes with the vote count
    DelegateInvitations, // docx, pdf, odt: one invitation per delegate
    DelegateLabels, // docx, pdf, odt: envelope labels
    DelegateCheckinList, // docx, pdf, odt: the reception desk's list
    RunningScript, // docx, pdf, odt: the MC's running script (runningorder.h)
    SlideDeck, // pdf: the presenter view's slides, 16:9 (slides.h)
    MovementAnnex, // docx, pdf, odt: the movement report's figures (movementstats.h)
};

QList<OutputKind> allOutputKinds();
QString outputName(OutputKind kind); // translated, for lists and window titles

struct OutputOptions
{
    QDate date; // place-and-date line and the rules' clock; null: today
                // (the programme uses the campaign's date)
    qint64 rewardAmount = -1; // decision, budget: < 0 takes the campaign's amount
    QList<qint64> ids; // invitations/certificates: a selection of approved nominees (empty: all)
    ScriptTiming timing; // running script: minutes per item and per call-out batch
};

class Output
{
public:
    Output();
    ~Output();
    Output(Output &&) noexcept;
    Output &operator=(Output &&) noexcept;

    OutputKind kind() const { return m_kind; }
    QString title() const;
    // "docx", "pdf", "odt", "xlsx", "csv" as this document supports them, Word first.
    QStringList formats() const;
    int pageCountHint() const; // painted documents only; -1 for model documents
    int honoreeCount() const; // honorees in the document (0 for the programme and the test page)
    // The document model (null for certificates and the test page).
    const Document *document() const { return m_document ? &*m_document : nullptr; }
    // A reflowing text document for an on-screen preview (null for certificates).
    const QTextDocument *textDocument() const;
    // The pages drawn one by one (certificates, the test page); null for text documents.
    const PaintedDocument *paintedDocument() const { return m_painted ? &*m_painted : nullptr; }

    Result<int> printTo(QPagedPaintDevice *device) const;
    // Writes by the file's suffix (one of formats()); atomically.
    Status write(const QString &path) const;
    Status write(const QString &path, const QString &format) const;

private:
    friend Result<Output> buildOutput(Database &db, OutputKind kind, const OutputOptions &options);
    OutputKind m_kind = OutputKind::Programme;
    std::optional<ApprovedList> m_list;
    QDate m_date; // the lists' date (the XLSX page header)
    std::optional<Document> m_document;
    std::optional<PaintedDocument> m_painted;
    mutable std::unique_ptr<QTextDocument> m_screen; // made on first use
};

// Loads what the document needs from the active campaign. Lists need at least
// one approved honoree (Validation error otherwise); an unknown id in
// options.ids is a Validation error.
Result<Output> buildOutput(Database &db, OutputKind kind, const OutputOptions &options = {});

} // namespace vd::docs
