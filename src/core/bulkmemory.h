// Memory for a bulk command that builds a few hundred MB of small objects
// (an import of 100 000 rows: docs/performance-import.md, round 5). On
// Linux with glibc the process heap is grown once and advised to use
// transparent huge pages, and every thread allocates from it: a page fault
// per 2 MiB instead of per 4 KiB (the faults were a fifth of the import's
// time). Elsewhere: nothing.
#pragma once

#include <QtGlobal>

namespace vd {

// Call before the threads of the command start. `bytes`: the memory the
// command is expected to use (a guess is fine: more comes as usual).
void prepareBulkHeap(qint64 bytes);

} // namespace vd
