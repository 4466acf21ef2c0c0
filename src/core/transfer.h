// Copying a whole VinhDanh database between back-ends (SQLite file <->
// PostgreSQL server), keeping every id, verified by row counts and checksums.
// Used by `vinhdanh-cli migrate` and by Database::backupTo on PostgreSQL.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vd {

class Database;

struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum; // hex SHA-256, independent of row order and back-end
};
using TransferReport = QList<TableSummary>;

// Every table of the schema, parents before children (the order of a copy).
const QStringList &transferTables();

// Row count and checksum of one table. Values are hashed by kind (integer,
// text, bytes, null), so the same rows give the same checksum on SQLite and
// on PostgreSQL.
Result<TableSummary> summarizeTable(const Database &db, const QString &table);

// Copies every table of `from` into `to` in one transaction on `to`, reading
// `from` in one snapshot. `to` must have the same schema version and no rows
// at all (open it with OpenOptions::seedBuiltInCampaign = false). Ids are kept;
// PostgreSQL sequences are moved past the highest id. Before committing, each
// table's row count and checksum are compared on both sides; any difference
// rolls everything back.
Result<TransferReport> copyDatabase(const Database &from, Database &to);

// Creates the SQLite file `path` (which must not exist) and copies `from` into it.
Result<TransferReport> copyToNewSqliteFile(const Database &from, const QString &path);

} // namespace vd
