#include "doctesttools.h"

#include "campaignstore.h"
#include "documents.h"
#include "outputs.h"
#include "pagelayout.h"
#include "review.h"
#include "rules.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

TEST_CASE("eligibility report: figures per bloc, every nominee in one table, details only for findings",
          "[docs][report]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db); // 6 approved (5 MN, 1 DN) + 1 TH not approved
    Nominee notMember = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Cao Thị Nhàn"));
    notMember.unionMember = false;
    notMember.citizenId = QStringLiteral("031185001234");
    insertNominee(*db, notMember);
    Nominee oneCopy = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Mạc Văn Khải"),
                                      QStringLiteral("Trường Tiểu học An Dương"));
    oneCopy.copies = 1;
    insertNominee(*db, oneCopy);

    OutputOptions options;
    options.date = QDate(2024, 7, 15);
    auto output = buildOutput(*db, OutputKind::EligibilityReport, options);
    REQUIRE(output.ok());
    const QString path = dir.file(QStringLiteral("bc.pdf"));
    REQUIRE(output->write(path).ok());
    CHECK(runTool(QStringLiteral("pdfinfo"), { path }).contains(QStringLiteral("(A4)")));

    const QString text = flat(pdfText(path));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("An Dương, ngày 15 tháng 7 năm 2024")));
    CHECK(text.contains(QStringLiteral("BÁO CÁO")));
    CHECK(text.contains(QStringLiteral("Tổng số hồ sơ: 9; đủ điều kiện: 7; cần xem xét: 1; không đủ điều kiện: 1; "
                                       "đã duyệt: 6 trên chỉ tiêu 95.")));
    CHECK(text.contains(QStringLiteral("I. TỔNG HỢP THEO KHỐI")));
    // Khối, chỉ tiêu, số hồ sơ, đủ, xem xét, không đủ, đã duyệt, còn lại.
    CHECK(text.contains(QStringLiteral("Mầm non 18 6 5 0 1 5 13")));
    CHECK(text.contains(QStringLiteral("Tiểu học 17 2 1 1 0 0 17")));
    CHECK(text.contains(QStringLiteral("Doanh nghiệp 15 1 1 0 0 1 14")));
    CHECK(text.contains(QStringLiteral("Tổng cộng 95 9 7 1 1 6 89")));

    // Every nominee once in the summary; the eligible ones nowhere else.
    const QString cells = flat(pdfText(path, 0, 0, true)); // table cells in drawing order
    CHECK(cells.contains(QStringLiteral("II. KẾT QUẢ THẨM ĐỊNH TỪNG HỒ SƠ")));
    for (const QString &name : standardOrder()) {
        CAPTURE(name.toStdString());
        CHECK(cells.count(name) == 1);
    }
    CHECK(cells.contains(QStringLiteral("1. Khối Mầm non (6 hồ sơ)")));
    // Codes may break after an underscore in their narrow column (a zero-width space).
    const QString model = output->document()->plainText().remove(QChar(0x200B));
    CHECK(model.contains(QStringLiteral("NOT_UNION_MEMBER")));
    CHECK(model.contains(QStringLiteral("FEWER_COPIES")));

    // Details: the two with findings, with their verdict, masked CCCD and messages.
    CHECK(cells.contains(QStringLiteral("III. CHI TIẾT CÁC HỒ SƠ CHƯA ĐẠT HOẶC CẦN XEM XÉT")));
    CHECK(cells.count(QStringLiteral("Cao Thị Nhàn")) == 2);
    CHECK(cells.count(QStringLiteral("Mạc Văn Khải")) == 2);
    CHECK(cells.contains(QStringLiteral("Kết luận: %1").arg(verdictName(Verdict::Ineligible))));
    CHECK(cells.contains(QStringLiteral("Kết luận: %1").arg(verdictName(Verdict::Review))));
    CHECK(cells.contains(QStringLiteral("CCCD ********1234")));
    CHECK_FALSE(cells.contains(QStringLiteral("031185001234")));
    CHECK(cells.contains(ruleOutcomeName(RuleOutcome::NotMet)));
    CHECK(cells.contains(ruleOutcomeName(RuleOutcome::NeedsReview)));
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    const CampaignCheck check = checkCampaign(*campaign, { notMember }, options.date);
    REQUIRE_FALSE(check.findings.first().isEmpty());
    for (const Finding &f : check.findings.first())
        CHECK(cells.contains(flat(f.message)));
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));

    for (const QString &format : { QStringLiteral("odt"), QStringLiteral("docx") }) {
        const QString file = dir.file(QStringLiteral("bc.") + format);
        REQUIRE(output->write(file).ok());
        const QString xml = zipEntry(file, format == QLatin1String("odt") ? QStringLiteral("content.xml")
                                                                          : QStringLiteral("word/document.xml"));
        CHECK(xml.contains(QStringLiteral("Cao Thị Nhàn")));
        CHECK_FALSE(xml.contains(QStringLiteral("031185001234")));
    }
}

TEST_CASE("eligibility report of 400 nominees takes at most a page per 10", "[docs][report]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    QList<Nominee> nominees;
    const QStringList blocs = { QStringLiteral("MN"), QStringLiteral("TH"),   QStringLiteral("THCS"),
                                QStringLiteral("XA"), QStringLiteral("HCSN"), QStringLiteral("DN") };
    for (int i = 0; i < 400; ++i) {
        Nominee n
            = eligibleNominee(*db, blocs.at(i % blocs.size()), QStringLiteral("Nguyễn Thị Phương Thảo %1").arg(i + 1),
                              QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao huyện"));
        n.id = i + 1;
        n.citizenId = QStringLiteral("0311850%1").arg(i, 5, 10, QLatin1Char('0'));
        // About a third with findings (as in vinhdanh-datagen's data): one
        // each, some with two or three.
        switch (i % 10) {
        case 1:
            n.copies = 1;
            break;
        case 4:
            n.softCopy = false;
            break;
        case 7:
            n.emulationTitle.clear();
            break;
        case 9:
            n.receivedDate = QDate(2024, 7, 9);
            n.documents.removeLast();
            n.endorsed = false;
            break;
        default:
            break;
        }
        nominees.append(n);
    }
    const Document report = buildEligibilityReport(*campaign, nominees, QDate(2024, 7, 15));
    const PagedLayout layout(report);
    CAPTURE(layout.pageCount());
    CHECK(layout.pageCount() <= 40);
    // The signature is not alone on the last page.
    int lastPageBoxes = 0;
    for (const PlacedBox &b : layout.boxes())
        lastPageBoxes += b.page == layout.pageCount() - 1;
    CHECK(lastPageBoxes > 1);
}

TEST_CASE("eligibility report of a campaign without nominees is refused", "[docs][report]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    auto output = buildOutput(*db, OutputKind::EligibilityReport, {});
    REQUIRE_FALSE(output.ok());
    CHECK(output.error().kind == ErrorKind::Validation);
}

TEST_CASE("eligibility report: a reviewed nominee is eligible, with who, when and why under its findings",
          "[docs][report][review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    Nominee oneCopy = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Mạc Văn Khải"),
                                      QStringLiteral("Trường Tiểu học An Dương"));
    oneCopy.copies = 1;
    const qint64 id = insertNominee(*db, oneCopy).id;
    REQUIRE(ReviewService(*db).review(id, QStringLiteral("Đơn vị cam kết nộp bản thứ hai"), QDate(2024, 7, 10)).ok());

    OutputOptions options;
    options.date = QDate(2024, 7, 15);
    auto output = buildOutput(*db, OutputKind::EligibilityReport, options);
    REQUIRE(output.ok());
    const QString path = dir.file(QStringLiteral("bc.pdf"));
    REQUIRE(output->write(path).ok());
    const QString text = flat(pdfText(path));
    CHECK(text.contains(QStringLiteral("Tổng số hồ sơ: 1; đủ điều kiện: 1; cần xem xét: 0;")));
    CHECK(text.contains(QStringLiteral("(đã xem xét)")));
    CHECK(text.contains(QStringLiteral("Đã xem xét: Đơn vị cam kết nộp bản thứ hai")));
}
