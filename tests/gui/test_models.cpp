#include "approvalmodels.h"
#include "nomineefilterproxy.h"
#include "nomineetablemodel.h"
#include "testsupport.h"
#include "unittablemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace vd;

namespace {

Campaign twoBlocs()
{
    Campaign c;
    c.blocs.append(Bloc { 1, 1, QStringLiteral("MN"), QStringLiteral("Mầm non"), Sector::Hcsn, 18, 1 });
    c.blocs.append(Bloc { 2, 1, QStringLiteral("DN"), QStringLiteral("Doanh nghiệp"), Sector::Sxkd, 15, 2 });
    return c;
}

Nominee nominee(qint64 id, const QString &name, qint64 bloc, bool approved = false)
{
    Nominee n;
    n.id = id;
    n.fullName = name;
    n.blocId = bloc;
    n.unitId = bloc * 10;
    n.unitName = QStringLiteral("Đơn vị %1").arg(bloc);
    n.approved = approved;
    return n;
}

} // namespace

TEST_CASE("NomineeFilterProxy passes QAbstractItemModelTester while filtering and sorting", "[gui][model]")
{
    gui::NomineeTableModel model;
    gui::NomineeFilterProxy proxy;
    proxy.setNomineeModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Nominee> list { nominee(1, QStringLiteral("Nguyễn Văn Bình"), 1),
                                nominee(2, QStringLiteral("Lê Thị Ánh"), 2, true),
                                nominee(3, QStringLiteral("Trần Văn A"), 1) };
    model.setNominees(twoBlocs(), list, { Verdict::Eligible, Verdict::Eligible, Verdict::Ineligible });
    proxy.sort(gui::NomineeTableModel::NameColumn);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Trần Văn A"));
    CHECK(proxy.index(1, 0).data().toString() == QStringLiteral("Lê Thị Ánh"));
    proxy.setSearchText(QStringLiteral("VAN"));
    CHECK(proxy.rowCount() == 2);
    proxy.setBlocId(1);
    proxy.setVerdict(int(Verdict::Ineligible));
    CHECK(proxy.rowCount() == 1);
    proxy.setVerdict(-1);
    proxy.setSearchText({});
    proxy.setBlocId(0);
    proxy.setApproval(gui::NomineeFilterProxy::Approval::Approved);
    CHECK(proxy.rowCount() == 1);
    proxy.sort(gui::NomineeTableModel::ReceivedColumn, Qt::DescendingOrder);
    model.setNominees(twoBlocs(), {});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("UnitTableModel passes QAbstractItemModelTester", "[gui][model]")
{
    gui::UnitTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    UnitSummary a { Unit { 5, 1, QStringLiteral("Trường Mầm non Hoa Sen"), 1 }, 3 };
    UnitSummary b { Unit { 6, 1, QStringLiteral("Công ty TNHH Đại Phát"), 0 }, 0 };
    model.setUnits(twoBlocs(), { a, b });
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, gui::UnitTableModel::BlocColumn).data().toString() == QStringLiteral("Mầm non"));
    CHECK(model.index(0, gui::UnitTableModel::CountColumn).data().toInt() == 3);
    CHECK(model.index(1, gui::UnitTableModel::BlocColumn).data().toString() == QStringLiteral("(chưa rõ khối)"));
    model.setUnits(twoBlocs(), {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("BlocTallyModel and ApprovalCandidateModel pass QAbstractItemModelTester", "[gui][model]")
{
    gui::BlocTallyModel tallies;
    QAbstractItemModelTester t1(&tallies, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BlocTally over;
    over.blocId = 1;
    over.name = QStringLiteral("Mầm non");
    over.quota = 18;
    over.nominated = 25;
    over.eligible = 20;
    over.approved = 9;
    tallies.setTallies({ over });
    CHECK(tallies.index(0, gui::BlocTallyModel::RemainingColumn).data().toInt() == 9);
    CHECK(tallies.index(0, gui::BlocTallyModel::ProgressColumn).data().toInt() == 50);
    CHECK(tallies.index(0, 0).data(gui::BlocTallyModel::OverSubscribedRole).toBool());
    tallies.setTallies({});

    gui::ApprovalCandidateModel candidates;
    QAbstractItemModelTester t2(&candidates, QAbstractItemModelTester::FailureReportingMode::Fatal);
    candidates.setCandidates(
        { nominee(1, QStringLiteral("Hà Anh"), 1), nominee(2, QStringLiteral("Vũ Bình"), 1, true) });
    CHECK(candidates.flags(candidates.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(candidates.setData(candidates.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    candidates.setChecked(2, true);
    CHECK(candidates.checkedIds(false) == QList<qint64>({ 1 }));
    CHECK(candidates.checkedIds(true) == QList<qint64>({ 2 }));
    candidates.clearChecks();
    CHECK(candidates.checkedIds(false).isEmpty());
    candidates.setCandidates({});
}
