// platform::prepareBulkHeap() (platform.h): the main thread's heap is grown
// for a bulk command, and the other threads still allocate from arenas of
// their own, so that the import's reading, validating and writing threads do
// not wait for one allocator lock (docs/performance-import.md, "Round 6").
#include "platform.h"

#include <catch2/catch.hpp>

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
