// Automatic backups: one copy on the first open of each day, keeping the last N.
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace vd {

class Database;

class AutoBackup
{
public:
    // Backups of /path/vinhdanh.sqlite go to /path/vinhdanh-backups/.
    static QString folderFor(const QString &databasePath);
    // The backups present, oldest first.
    static QStringList existing(const QString &databasePath);

    // Writes today's backup unless it exists, then keeps only the newest `keep`
    // daily copies. Returns the path written (empty if today's already existed).
    static Result<QString> runDaily(Database &db, const QDate &today, int keep);
};

} // namespace vd
