// HTML fragments of a Vietnamese administrative document (Nghị định
// 30/2020/NĐ-CP, Phụ lục I) for QTextDocument: the two-column header, the
// title, "Nơi nhận" and signature blocks. Sizes are in points.
#pragma once

#include "domain.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vd::docs {

// HTML-escaped text (NFC kept).
QString esc(const QString &text);

// Vietnamese thousands separators: 1500000 -> "1.500.000".
QString formatAmount(qint64 amount);

// Header: issuing parent and body (capitals, short rule) on the left, the
// national title and motto (rule) on the right; then "Số: …" on the left and
// the italic place-and-date line on the right. An empty number leaves it out.
QString adminHeaderHtml(const Campaign &campaign, const QString &number, const QDate &date);

// Title in bold capitals (14 pt), optional bold subtitle lines under it
// (in capitals too when `capitalSubtitles`).
QString titleHtml(const QString &title, const QStringList &subtitles = {}, bool capitalSubtitles = false);

// One signature block: authority lines and title in bold capitals, room to
// sign, the name in bold.
QString signerHtml(const Signer &signer);

// "Nơi nhận:" (bold italic 12 pt) and its list (11 pt, "- …;" and "- ….").
QString recipientsHtml(const QStringList &recipients);

// The closing of a document: with one signer, "Nơi nhận" left and the
// signature right; with several, the signatures side by side and "Nơi nhận"
// under them. No recipients: only the signatures.
QString closingHtml(const QStringList &recipients, const QList<Signer> &signers);

// An empty anchor that keeps a group on one page when printing: inside a
// table, the whole table; elsewhere, its paragraph and the `following` ones.
QString keepTogetherMark(int following = 0);

// Wraps body HTML in a document with the body font at `bodyPt` points.
QString htmlPage(const QString &body, qreal bodyPt = 14);

// A QTextDocument from htmlPage() HTML with the default font set.
std::unique_ptr<QTextDocument> makeDocument(const QString &html, qreal bodyPt = 14);

} // namespace vd::docs
