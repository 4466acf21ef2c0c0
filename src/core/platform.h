// The one place for what differs between operating systems: who the user is,
// which file a path names, keeping new files private to their owner, and the
// heap of a bulk command.
// Everything else in VinhDanh uses Qt's portable API.
#pragma once

#include <QString>
#include <QtGlobal>

namespace vd::platform {

// The operating-system account this process runs as: getpwuid(geteuid()) on
// POSIX, GetUserNameW on Windows. Not taken from $USER or $LOGNAME, which
// anyone can set. "?" only if the system cannot say.
QString osUserName();

// Which file a path names, whatever the spelling (symbolic links, "..", hard
// links): device and inode number on POSIX, volume serial and file index on
// Windows. Found without opening the file on POSIX (stat), so it is safe for a
// database file this process holds open: closing any descriptor of such a file
// would drop the process's SQLite locks on it.
struct FileIdentity
{
    quint64 device = 0;
    quint64 index = 0;
    bool valid = false;

    bool operator==(const FileIdentity &other) const
    {
        return valid && other.valid && device == other.device && index == other.index;
    }
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};
FileIdentity fileIdentity(const QString &path);

// Every file and folder this process creates from now on is its owner's only
// (umask 077 on POSIX; on Windows a new file inherits its folder's access list,
// which in the user's profile is already the user's own). Called first thing
// by both programs, before any thread starts.
void restrictNewFilesToOwner();

// Makes an existing file (or folder) owner-only: 0600 (folders 0700).
bool setOwnerOnly(const QString &path);

// Memory for a bulk command that builds a few hundred MB of small objects
// (an import of 100 000 rows: docs/performance-import.md, round 5). On
// Linux with glibc the process heap is grown once and advised to use
// transparent huge pages: a page fault per 2 MiB instead of per 4 KiB (the
// faults were a fifth of the import's time). Other threads keep arenas of
// their own (round 6: one lock for every thread cost more than their faults).
// Elsewhere: nothing. Call before the threads of the command start; `bytes`
// is the memory the command is expected to use (a guess is fine).
void prepareBulkHeap(qint64 bytes);

// The same for the calling thread's own arena, once prepareBulkHeap() has
// prepared the process (otherwise nothing): a thread of a bulk command that
// allocates `bytes` (a guess is fine; at most 60 MiB are prepared) faults
// in huge pages too (docs/performance-import.md, round 8).
void prepareThreadHeap(qint64 bytes);

} // namespace vd::platform
