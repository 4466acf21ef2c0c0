#include "bulkmemory.h"

#include <limits>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace vd {

void prepareBulkHeap(qint64 bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::size_t kHuge = 2 * 1024 * 1024;
    constexpr std::size_t kBlock = 16 * 1024 * 1024; // under the largest mmap threshold (32 MiB)
    if (bytes < qint64(kBlock))
        return;
    // One heap for every thread (a thread's own arena would not be advised),
    // allocations up to 32 MiB from it, and what is freed kept for reuse.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, int(2 * kBlock));
    mallopt(M_TRIM_THRESHOLD, int(qMin<qint64>(2 * bytes, std::numeric_limits<int>::max())));
    // Grow the heap by `bytes` (address space only: nothing is touched but
    // the blocks' headers), advise it, and give it back to malloc.
    std::vector<char *> blocks;
    for (qint64 got = 0; got < bytes; got += qint64(kBlock)) {
        auto *p = static_cast<char *>(malloc(kBlock - 64));
        if (!p)
            break;
        blocks.push_back(p);
    }
    if (!blocks.empty()) {
        char *low = blocks.front();
        char *high = blocks.front();
        for (char *p : blocks) {
            low = qMin(low, p);
            high = qMax(high, p + kBlock);
        }
        const auto first = (reinterpret_cast<std::uintptr_t>(low) + kHuge - 1) & ~(kHuge - 1);
        const auto last = reinterpret_cast<std::uintptr_t>(high) & ~(kHuge - 1);
        if (last > first)
            madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    }
    for (char *p : blocks)
        free(p);
#else
    Q_UNUSED(bytes);
#endif
}

} // namespace vd
