// Restoring a backup into the open database with SQLite's online backup API:
// the pages are replaced inside one write lock, so other readers see the old
// or the new database, never a mix, and the open connection stays valid.
#pragma once

#include "result.h"

#include <QString>

namespace vd {

class Database;

struct RestoreResult
{
    QString safetyCopy; // the data as it was before the restore
};

// Replaces every row of `db` by the backup file's. The backup must be a
// VinhDanh database of the same schema version. A copy of the current data is
// written next to the database first (`<name>.truoc-khoi-phuc-<stamp>.sqlite`).
Result<RestoreResult> restoreFromBackup(Database &db, const QString &backupPath);

// For a database file that cannot be opened any more (damaged, truncated): the
// file (and its -wal/-shm) is renamed to `<name>.hong-<stamp>` and kept, then a
// copy of the backup takes its place. The backup is checked first; on any
// error nothing is renamed. RestoreResult::safetyCopy names the kept file.
Result<RestoreResult> replaceWithBackup(const QString &databasePath, const QString &backupPath);

} // namespace vd
