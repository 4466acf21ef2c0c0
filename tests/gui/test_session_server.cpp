// A PostgreSQL login whose password was typed in "Kết nối máy chủ" (no
// ~/.pgpass, no PGPASSFILE): the background loads of a large campaign open a
// second connection, which must carry the same password (docs/multi-user.md).
#include "backends.h"
#include "session.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

// The test server's password for its login, from its pgpass file
// ("host:port:*:user:password").
QString testServerPassword()
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    const QString password = line.section(QLatin1Char(':'), 4);
    REQUIRE_FALSE(password.isEmpty());
    return password;
}

// Hides the password file from libpq for this process while it lives.
class NoPasswordFile
{
public:
    NoPasswordFile() : m_saved(qgetenv("PGPASSFILE"))
    {
        qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/vinhdanh-no-pgpass"));
    }
    ~NoPasswordFile() { qputenv("PGPASSFILE", m_saved); }

private:
    QByteArray m_saved;
};

} // namespace

TEST_CASE("PostgreSQL with a typed password: the background reload connects too", "[gui][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    {
        auto owner = Database::open(where.location());
        REQUIRE(owner.ok());
        insertNominee(**owner, eligibleNominee(**owner, QStringLiteral("MN"), QStringLiteral("Lê Thị Nền")));
    }
    const QString password = testServerPassword();
    NoPasswordFile hidden;
    // Without the password nothing connects now...
    REQUIRE_FALSE(Database::open(where.location()).ok());

    // ... with it, typed as in the dialog, the first connection does ...
    OpenOptions options;
    options.password = password;
    auto db = Database::open(where.location(), options);
    REQUIRE(db.ok());
    // ... and so does every other one, in any thread.
    auto another = (*db)->openAnother();
    REQUIRE(another.ok());
    another->reset();

    gui::Session session(std::move(db.value()));
    QSignalSpy reloaded(&session, &gui::Session::reloaded);
    QSignalSpy failed(&session, &gui::Session::loadFailed);
    session.reloadInBackground();
    REQUIRE(QTest::qWaitFor([&] { return !reloaded.isEmpty() || !failed.isEmpty(); }, 30000));
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    CHECK(failed.isEmpty());
    REQUIRE(reloaded.count() == 1);
    REQUIRE(session.nominees().size() == 1);
    CHECK(session.nominees().first().fullName == QStringLiteral("Lê Thị Nền"));
}
