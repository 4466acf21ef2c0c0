// vinhdanh-cli council …: members, settings, tally entry, result, ballots, minutes.
#include "../docs/doctesttools.h"

#include "campaignstore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QStringList cli(const QString &db, const QStringList &args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}

CliResult council(const QString &db, const QStringList &args)
{
    return runCli(cli(db, QStringList { QStringLiteral("council") } + args));
}

} // namespace

TEST_CASE("council: members, the tally, ranking within the quota with a tie, ballots and minutes", "[cli][council]")
{
    qputenv("VINHDANH_TODAY", "2024-07-10");
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    QList<qint64> ids;
    {
        auto opened = openDatabase(db);
        auto c = CampaignStore(*opened).loadActive();
        REQUIRE(c.ok());
        for (Bloc &b : c->blocs) {
            if (b.code == QLatin1String("TH"))
                b.quota = 1;
        }
        REQUIRE(CampaignStore(*opened).update(*c).ok());
        int i = 0;
        for (const QString &name :
             { QStringLiteral("Đào Thị Hạnh"), QStringLiteral("Mai Văn Khôi"), QStringLiteral("Lý Thị Loan") }) {
            Nominee n = eligibleNominee(*opened, QStringLiteral("TH"), name,
                                        QStringLiteral("Trường Tiểu học số %1").arg(++i));
            n.birthDate = QDate(1984, 2, 1).addDays(i);
            ids << insertNominee(*opened, n).id;
        }
    }
    auto r = council(db,
                     { QStringLiteral("add-member"), QStringLiteral("Lương Thế Quý"), QStringLiteral("--role"),
                       QStringLiteral("chair"), QStringLiteral("--title"), QStringLiteral("Phó Chủ tịch UBND huyện") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(council(db, { QStringLiteral("add-member"), QStringLiteral("Ngô Thị Thư"), QStringLiteral("--role"),
                          QStringLiteral("secretary") })
                .exitCode
            == 0);
    REQUIRE(council(db, { QStringLiteral("add-member"), QStringLiteral("Vũ Văn Ba"), QStringLiteral("--unit"),
                          QStringLiteral("truong tieu hoc so 3") })
                .exitCode
            == 0);
    REQUIRE(council(db, { QStringLiteral("add-member"), QStringLiteral("Hà Văn Vắng") }).exitCode == 0);
    CHECK(council(db, { QStringLiteral("add-member"), QStringLiteral("X"), QStringLiteral("--role"),
                        QStringLiteral("boss") })
              .exitCode
          == 2);
    r = council(db, { QStringLiteral("members"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray members = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(members.size() == 4);
    REQUIRE(council(db, { QStringLiteral("presence"),
                          QString::number(members.at(3).toObject().value(QStringLiteral("id")).toInteger()),
                          QStringLiteral("--absent") })
                .exitCode
            == 0);
    r = council(db, { QStringLiteral("settings"), QStringLiteral("--majority"), QStringLiteral("1/2"),
                      QStringLiteral("--place"), QStringLiteral("Phòng họp UBND huyện"), QStringLiteral("--date"),
                      QStringLiteral("2024-07-15") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("quá 1/2 số thành viên có mặt")));
    CHECK(council(db, { QStringLiteral("settings"), QStringLiteral("--majority"), QStringLiteral("3/2") }).exitCode
          == 1);

    // Nothing counted yet: no minutes.
    CHECK(council(db, { QStringLiteral("minutes"), QStringLiteral("-o"), dir.file(QStringLiteral("bb.pdf")) }).exitCode
          == 1);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("bb.pdf"))));

    // 3 present; Vũ Văn Ba recuses for Lý Thị Loan (his unit): 2 may vote on her.
    r = council(db,
                { QStringLiteral("vote"), QString::number(ids.at(2)), QStringLiteral("--agree"), QStringLiteral("3") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("chỉ 2 thành viên")));
    REQUIRE(council(db, { QStringLiteral("vote"), QString::number(ids.at(0)), QStringLiteral("--agree"),
                          QStringLiteral("2"), QStringLiteral("--disagree"), QStringLiteral("1") })
                .exitCode
            == 0);
    REQUIRE(council(db, { QStringLiteral("vote"), QString::number(ids.at(1)), QStringLiteral("--agree"),
                          QStringLiteral("2"), QStringLiteral("--abstain"), QStringLiteral("1") })
                .exitCode
            == 0);
    REQUIRE(council(db, { QStringLiteral("vote"), QString::number(ids.at(2)), QStringLiteral("--agree"),
                          QStringLiteral("1"), QStringLiteral("--disagree"), QStringLiteral("1") })
                .exitCode
            == 0);

    r = council(db, { QStringLiteral("tally"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject tally = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(tally.value(QStringLiteral("present")).toInt() == 3);
    CHECK(tally.value(QStringLiteral("ties")).toBool());
    CHECK(tally.value(QStringLiteral("preselected")).toArray().isEmpty());
    const QJsonArray blocs = tally.value(QStringLiteral("blocs")).toArray();
    REQUIRE(blocs.size() == 1);
    const QJsonArray rows = blocs.at(0).toObject().value(QStringLiteral("nominees")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("tied"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("tied"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("full_name")).toString() == QStringLiteral("Lý Thị Loan"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("recused")).toInt() == 1);

    r = council(db, { QStringLiteral("tally") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("BẰNG PHIẾU")));
    r = runCli(cli(
        db, { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("council"), QStringLiteral("tally") }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("TIED")));

    for (const QString &name : { QStringLiteral("phieu.pdf"), QStringLiteral("phieu.docx") }) {
        r = council(db, { QStringLiteral("ballots"), QStringLiteral("-o"), dir.file(name) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString ballots = flat(pdfText(dir.file(QStringLiteral("phieu.pdf"))));
    CHECK(ballots.contains(QStringLiteral("PHIẾU BẦU")));
    CHECK(ballots.contains(QStringLiteral("Khối Tiểu học")));
    CHECK(ballots.contains(QStringLiteral("Chọn không quá 1 người")));
    CHECK(ballots.contains(QStringLiteral("Mai Văn Khôi")));

    for (const QString &name : { QStringLiteral("bb.pdf"), QStringLiteral("bb.odt") }) {
        r = council(db, { QStringLiteral("minutes"), QStringLiteral("-o"), dir.file(name), QStringLiteral("--date"),
                          QStringLiteral("2024-07-15") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString minutes = flat(pdfText(dir.file(QStringLiteral("bb.pdf")), 0, 0, true));
    CHECK(minutes.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(minutes.contains(QStringLiteral("Có mặt 3/4 thành viên Hội đồng")));
    CHECK(minutes.contains(QStringLiteral("Vắng mặt: Hà Văn Vắng")));
    CHECK(minutes.contains(QStringLiteral("Bằng phiếu")));
    CHECK(minutes.contains(QStringLiteral("Các trường hợp bằng phiếu, Hội đồng xem xét quyết định: Khối Tiểu học: "
                                          "Đào Thị Hạnh, Mai Văn Khôi bằng phiếu ở vị trí cuối của chỉ tiêu.")));
    CHECK(minutes.contains(QStringLiteral("Phòng họp UBND huyện")));
    CHECK(minutes.contains(QStringLiteral("THƯ KÝ")));
    CHECK(minutes.contains(QStringLiteral("Ngô Thị Thư")));
    qunsetenv("VINHDANH_TODAY");
}
