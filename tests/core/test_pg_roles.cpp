// The staff roles of scripts/pg-setup-roles.sql, enforced by PostgreSQL:
// data entry may add and edit dossiers but not approve; approvers approve;
// only admins edit the campaign. The audit log names the database user.
// The second case attacks the server the way a user with psql would, as each
// role, and checks that the rules hold in the database (docs/multi-user.md).
#include "approvalservice.h"
#include "auditlog.h"
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace vd;
using namespace vd::test;

namespace {

// Login roles of this test run, dropped at the end.
class StaffLogins
{
public:
    StaffLogins()
    {
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        entry = QStringLiteral("vd_entry_") + suffix;
        approver = QStringLiteral("vd_approver_") + suffix;
        admin = QStringLiteral("vd_admin_") + suffix;
        drop();
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vinhdanh_entry").arg(entry));
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vinhdanh_approver").arg(approver));
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vinhdanh_admin").arg(admin));
    }
    ~StaffLogins() { drop(); }
    void drop()
    {
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(entry));
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(approver));
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(admin));
    }
    QString entry;
    QString approver;
    QString admin;
};

void runRolesScript(const QString &url)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    REQUIRE_FALSE(psql.isEmpty());
    // The group roles are the whole server's: test processes running at once
    // (ctest -j) take turns granting them.
    QLockFile lock(QDir::temp().filePath(QStringLiteral("vinhdanh-pg-roles.lock")));
    REQUIRE(lock.lock());
    QProcess p;
    p.start(psql, { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-d"), url, QStringLiteral("-f"),
                    QStringLiteral(VINHDANH_SOURCE_DIR "/scripts/pg-setup-roles.sql") });
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

std::unique_ptr<Database> openAs(const FreshLocation &where, const QString &user)
{
    auto db = Database::open(where.locationAs(user));
    INFO((db ? QString() : db.error().message + QLatin1Char(' ') + db.error().details.join(QLatin1Char(' ')))
             .toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

// What psql said when a login ran `sql` against the test database.
struct PsqlRun
{
    bool ok = false;
    QString output;
    QString errors;
};

PsqlRun psqlAs(const FreshLocation &where, const QString &user, const QString &sql)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    REQUIRE_FALSE(psql.isEmpty());
    QProcess p;
    p.start(psql, { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                    where.locationAs(user), QStringLiteral("-c"), sql });
    REQUIRE(p.waitForFinished(60000));
    PsqlRun r;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.errors = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

// The same through Qt's QPSQL driver: a new session for each statement (as a
// fresh psql would be), without starting a process each time. One statement
// only: QPSQL reports the first result of a multi-statement string.
PsqlRun qtSqlAs(const FreshLocation &where, const QString &user, const QString &sql)
{
    const QUrl url(where.locationAs(user));
    const QString name = QStringLiteral("vd-test-role-") + QUuid::createUuid().toString(QUuid::Id128);
    PsqlRun r;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(url.host());
        conn.setPort(url.port(5432));
        conn.setUserName(url.userName());
        conn.setDatabaseName(url.path().mid(1));
        REQUIRE(conn.open());
        QSqlQuery q(conn);
        r.ok = q.exec(sql);
        r.errors = q.lastError().databaseText().trimmed();
        if (r.ok && q.isSelect() && q.next())
            r.output = q.value(0).toString();
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

enum class Client { QtSql, Psql };

// Asserts that the server refused `sql` from `user`; returns what it said.
QString refused(const FreshLocation &where, const QString &user, const QString &sql, Client client = Client::QtSql)
{
    const PsqlRun r = client == Client::Psql ? psqlAs(where, user, sql) : qtSqlAs(where, user, sql);
    INFO(user.toStdString() + ": " + sql.toStdString() + " -> " + r.output.toStdString() + " "
         + r.errors.toStdString());
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.errors.isEmpty());
    return r.errors;
}

QString allowed(const FreshLocation &where, const QString &user, const QString &sql, Client client = Client::QtSql)
{
    const PsqlRun r = client == Client::Psql ? psqlAs(where, user, sql) : qtSqlAs(where, user, sql);
    INFO(user.toStdString() + ": " + sql.toStdString() + " -> " + r.errors.toStdString());
    CHECK(r.ok);
    return r.output;
}

// One value read by the owner.
QString ownerValue(Database &owner, const QString &sql)
{
    auto q = owner.run(sql, {}, QStringLiteral("đọc"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toString();
}

} // namespace

TEST_CASE("PostgreSQL roles - data entry cannot approve, approvers can, only admins edit the campaign",
          "[storage][roles][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    qint64 pending = 0;
    {
        auto owner = Database::open(where.location());
        REQUIRE(owner.ok());
        pending
            = insertNominee(**owner, eligibleNominee(**owner, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa"))).id;
    }
    runRolesScript(where.location());
    runRolesScript(where.location()); // idempotent
    StaffLogins logins;

    {
        auto entry = openAs(where, logins.entry);
        CHECK(entry->userName() == logins.entry);
        // Data entry adds and edits dossiers and units.
        Nominee added
            = insertNominee(*entry, eligibleNominee(*entry, QStringLiteral("TH"), QStringLiteral("Trần Văn Bình"),
                                                    QStringLiteral("Trường Tiểu học An Hồng")));
        added.notes = QStringLiteral("bổ sung bản sao quyết định");
        Status edited = NomineeStore(*entry).update(added);
        INFO((edited.ok() ? QString()
                          : edited.error().message + QLatin1Char(' ') + edited.error().details.join(QLatin1Char(' ')))
                 .toStdString());
        REQUIRE(edited.ok());

        // ... but approving is refused by the server, with a clear message.
        auto approve = NomineeStore(*entry).setApproved({ pending }, true);
        REQUIRE_FALSE(approve.ok());
        CHECK(approve.error().kind == ErrorKind::Storage);
        CHECK(approve.error().message.contains(QStringLiteral("không có quyền")));
        CHECK(approve.error().message.contains(logins.entry));
        CHECK_FALSE(NomineeStore(*entry).load(pending)->approved);

        // Inserting an approved dossier is approving too.
        Nominee sneaky = eligibleNominee(*entry, QStringLiteral("MN"), QStringLiteral("Hồ sơ đã duyệt sẵn"));
        sneaky.id = 900;
        sneaky.unitId = added.unitId;
        sneaky.approved = true;
        sneaky.approvedAt = QDateTime::currentDateTimeUtc();
        auto restored = NomineeStore(*entry).restore(sneaky);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().message.contains(QStringLiteral("không có quyền")));

        // The campaign (quotas) belongs to the admins.
        Campaign c = *CampaignStore(*entry).loadActive();
        c.blocs[0].quota = 99;
        CHECK_FALSE(CampaignStore(*entry).update(c).ok());
        CHECK(CampaignStore(*entry).loadActive()->blocs[0].quota == 18);

        // The audit log is append-only and names the database user.
        auto log = AuditLog(*entry).entries(1);
        REQUIRE(log.ok());
        CHECK(log->first().user == logins.entry);
        CHECK_FALSE(entry->run(QStringLiteral("DELETE FROM audit_log"), {}, QStringLiteral("xóa nhật ký")).ok());
        REQUIRE(entry
                    ->transaction([&]() -> Status {
                        auto r
                            = entry->run(QStringLiteral("INSERT INTO audit_log (at, os_user, action) VALUES (?, ?, ?)"),
                                         { QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("someone_else"),
                                           QStringLiteral("test.forged") },
                                         QStringLiteral("ghi nhật ký"));
                        return r ? Status() : Status(r.error());
                    })
                    .ok());
        CHECK(AuditLog(*entry).entries(1)->first().user == logins.entry);
    }
    {
        auto approver = openAs(where, logins.approver);
        Status st = approver->transaction([&]() -> Status {
            if (auto s = approver->lockForApproval(CampaignStore(*approver).loadActive()->id); !s)
                return s;
            return NomineeStore(*approver).setApproved({ pending }, true);
        });
        INFO((st.ok() ? QString() : st.error().message).toStdString());
        REQUIRE(st.ok());
        CHECK(NomineeStore(*approver).load(pending)->approved);
        CHECK(AuditLog(*approver).entries(1)->first().user == logins.approver);
        CHECK(AuditLog(*approver).entries(1)->first().action == QStringLiteral("approve"));
        Campaign c = *CampaignStore(*approver).loadActive();
        c.name = QStringLiteral("đổi tên");
        CHECK_FALSE(CampaignStore(*approver).update(c).ok());
    }
}

TEST_CASE("PostgreSQL roles - the server itself enforces approval, quotas and the append-only audit log",
          "[storage][roles][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    auto ownerDb = Database::open(where.location());
    REQUIRE(ownerDb.ok());
    Database &owner = **ownerDb;
    // Mầm non full (18 of 18 approved) and one more waiting; in Tiểu học one
    // eligible and one not a union member.
    QList<qint64> mn;
    for (int i = 1; i <= 18; ++i)
        mn << insertNominee(owner,
                            eligibleNominee(owner, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Mầm %1").arg(i)))
                  .id;
    const qint64 extra
        = insertNominee(owner, eligibleNominee(owner, QStringLiteral("MN"), QStringLiteral("Phạm Thị Dư"))).id;
    const QString th = QStringLiteral("Trường Tiểu học An Hồng");
    const qint64 thPending
        = insertNominee(owner, eligibleNominee(owner, QStringLiteral("TH"), QStringLiteral("Trần Văn Bình"), th)).id;
    Nominee notMember = eligibleNominee(owner, QStringLiteral("TH"), QStringLiteral("Đỗ Văn Khánh"), th);
    notMember.unionMember = false;
    const qint64 thNotMember = insertNominee(owner, notMember).id;
    REQUIRE(ApprovalService(owner).approve(mn, QDate(2024, 7, 10)).ok());
    const QString thBloc
        = ownerValue(owner, QStringLiteral("SELECT bloc_id FROM nominee WHERE id = %1").arg(thPending));
    const QString approvedCount = QStringLiteral("SELECT count(*) FROM nominee WHERE approved <> 0");
    REQUIRE(ownerValue(owner, approvedCount) == QStringLiteral("18"));

    runRolesScript(where.location());
    StaffLogins logins;
    const QString first = QString::number(mn.first());
    const auto auditRows = [&](const QString &user, const QString &action, const QString &entityId) {
        return ownerValue(owner, QStringLiteral("SELECT count(*) FROM audit_log WHERE os_user = '%1' "
                                                "AND action = '%2' AND entity_id = %3")
                                     .arg(user, action, entityId))
            .toInt();
    };

    // One database for every step below (a fresh server database and the roles
    // script cost more than the attacks). Each attack is its own session;
    // some go through psql itself, the rest through QtSql's QPSQL.
    {
        INFO("data entry cannot change, delete or approve an approved dossier");
        const QString e = logins.entry;
        CHECK(refused(where, e, QStringLiteral("UPDATE nominee SET full_name = 'Tên khác' WHERE id = ") + first,
                      Client::Psql)
                  .contains(QStringLiteral("đã duyệt")));
        CHECK(refused(where, e, QStringLiteral("UPDATE nominee SET citizen_id = '001085000999' WHERE id = ") + first)
                  .contains(QStringLiteral("citizen_id")));
        refused(where, e, QStringLiteral("UPDATE nominee SET bloc_id = %1 WHERE id = %2").arg(thBloc, first));
        refused(where, e, QStringLiteral("UPDATE nominee SET notes = 'x' WHERE approved <> 0"));
        CHECK(refused(where, e, QStringLiteral("DELETE FROM nominee WHERE id = ") + first, Client::Psql)
                  .contains(QStringLiteral("không được xóa hồ sơ đã duyệt")));
        CHECK(refused(where, e, QStringLiteral("UPDATE nominee SET approved = 1 WHERE id = %1").arg(extra))
                  .contains(QStringLiteral("permission denied")));
        CHECK(refused(where, e, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1]::bigint[], true)").arg(extra))
                  .contains(QStringLiteral("permission denied for function")));
        // Unchanged, and still 18.
        CHECK(ownerValue(owner, QStringLiteral("SELECT full_name FROM nominee WHERE id = ") + first)
              == QStringLiteral("Nguyễn Thị Mầm 1"));
        CHECK(ownerValue(owner, QStringLiteral("SELECT bloc_id FROM nominee WHERE id = ") + first) != thBloc);
        CHECK(ownerValue(owner, QStringLiteral("SELECT count(*) FROM nominee")) == QStringLiteral("21"));
        CHECK(ownerValue(owner, approvedCount) == QStringLiteral("18"));

        // A change it may make, sent with psql, is logged under its login.
        allowed(where, e, QStringLiteral("UPDATE nominee SET notes = 'gọi điện bổ sung' WHERE id = %1").arg(thPending));
        CHECK(auditRows(e, QStringLiteral("db.update"), QString::number(thPending)) == 1);
        CHECK(ownerValue(owner, QStringLiteral("SELECT details FROM audit_log WHERE action = 'db.update' "
                                               "AND entity = 'nominee' AND entity_id = %1")
                                    .arg(thPending))
              == QStringLiteral("notes"));
        // ... even when it hides a look-alike audit_log in front of the real one.
        allowed(where, e,
                QStringLiteral("SET search_path = pg_temp, public; "
                               "CREATE TEMP TABLE audit_log (LIKE public.audit_log); "
                               "UPDATE nominee SET notes = 'lần hai' WHERE id = %1")
                    .arg(thPending),
                Client::Psql);
        CHECK(auditRows(e, QStringLiteral("db.update"), QString::number(thPending)) == 2);
    }

    {
        INFO("approvers approve only through the function, within the quota and the rules");
        const QString a = logins.approver;
        // Direct writes: refused, past the quota or not.
        refused(where, a, QStringLiteral("UPDATE nominee SET approved = 1 WHERE id = %1").arg(extra), Client::Psql);
        refused(where, a, QStringLiteral("UPDATE nominee SET approved = 1 WHERE approved = 0"));
        refused(where, a, QStringLiteral("UPDATE nominee SET approved_at = '2024-01-01' WHERE id = ") + first);
        CHECK(refused(where, a, QStringLiteral("UPDATE nominee SET bloc_id = %1 WHERE id = %2").arg(thBloc, first))
                  .contains(QStringLiteral("bỏ duyệt trước")));
        refused(where, a,
                QStringLiteral("INSERT INTO nominee (campaign_id, full_name, name_key, unit_id, bloc_id, approved, "
                               "created_at, updated_at) SELECT campaign_id, 'Chen ngang', 'chen ngang', unit_id, "
                               "bloc_id, 1, created_at, updated_at FROM nominee WHERE id = %1")
                    .arg(extra));
        // The function: past the quota, and a nominee the row shows ineligible.
        CHECK(refused(where, a, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1]::bigint[], true)").arg(extra))
                  .contains(QStringLiteral("chỉ tiêu 18, đã duyệt 18, đề nghị thêm 1")));
        CHECK(refused(where, a,
                      QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1, %2]::bigint[], true)")
                          .arg(thPending)
                          .arg(thNotMember))
                  .contains(QStringLiteral("NOT_UNION_MEMBER")));
        CHECK(refused(where, a, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[987654]::bigint[], true)"))
                  .contains(QStringLiteral("987654")));
        CHECK(ownerValue(owner, approvedCount) == QStringLiteral("18")); // all or nothing

        // Through psql it works when the rules allow it, and is logged once.
        CHECK(allowed(where, a, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1]::bigint[], false)").arg(first),
                      Client::Psql)
              == QStringLiteral("1"));
        CHECK(auditRows(a, QStringLiteral("unapprove"), first) == 1);
        CHECK(auditRows(a, QStringLiteral("db.update"), first) == 0);
        // The program's approval uses the same function.
        auto approverDb = openAs(where, a);
        REQUIRE(ApprovalService(*approverDb).approve({ extra, thPending }, QDate(2024, 7, 10)).ok());
        CHECK(auditRows(a, QStringLiteral("approve"), QString::number(extra)) == 1);
        CHECK(auditRows(a, QStringLiteral("approve"), QString::number(thPending)) == 1);
        CHECK(auditRows(a, QStringLiteral("db.update"), QString::number(extra)) == 0);
        CHECK(ownerValue(owner, approvedCount) == QStringLiteral("19"));
        // An approver may still correct an approved dossier (logged).
        allowed(where, a, QStringLiteral("UPDATE nominee SET notes = 'đã đối chiếu' WHERE id = %1").arg(extra));
        CHECK(auditRows(a, QStringLiteral("db.update"), QString::number(extra)) == 1);
    }

    {
        INFO("the audit log is append-only for every role and names the login");
        for (const QString &user : { logins.entry, logins.approver, logins.admin }) {
            refused(where, user, QStringLiteral("UPDATE audit_log SET os_user = 'someone_else'"));
            refused(where, user, QStringLiteral("DELETE FROM audit_log"));
            refused(where, user, QStringLiteral("TRUNCATE audit_log"));
            refused(where, user, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"));
            refused(where, user, QStringLiteral("ALTER TABLE nominee DISABLE TRIGGER vinhdanh_guard_approval"));
            refused(where, user, QStringLiteral("SET session_replication_role = replica"));
            refused(where, user, QStringLiteral("DROP TRIGGER vinhdanh_audit_user ON audit_log"));
            refused(where, user,
                    QStringLiteral("CREATE FUNCTION pg_temp.rewrite() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$BEGIN NEW.os_user := 'someone_else'; RETURN NEW; END$$; "
                                   "CREATE TRIGGER zz_rewrite BEFORE INSERT ON audit_log FOR EACH ROW "
                                   "EXECUTE FUNCTION pg_temp.rewrite()"),
                    Client::Psql); // several statements: psql reports each one's error
            // A forged user and date, also after SET ROLE to the group role.
            allowed(where, user,
                    QStringLiteral("SET ROLE vinhdanh_entry; INSERT INTO audit_log (at, os_user, action) "
                                   "VALUES ('2000-01-01T00:00:00.000Z', 'someone_else', 'test.forged')"),
                    Client::Psql);
        }
        CHECK(ownerValue(owner, QStringLiteral("SELECT count(*) FROM audit_log WHERE os_user = 'someone_else' "
                                               "OR at LIKE '2000-%'"))
              == QStringLiteral("0"));
        CHECK(ownerValue(owner, QStringLiteral("SELECT string_agg(os_user, ',' ORDER BY id) FROM audit_log "
                                               "WHERE action = 'test.forged'"))
              == QStringList { logins.entry, logins.approver, logins.admin }.join(QLatin1Char(',')));
        CHECK(ownerValue(owner, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() >= 18 + 3);
    }

    {
        INFO("admins: past the quota refused, quota changes logged");
        // Mầm non is full again (the approver took one back and approved another).
        const QString m = logins.admin;
        refused(where, m, QStringLiteral("UPDATE nominee SET approved = 1 WHERE id = ") + first);
        CHECK(refused(where, m, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1]::bigint[], true)").arg(first))
                  .contains(QStringLiteral("chỉ tiêu 18, đã duyệt 18")));
        refused(where, m, QStringLiteral("TRUNCATE nominee CASCADE"));
        CHECK(ownerValue(owner, approvedCount) == QStringLiteral("19"));
        allowed(where, m, QStringLiteral("UPDATE bloc SET quota = 19 WHERE code = 'MN'"));
        CHECK(ownerValue(owner, QStringLiteral("SELECT os_user || ' ' || details FROM audit_log "
                                               "WHERE action = 'db.update' AND entity = 'bloc'"))
              == m + QStringLiteral(" quota"));
        CHECK(allowed(where, m, QStringLiteral("SELECT vinhdanh_set_approved(ARRAY[%1]::bigint[], true)").arg(first))
              == QStringLiteral("1"));
        CHECK(auditRows(m, QStringLiteral("approve"), first) == 1);
        CHECK(ownerValue(owner, approvedCount) == QStringLiteral("20"));
    }
}
