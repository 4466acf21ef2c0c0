// Căn cước công dân (CCCD) numbers (docs/import-format.md): 12 digits = a real
// province code (3), century and sex (1), the last two digits of the birth
// year (2), and 6 serial digits.
#pragma once

#include "domain.h"

#include <QDate>
#include <QString>

namespace vd {

// Empty when `id` is a valid CCCD that agrees with what is known of its
// holder (gender Unknown and a null birth date are not checked); otherwise one
// translated sentence saying what is wrong. `birthYear` is checked when only
// the year of birth is known (no date).
QString citizenIdProblem(const QString &id, Gender gender = Gender::Unknown, const QDate &birthDate = QDate(),
                         int birthYear = 0);

// "031" -> "Hải Phòng"; empty for a code that is not a province.
QString provinceName(const QString &code);

} // namespace vd
