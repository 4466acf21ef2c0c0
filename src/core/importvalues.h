// Reading one cell of a "danh sách trích ngang" into a nominee's field
// (docs/import-format.md). Each function returns an empty string when the cell is
// acceptable, or one translated sentence saying what is wrong with it. The
// importer (importer.cpp) reads every cell through them; what a nominee must
// satisfy whatever its source (editor, import, store) is in nomineevalidation.h.
#pragma once

#include "domain.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>

namespace vd {

// NFC, trimmed, inner white space collapsed (one-line fields).
QString importText(const QVariant &cell);
// NFC and trimmed, line breaks kept (achievements, topic, notes).
QString importLongText(const QVariant &cell);
// "quá dài" when text has more than `maxChars` characters.
QString textLengthProblem(const QString &text, int maxChars);

// d/m/yyyy, dd/mm/yyyy (also with '.' or '-'), yyyy-mm-dd, or a date cell.
// An empty cell gives a null date. Impossible dates, years before 1900 and
// dates after `today` are refused.
QString parseImportDate(const QVariant &cell, const QDate &today, QDate *out);
// có, x, ✓, 1, true, yes / không, empty, 0, false, no (folded).
QString parseImportYesNo(const QVariant &cell, bool *out);
// Nam / Nữ (also male/female, M/F); empty = unknown.
QString parseImportGender(const QVariant &cell, Gender *out);
// Lao động giỏi / Lao động sáng tạo, LDG / LDST; empty = Lao động giỏi.
QString parseImportCategory(const QVariant &cell, Category *out);
// A bloc code or name of the campaign ("MN", "Mầm non", "Khối Mầm non").
QString parseImportBloc(const QVariant &cell, const Campaign &campaign, qint64 *blocId);
// The document types of a campaign by folded code and folded name (the first
// type in campaign order wins), built once for a whole import.
class DocumentTypeKeys
{
public:
    explicit DocumentTypeKeys(const Campaign &campaign);
    // The code of the type whose code or name folds to `key`, or a null string.
    QString codeFor(const QString &key) const { return m_codes.value(key); }
    const QStringList &codes() const { return m_known; }

private:
    QHash<QString, QString> m_codes;
    QStringList m_known;
};

// ';'-separated (or one per line) document codes or names of the campaign -> sorted codes.
QString parseImportDocuments(const QVariant &cell, const Campaign &campaign, QStringList *codes);
QString parseImportDocuments(const QVariant &cell, const DocumentTypeKeys &types, QStringList *codes);
// A whole number >= 0 (empty = 0).
QString parseImportCount(const QVariant &cell, int *out);
// A year between 1900 and today's (empty = 0).
QString parseImportYear(const QVariant &cell, const QDate &today, int *out);
// A CCCD as text, or as a number that lost its leading zero: 11 digits are
// padded to 12 and `warning` says so; other lengths are an error. Only the
// shape is read here: citizenIdProblem() checks the structure.
QString parseImportCitizenId(const QVariant &cell, QString *out, QString *warning);

} // namespace vd
