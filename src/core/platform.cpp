#include "platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstdint>
#include <limits>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <qt_windows.h>
#else
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <vector>
#endif

namespace vd::platform {

QString osUserName()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return QStringLiteral("?");
#else
    const uid_t uid = geteuid();
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    std::vector<char> buffer(static_cast<std::size_t>(bufferSize));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && found->pw_name[0] != '\0') {
        return QString::fromLocal8Bit(found->pw_name);
    }
    // An account without a passwd entry (some containers): its number is still
    // the truth, unlike an environment variable.
    return QStringLiteral("uid:%1").arg(uid);
#endif
}

FileIdentity fileIdentity(const QString &path)
{
    FileIdentity id;
    if (path.isEmpty())
        return id;
#ifdef Q_OS_WIN
    // A handle without read or write access: it takes no lock and does not
    // disturb SQLite's byte-range locks (which belong to SQLite's own handle).
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), 0,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                 FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return id;
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(h, &info)) {
        id.device = info.dwVolumeSerialNumber;
        id.index = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.valid = true;
    }
    CloseHandle(h);
#else
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.device = quint64(st.st_dev);
        id.index = quint64(st.st_ino);
        id.valid = true;
    }
#endif
    return id;
}

void restrictNewFilesToOwner()
{
#ifndef Q_OS_WIN
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool setOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.isDir())
        owner |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, owner);
}

#if defined(__linux__) && defined(__GLIBC__)
namespace {

constexpr std::size_t kHuge = 2 * 1024 * 1024;
constexpr std::size_t kBlock = 16 * 1024 * 1024; // the least worth preparing

// Set once prepareBulkHeap() has prepared the process: threads then prepare
// their own heaps too (prepareThreadHeap()).
std::atomic<bool> g_bulkHeap { false };

// The whole huge pages inside [low, high).
void adviseHuge(const char *low, const char *high)
{
    const auto first = (reinterpret_cast<std::uintptr_t>(low) + kHuge - 1) & ~(kHuge - 1);
    const auto last = reinterpret_cast<std::uintptr_t>(high) & ~(kHuge - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
}

// Grows the calling thread's heap by `bytes` and advises the new part to use
// huge pages, then gives it back to malloc. One block, taken from the heap
// even above the mmap threshold: malloc writes a header at each end of a
// block, and a 2 MiB page touched before it is advised stays in 4 KiB pages
// (with one block per 16 MiB, an eighth of the heap did).
void growHeapAdvised(qint64 bytes)
{
    constexpr int kDefaultMmapMax = 65536; // glibc's M_MMAP_MAX (mallopt(3))
    mallopt(M_MMAP_MAX, 0);
    auto *p = static_cast<char *>(malloc(std::size_t(bytes)));
    mallopt(M_MMAP_MAX, kDefaultMmapMax);
    if (!p)
        return;
    adviseHuge(p, p + bytes);
    free(p);
}

} // namespace
#endif

void prepareBulkHeap(qint64 bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (bytes < qint64(kBlock))
        return;
    // The main thread's heap takes allocations up to 32 MiB and keeps what is
    // freed for reuse. Other threads keep arenas of their own: with a single
    // arena for all, the reading and validating threads and the writing one
    // waited for its lock on nearly every allocation (futex calls, a third of
    // the import's CPU time: docs/performance-import.md, "Round 6").
    mallopt(M_MMAP_THRESHOLD, int(2 * kBlock));
    mallopt(M_TRIM_THRESHOLD, int(qMin<qint64>(2 * bytes, std::numeric_limits<int>::max())));
    growHeapAdvised(bytes);
    g_bulkHeap = true;
#else
    Q_UNUSED(bytes);
#endif
}

void prepareThreadHeap(qint64 bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!g_bulkHeap || bytes < qint64(kBlock))
        return;
    // A thread's arena is made of heaps of at most 64 MiB: what is prepared
    // stays within one (docs/performance-import.md, round 8).
    growHeapAdvised(qMin<qint64>(bytes, 60 * 1024 * 1024));
#else
    Q_UNUSED(bytes);
#endif
}

} // namespace vd::platform
