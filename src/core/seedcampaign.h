// The built-in campaign: Kế hoạch 161/KH-LT (An Dương, 04/7/2024), the 2023
// honours. Only seed data: every value is a row the user can edit afterwards.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

Campaign builtInCampaign();
// Inserts builtInCampaign() as the active campaign (inside the caller's transaction).
Status insertBuiltInCampaign(Database &db);

} // namespace vd
