// The SQLite database files this process holds open, and the guard that keeps
// every other file access away from them.
//
// SQLite's locks on a file are POSIX advisory locks: they belong to the
// process, and closing ANY descriptor of that file in the process drops all of
// them, silently. Another program then believes it is alone, checkpoints and
// deletes the -wal and -shm files under this process, whose later writes go to
// a deleted file and are lost. So nothing in VinhDanh may open (and close) a
// database file, or its -wal/-shm/-journal file, except through SQLite: no
// QFile, no header peek, no import, attachment or export on such a path.
#pragma once

#include "result.h"

#include <QString>

namespace vd {

class OpenDatabaseFiles
{
public:
    // Database::open() and ~Database() keep the list (counted: one file may
    // have several connections).
    static void add(const QString &path);
    static void remove(const QString &path);
    // True when `path` names (by identity, whatever its spelling) a database
    // file this process has open, or that file's -wal, -shm or -journal file.
    static bool contains(const QString &path);
};

// A Storage error naming the file when `path` is an open database file of this
// process or one of its working files (see above); nothing is opened to find out.
Status ensureNotOpenDatabase(const QString &path);

// The -wal, -shm and -journal files SQLite keeps next to a database.
bool isSqliteWorkingFileName(const QString &path);

} // namespace vd
