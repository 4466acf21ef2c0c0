#include "doctesttools.h"

#include "campaignstore.h"
#include "documents.h"
#include "outputs.h"
#include "rules.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

TEST_CASE("eligibility report gives per bloc figures and every rule of every nominee", "[docs][report]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db); // 6 approved (5 MN, 1 DN) + 1 TH not approved
    Nominee notMember = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Cao Thị Nhàn"));
    notMember.unionMember = false;
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

    for (const QString &name : standardOrder())
        CHECK(text.contains(name));
    CHECK(text.contains(QStringLiteral("Cao Thị Nhàn")));
    CHECK(text.contains(QStringLiteral("Kết luận: %1.").arg(verdictName(Verdict::Ineligible))));
    CHECK(text.contains(QStringLiteral("Kết luận: %1.").arg(verdictName(Verdict::Review))));
    CHECK(text.contains(QStringLiteral("Kết luận: %1; đã duyệt biểu dương.").arg(verdictName(Verdict::Eligible))));
    const QString cells = flat(pdfText(path, 0, 0, true)); // table cells in drawing order
    CHECK(cells.contains(ruleOutcomeName(RuleOutcome::NotMet)));
    CHECK(cells.contains(ruleOutcomeName(RuleOutcome::NeedsReview)));

    // Every rule line of a nominee is there, with its criterion.
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    const RulesEngine engine(*campaign);
    const auto lines = engine.report(notMember, DuplicateIndex(), options.date);
    REQUIRE_FALSE(lines.isEmpty());
    for (const RuleReportLine &line : lines) {
        CAPTURE(line.rule.toStdString());
        if (line.outcome == RuleOutcome::NotApplicable)
            CHECK(cells.contains(line.criterion.section(QLatin1Char(':'), 0, 0)));
        else
            CHECK(cells.contains(flat(line.criterion)));
    }
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));

    const QString odt = dir.file(QStringLiteral("bc.odt"));
    REQUIRE(output->write(odt).ok());
    CHECK(odfPackageValid(odt));
    CHECK(zipEntry(odt, QStringLiteral("content.xml")).contains(QStringLiteral("Cao Thị Nhàn")));
}

TEST_CASE("eligibility report of a campaign without nominees is refused", "[docs][report]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    auto output = buildOutput(*db, OutputKind::EligibilityReport, {});
    REQUIRE_FALSE(output.ok());
    CHECK(output.error().kind == ErrorKind::Validation);
}
