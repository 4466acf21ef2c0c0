// Big in-memory structures that a short-lived program leaves to the system
// when it exits instead of freeing them piece by piece (docs/performance-import.md,
// round 7: freeing the people and the cells of a 100 000-row import took
// 0.1 s after everything was committed). Off by default: only vinhdanh-cli
// turns it on, for the one command it runs. What is kept stays reachable from
// a global until the process ends, so leak checkers (ASan's LeakSanitizer,
// valgrind) count it as still reachable, not as leaked.
#pragma once

#include <memory>
#include <utility>

namespace vd {

class ExitLeftovers
{
public:
    // From now on keep() takes what it is given (the process is about to exit
    // once its command is done); off again with false.
    static void setEnabled(bool enabled);
    static bool enabled();

    // Moves `value` into the store and returns true when enabled; otherwise
    // leaves it alone (its owner frees it as usual) and returns false.
    template<class T> static bool keep(T &value)
    {
        if (!enabled())
            return false;
        store(std::make_shared<T>(std::move(value)));
        return true;
    }

    // How many values are kept (tests).
    static int count();

private:
    static void store(std::shared_ptr<void> value);
};

} // namespace vd
