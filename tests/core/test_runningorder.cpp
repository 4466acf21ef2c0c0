// The running order (runningorder.h): batches by bloc in list order, the
// presenters in turn, the clock of the programme items.
#include "../docs/doctesttools.h"

#include "council.h"
#include "runningorder.h"
#include "seedcampaign.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

Campaign campaign()
{
    Campaign c = builtInCampaign();
    c.id = 1;
    qint64 id = 0;
    for (Bloc &b : c.blocs) {
        b.id = ++id;
        b.campaignId = 1;
    }
    c.conferenceStart = QTime(7, 30);
    c.programme
        = { QStringLiteral("Văn nghệ chào mừng (15 phút)"), QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"),
            QStringLiteral("Biểu dương, tôn vinh, khen thưởng"), QStringLiteral("Bế mạc hội nghị (5 phút)") };
    return c;
}

// `count` approved nominees of the bloc with the code, named "<prefix> 01".."<prefix> NN".
QList<Nominee> honorees(const Campaign &c, const QString &blocCode, const QString &prefix, int count)
{
    QList<Nominee> out;
    for (int i = 1; i <= count; ++i) {
        Nominee n;
        n.id = c.blocByCode(blocCode)->id * 1000 + i;
        n.blocId = c.blocByCode(blocCode)->id;
        n.fullName = QStringLiteral("%1 %2").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
        n.unitName = QStringLiteral("Đơn vị %1").arg(i);
        n.approved = true;
        out.append(n);
    }
    return out;
}

Delegate presenter(qint64 id, const QString &name, int order)
{
    Delegate d;
    d.id = id;
    d.fullName = name;
    d.presenter = order;
    return d;
}

} // namespace

TEST_CASE("running order: batches by bloc in list order, presenters in turn, the clock", "[runningorder]")
{
    const Campaign c = campaign();
    // 23 of the DN bloc and 4 of MN: MN comes first in the campaign's bloc order.
    const ApprovedList list
        = buildApprovedList(c, honorees(c, QStringLiteral("DN"), QStringLiteral("Trần Văn"), 23)
                                   + honorees(c, QStringLiteral("MN"), QStringLiteral("Lê Thị"), 4));
    const QList<Delegate> delegates
        = { presenter(1, QStringLiteral("Lê Văn Thịnh"), 2), presenter(2, QStringLiteral("Khách"), 0),
            presenter(3, QStringLiteral("Lương Thế Quý"), 1) };

    const RunningOrder order = buildRunningOrder(list, delegates, 10, { 10, 4 });
    CHECK(order.honorees == 27);
    CHECK(order.presenterCount() == 2);
    // MN: 4 (one batch); DN: 10 + 10 + 3. Never a batch across blocs.
    REQUIRE(order.batches.size() == 4);
    CHECK(order.batches.at(0).bloc.code == QStringLiteral("MN"));
    CHECK(order.batches.at(0).honorees.size() == 4);
    CHECK(order.batches.at(1).bloc.code == QStringLiteral("DN"));
    CHECK(order.batches.at(1).firstNumber == 5);
    CHECK(order.batches.at(1).honorees.first().fullName == QStringLiteral("Trần Văn 01"));
    CHECK(order.batches.at(2).firstNumber == 15);
    CHECK(order.batches.at(3).honorees.size() == 3);
    CHECK(order.batches.at(3).honorees.last().fullName == QStringLiteral("Trần Văn 23"));
    // The order every honoree appears in is the approved list's.
    QList<qint64> called;
    for (const CallOutBatch &b : order.batches) {
        for (const Nominee &n : b.honorees)
            called.append(n.id);
    }
    QList<qint64> listed;
    for (const Nominee &n : list.nominees())
        listed.append(n.id);
    CHECK(called == listed);
    // Presenters by their order (Quý 1, Thịnh 2), in turn; the guest without one never.
    CHECK(order.batches.at(0).presenter.fullName == QStringLiteral("Lương Thế Quý"));
    CHECK(order.batches.at(1).presenter.fullName == QStringLiteral("Lê Văn Thịnh"));
    CHECK(order.batches.at(2).presenter.fullName == QStringLiteral("Lương Thế Quý"));

    // The clock: 07:30 + 15 (given) + 10 (default) → the call-out at 07:55, 4 × 4 minutes.
    REQUIRE(order.items.size() == 4);
    CHECK(order.items.at(0).text == QStringLiteral("Văn nghệ chào mừng"));
    CHECK(order.items.at(0).minutes == 15);
    CHECK(order.items.at(1).introducesDelegates);
    CHECK(order.items.at(1).start == QTime(7, 45));
    CHECK(order.items.at(2).callOut);
    CHECK(order.items.at(2).start == QTime(7, 55));
    CHECK(order.items.at(2).minutes == 16);
    CHECK(order.batches.at(0).start == QTime(7, 55));
    CHECK(order.batches.at(3).start == QTime(8, 7));
    CHECK(order.items.at(3).start == QTime(8, 11));
    CHECK(order.end() == QTime(8, 16));

    // No presenters: none assigned; no start time: no clock; batch size 1.
    Campaign noStart = c;
    noStart.conferenceStart = QTime();
    const RunningOrder bare = buildRunningOrder(buildApprovedList(noStart, list.nominees()), {}, 0, {});
    CHECK(bare.batchSize == 1);
    CHECK(bare.batches.size() == 27);
    CHECK_FALSE(bare.batches.first().hasPresenter());
    CHECK_FALSE(bare.items.first().start.isValid());
    CHECK_FALSE(bare.end().isValid());
}

TEST_CASE("running order: the call-out item is found by its wording or added; minutes in the text", "[runningorder]")
{
    QString text;
    CHECK(itemMinutes(QStringLiteral("Văn nghệ chào mừng (15 phút)"), &text) == 15);
    CHECK(text == QStringLiteral("Văn nghệ chào mừng"));
    CHECK(itemMinutes(QStringLiteral("Phát biểu ( 20 PHÚT ).")) == 20);
    CHECK(itemMinutes(QStringLiteral("Phát biểu (20 phut)")) == 20);
    CHECK(itemMinutes(QStringLiteral("Khai mạc (0 phút)"), &text) == 0);
    CHECK(text == QStringLiteral("Khai mạc (0 phút)"));
    CHECK(itemMinutes(QStringLiteral("Phút thứ 20 của hội nghị"), &text) == 0);

    Campaign c = campaign();
    c.programme = { QStringLiteral("Khai mạc"), QStringLiteral("Trao thưởng cho các cá nhân (30 phút)") };
    const ApprovedList list = buildApprovedList(c, honorees(c, QStringLiteral("MN"), QStringLiteral("Lê Thị"), 25));
    RunningOrder order = buildRunningOrder(list, {}, 10, {});
    REQUIRE(order.items.size() == 2);
    CHECK(order.items.at(1).callOut);
    // The item's own 30 minutes are shared by the 3 batches.
    CHECK(order.items.at(1).minutes == 30);
    REQUIRE(order.batches.size() == 3);
    CHECK(order.batches.at(0).minutes + order.batches.at(1).minutes + order.batches.at(2).minutes == 30);
    CHECK(order.batches.at(2).start == QTime(8, 0));

    c.programme = { QStringLiteral("Khai mạc"), QStringLiteral("Báo cáo kết quả phong trào") };
    order = buildRunningOrder(buildApprovedList(c, list.nominees()), {}, 10, { 5, 3 });
    REQUIRE(order.items.size() == 3);
    CHECK(order.items.at(2).callOut);
    CHECK(order.items.at(2).text == QStringLiteral("Biểu dương, khen thưởng"));
    CHECK(order.items.at(2).start == QTime(7, 40));
    CHECK(order.items.at(2).minutes == 9);
}

TEST_CASE("running order from the database: the campaign's batch size and the delegates", "[runningorder]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    auto empty = loadRunningOrder(*db);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Validation);

    addStandardHonorees(*db); // 6 approved: 5 MN, 1 DN
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    ConferenceSettings settings;
    settings.batchSize = 2;
    REQUIRE(CouncilStore(*db).saveSettings(list->campaign.id, settings).ok());
    Delegate d;
    d.campaignId = list->campaign.id;
    d.fullName = QStringLiteral("Lê Văn Thịnh");
    d.presenter = 1;
    REQUIRE(DelegateStore(*db).add(d).ok());

    auto order = loadRunningOrder(*db);
    REQUIRE(order.ok());
    CHECK(order->batchSize == 2);
    CHECK(order->batches.size() == 4); // MN 2 + 2 + 1, DN 1
    CHECK(order->batches.at(3).presenter.fullName == QStringLiteral("Lê Văn Thịnh"));
    // The built-in programme's "Biểu dương, tôn vinh, khen thưởng" is the call-out.
    int callOuts = 0;
    for (const ScriptItem &item : order->items)
        callOuts += item.callOut ? 1 : 0;
    CHECK(callOuts == 1);
}
