#include "rulesfixture.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace vd;
using namespace vd::test;

namespace {

Severity contractSeverity(const QString &code)
{
    static const QSet<QString> warnings
        = { QStringLiteral("POSITION_UNCLEAR"), QStringLiteral("FEWER_COPIES"), QStringLiteral("NO_SOFT_COPY") };
    return warnings.contains(code) ? Severity::Warning : Severity::Error;
}

struct Row
{
    const char *what;
    const char *bloc;
    std::function<void(Nominee &)> change;
    QSet<QString> expected;
    Verdict verdict;
};

} // namespace

TEST_CASE("every finding code fires exactly when the contract says", "[rules]")
{
    const Campaign c = pureCampaign();
    const QList<Row> rows = {
        { "eligible HCSN nominee", "MN", [](Nominee &) {}, {}, Verdict::Eligible },
        { "eligible SXKD nominee", "DN", [](Nominee &) {}, {}, Verdict::Eligible },
        { "not a union member",
          "MN",
          [](Nominee &n) { n.unionMember = false; },
          { QStringLiteral("NOT_UNION_MEMBER") },
          Verdict::Ineligible },
        { "HCSN vice-principal",
          "TH",
          [](Nominee &n) { n.position = QStringLiteral("Phó hiệu trưởng"); },
          { QStringLiteral("LEADERSHIP_POSITION") },
          Verdict::Ineligible },
        { "SXKD chief accountant",
          "DN",
          [](Nominee &n) { n.position = QStringLiteral("Kế toán trưởng"); },
          { QStringLiteral("POSITION_NOT_ELIGIBLE") },
          Verdict::Ineligible },
        { "position on no list with trưởng",
          "XA",
          [](Nominee &n) { n.position = QStringLiteral("Trưởng thôn"); },
          { QStringLiteral("POSITION_UNCLEAR") },
          Verdict::Review },
        { "HCSN with Lao động tiên tiến only",
          "MN",
          [](Nominee &n) { n.emulationTitle = QStringLiteral("Lao động tiên tiến"); },
          { QStringLiteral("NO_EMULATION_TITLE") },
          Verdict::Ineligible },
        { "HCSN without any title",
          "HCSN",
          [](Nominee &n) { n.emulationTitle.clear(); },
          { QStringLiteral("NO_EMULATION_TITLE") },
          Verdict::Ineligible },
        { "SXKD needs no emulation title", "DN", [](Nominee &n) { n.emulationTitle.clear(); }, {}, Verdict::Eligible },
        { "no initiative",
          "THCS",
          [](Nominee &n) { n.initiative.clear(); },
          { QStringLiteral("NO_APPLIED_INITIATIVE") },
          Verdict::Ineligible },
        { "initiative without decision",
          "DN",
          [](Nominee &n) { n.initiativeDecision.clear(); },
          { QStringLiteral("NO_APPLIED_INITIATIVE") },
          Verdict::Ineligible },
        { "SXKD without merit award",
          "DN",
          [](Nominee &n) {
              n.meritAward.clear();
              n.meritYear = 0;
          },
          { QStringLiteral("NO_MERIT_AWARD") },
          Verdict::Ineligible },
        { "SXKD merit award of another year",
          "DN",
          [](Nominee &n) { n.meritYear = 2022; },
          { QStringLiteral("NO_MERIT_AWARD") },
          Verdict::Ineligible },
        { "SXKD merit year unknown but in the text",
          "DN",
          [](Nominee &n) {
              n.meritYear = 0;
              n.meritAward = QStringLiteral("Giấy khen năm 2023");
          },
          {},
          Verdict::Eligible },
        { "SXKD merit year unknown and not in the text",
          "DN",
          [](Nominee &n) {
              n.meritYear = 0;
              n.meritAward = QStringLiteral("Giấy khen của Công đoàn");
          },
          { QStringLiteral("NO_MERIT_AWARD") },
          Verdict::Ineligible },
        { "HCSN needs no merit award",
          "MN",
          [](Nominee &n) {
              n.meritAward.clear();
              n.meritYear = 0;
          },
          {},
          Verdict::Eligible },
        { "not received",
          "MN",
          [](Nominee &n) { n.receivedDate = QDate(); },
          { QStringLiteral("NOT_RECEIVED") },
          Verdict::Ineligible },
        { "received late",
          "MN",
          [](Nominee &n) { n.receivedDate = QDate(2024, 7, 12); },
          { QStringLiteral("LATE_SUBMISSION") },
          Verdict::Ineligible },
        { "no endorsement",
          "XA",
          [](Nominee &n) { n.endorsed = false; },
          { QStringLiteral("NO_ENDORSEMENT") },
          Verdict::Ineligible },
        { "dossier without minutes",
          "MN",
          [](Nominee &n) { n.documents.removeAll(QStringLiteral("BIEN_BAN")); },
          { QStringLiteral("DOSSIER_INCOMPLETE") },
          Verdict::Ineligible },
        { "one paper set",
          "MN",
          [](Nominee &n) { n.copies = 1; },
          { QStringLiteral("FEWER_COPIES") },
          Verdict::Review },
        { "no soft copy",
          "DN",
          [](Nominee &n) { n.softCopy = false; },
          { QStringLiteral("NO_SOFT_COPY") },
          Verdict::Review },
        { "warning and error together",
          "MN",
          [](Nominee &n) {
              n.softCopy = false;
              n.endorsed = false;
          },
          { QStringLiteral("NO_SOFT_COPY"), QStringLiteral("NO_ENDORSEMENT") },
          Verdict::Ineligible },
        { "LDST: position, title and merit award are not checked",
          "MN",
          [](Nominee &n) {
              n.category = Category::Ldst;
              n.position = QStringLiteral("Hiệu trưởng");
              n.emulationTitle.clear();
          },
          {},
          Verdict::Eligible },
        { "LDST: SXKD manager without merit award",
          "DN",
          [](Nominee &n) {
              n.category = Category::Ldst;
              n.position = QStringLiteral("Phó Giám đốc");
              n.meritAward.clear();
          },
          {},
          Verdict::Eligible },
        { "LDST: the initiative is still required",
          "DN",
          [](Nominee &n) {
              n.category = Category::Ldst;
              n.initiativeDecision.clear();
          },
          { QStringLiteral("NO_APPLIED_INITIATIVE") },
          Verdict::Ineligible },
        { "LDST: membership, dossier and deadline still apply",
          "TH",
          [](Nominee &n) {
              n.category = Category::Ldst;
              n.unionMember = false;
              n.copies = 0;
              n.receivedDate = QDate(2024, 7, 8);
          },
          { QStringLiteral("NOT_UNION_MEMBER"), QStringLiteral("FEWER_COPIES"), QStringLiteral("LATE_SUBMISSION") },
          Verdict::Ineligible },
    };
    for (const Row &row : rows) {
        CAPTURE(row.what);
        Nominee n = pureNominee(c, QString::fromLatin1(row.bloc), QStringLiteral("Nguyễn Thị Hoa"));
        row.change(n);
        const QList<Finding> findings = checkAlone(c, n);
        CHECK(joinCodes(codesOf(findings)).toStdString() == joinCodes(row.expected).toStdString());
        CHECK(verdictOf(findings) == row.verdict);
        for (const Finding &f : findings) {
            CAPTURE(f.code.toStdString());
            CHECK(f.severity == contractSeverity(f.code));
            CHECK_FALSE(f.message.isEmpty());
        }
    }
}

TEST_CASE("messages say what is missing and cite the plan", "[rules]")
{
    const Campaign c = pureCampaign();
    Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Trần Thị Lan"));
    n.emulationTitle = QStringLiteral("Lao động tiên tiến");
    n.documents = { QStringLiteral("TO_TRINH") };
    n.copies = 1;
    const QList<Finding> findings = checkAlone(c, n);
    QHash<QString, QString> byCode;
    for (const Finding &f : findings)
        byCode.insert(f.code, f.message);
    CHECK(byCode.value(QStringLiteral("NO_EMULATION_TITLE")).toStdString()
          == "Tiêu chuẩn 2.1: chưa có danh hiệu Chiến sĩ thi đua cơ sở trở lên (đang ghi: Lao động tiên tiến)");
    const QString dossier = byCode.value(QStringLiteral("DOSSIER_INCOMPLETE"));
    CHECK(dossier.contains(QStringLiteral("Biên bản họp bình bầu của BCH CĐCS")));
    CHECK(dossier.contains(QStringLiteral("Danh sách trích ngang thành tích có xác nhận")));
    CHECK_FALSE(dossier.contains(QStringLiteral("Tờ trình")));
    CHECK(byCode.value(QStringLiteral("FEWER_COPIES")).contains(QStringLiteral("02 bộ")));

    Nominee late = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Lê Văn Tú"));
    late.receivedDate = QDate(2024, 7, 8);
    late.meritYear = 2022;
    const QList<Finding> lateFindings = checkAlone(c, late);
    QHash<QString, QString> lateByCode;
    for (const Finding &f : lateFindings)
        lateByCode.insert(f.code, f.message);
    // Both findings must be there: a vanished finding fails here, not silently.
    REQUIRE(lateByCode.contains(QStringLiteral("LATE_SUBMISSION")));
    REQUIRE(lateByCode.contains(QStringLiteral("NO_MERIT_AWARD")));
    const QString lateMessage = lateByCode.value(QStringLiteral("LATE_SUBMISSION"));
    CHECK(lateMessage.contains(QStringLiteral("08/07/2024")));
    CHECK(lateMessage.contains(QStringLiteral("trước ngày 08/07/2024")));
    const QString meritMessage = lateByCode.value(QStringLiteral("NO_MERIT_AWARD"));
    CHECK(meritMessage.contains(QStringLiteral("2022")));
    CHECK(meritMessage.contains(QStringLiteral("2023")));
}

TEST_CASE("the deadline is exclusive by default and can be made inclusive", "[rules]")
{
    Campaign c = pureCampaign();
    struct DeadlineRow
    {
        QDate received;
        bool inclusive;
        bool late;
    };
    const QList<DeadlineRow> rows = {
        { QDate(2024, 7, 7), false, false }, { QDate(2024, 7, 8), false, true }, { QDate(2024, 7, 9), false, true },
        { QDate(2024, 7, 7), true, false },  { QDate(2024, 7, 8), true, false }, { QDate(2024, 7, 9), true, true },
    };
    for (const DeadlineRow &row : rows) {
        CAPTURE(row.received.toString(Qt::ISODate).toStdString(), row.inclusive);
        c.deadlineInclusive = row.inclusive;
        Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Phạm Thu Hà"));
        n.receivedDate = row.received;
        const QSet<QString> codes = codesOf(checkAlone(c, n));
        CHECK(codes.contains(QStringLiteral("LATE_SUBMISSION")) == row.late);
        CHECK_FALSE(codes.contains(QStringLiteral("NOT_RECEIVED")));
    }
}

TEST_CASE("the criteria lists are campaign data, not code", "[rules]")
{
    Campaign c = pureCampaign();
    Nominee n = pureNominee(c, QStringLiteral("THCS"), QStringLiteral("Vũ Minh Đức"));
    n.position = QStringLiteral("Trưởng khoa");
    CHECK(codesOf(checkAlone(c, n)) == QSet<QString> { QStringLiteral("POSITION_UNCLEAR") });
    c.criteria.leadershipPositions.append(QStringLiteral("trưởng khoa"));
    CHECK(codesOf(checkAlone(c, n)) == QSet<QString> { QStringLiteral("LEADERSHIP_POSITION") });

    n.position = QStringLiteral("Giáo viên");
    n.emulationTitle = QStringLiteral("Lao động tiên tiến");
    c.criteria.emulationTitles.append(QStringLiteral("lao động tiên tiến"));
    CHECK(checkAlone(c, n).isEmpty());

    c.criteria.minCopies = 3;
    CHECK(codesOf(checkAlone(c, n)) == QSet<QString> { QStringLiteral("FEWER_COPIES") });
    c.criteria.minCopies = 2;

    c.documentTypes.append({ QStringLiteral("QD_KHAC"), QStringLiteral("Quyết định khác"), true });
    const QList<Finding> f = checkAlone(c, n);
    REQUIRE(f.size() == 1);
    CHECK(f.first().code == QStringLiteral("DOSSIER_INCOMPLETE"));
    CHECK(f.first().message.contains(QStringLiteral("Quyết định khác")));

    Nominee dn = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Đỗ Văn Hải"));
    c.criteria.meritYear = 2024;
    CHECK(codesOf(checkAlone(c, dn)) == QSet<QString> { QStringLiteral("NO_MERIT_AWARD") });
}

TEST_CASE("verdictOf follows the severities", "[rules]")
{
    CHECK(verdictOf({}) == Verdict::Eligible);
    CHECK(verdictOf({ { QStringLiteral("NO_SOFT_COPY"), Severity::Warning, QString() } }) == Verdict::Review);
    CHECK(verdictOf({ { QStringLiteral("NO_SOFT_COPY"), Severity::Warning, QString() },
                      { QStringLiteral("NOT_RECEIVED"), Severity::Error, QString() } })
          == Verdict::Ineligible);
    CHECK(verdictCode(Verdict::Eligible) == QStringLiteral("eligible"));
    CHECK(verdictCode(Verdict::Review) == QStringLiteral("review"));
    CHECK(verdictCode(Verdict::Ineligible) == QStringLiteral("ineligible"));
    CHECK(severityCode(Severity::Error) == QStringLiteral("error"));
    CHECK(severityCode(Severity::Warning) == QStringLiteral("warning"));
}

TEST_CASE("the report has one line per rule with the evidence", "[rules]")
{
    const Campaign c = pureCampaign();
    Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Hoàng Thị Mai"));
    n.emulationTitle = QStringLiteral("Lao động tiên tiến");
    n.copies = 1;
    const DuplicateIndex index(QList<Nominee> { n });
    const RulesEngine engine(c);
    const QList<RuleReportLine> lines = engine.report(n, index, QDate(2024, 7, 10));
    REQUIRE(lines.size() == RulesEngine::ruleCodes().size());
    QHash<QString, RuleReportLine> byRule;
    for (int i = 0; i < lines.size(); ++i) {
        CHECK(lines.at(i).rule == RulesEngine::ruleCodes().at(i));
        CHECK_FALSE(lines.at(i).criterion.isEmpty());
        CHECK_FALSE(lines.at(i).field.isEmpty());
        byRule.insert(lines.at(i).rule, lines.at(i));
    }
    CHECK(byRule.value(QStringLiteral("NO_EMULATION_TITLE")).outcome == RuleOutcome::NotMet);
    CHECK(byRule.value(QStringLiteral("NO_EMULATION_TITLE")).evidence == QStringLiteral("Lao động tiên tiến"));
    CHECK(byRule.value(QStringLiteral("FEWER_COPIES")).outcome == RuleOutcome::NeedsReview);
    CHECK(byRule.value(QStringLiteral("FEWER_COPIES")).evidence == QStringLiteral("1"));
    CHECK(byRule.value(QStringLiteral("NO_MERIT_AWARD")).outcome == RuleOutcome::NotApplicable);
    CHECK(byRule.value(QStringLiteral("POSITION_NOT_ELIGIBLE")).outcome == RuleOutcome::NotApplicable);
    CHECK(byRule.value(QStringLiteral("LEADERSHIP_POSITION")).outcome == RuleOutcome::Met);
    CHECK(byRule.value(QStringLiteral("LEADERSHIP_POSITION")).evidence == QStringLiteral("Giáo viên"));
    CHECK(byRule.value(QStringLiteral("LATE_SUBMISSION")).evidence == QStringLiteral("05/07/2024"));

    // The report and check agree: not met/review lines are exactly the findings.
    const QList<Finding> findings = engine.check(n, index, QDate(2024, 7, 10));
    QSet<QString> failing;
    for (const RuleReportLine &l : lines) {
        if (l.outcome == RuleOutcome::NotMet || l.outcome == RuleOutcome::NeedsReview) {
            failing.insert(l.rule);
            CHECK_FALSE(l.message.isEmpty());
        }
    }
    CHECK(failing == codesOf(findings));
    CHECK(ruleOutcomeCode(RuleOutcome::NeedsReview) == QStringLiteral("review"));
}

TEST_CASE("the report marks LDG-only rules not applicable for LDST", "[rules]")
{
    const Campaign c = pureCampaign();
    Nominee n = pureNominee(c, QStringLiteral("DN"), QStringLiteral("Ngô Văn Sáng"));
    n.category = Category::Ldst;
    n.position = QStringLiteral("Giám đốc");
    const DuplicateIndex index(QList<Nominee> { n });
    const QList<RuleReportLine> lines = RulesEngine(c).report(n, index, QDate(2024, 7, 10));
    REQUIRE(lines.size() == RulesEngine::ruleCodes().size());
    for (const RuleReportLine &l : lines) {
        CAPTURE(l.rule.toStdString());
        const bool applies = RulesEngine::appliesToCategory(l.rule, Category::Ldst);
        // HONOURED_BEFORE is off (not applicable) while the campaign sets no years.
        if (l.rule == QStringLiteral("HONOURED_BEFORE") && c.honouredBeforeYears == 0) {
            CHECK(l.outcome == RuleOutcome::NotApplicable);
            continue;
        }
        CHECK((l.outcome == RuleOutcome::NotApplicable) == !applies);
    }
}
