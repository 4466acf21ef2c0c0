// The staff roles of scripts/pg-setup-roles.sql, enforced by PostgreSQL:
// data entry may add and edit dossiers but not approve; approvers approve;
// only admins edit the campaign. The audit log names the database user.
#include "auditlog.h"
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

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
        drop();
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vinhdanh_entry").arg(entry));
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vinhdanh_approver").arg(approver));
    }
    ~StaffLogins() { drop(); }
    void drop()
    {
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(entry));
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(approver));
    }
    QString entry;
    QString approver;
};

void runRolesScript(const QString &url)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    REQUIRE_FALSE(psql.isEmpty());
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
        pending = insertNominee(**owner, eligibleNominee(**owner, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa"))).id;
    }
    runRolesScript(where.location());
    runRolesScript(where.location()); // idempotent
    StaffLogins logins;

    {
        auto entry = openAs(where, logins.entry);
        CHECK(entry->userName() == logins.entry);
        // Data entry adds and edits dossiers and units.
        Nominee added = insertNominee(*entry, eligibleNominee(*entry, QStringLiteral("TH"), QStringLiteral("Trần Văn Bình"),
                                                              QStringLiteral("Trường Tiểu học An Hồng")));
        added.notes = QStringLiteral("bổ sung bản sao quyết định");
        REQUIRE(NomineeStore(*entry).update(added).ok());

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
        REQUIRE(entry->transaction([&]() -> Status {
                         auto r = entry->run(QStringLiteral("INSERT INTO audit_log (at, os_user, action) VALUES (?, ?, ?)"),
                                             { QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("someone_else"),
                                               QStringLiteral("test.forged") },
                                             QStringLiteral("ghi nhật ký"));
                         return r ? Status() : Status(r.error());
                     }).ok());
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
