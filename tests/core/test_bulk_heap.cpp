// platform::prepareBulkHeap() (platform.h): the main thread's heap is grown
// for a bulk command, and the other threads still allocate from arenas of
// their own, so that the import's reading, validating and writing threads do
// not wait for one allocator lock (docs/performance-import.md, "Round 6").
#include "platform.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cstdlib>
#include <thread>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
extern char end; // the end of the program's data: the main heap starts after it (man 3 end)
#endif

using namespace vd;

namespace {

#if defined(__linux__) && defined(__GLIBC__)
// Whether `p` lies in the main thread's heap (between the program's data and
// the program break, where glibc's main arena grows).
bool inMainHeap(const void *p)
{
    const auto *c = static_cast<const char *>(p);
    return c >= &end && c < static_cast<const char *>(sbrk(0));
}
#endif

} // namespace

TEST_CASE("prepareBulkHeap: the main thread's heap grows, other threads keep their own arenas", "[platform]")
{
#if defined(__linux__) && defined(__GLIBC__)
    struct Case
    {
        const char *name;
        qint64 bytes;
    };
    // Below 16 MiB nothing is prepared; from there on the heap is grown. The
    // large ones first: a thread's arena, once made, is reused by later threads.
    const Case cases[] = {
        { "a large import", 64 * 1024 * 1024 },
        { "the smallest bulk heap", 16 * 1024 * 1024 },
        { "a small file", 1024 * 1024 },
        { "nothing asked", 0 },
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            platform::prepareBulkHeap(c.bytes);
            // A small block, as the import's rows and cells are.
            void *mainBlock = std::malloc(64);
            REQUIRE(mainBlock != nullptr);
            CHECK(inMainHeap(mainBlock));
            bool threadInMainHeap = true;
            std::thread other([&] {
                void *block = std::malloc(64);
                threadInMainHeap = block && inMainHeap(block);
                std::free(block);
            });
            other.join();
            CHECK_FALSE(threadInMainHeap);
            std::free(mainBlock);
        }
    }
#else
    SUCCEED("only glibc on Linux is prepared");
#endif
}

namespace {

#if defined(__linux__) && defined(__GLIBC__)
// The kernel's "THPeligible" for the mapping that holds `p` (/proc/self/smaps):
// whether its page faults may be served with transparent huge pages.
int hugePageEligible(const void *p)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const auto address = reinterpret_cast<quintptr>(p);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            // "start-end perms offset dev inode path": a new mapping
            bool ok1 = false, ok2 = false;
            const quintptr start = line.left(dash).toULongLong(&ok1, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && address >= start && address < end;
        } else if (inside && line.startsWith("THPeligible:")) {
            return line.mid(12).trimmed().toInt();
        }
    }
    return -1;
}

// The system lets a program ask for huge pages (THP "madvise" mode): only
// then does advising change anything that can be seen.
bool hugePagesOnRequest()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return mode.open(QIODevice::ReadOnly) && mode.readAll().contains("[madvise]");
}
#endif

} // namespace

TEST_CASE("prepareThreadHeap: a bulk command's thread gets its memory in huge pages", "[platform]")
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!hugePagesOnRequest()) {
        SUCCEED("transparent huge pages are not in madvise mode here: nothing to see");
        return;
    }
    platform::prepareBulkHeap(64 * 1024 * 1024);
    struct Case
    {
        const char *name;
        bool prepare;
        int eligible;
    };
    // A block of 4 MiB (the rows and cells of a part of a file), looked at in
    // its middle: a thread that did not prepare its heap, and one that did.
    // In that order: a new thread takes over the arena of one that ended, and
    // an arena once advised stays so.
    const Case cases[] = {
        { "not prepared", false, 0 },
        { "prepared", true, 1 },
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            int eligible = -1;
            std::thread worker([&] {
                if (c.prepare)
                    platform::prepareThreadHeap(32 * 1024 * 1024);
                auto *block = static_cast<char *>(std::malloc(4 * 1024 * 1024));
                REQUIRE(block != nullptr);
                eligible = hugePageEligible(block + 2 * 1024 * 1024);
                std::free(block);
            });
            worker.join();
            CHECK(eligible == c.eligible);
        }
    }
#else
    SUCCEED("only glibc on Linux is prepared");
#endif
}
