// Changing an approved nominee (docs/rules.md, "Changing an approved nominee"):
// a change that leaves an approved nominee not approvable is refused with the
// reason, or withdraws the approval in the same transaction (audit-logged)
// when the caller says the person confirmed it. Unit moves and merges, imports
// and the guard itself; the editor is in tests/gui/test_editor.cpp, the CLI
// import in tests/cli/test_cli_import.cpp.
#include "testsupport.h"

#include "approvalguard.h"
#include "approvalservice.h"
#include "auditlog.h"
#include "campaignstore.h"
#include "importer.h"
#include "importwriter.h"
#include "nomineestore.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db = openDatabase(dir.file(QStringLiteral("guard.sqlite")));
    Campaign campaign;
    Nominee approvedMn; // approved, alone in its unit "Trường Mầm non Hoa Sen"
    Nominee approvedTh; // approved, fills the quota of TH (set to 1 below)

    Fixture()
    {
        auto c = CampaignStore(*db).loadActive();
        REQUIRE(c.ok());
        campaign = *c;
        for (Bloc &b : campaign.blocs) {
            if (b.code == QLatin1String("TH"))
                b.quota = 1;
        }
        REQUIRE(CampaignStore(*db).update(campaign).ok());
        approvedMn = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Duyệt"),
                                                        QStringLiteral("Trường Mầm non Hoa Sen")));
        Nominee th = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Phạm Văn Tiểu"),
                                     QStringLiteral("Trường Tiểu học An Hồng"));
        th.birthDate = QDate(1979, 2, 3);
        approvedTh = insertNominee(*db, th);
        REQUIRE(ApprovalService(*db).approve({ approvedMn.id, approvedTh.id }, kToday).ok());
    }

    Nominee reload(qint64 id)
    {
        auto n = NomineeStore(*db).load(id);
        REQUIRE(n.ok());
        return *n;
    }
    qint64 unitOf(const Nominee &n) { return reload(n.id).unitId; }
    QStringList auditActions()
    {
        auto entries = AuditLog(*db).entries();
        REQUIRE(entries.ok());
        QStringList actions;
        for (const AuditEntry &e : *entries)
            actions.append(e.action);
        return actions;
    }
};

} // namespace

TEST_CASE("moving a unit with an approved nominee into a full bloc is refused, or withdraws it when confirmed",
          "[approval][guard]")
{
    Fixture f;
    const qint64 unit = f.unitOf(f.approvedMn);
    const qint64 th = f.campaign.blocByCode(QStringLiteral("TH"))->id;
    const qint64 mn = f.campaign.blocByCode(QStringLiteral("MN"))->id;

    Status refused = UnitStore(*f.db).moveToBloc(unit, th, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().code == QLatin1String(kApprovalBrokenCode));
    REQUIRE(refused.error().details.size() == 1);
    CHECK(refused.error().details.first().contains(QStringLiteral("Lê Thị Duyệt")));
    CHECK(refused.error().details.first().contains(QStringLiteral("vượt chỉ tiêu 1")));
    // Nothing changed: the unit, the bloc, the approval.
    CHECK(f.reload(f.approvedMn.id).blocId == mn);
    CHECK(f.reload(f.approvedMn.id).approved);

    REQUIRE(UnitStore(*f.db).moveToBloc(unit, th, kToday, BrokenApprovals::Withdraw).ok());
    const Nominee moved = f.reload(f.approvedMn.id);
    CHECK(moved.blocId == th);
    CHECK_FALSE(moved.approved);
    CHECK(f.reload(f.approvedTh.id).approved); // the one already there keeps its place
    CHECK(f.auditActions().contains(QStringLiteral("approval.withdraw")));
}

TEST_CASE("merging a unit moves its approved nominee into a full bloc: refused, or withdrawn when confirmed",
          "[approval][guard]")
{
    Fixture f;
    const qint64 from = f.unitOf(f.approvedMn);
    const qint64 into = f.unitOf(f.approvedTh);

    Status refused = UnitStore(*f.db).merge(from, into, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kApprovalBrokenCode));
    CHECK(f.unitOf(f.approvedMn) == from); // not merged

    REQUIRE(UnitStore(*f.db).merge(from, into, kToday, BrokenApprovals::Withdraw).ok());
    CHECK(f.unitOf(f.approvedMn) == into);
    CHECK_FALSE(f.reload(f.approvedMn.id).approved);
}

TEST_CASE("a unit move that keeps every approval within quota and eligible goes through", "[approval][guard]")
{
    Fixture f;
    // An unapproved nominee's unit moves freely; so does an approved one into a bloc with room.
    const Nominee other
        = insertNominee(*f.db, eligibleNominee(*f.db, QStringLiteral("MN"), QStringLiteral("Đỗ Thị Chờ"),
                                               QStringLiteral("Trường Mầm non Sao Mai")));
    const qint64 th = f.campaign.blocByCode(QStringLiteral("TH"))->id;
    REQUIRE(UnitStore(*f.db).moveToBloc(f.unitOf(other), th, kToday).ok());
    const qint64 mn = f.campaign.blocByCode(QStringLiteral("MN"))->id;
    REQUIRE(UnitStore(*f.db).moveToBloc(f.unitOf(f.approvedTh), mn, kToday).ok());
    CHECK(f.reload(f.approvedTh.id).approved);
    CHECK_FALSE(f.auditActions().contains(QStringLiteral("approval.withdraw")));
}

TEST_CASE("an edit that makes an approved nominee ineligible is caught by the guard in the same transaction",
          "[approval][guard]")
{
    Fixture f;
    Nominee n = f.reload(f.approvedMn.id);
    n.unionMember = false; // not a union member: not eligible any more
    Status refused = f.db->transaction([&]() -> Status {
        if (auto st = NomineeStore(*f.db).update(n); !st)
            return st;
        auto withdrawn
            = guardApprovals(*f.db, f.campaign.id, ApprovalChange { { n }, {} }, kToday, BrokenApprovals::Refuse);
        return withdrawn ? Status() : Status(withdrawn.error());
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kApprovalBrokenCode));
    CHECK(refused.error().details.join(QLatin1Char(' ')).contains(QStringLiteral("Không đủ điều kiện")));
    CHECK(f.reload(n.id).unionMember); // rolled back

    n = f.reload(f.approvedMn.id);
    n.unionMember = false;
    QList<qint64> withdrawn;
    REQUIRE(f.db->transaction([&]() -> Status {
                    if (auto st = NomineeStore(*f.db).update(n); !st)
                        return st;
                    auto w = guardApprovals(*f.db, f.campaign.id, ApprovalChange { { n }, {} }, kToday,
                                            BrokenApprovals::Withdraw);
                    if (!w)
                        return w.error();
                    withdrawn = *w;
                    return {};
                })
                .ok());
    CHECK(withdrawn == QList<qint64> { n.id });
    const Nominee after = f.reload(n.id);
    CHECK_FALSE(after.unionMember);
    CHECK_FALSE(after.approved);
    auto entries = AuditLog(*f.db).entries(1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().action == QStringLiteral("approval.withdraw"));
    CHECK(entries->first().entityId == n.id);
}

TEST_CASE("an import of a duplicate of an approved nominee is refused, or withdraws the approval when confirmed",
          "[approval][guard][import]")
{
    Fixture f;
    // The first row of import-excel-vi.csv is Nguyễn Thị Ánh, born 15/03/1985,
    // CCCD 031185001234: the same person as this approved nominee.
    Nominee anh = eligibleNominee(*f.db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"),
                                  QStringLiteral("Trường Mầm non Hoa Sen"));
    anh.birthDate = QDate(1985, 3, 15);
    anh.citizenId = QStringLiteral("031185001234");
    anh = insertNominee(*f.db, anh);
    REQUIRE(ApprovalService(*f.db).approve({ anh.id }, kToday).ok());

    const QString file = dataFile(QStringLiteral("import-excel-vi.csv"));
    auto table = readImportTable(file);
    REQUIRE(table.ok());
    auto import = validateImport(*table, f.campaign, kToday);
    REQUIRE(import.ok());
    ImportWriteOptions options;
    options.fileName = file;
    options.skipInvalid = true;
    options.today = kToday;
    auto count = NomineeStore(*f.db).count(f.campaign.id);
    REQUIRE(count.ok());

    auto refused = writeImport(*f.db, f.campaign, *import, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kApprovalBrokenCode));
    CHECK(refused.error().details.join(QLatin1Char(' ')).contains(QStringLiteral("Nguyễn Thị Ánh")));
    CHECK(*NomineeStore(*f.db).count(f.campaign.id) == *count); // nothing imported
    CHECK(f.reload(anh.id).approved);

    options.withdrawBrokenApprovals = true;
    auto written = writeImport(*f.db, f.campaign, *import, options);
    INFO((written ? QString() : written.error().message + written.error().details.join(QLatin1Char('\n')))
             .toStdString());
    REQUIRE(written.ok());
    CHECK(written->approvalsWithdrawn == QList<qint64> { anh.id });
    CHECK_FALSE(f.reload(anh.id).approved);
    CHECK(f.reload(f.approvedMn.id).approved); // not a duplicate of anything
    CHECK(f.reload(f.approvedTh.id).approved);
}
