// The PostgreSQL side of Database: connecting through Qt's QPSQL driver,
// recognising a VinhDanh database (the vinhdanh_meta table), and creating or
// migrating its schema under an advisory lock so that two clients opening a
// new database at once do not both create it.
#include "database.h"

#include "schema.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Database)
};

} // namespace

namespace {

struct ServerAddress
{
    QString host;
    int port = -1;
    QString user;
    QString database;
    QStringList options; // libpq key=value pairs from the query
    QString display; // the URL without any password
};

Result<ServerAddress> parseServerUrl(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error::usage(Tr::tr("Địa chỉ máy chủ không hợp lệ: %1 (dạng đúng: "
                                   "postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).")
                                .arg(location));
    }
    if (!url.password().isEmpty()) {
        return Error::usage(Tr::tr("Không ghi mật khẩu trong địa chỉ máy chủ. Hãy để mật khẩu trong tệp "
                                   "~/.pgpass (hoặc tệp do biến PGPASSFILE chỉ định)."));
    }
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/'))) {
        return Error::usage(Tr::tr("Địa chỉ máy chủ %1 thiếu tên cơ sở dữ liệu "
                                   "(postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).")
                                .arg(location));
    }
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString key = item.first;
        bool plain = !key.isEmpty();
        for (QChar c : key)
            plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_'));
        if (!plain || key == QLatin1String("password") || item.second.contains(QLatin1Char(';'))
            || item.second.contains(QLatin1Char(' '))) {
            return Error::usage(Tr::tr("Tham số “%1” trong địa chỉ máy chủ không dùng được.").arg(key));
        }
        a.options << key + QLatin1Char('=') + item.second;
    }
    QUrl shown = url;
    shown.setPassword(QString());
    a.display = shown.toString();
    return a;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &url, const OpenOptions &options)
{
    auto address = parseServerUrl(url);
    if (!address)
        return address.error();

    std::unique_ptr<Database> db(new Database);
    db->m_location = address->display;
    db->m_options = options;
    db->m_sql = &SqlDialect::of(Dialect::Postgres);
    db->m_connectionName = QStringLiteral("vinhdanh-") + QUuid::createUuid().toString(QUuid::Id128);

    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!conn.isValid()) {
        return Error::storage(Tr::tr("Thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql), "
                                     "không kết nối được %1.")
                                  .arg(address->display));
    }
    if (!address->host.isEmpty())
        conn.setHostName(address->host);
    if (address->port > 0)
        conn.setPort(address->port);
    if (!address->user.isEmpty())
        conn.setUserName(address->user);
    conn.setDatabaseName(address->database);
    if (!options.password.isEmpty())
        conn.setPassword(options.password); // in memory only
    QStringList connectOptions = { QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=VinhDanh") };
    connectOptions << address->options;
    conn.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!conn.open()) {
        const QString reason = conn.lastError().databaseText().trimmed().isEmpty()
                                   ? conn.lastError().text()
                                   : conn.lastError().databaseText().trimmed();
        return Error::storage(Tr::tr("Không kết nối được máy chủ PostgreSQL %1.").arg(address->display),
                              { reason, Tr::tr("Kiểm tra máy chủ đang chạy, địa chỉ và cổng, tên người dùng, và mật "
                                               "khẩu trong tệp ~/.pgpass (hoặc PGPASSFILE).") });
    }

    if (auto st = db->preparePostgres(); !st)
        return st.error();
    return db;
}

Status Database::preparePostgres()
{
    // Vietnamese text needs a UTF-8 database.
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SHOW server_encoding")) || !q.next())
            return queryError(q.lastError(), Tr::tr("đọc bảng mã của cơ sở dữ liệu"));
        const QString encoding = q.value(0).toString();
        if (encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) != 0) {
            return Error::storage(Tr::tr("Cơ sở dữ liệu %1 dùng bảng mã %2; VinhDanh cần UTF8 "
                                         "(tạo lại bằng: createdb -E UTF8 -T template0 ...).")
                                      .arg(m_location, encoding));
        }
    }
    {
        QSqlQuery q(connection());
        // The login: SET ROLE does not change it, and the server's audit
        // triggers (pg-setup-roles.sql) record the same name.
        if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
            return queryError(q.lastError(), Tr::tr("đọc tên người dùng"));
        m_userName = q.value(0).toString();
    }
    if (auto st = execDirect(QStringLiteral("SET lock_timeout = %1").arg(qMax(0, m_options.busyTimeoutMs)),
                             Tr::tr("cấu hình kết nối"));
        !st)
        return st;

    // One client at a time checks, creates or migrates the schema.
    if (auto st = execDirect(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(applicationId),
                             Tr::tr("chờ lượt kiểm tra lược đồ"));
        !st)
        return st;
    Status st = preparePostgresLocked();
    auto unlocked
        = execDirect(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(applicationId), Tr::tr("mở khóa lược đồ"));
    if (!st)
        return st;
    return unlocked;
}

Status Database::preparePostgresLocked()
{
    int version = schemaVersion();
    if (version < 0)
        return Error::storage(Tr::tr("Không đọc được phiên bản lược đồ của %1.").arg(m_location));
    if (version == 0) {
        // No vinhdanh_meta: only an empty database may become VinhDanh's.
        auto q = run(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c "
                                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
                     {}, Tr::tr("đọc cấu trúc cơ sở dữ liệu"));
        if (!q)
            return q.error();
        const int tables = q->next() ? q->value(0).toInt() : 0;
        if (tables > 0) {
            return Error::storage(Tr::tr("Cơ sở dữ liệu %1 đã có %2 bảng nhưng không phải của VinhDanh "
                                         "(thiếu bảng %3). Hãy dùng một cơ sở dữ liệu trống.")
                                      .arg(m_location)
                                      .arg(tables)
                                      .arg(QLatin1String(kMetaTable)));
        }
        if (!m_options.createIfMissing) {
            return Error::storage(Tr::tr("Cơ sở dữ liệu %1 còn trống, chưa có dữ liệu VinhDanh.").arg(m_location));
        }
    } else {
        auto marker = run(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(QLatin1String(kMetaTable)),
                          { QStringLiteral("application") }, Tr::tr("đọc cấu trúc cơ sở dữ liệu"));
        if (!marker)
            return marker.error();
        if (!marker->next() || marker->value(0).toString() != QLatin1String(kApplicationMarker)) {
            return Error::storage(Tr::tr("Cơ sở dữ liệu %1 có bảng %2 nhưng không phải của VinhDanh.")
                                      .arg(m_location, QLatin1String(kMetaTable)));
        }
        if (version > currentSchemaVersion()) {
            return Error::storage(
                Tr::tr("Cơ sở dữ liệu %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). "
                       "Hãy cập nhật chương trình.")
                    .arg(m_location)
                    .arg(version)
                    .arg(currentSchemaVersion()));
        }
    }
    if (version < currentSchemaVersion()) {
        if (version > 0 && !m_options.migrate) {
            return Error::storage(
                Tr::tr("Cơ sở dữ liệu %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.").arg(m_location).arg(version));
        }
        // Each step runs in one transaction with its version row; PostgreSQL
        // DDL is transactional, so a failed step leaves the previous version.
        if (auto st = migrate(version); !st)
            return st;
    }
    return seedIfEmpty();
}

} // namespace vd
