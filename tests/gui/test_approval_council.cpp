// Xét duyệt: "Chọn theo kết quả Hội đồng" ticks the council's proposal within
// the quota (issue 17, item 1); ties at the last place stay unticked and are
// named; the staff member still approves.
#include "approvalmodels.h"
#include "approvalview.h"
#include "campaignstore.h"
#include "council.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineestore.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>

using namespace vd;
using namespace vd::test;

TEST_CASE("approval: the council's proposal is ticked, ties are named, staff approve", "[gui][approval][council]")
{
    GuiFixture f;
    const QDate today(2024, 7, 10);
    QMap<QString, qint64> ids;
    qint64 mn = 0;
    {
        auto db = openDatabase(f.path);
        Campaign c = *CampaignStore(*db).loadActive();
        mn = setBlocQuota(*db, QStringLiteral("MN"), 2);
        for (const QString &name : { QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Thị Bình"),
                                     QStringLiteral("Lê Thị Cúc"), QStringLiteral("Phạm Thị Dung") })
            ids.insert(name, insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), name)).id);
        CouncilStore council(*db);
        for (const QString &member :
             { QStringLiteral("Lương Thế Quý"), QStringLiteral("Ngô Văn Tư"), QStringLiteral("Hà Văn Năm") }) {
            CouncilMember m;
            m.campaignId = c.id;
            m.fullName = member;
            m.unitName = QStringLiteral("UBND huyện");
            REQUIRE(council.addMember(m).ok());
        }
        // An 3, Bình 2, Cúc 2, Dung 1: An proposed; Bình and Cúc tie for the last place.
        REQUIRE(council.setVote(c.id, ids.value(QStringLiteral("Nguyễn Thị An")), { 3, 0, 0 }, today).ok());
        REQUIRE(council.setVote(c.id, ids.value(QStringLiteral("Trần Thị Bình")), { 2, 1, 0 }, today).ok());
        REQUIRE(council.setVote(c.id, ids.value(QStringLiteral("Lê Thị Cúc")), { 2, 1, 0 }, today).ok());
        REQUIRE(council.setVote(c.id, ids.value(QStringLiteral("Phạm Thị Dung")), { 1, 2, 0 }, today).ok());
    }
    gui::MainWindow &w = f.open();
    w.showPage(gui::MainWindow::ApprovalPage);
    gui::ApprovalView *view = w.approvalView();
    auto *button = child<QPushButton>(view, "councilSelectPushButton");
    auto *label = child<QLabel>(view, "councilSelectLabel");

    // Another bloc: nothing counted there, nothing ticked, said so.
    for (const Bloc &b : w.campaign().blocs) {
        if (b.code == QLatin1String("TH"))
            view->selectBloc(b.id);
    }
    button->click();
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("chưa kiểm phiếu")));
    CHECK(view->candidateModel()->checkedIds(false).isEmpty());

    view->selectBloc(mn);
    CHECK_FALSE(label->isVisible());
    button->click();
    CHECK(view->candidateModel()->checkedIds(false) == QList<qint64> { ids.value(QStringLiteral("Nguyễn Thị An")) });
    CHECK(label->text().contains(QStringLiteral("Đã đánh dấu 1 người")));
    CHECK(label->text().contains(QStringLiteral("Trần Thị Bình")));
    CHECK(label->text().contains(QStringLiteral("Lê Thị Cúc")));
    CHECK(label->text().contains(QStringLiteral("Hội đồng quyết định")));
    // Nothing is approved until the staff member says so.
    CHECK_FALSE(NomineeStore(f.db()).load(ids.value(QStringLiteral("Nguyễn Thị An")))->approved);
    auto *approve = child<QPushButton>(view, "approveButton");
    REQUIRE(approve->isEnabled());
    approve->click();
    CHECK(NomineeStore(f.db()).load(ids.value(QStringLiteral("Nguyễn Thị An")))->approved);
    CHECK_FALSE(NomineeStore(f.db()).load(ids.value(QStringLiteral("Trần Thị Bình")))->approved);
}
