// Anchors the resource library: a static library needs at least one symbol,
// and this one makes sure its compiled resources are registered when linked.
#include <QtGlobal>

namespace vd {
int resourceLibraryAnchor() { return 1; }
} // namespace vd
