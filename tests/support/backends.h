// Running the storage tests on both back-ends: an SQLite file in a temporary
// folder, or a fresh database on the throwaway PostgreSQL server that
// scripts/pg-test-server.sh starts (VINHDANH_TEST_PG_URL). Without that
// variable the PostgreSQL variants are skipped with a warning.
#pragma once

#include "database.h"
#include "testsupport.h"

#include <QString>

#include <memory>

namespace vd::test {

enum class Backend { Sqlite, Postgres };

// "SQLite" or "PostgreSQL", for test output.
const char *backendName(Backend backend);

// The test server's URL (VINHDANH_TEST_PG_URL), empty when none runs.
QString pgTestUrl();

// A fresh, empty database location for one test. For PostgreSQL a new
// database vd_t_<pid>_<n> is created on the test server and dropped (even if
// connections are left) when the object goes; declare it before any Database
// opened on it.
class FreshLocation
{
public:
    explicit FreshLocation(Backend backend);
    ~FreshLocation();
    FreshLocation(const FreshLocation &) = delete;
    FreshLocation &operator=(const FreshLocation &) = delete;

    // False for PostgreSQL when no test server runs: the caller skips.
    bool available() const { return !m_location.isEmpty(); }
    QString location() const { return m_location; }
    // The server database's name (PostgreSQL only).
    QString databaseName() const { return m_databaseName; }
    // A URL of the same server and database for another login role.
    QString locationAs(const QString &user) const;

private:
    Backend m_backend;
    std::unique_ptr<TempDir> m_dir;
    QString m_location;
    QString m_databaseName;
};

// The whole-suite mode: when VINHDANH_TEST_BACKEND=postgresql and a test
// server runs, openDatabase(path) opens a PostgreSQL database that stands for
// that path (created on first use, the same one for the same path) instead of
// the SQLite file. Returns the location to open: the URL, or `path` itself.
QString backendLocationFor(const QString &path);

// Runs SQL on the test server's own database as the test role (for test
// setup only: CREATE DATABASE, CREATE ROLE, GRANT). Fails the test on error.
void pgAdminExec(const QString &sql);

// A PostgreSQL variant that cannot run is reported, never passed silently:
// noteBackendSkipped() counts it, and the test executable then exits 77 when
// nothing failed (testmain.cpp), which ctest shows as "Skipped"
// (SKIP_RETURN_CODE 77, tests/CMakeLists.txt). When scripts/test.sh started the
// test server it sets VINHDANH_TEST_PG_REQUIRED=1: a skip is then a failure.
void noteBackendSkipped();
int skippedBackendVariants();
bool backendRequired();

// Skips the rest of a test section for a back-end that is not available.
#define VD_REQUIRE_BACKEND(location)                                                                                   \
    do {                                                                                                               \
        if (!(location).available()) {                                                                                 \
            if (vd::test::backendRequired())                                                                           \
                FAIL("PostgreSQL variant cannot run although the test server was started "                             \
                     "(VINHDANH_TEST_PG_REQUIRED=1, VINHDANH_TEST_PG_URL not usable)");                                \
            vd::test::noteBackendSkipped();                                                                            \
            WARN("PostgreSQL variant skipped: VINHDANH_TEST_PG_URL is not set "                                        \
                 "(scripts/pg-test-server.sh start)");                                                                 \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

} // namespace vd::test
