#include "backends.h"

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace vd::test {

namespace {

QAtomicInt g_counter;

QUrl withDatabase(const QString &database, const QString &user = {})
{
    QUrl url(pgTestUrl());
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url;
}

} // namespace

const char *backendName(Backend backend) { return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL"; }

QString pgTestUrl() { return qEnvironmentVariable("VINHDANH_TEST_PG_URL"); }

namespace {
int g_skippedBackendVariants = 0;
} // namespace

void noteBackendSkipped() { ++g_skippedBackendVariants; }
int skippedBackendVariants() { return g_skippedBackendVariants; }
bool backendRequired() { return qEnvironmentVariableIntValue("VINHDANH_TEST_PG_REQUIRED") != 0; }

void pgAdminExec(const QString &sql)
{
    const QUrl url(pgTestUrl());
    REQUIRE(url.isValid());
    const QString name = QStringLiteral("vd-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(url.host());
        conn.setPort(url.port(5432));
        conn.setUserName(url.userName());
        conn.setDatabaseName(url.path().mid(1));
        const bool opened = conn.open();
        INFO(conn.lastError().text().toStdString());
        REQUIRE(opened);
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        const bool ran = q.exec(sql);
        INFO(sql.toStdString() + ": " + q.lastError().text().toStdString());
        CHECK(ran);
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

FreshLocation::FreshLocation(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_dir = std::make_unique<TempDir>();
        m_location = m_dir->file(QStringLiteral("test.sqlite"));
        return;
    }
    if (pgTestUrl().isEmpty())
        return;
    m_databaseName = QStringLiteral("vd_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_counter);
    pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
    pgAdminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(m_databaseName));
    m_location = withDatabase(m_databaseName).toString();
}

FreshLocation::~FreshLocation()
{
    if (m_backend == Backend::Postgres && !m_databaseName.isEmpty())
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
}

namespace {

QMutex g_mappedMutex;
QHash<QString, QString> g_mapped; // path -> database name (whole-suite mode)

// Drops the whole-suite mode's databases when the test run ends.
struct DropMappedDatabases : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats &) override
    {
        QMutexLocker lock(&g_mappedMutex);
        for (const QString &name : std::as_const(g_mapped))
            pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        g_mapped.clear();
    }
};
CATCH_REGISTER_LISTENER(DropMappedDatabases)

} // namespace

QString backendLocationFor(const QString &path)
{
    if (qEnvironmentVariable("VINHDANH_TEST_BACKEND") != QLatin1String("postgresql") || pgTestUrl().isEmpty())
        return path;
    QMutexLocker lock(&g_mappedMutex);
    QString name = g_mapped.value(path);
    if (name.isEmpty()) {
        name = QStringLiteral("vd_s_%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_counter);
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        pgAdminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(name));
        g_mapped.insert(path, name);
    }
    return withDatabase(name).toString();
}

QString FreshLocation::locationAs(const QString &user) const { return withDatabase(m_databaseName, user).toString(); }

} // namespace vd::test
