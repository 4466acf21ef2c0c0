// Settings kept in the database (table `setting`), shared by every PC that
// opens it: e.g. the certificate print layout. Per-PC settings use QSettings.
#pragma once

#include "result.h"

#include <QString>

namespace vd {

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) { }

    // The stored value, or `fallback` when the key is not set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace vd
