#include "testsupport.h"

#include "approvalservice.h"
#include "auditlog.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "rules.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

// `count` eligible nominees of a bloc with distinct names and birth dates.
QList<qint64> insertEligible(Database &db, const QString &bloc, int count, int first = 1)
{
    QList<qint64> ids;
    for (int i = first; i < first + count; ++i) {
        Nominee n = eligibleNominee(db, bloc, QStringLiteral("Nguyễn Thị Mai %1").arg(i),
                                    QStringLiteral("Đơn vị %1 %2").arg(bloc).arg(i));
        n.birthDate = QDate(1980, 1, 1).addDays(i);
        ids.append(insertNominee(db, n).id);
    }
    return ids;
}

int approvedCount(Database &db, const QString &blocCode)
{
    auto campaign = CampaignStore(db).loadActive();
    REQUIRE(campaign.ok());
    auto nominees = NomineeStore(db).loadAll(campaign->id);
    REQUIRE(nominees.ok());
    const qint64 blocId = campaign->blocByCode(blocCode)->id;
    int count = 0;
    for (const Nominee &n : *nominees)
        count += (n.blocId == blocId && n.approved) ? 1 : 0;
    return count;
}

QString details(const Status &st) { return st.ok() ? QString() : st.error().details.join(QLatin1Char('\n')); }

} // namespace

TEST_CASE("approval stops at the bloc quota, all or nothing, naming the bloc and the numbers", "[approval]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("a.sqlite")));
    const QList<qint64> mn = insertEligible(*db, QStringLiteral("MN"), 20);
    ApprovalService service(*db);

    REQUIRE(service.approve(mn.mid(0, 16), kToday).ok());
    CHECK(approvedCount(*db, QStringLiteral("MN")) == 16);

    // 16 + 3 > 18: refused, nothing changes.
    Status st = service.approve(mn.mid(16, 3), kToday);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Validation);
    CHECK(details(st).toStdString() == "Khối Mầm non: chỉ tiêu 18, đã duyệt 16, đề nghị thêm 3");
    CHECK(approvedCount(*db, QStringLiteral("MN")) == 16);

    REQUIRE(service.approve(mn.mid(16, 2), kToday).ok());
    CHECK(approvedCount(*db, QStringLiteral("MN")) == 18);

    // The 19th is refused with the bloc named.
    st = service.approve({ mn.at(18) }, kToday);
    REQUIRE_FALSE(st.ok());
    CHECK(details(st).toStdString() == "Khối Mầm non: chỉ tiêu 18, đã duyệt 18, đề nghị thêm 1");

    // Approving an approved nominee again is fine and not counted twice.
    auto again = service.approveWithSummary({ mn.at(0), mn.at(1) }, kToday);
    REQUIRE(again.ok());
    CHECK(again->changed.isEmpty());
    CHECK(again->unchanged.size() == 2);
    CHECK(approvedCount(*db, QStringLiteral("MN")) == 18);

    // Unapprove frees a place.
    auto freed = service.unapproveWithSummary({ mn.at(0) });
    REQUIRE(freed.ok());
    CHECK(freed->changed == QList<qint64> { mn.at(0) });
    CHECK(freed->blocs.first().approved == 17);
    CHECK(freed->blocs.first().remaining() == 1);
    auto filled = service.approveWithSummary({ mn.at(18) }, kToday);
    REQUIRE(filled.ok());
    CHECK(filled->changed == QList<qint64> { mn.at(18) });
    CHECK(filled->blocs.first().approved == 18);
    CHECK(approvedCount(*db, QStringLiteral("MN")) == 18);

    // Other blocs have their own quotas.
    const QList<qint64> th = insertEligible(*db, QStringLiteral("TH"), 2, 100);
    REQUIRE(service.approve(th, kToday).ok());
    CHECK(approvedCount(*db, QStringLiteral("TH")) == 2);

    // Approvals and un-approvals are in the audit log.
    auto log = AuditLog(*db).entries();
    REQUIRE(log.ok());
    int approvals = 0, unapprovals = 0;
    for (const AuditEntry &e : *log) {
        approvals += e.action == QLatin1String("approve") ? 1 : 0;
        unapprovals += e.action == QLatin1String("unapprove") ? 1 : 0;
    }
    CHECK(approvals == 18 + 1 + 2);
    CHECK(unapprovals == 1);
}

TEST_CASE("approval refuses nominees that are not eligible and unknown ids", "[approval]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("a.sqlite")));
    const QList<qint64> ok = insertEligible(*db, QStringLiteral("DN"), 1);
    Nominee bad = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Văn Hùng"));
    bad.position = QStringLiteral("Phó hiệu trưởng");
    bad = insertNominee(*db, bad);
    Nominee review = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Đỗ Thị Hạnh"));
    review.birthDate = QDate(1990, 5, 5);
    review.copies = 1;
    review = insertNominee(*db, review);
    Nominee late = eligibleNominee(*db, QStringLiteral("XA"), QStringLiteral("Lê Văn Tâm"));
    late.birthDate = QDate(1991, 5, 5);
    late.receivedDate = QDate(2024, 7, 8);
    late = insertNominee(*db, late);

    ApprovalService service(*db);
    Status st = service.approve({ ok.first(), bad.id, review.id, late.id, 9999 }, kToday);
    REQUIRE_FALSE(st.ok());
    const QStringList lines = st.error().details;
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).contains(QStringLiteral("Trần Văn Hùng")));
    CHECK(lines.at(0).contains(QStringLiteral("Không đủ điều kiện")));
    // What is wrong in words, never a rule code (docs/rules.md).
    CHECK(lines.at(0).contains(QStringLiteral("chức vụ lãnh đạo")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("_")));
    CHECK(lines.at(1).contains(QStringLiteral("Đỗ Thị Hạnh")));
    CHECK(lines.at(1).contains(QStringLiteral("Cần xem xét")));
    CHECK(lines.at(1).contains(QStringLiteral("bộ")));
    CHECK(lines.at(1).contains(QStringLiteral("đã xem xét")));
    CHECK(lines.at(2).contains(QStringLiteral("Lê Văn Tâm")));
    CHECK(lines.at(2).contains(QStringLiteral("08/07/2024")));
    CHECK(lines.at(3).contains(QStringLiteral("9999")));
    // All or nothing: the eligible one was not approved either.
    CHECK(approvedCount(*db, QStringLiteral("DN")) == 0);

    REQUIRE(service.approve(ok, kToday).ok());
    CHECK(approvedCount(*db, QStringLiteral("DN")) == 1);

    st = service.unapprove({ ok.first(), 4242 });
    REQUIRE_FALSE(st.ok());
    CHECK(details(st).contains(QStringLiteral("4242")));
    CHECK(approvedCount(*db, QStringLiteral("DN")) == 1);
    REQUIRE(service.unapprove(ok).ok());
    CHECK(approvedCount(*db, QStringLiteral("DN")) == 0);
}

TEST_CASE("a deadline switched to inclusive in the campaign changes the verdict", "[approval][rules]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("a.sqlite")));
    Nominee n
        = eligibleNominee(*db, QStringLiteral("HCSN"), QStringLiteral("Phan Thị Yến"), QStringLiteral("Phòng Nội vụ"));
    n.receivedDate = QDate(2024, 7, 8);
    n = insertNominee(*db, n);
    ApprovalService service(*db);
    CHECK_FALSE(service.approve({ n.id }, kToday).ok());

    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    {
        auto all = NomineeStore(*db).loadAll(campaign->id);
        REQUIRE(all.ok());
        const CampaignCheck check = checkCampaign(*campaign, *all, kToday);
        CHECK(check.verdicts.first() == Verdict::Ineligible);
    }
    campaign->deadlineInclusive = true;
    REQUIRE(CampaignStore(*db).update(*campaign).ok());
    auto reloaded = CampaignStore(*db).loadActive();
    REQUIRE(reloaded.ok());
    CHECK(reloaded->deadlineInclusive);
    auto all = NomineeStore(*db).loadAll(reloaded->id);
    REQUIRE(all.ok());
    const CampaignCheck check = checkCampaign(*reloaded, *all, kToday);
    CHECK(check.verdicts.first() == Verdict::Eligible);
    CHECK(service.approve({ n.id }, kToday).ok());
}
