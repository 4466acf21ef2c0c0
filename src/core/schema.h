// Schema migrations: step N takes a database from version N to N + 1, inside
// one transaction (Database::migrate). Never edit a released step; add one.
#pragma once

#include "result.h"

#include <functional>
#include <vector>

namespace vd {

class Database;

struct MigrationStep
{
    const char *description;
    std::function<Status(Database &)> apply;
};

const std::vector<MigrationStep> &schemaMigrations();

// Runs DDL statements, with dialect-specific column types filled in:
// {PK} integer primary key that numbers itself, {BLOB} binary data.
Status runDdl(Database &db, const QStringList &statements);

} // namespace vd
