#include "rulesfixture.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

QString nfd(const QString &s) { return s.normalized(QString::NormalizationForm_D); }

QString positionCode(const Campaign &c, const QString &bloc, const QString &position)
{
    Nominee n = pureNominee(c, bloc, QStringLiteral("Nguyễn Văn An"));
    n.position = position;
    const QSet<QString> codes = codesOf(checkAlone(c, n));
    for (const QString &code : { QStringLiteral("LEADERSHIP_POSITION"), QStringLiteral("POSITION_NOT_ELIGIBLE"),
                                 QStringLiteral("POSITION_UNCLEAR") }) {
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("-");
}

} // namespace

TEST_CASE("positions are matched as folded whole-word phrases", "[rules][positions]")
{
    const Campaign c = pureCampaign();
    const QString lead = QStringLiteral("LEADERSHIP_POSITION");
    const QString excluded = QStringLiteral("POSITION_NOT_ELIGIBLE");
    const QString unclear = QStringLiteral("POSITION_UNCLEAR");
    const QString none = QStringLiteral("-");
    struct Row
    {
        const char *bloc;
        QString position;
        QString expected;
    };
    const QList<Row> rows = {
        // HCSN (schools, communes, agencies)
        { "HCSN", QStringLiteral("Tổ phó tổ Văn phòng"), none },
        { "MN", QStringLiteral("PHÓ HIỆU TRƯỞNG"), lead },
        { "TH", QStringLiteral("Hiệu phó"), lead },
        { "THCS", QStringLiteral("Hiệu trưởng"), lead },
        { "HCSN", QStringLiteral("Phó trưởng phòng Nội vụ"), lead },
        { "HCSN", QStringLiteral("Phó phòng Tài chính - Kế hoạch"), lead },
        { "HCSN", QStringLiteral("Trưởng ban Tuyên giáo"), lead },
        { "XA", QStringLiteral("Phó Chủ tịch UBND xã"), lead },
        { "XA", QStringLiteral("Bí thư Đoàn xã"), lead },
        { "HCSN", QStringLiteral("Phó Chánh Văn phòng"), lead },
        { "HCSN", QStringLiteral("Giám đốc Trung tâm"), lead },
        { "MN", nfd(QStringLiteral("Phó hiệu trưởng")), lead },
        { "MN", QStringLiteral("pho hieu truong"), lead },
        { "MN", QStringLiteral("  phó   HIỆU  trưởng "), lead },
        { "TH", QStringLiteral("Tổ trưởng chuyên môn"), none },
        { "TH", nfd(QStringLiteral("TỔ TRƯỞNG")), none },
        { "TH", QStringLiteral("Tổ phó"), none },
        { "MN", QStringLiteral("Giáo viên"), none },
        { "MN", QStringLiteral("Giáo viên trường Mầm non Hoa Sen"), none },
        { "MN", nfd(QStringLiteral("Nhân viên Trường Mầm non")), none },
        { "HCSN", QStringLiteral("Chuyên viên"), none },
        { "HCSN", QStringLiteral("Kế toán trưởng"), unclear },
        { "XA", QStringLiteral("Trưởng thôn"), unclear },
        { "XA", QStringLiteral("Phó Công an xã"), unclear },
        // SXKD (enterprises)
        { "DN", QStringLiteral("Phó quản đốc"), none },
        { "DN", QStringLiteral("Quản đốc phân xưởng"), none },
        { "DN", QStringLiteral("Xưởng trưởng"), none },
        { "DN", QStringLiteral("XƯỞNG PHÓ"), none },
        { "DN", QStringLiteral("Đội phó"), none },
        { "DN", nfd(QStringLiteral("Đội trưởng đội xe")), none },
        { "DN", QStringLiteral("Tổ trưởng tổ May 3"), none },
        { "DN", QStringLiteral("Tổ phó tổ Văn phòng"), none },
        { "DN", QStringLiteral("Công nhân"), none },
        { "DN", QStringLiteral("Kỹ sư"), none },
        { "DN", QStringLiteral("Kế toán trưởng"), excluded },
        { "DN", nfd(QStringLiteral("KẾ TOÁN TRƯỞNG")), excluded },
        { "DN", QStringLiteral("Phó Giám đốc"), excluded },
        { "DN", QStringLiteral("Tổng Giám đốc"), excluded },
        { "DN", QStringLiteral("Trưởng phòng Kỹ thuật"), excluded },
        { "DN", QStringLiteral("Phó phòng Kế hoạch"), excluded },
        { "DN", QStringLiteral("Chủ tịch HĐQT"), excluded },
        { "DN", QStringLiteral("Trưởng ca"), unclear },
        { "DN", QStringLiteral("Phó ca"), unclear },
    };
    for (const Row &row : rows) {
        CAPTURE(row.bloc, row.position.toStdString());
        CHECK(positionCode(c, QString::fromLatin1(row.bloc), row.position).toStdString() == row.expected.toStdString());
    }
}

TEST_CASE("the message names the longest matching list phrase", "[rules][positions]")
{
    const Campaign c = pureCampaign();
    Nominee n = pureNominee(c, QStringLiteral("TH"), QStringLiteral("Trần Thị Bích"));
    n.position = QStringLiteral("PHÓ HIỆU TRƯỞNG");
    const QList<Finding> f = checkAlone(c, n);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.toStdString()
          == "Đối tượng 1.1: giữ chức vụ lãnh đạo (phó hiệu trưởng), không thuộc diện xét chọn (đang ghi: PHÓ HIỆU "
             "TRƯỞNG)");
    Nominee d = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Lê Văn Hải"));
    d.position = QStringLiteral("Phó Tổng Giám đốc");
    const QList<Finding> g = checkAlone(c, d);
    REQUIRE(g.size() == 1);
    CHECK(g.first().message.contains(QStringLiteral("(phó tổng giám đốc)")));
}

TEST_CASE("emulation titles match folded phrases in any spelling", "[rules][positions]")
{
    const Campaign c = pureCampaign();
    struct Row
    {
        QString title;
        bool ok;
    };
    const QList<Row> rows = {
        { QStringLiteral("Chiến sĩ thi đua cơ sở"), true },
        { QStringLiteral("CHIẾN SĨ THI ĐUA CƠ SỞ năm 2023"), true },
        { nfd(QStringLiteral("Chiến sĩ thi đua cấp thành phố")), true },
        { QStringLiteral("CSTĐCS"), true },
        { QStringLiteral("Lao động tiên tiến"), false },
        { QStringLiteral("Chiến sĩ"), false },
        { QString(), false },
    };
    for (const Row &row : rows) {
        CAPTURE(row.title.toStdString());
        Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Lý Thị Thu"));
        n.emulationTitle = row.title;
        CHECK(codesOf(checkAlone(c, n)).contains(QStringLiteral("NO_EMULATION_TITLE")) == !row.ok);
    }
}

TEST_CASE("duplicates by CCCD or by folded name and birth date, both sides named", "[rules][duplicates]")
{
    const Campaign c = pureCampaign();
    Nominee a = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"), 1);
    a.citizenId = QStringLiteral("031185001234");
    a.unitName = QStringLiteral("Trường Mầm non Hoa Sen");
    Nominee b = pureNominee(c, QStringLiteral("TH"), QStringLiteral("Nguyễn Thị Ngọc Ánh"), 2);
    b.citizenId = QStringLiteral("031185001234");
    b.unitName = QStringLiteral("Trường Tiểu học Lê Lợi");
    Nominee d = pureNominee(c, QStringLiteral("XA"), QStringLiteral("Trần Văn Đức"), 3);
    d.birthDate = QDate(1980, 1, 2);
    d.unitName = QStringLiteral("UBND xã An Đồng");
    Nominee e = pureNominee(c, QStringLiteral("DN"), nfd(QStringLiteral("TRẦN  VĂN ĐỨC")), 4);
    e.birthDate = QDate(1980, 1, 2);
    e.unitName = QStringLiteral("Công ty CP Nhựa");
    Nominee f = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Trần Văn Đức"), 5); // other birth date
    f.birthDate = QDate(1981, 1, 2);
    Nominee g = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Trần Văn Đức"), 6); // no birth date
    g.birthDate = QDate();
    Nominee h = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Trần Văn Đức"), 7);
    h.birthDate = QDate();
    const QList<Nominee> all = { a, b, d, e, f, g, h };
    const DuplicateIndex index(all);
    const RulesEngine engine(c);

    auto duplicateMessage = [&](const Nominee &n) {
        for (const Finding &x : engine.check(n, index, QDate(2024, 7, 10))) {
            if (x.code == QLatin1String("DUPLICATE_NOMINEE")) {
                CHECK(x.severity == Severity::Error);
                return x.message;
            }
        }
        return QString();
    };
    CHECK(duplicateMessage(a).contains(QStringLiteral("Nguyễn Thị Ngọc Ánh")));
    CHECK(duplicateMessage(a).contains(QStringLiteral("Trường Tiểu học Lê Lợi")));
    // The CCCD is masked in the message (it goes into reports and check --json).
    CHECK(duplicateMessage(a).contains(QStringLiteral("********1234")));
    CHECK_FALSE(duplicateMessage(a).contains(QStringLiteral("031185001234")));
    CHECK(duplicateMessage(b).contains(QStringLiteral("Trường Mầm non Hoa Sen")));
    CHECK(duplicateMessage(d).contains(QStringLiteral("Công ty CP Nhựa")));
    CHECK(duplicateMessage(e).contains(QStringLiteral("UBND xã An Đồng")));
    CHECK(duplicateMessage(f).isEmpty());
    CHECK(duplicateMessage(g).isEmpty()); // same name, no birth date: not a duplicate
    CHECK(duplicateMessage(h).isEmpty());

    CHECK(index.duplicatesOf(a).size() == 1);
    CHECK(index.duplicatesOf(a).first()->id == 2);
    CHECK(index.duplicatesOf(f).isEmpty());

    // Empty CCCDs never match each other.
    Nominee p = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Lê Thị Hồng"), 10);
    Nominee q = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Lê Thị Huệ"), 11);
    const DuplicateIndex emptyIds(QList<Nominee> { p, q });
    CHECK(emptyIds.duplicatesOf(p).isEmpty());
}

TEST_CASE("the duplicate index handles many nominees and repeated keys", "[rules][duplicates]")
{
    const Campaign c = pureCampaign();
    QList<Nominee> all;
    for (int i = 1; i <= 20000; ++i) {
        Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Người %1").arg(i), i);
        n.citizenId = QStringLiteral("0311850%1").arg(i, 5, 10, QLatin1Char('0'));
        all.append(n);
    }
    // Three nominees share one CCCD.
    all[100].citizenId = all[5000].citizenId;
    all[19999].citizenId = all[5000].citizenId;
    const DuplicateIndex index(all);
    CHECK(index.duplicatesOf(all.at(5000)).size() == 2);
    CHECK(index.duplicatesOf(all.at(100)).size() == 2);
    CHECK(index.duplicatesOf(all.at(7)).isEmpty());
    const CampaignCheck check = checkCampaign(c, all, QDate(2024, 7, 10));
    int duplicates = 0;
    for (const auto &f : check.findings)
        duplicates += codesOf(f).contains(QStringLiteral("DUPLICATE_NOMINEE")) ? 1 : 0;
    CHECK(duplicates == 3);
    REQUIRE(check.blocs.size() == 6);
    CHECK(check.blocs.first().code == QStringLiteral("MN"));
    CHECK(check.blocs.first().nominated == 20000);
    CHECK(check.blocs.first().eligible == 20000 - 3);
}
