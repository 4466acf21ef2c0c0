// Whether a nominee's fields may be stored: the one list of field checks the
// editor, the importer, the CLI and NomineeStore all use (docs/architecture.md).
// Not the rules of the plan (rules.h): a nominee that fails a rule is stored
// with a verdict; a nominee with a field problem is not stored at all.
#pragma once

#include "domain.h"
#include "importmapping.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vd {

// Every field of a nominee is a column of the import file, so the import's
// field list names them.
using NomineeField = ImportField;

struct FieldProblem
{
    NomineeField field;
    QString message; // one translated sentence, e.g. "bắt buộc."
};

// The most characters a text field may hold.
int nomineeFieldMaxLength(NomineeField field);

// What every stored nominee satisfies, whatever the campaign and the day: full
// name and position given, lengths, the CCCD's structure against gender and
// birth date, received after birth. NomineeStore refuses a nominee with any.
QList<FieldProblem> nomineeFieldProblems(const Nominee &nominee);

// The above, and what a person keying in or importing a dossier is held to: no
// digits in the full name, a unit, the bloc one of the campaign's (when blocId
// is set; required when `requireBloc`), birth and received dates not after
// `today`, at least 15 years old on `today`. The editor and the importer use it.
QList<FieldProblem> validateNominee(const Nominee &nominee, const Campaign &campaign, const QDate &today,
                                    bool requireBloc = true);

// "Họ và tên: bắt buộc." — the field's column header and the message, one a line.
QStringList fieldProblemLines(const QList<FieldProblem> &problems);

} // namespace vd
