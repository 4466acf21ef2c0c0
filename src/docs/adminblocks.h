// The parts every Vietnamese administrative document shares (Nghị định
// 30/2020/NĐ-CP, Phụ lục I), as document-model blocks (docmodel.h): the
// two-column header, the title, the signature blocks and "Nơi nhận".
#pragma once

#include "docmodel.h"
#include "domain.h"

#include <QDate>
#include <QStringList>

namespace vd::docs {

// Header: the superior body (capitals) and the issuing body (bold capitals, a
// rule under it 2/5 of its line) on the left; the quốc hiệu and the tiêu ngữ
// (a rule as long as its line) on the right; then "Số: …" on the left and the
// italic place-and-date line on the right. An empty number leaves "Số" out.
Table adminHeader(const StyleSheet &styles, const PageSetup &page, const Campaign &campaign, const QString &number,
                  const QDate &date);
void appendAdminHeader(Document &doc, const Campaign &campaign, const QString &number, const QDate &date);

// The document type in bold capitals ("QUYẾT ĐỊNH"), the subject lines (bold;
// in capitals when `capitalSubject`) with a short rule under them, and an
// optional italic note line ("(Kèm theo …)").
void appendTitle(Document &doc, const QString &type, const QStringList &subject = {}, bool capitalSubject = false,
                 const QString &note = {});

// A signature block: TM./KT. lines and the title in bold capitals, room to
// sign, the name in bold.
QList<CellContent> signatureHead(const Signer &signer);
Paragraph signatureName(const Signer &signer);
// "Nơi nhận:" (bold italic 12 pt) and one recipient per line (11 pt), "- …;"
// and the last "- …." .
QList<CellContent> recipientsContent(const QStringList &recipients);

// The closing: with one signer, "Nơi nhận" left and the signature right; with
// several, the signatures side by side and "Nơi nhận" under them. The block is
// kept on one page, with the last lines before it.
void appendClosing(Document &doc, const QStringList &recipients, const QList<Signer> &signers);
// The campaign's first signer alone (a document one person signs); none when it has none.
QList<Signer> firstSigner(const Campaign &campaign);

// The opening of a letter of invitation: the header (number "/GM-LĐLĐ"),
// "GIẤY MỜI" and "Trân trọng kính mời".
void appendInvitationOpening(Document &doc, const Campaign &campaign, const QDate &date);
// "Label value" on one body line, e.g. "Đơn vị: Trường Tiểu học …".
Paragraph labelledLine(const QString &label, const QList<Run> &value);
// "Thời gian: …." and "Địa điểm: …." of the conference.
void appendTimeAndPlace(Document &doc, const Campaign &campaign);

} // namespace vd::docs
