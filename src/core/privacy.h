// Personal data (names, birth dates, CCCD) under Vietnam's personal-data rules:
// masking for lists and exports, and removal of a closed campaign's data.
#pragma once

#include "result.h"

#include <QString>

namespace vd {

class Database;

// "031185001234" -> "********1234" (last 4 digits shown); empty stays empty.
QString maskCitizenId(const QString &citizenId);

// Removes every nominee, unit and attachment of a campaign that is not the
// active one, blanks the names in its audit entries, then VACUUMs so the data
// is really gone from the file. Returns the number of nominees removed.
Result<int> purgeCampaignPersonalData(Database &db, qint64 campaignId);

} // namespace vd
