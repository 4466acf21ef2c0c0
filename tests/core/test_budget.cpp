// The budget estimate: reward × honorees plus the campaign's cost lines.
#include "testsupport.h"

#include "approvalservice.h"
#include "auditlog.h"
#include "budget.h"
#include "campaignstore.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

qint64 activeCampaignId(Database &db)
{
    auto c = CampaignStore(db).loadActive();
    REQUIRE(c.ok());
    return c->id;
}

void approveSome(Database &db, int count)
{
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i) {
        Nominee n = eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Mai %1").arg(i),
                                    QStringLiteral("Trường Mầm non số %1").arg(i));
        n.birthDate = QDate(1985, 1, 1).addDays(i);
        ids.append(insertNominee(db, n).id);
    }
    REQUIRE(ApprovalService(db).approve(ids, kToday).ok());
}

CostLine line(qint64 campaignId, const QString &name, const QString &unit, qint64 quantity, qint64 price)
{
    CostLine l;
    l.campaignId = campaignId;
    l.name = name;
    l.unit = unit;
    l.quantity = quantity;
    l.unitPrice = price;
    return l;
}

} // namespace

TEST_CASE("the budget adds the reward for each honoree and the cost lines, total in words", "[budget]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("b.sqlite")));
    const qint64 campaign = activeCampaignId(*db);
    approveSome(*db, 10);

    BudgetStore store(*db);
    CostLine hall = line(campaign, QStringLiteral("Thuê hội trường, âm thanh"), QStringLiteral("buổi"), 1, 5000000);
    CostLine flowers = line(campaign, QStringLiteral("Hoa tươi"), QStringLiteral("bó"), 10, 250000);
    REQUIRE(store.add(hall).ok());
    REQUIRE(store.add(flowers).ok());
    CHECK(hall.position == 1);
    CHECK(flowers.position == 2);

    auto budget = loadBudget(*db, 3750000);
    REQUIRE(budget.ok());
    CHECK(budget->honorees == 10);
    CHECK(budget->rewardSubtotal == 37500000);
    CHECK(budget->costSubtotal == 7500000);
    CHECK(budget->total == 45000000);
    CHECK(budget->totalInWords == QStringLiteral("Bốn mươi lăm triệu đồng"));
    REQUIRE(budget->lines.size() == 2);
    CHECK(budget->lines.at(1).name == QStringLiteral("Hoa tươi"));
    CHECK(budget->lines.at(1).amount() == 2500000);

    // Without --amount the campaign's own amount per honoree is used.
    auto c = CampaignStore(*db).loadActive();
    REQUIRE(c.ok());
    c->rewardAmount = 4000000;
    REQUIRE(CampaignStore(*db).update(*c).ok());
    auto own = loadBudget(*db);
    REQUIRE(own.ok());
    CHECK(own->rewardAmount == 4000000);
    CHECK(own->total == 47500000);
    CHECK(own->totalInWords == QStringLiteral("Bốn mươi bảy triệu năm trăm nghìn đồng"));
}

TEST_CASE("cost lines: invalid ones are refused with every problem, removal closes the gap", "[budget]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("b.sqlite")));
    const qint64 campaign = activeCampaignId(*db);
    BudgetStore store(*db);

    const int auditBefore = int(AuditLog(*db).entries()->size());
    CostLine bad = line(campaign, QStringLiteral("   "), QString(), -1, kMaxUnitPrice + 1);
    const Status st = store.add(bad);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Validation);
    CHECK(st.error().details.size() == 3);
    CHECK(store.lines(campaign)->isEmpty());
    CHECK(int(AuditLog(*db).entries()->size()) == auditBefore);

    CostLine a = line(campaign, QStringLiteral("Giấy khen"), QStringLiteral("tờ"), 95, 20000);
    CostLine b = line(campaign, QStringLiteral("Khung giấy khen"), QStringLiteral("chiếc"), 95, 60000);
    CostLine c = line(campaign, QStringLiteral("In ấn tài liệu"), QStringLiteral("bộ"), 200, 15000);
    REQUIRE(store.add(a).ok());
    REQUIRE(store.add(b).ok());
    REQUIRE(store.add(c).ok());
    REQUIRE(store.remove(campaign, b.id).ok());
    auto lines = store.lines(campaign);
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).name == QStringLiteral("Giấy khen"));
    CHECK(lines->at(1).name == QStringLiteral("In ấn tài liệu"));
    CHECK(lines->at(1).position == 2);
    CHECK_FALSE(store.remove(campaign, b.id).ok());

    c.quantity = 250;
    REQUIRE(store.update(c).ok());
    CHECK(store.lines(campaign)->at(1).amount() == 3750000);

    // Nothing approved: the reward part is zero, the lines still count.
    auto budget = loadBudget(*db, 500000);
    REQUIRE(budget.ok());
    CHECK(budget->honorees == 0);
    CHECK(budget->total == 95 * 20000 + 3750000);
}
