// Realistic sample nominees for the benchmark and the screenshots
// (hidden test cases, run on demand; see docs/gui.md).
#pragma once

#include "database.h"

namespace vd::test {

// Writes `count` nominees spread over the blocs and ~count/40 units, in one
// transaction. Every 7th misses something (received date, endorsement, ...).
void writeSampleNominees(Database &db, int count);

} // namespace vd::test
