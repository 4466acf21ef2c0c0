#include "exitleftovers.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace vd {

namespace {

std::atomic<bool> g_enabled { false };
std::mutex g_mutex;
// Never freed: a plain pointer in a global, not an object whose destructor
// would run at exit (the point is not to walk these structures again).
std::vector<std::shared_ptr<void>> *g_kept = nullptr;

} // namespace

void ExitLeftovers::setEnabled(bool enabled) { g_enabled = enabled; }

bool ExitLeftovers::enabled() { return g_enabled; }

int ExitLeftovers::count()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_kept ? int(g_kept->size()) : 0;
}

void ExitLeftovers::store(std::shared_ptr<void> value)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_kept)
        g_kept = new std::vector<std::shared_ptr<void>>();
    g_kept->push_back(std::move(value));
}

} // namespace vd
