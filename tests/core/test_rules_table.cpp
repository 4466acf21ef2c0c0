// The rule table (ruleSpecs()) is the one list of rules: the engine, the codes,
// the categories and the table in docs/rules.md all follow it.
#include "rulesfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSaveFile>

using namespace vd;
using namespace vd::test;

namespace {

const QString kBegin = QStringLiteral("<!-- rule table: generated from ruleSpecs() -->\n");
const QString kEnd = QStringLiteral("<!-- end of rule table -->");

} // namespace

TEST_CASE("docs/rules.md shows the rule table the engine runs", "[rules]")
{
    const QString path = QStringLiteral(VINHDANH_SOURCE_DIR "/docs/rules.md");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString doc = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype begin = doc.indexOf(kBegin);
    const qsizetype end = doc.indexOf(kEnd);
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const qsizetype from = begin + kBegin.size();
    const QString table = doc.mid(from, end - from);
    const QString expected = ruleSpecsMarkdown();
    // VINHDANH_UPDATE_DOCS=1 writes the table into docs/rules.md instead.
    if (table != expected && qEnvironmentVariableIsSet("VINHDANH_UPDATE_DOCS")) {
        doc.replace(from, end - from, expected);
        QSaveFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(doc.toUtf8());
        REQUIRE(out.commit());
        return;
    }
    INFO("run VINHDANH_UPDATE_DOCS=1 build/tests/tests_core '[rules]' to refresh it");
    CHECK(table.toStdString() == expected.toStdString());
}

TEST_CASE("codes and categories come from the rule table", "[rules]")
{
    const QList<RuleSpec> &specs = ruleSpecs();
    REQUIRE(RulesEngine::ruleCodes().size() == specs.size());
    for (int i = 0; i < specs.size(); ++i) {
        const RuleSpec &spec = specs.at(i);
        CAPTURE(spec.code.toStdString());
        CHECK(RulesEngine::ruleCodes().at(i) == spec.code);
        CHECK(RulesEngine::appliesToCategory(spec.code, Category::Ldg));
        CHECK(RulesEngine::appliesToCategory(spec.code, Category::Ldst) == spec.forLdst);
        CHECK(spec.check != nullptr);
        CHECK(spec.describe != nullptr);
    }
    CHECK_FALSE(RulesEngine::appliesToCategory(QStringLiteral("NO_SUCH_RULE"), Category::Ldg));
}

TEST_CASE("the report's criteria quote the campaign's word lists", "[rules]")
{
    Campaign c = pureCampaign();
    c.criteria.leadershipPositions = { QStringLiteral("chủ nhiệm khoa"), QStringLiteral("hiệu trưởng") };
    c.criteria.emulationTitles = { QStringLiteral("Chiến sĩ thi đua cấp tỉnh") };
    c.criteria.sxkdExcludedPositions = { QStringLiteral("tổng giám đốc") };
    const RulesEngine engine(c);
    Nominee n = pureNominee(c, QStringLiteral("TH"), QStringLiteral("Vũ Thị Hạnh"));
    n.position = QStringLiteral("Chủ nhiệm khoa Toán");
    const DuplicateIndex index(QList<Nominee> { n });
    QHash<QString, RuleReportLine> byRule;
    for (const RuleReportLine &l : engine.report(n, index, QDate(2024, 7, 10)))
        byRule.insert(l.rule, l);
    const RuleReportLine leadership = byRule.value(QStringLiteral("LEADERSHIP_POSITION"));
    CHECK(leadership.criterion.contains(QStringLiteral("chủ nhiệm khoa, hiệu trưởng")));
    CHECK_FALSE(leadership.criterion.contains(QStringLiteral("phó phòng")));
    CHECK(leadership.outcome == RuleOutcome::NotMet);
    CHECK(leadership.message.contains(QStringLiteral("(chủ nhiệm khoa)")));
    CHECK(byRule.value(QStringLiteral("NO_EMULATION_TITLE"))
              .criterion.contains(QStringLiteral("Chiến sĩ thi đua cấp tỉnh")));
    CHECK(byRule.value(QStringLiteral("POSITION_NOT_ELIGIBLE")).criterion.contains(QStringLiteral("tổng giám đốc")));
}
