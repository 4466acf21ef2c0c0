// Internals shared by people.cpp (linking) and peoplestore.cpp (look-ups,
// conflicts, merge and split). Not part of the API.
#pragma once

#include "people.h"

#include <QSqlQuery>
#include <QString>

namespace vd::peopledetail {

// The columns personFrom() reads, in its order.
extern const QString kPersonColumns;
Person personFrom(const QSqlQuery &q);
QString nowUtc();

} // namespace vd::peopledetail
