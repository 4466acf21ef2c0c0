// Delegates: import all or nothing, accent-insensitive search, check-in, counts per group.
#include "testsupport.h"

#include "campaignstore.h"
#include "delegates.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QByteArray kCsv = "\xEF\xBB\xBF"
                        "Danh sách đại biểu dự hội nghị\n"
                        "STT,Họ và tên,Chức vụ,Cơ quan,Thành phần,Hàng ghế,Trao thưởng,Điện thoại\n"
                        "1,Lê Văn Thịnh,Chủ tịch,LĐLĐ huyện,Thường trực LĐLĐ,Hàng 1,1,0900\n"
                        "2,Lương Thế Quý,Phó Chủ tịch,UBND huyện,Lãnh đạo UBND huyện,Hàng 1,x,\n"
                        "3,Nguyễn Văn An,Hiệu trưởng,Trường THCS An Dương,Chủ tịch CĐCS,Hàng 3,,\n"
                        "4,Nguyễn Thị Ánh,Giáo viên,Trường Mầm non Hoa Sen,Chủ tịch CĐCS,Hàng 3,,\n";

} // namespace

TEST_CASE("delegates: import from CSV, search without diacritics, check-in and live counts", "[delegates]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("d.sqlite")));
    const qint64 campaign = CampaignStore(*db).loadActive()->id;
    DelegateStore store(*db);

    auto report = store.importFile(campaign, writeFile(dir, QStringLiteral("dai-bieu.csv"), kCsv));
    INFO((report ? QString() : report.error().details.join(QLatin1Char('\n'))).toStdString());
    REQUIRE(report.ok());
    CHECK(report->imported == 4);
    REQUIRE(report->warnings.size() == 2); // STT and Điện thoại are not used
    auto all = store.list(campaign);
    REQUIRE(all->size() == 4);
    CHECK(all->at(0).fullName == QStringLiteral("Lê Văn Thịnh"));
    CHECK(all->at(0).presenter == 1);
    CHECK(all->at(1).presenter == 2); // "x": numbered after the highest given
    CHECK(all->at(2).presenter == 0);
    CHECK(all->at(3).seatRow == QStringLiteral("Hàng 3"));

    // Typing without diacritics, in any case, NFD too.
    CHECK(searchDelegates(*all, QStringLiteral("nguyen")).size() == 2);
    CHECK(searchDelegates(*all, QStringLiteral("NGUYEN THI")).size() == 1);
    CHECK(searchDelegates(*all, QStringLiteral("anh")).first().fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(searchDelegates(*all, QStringLiteral("thinh")).size() == 1);
    CHECK(searchDelegates(*all, QStringLiteral("Quy\u0301")).size() == 1); // NFD "Quý"
    CHECK(searchDelegates(*all, QStringLiteral("dương")).size() == 1); // the body counts too
    CHECK(searchDelegates(*all, QString()).size() == 4);
    CHECK(searchDelegates(*all, QStringLiteral("zzz")).isEmpty());

    auto counts = delegateCounts(*all);
    REQUIRE(counts.size() == 3);
    CHECK(counts.at(2).groupName == QStringLiteral("Chủ tịch CĐCS"));
    CHECK(counts.at(2).invited == 2);
    CHECK(counts.at(2).present == 0);

    auto d = store.checkIn(campaign, all->at(3).id);
    REQUIRE(d.ok());
    CHECK(d->present());
    counts = delegateCounts(*store.list(campaign));
    CHECK(counts.at(2).present == 1);
    REQUIRE(store.checkIn(campaign, all->at(3).id, false).ok());
    CHECK(delegateCounts(*store.list(campaign)).at(2).present == 0);
    CHECK_FALSE(store.checkIn(campaign, 9999).ok());
}

TEST_CASE("delegates: a file with a bad row imports nothing and names every problem", "[delegates]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("d.sqlite")));
    const qint64 campaign = CampaignStore(*db).loadActive()->id;
    DelegateStore store(*db);
    const QByteArray bad = "Họ và tên,Cơ quan,Trao thưởng\n"
                           "Lê Văn Thịnh,LĐLĐ huyện,1\n"
                           ",UBND huyện,\n"
                           "Phạm Văn Ba,Phòng Nội vụ,hai\n";
    auto report = store.importFile(campaign, writeFile(dir, QStringLiteral("sai.csv"), bad));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Validation);
    REQUIRE(report.error().details.size() == 2);
    CHECK(report.error().details.at(0) == QStringLiteral("sai.csv:3:Họ và tên: thiếu họ và tên"));
    CHECK(report.error().details.at(1).startsWith(QStringLiteral("sai.csv:4:Trao thưởng:")));
    CHECK(store.list(campaign)->isEmpty());

    auto noHeader = store.importFile(campaign, writeFile(dir, QStringLiteral("x.csv"), "a,b\n1,2\n"));
    REQUIRE_FALSE(noHeader.ok());
    CHECK(noHeader.error().message.contains(QStringLiteral("Họ và tên")));

    // --replace swaps the whole list in one transaction.
    REQUIRE(store.importFile(campaign, writeFile(dir, QStringLiteral("a.csv"), kCsv)).ok());
    REQUIRE(store.importFile(campaign, writeFile(dir, QStringLiteral("a.csv"), kCsv)).ok());
    CHECK(store.list(campaign)->size() == 8);
    REQUIRE(store.importFile(campaign, writeFile(dir, QStringLiteral("a.csv"), kCsv), true).ok());
    CHECK(store.list(campaign)->size() == 4);
}
