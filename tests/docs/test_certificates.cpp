#include "doctesttools.h"

#include "certificates.h"
#include "settingsstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

TEST_CASE("certificate layout is stored database-wide and read back", "[docs][certificates]")
{
    TempDir dir;
    CertificateLayout layout = CertificateLayout::defaults();
    {
        auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
        SettingsStore settings(*db);

        auto initial = loadCertificateLayout(settings);
        REQUIRE(initial.ok());
        CHECK(initial->fields.size() == CertificateLayout::defaults().fields.size());
        CHECK(initial->orientation == QPageLayout::Landscape);

        layout.fields[0].xMm = 120.5;
        layout.fields[0].yMm = 88;
        layout.fields[0].pointSize = 28;
        layout.fields[0].fontFamily = QStringLiteral("Liberation Serif");
        layout.fields[0].align = Qt::AlignLeft;
        REQUIRE(saveCertificateLayout(settings, layout).ok());
    }

    auto reopened = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    SettingsStore again(*reopened);
    auto loaded = loadCertificateLayout(again);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->fields.size() == layout.fields.size());
    const CertificateField &f = loaded->fields.at(0);
    CHECK(f.key == QStringLiteral("name"));
    CHECK(f.xMm == Approx(120.5));
    CHECK(f.yMm == Approx(88));
    CHECK(f.pointSize == Approx(28));
    CHECK(f.fontFamily == QStringLiteral("Liberation Serif"));
    CHECK(f.align == Qt::AlignLeft);
    CHECK(loaded->toJson() == layout.toJson());
}

TEST_CASE("certificate layouts with wrong fields are refused with every problem named", "[docs][certificates]")
{
    struct Row
    {
        QString json;
        int problems;
    };
    const QList<Row> rows = {
        { QStringLiteral("{\"orientation\":\"landscape\",\"fields\":[{\"key\":\"nom\",\"x_mm\":10,\"y_mm\":10}]}"), 1 },
        { QStringLiteral("{\"fields\":[{\"key\":\"name\",\"x_mm\":400,\"y_mm\":10,\"size_pt\":200}]}"), 2 },
        { QStringLiteral("{\"fields\":[{\"key\":\"unit\",\"x_mm\":10,\"y_mm\":10,\"align\":\"middle\"}]}"), 1 },
    };
    for (const Row &r : rows) {
        CAPTURE(r.json.toStdString());
        auto parsed = CertificateLayout::fromJson(r.json);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::Validation);
        CHECK(parsed.error().details.size() == r.problems);
    }
    auto broken = CertificateLayout::fromJson(QStringLiteral("{not json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().kind == ErrorKind::Validation);
    auto sideways = CertificateLayout::fromJson(QStringLiteral("{\"orientation\":\"diagonal\",\"fields\":[]}"));
    CHECK_FALSE(sideways.ok());
}

TEST_CASE("certificates print one honoree per page at the calibrated place", "[docs][certificates][pdf]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    const QString path = dir.file(QStringLiteral("gk.pdf"));
    REQUIRE(writePdf(buildCertificates(*list, CertificateLayout::defaults(), QDate(2024, 7, 26)), path).ok());
    const QStringList order = standardOrder();
    REQUIRE(pdfPageCount(path) == order.size());
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))));
    for (int p = 1; p <= order.size(); ++p) {
        const QString page = flat(pdfText(path, p, p));
        CAPTURE(p);
        CHECK(page.contains(order.at(p - 1)));
        CHECK(page.contains(QStringLiteral("An Dương, ngày 26 tháng 7 năm 2024")));
        CHECK(page.contains(QStringLiteral("Đạt danh hiệu Lao động giỏi tiêu biểu năm 2023")));
    }

    // The name sits where the layout says: centred on X, baseline at Y (±2 mm).
    const QString bbox = runTool(QStringLiteral("pdftotext"),
                                 { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-") });
    const auto m = QRegularExpression(QStringLiteral("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                                     "yMax=\"([\\d.]+)\">Lê</word>"))
                       .match(bbox);
    REQUIRE(m.hasMatch());
    const double ptPerMm = 72.0 / 25.4;
    const CertificateField name = CertificateLayout::defaults().fields.at(0);
    const double bottomMm = m.captured(4).toDouble() / ptPerMm;
    CHECK(bottomMm == Approx(name.yMm).margin(3));
    const double leftMm = m.captured(1).toDouble() / ptPerMm;
    CHECK(leftMm < name.xMm);
    CHECK(leftMm > name.xMm - 40);

    // A selection prints only the chosen honorees.
    const QList<Nominee> all = list->nominees();
    const QString some = dir.file(QStringLiteral("gk2.pdf"));
    REQUIRE(writePdf(buildCertificates(list->restrictedTo({ all.at(2).id }), CertificateLayout::defaults(),
                                       QDate(2024, 7, 26)),
                     some)
                .ok());
    REQUIRE(pdfPageCount(some) == 1);
    CHECK(flat(pdfText(some)).contains(order.at(2)));
}

TEST_CASE("certificate test page shows the millimetre grid and every field, dated by the campaign",
          "[docs][certificates][pdf]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("thu.pdf"));
    const CertificateLayout layout = CertificateLayout::defaults();
    Campaign campaign;
    campaign.place = QStringLiteral("An Dương");
    campaign.year = 2023;
    campaign.documentDate = QDate(2024, 7, 4);
    campaign.conferenceDate = QDate(2024, 7, 26);
    REQUIRE(writePdf(buildCertificateTestPage(layout, campaign), path).ok());
    REQUIRE(pdfPageCount(path) == 1);
    const QString text = flat(pdfText(path));
    for (const QString &mark : { QStringLiteral("20"), QStringLiteral("100"), QStringLiteral("280") })
        CHECK(text.contains(mark));
    for (const CertificateField &f : layout.fields)
        CHECK(text.contains(QStringLiteral("%1 (X %2, Y %3 mm)").arg(f.key).arg(f.xMm).arg(f.yMm)));
    CHECK(text.contains(QStringLiteral("Nguyễn Thị Ánh")));
    // The campaign's conference date and year, whatever today is.
    CHECK(text.contains(QStringLiteral("An Dương, ngày 26 tháng 7 năm 2024")));
    CHECK(text.contains(QStringLiteral("Lao động giỏi tiêu biểu năm 2023")));

    // Without a conference date, the plan's date.
    campaign.conferenceDate = QDate();
    REQUIRE(writePdf(buildCertificateTestPage(layout, campaign), path).ok());
    CHECK(flat(pdfText(path)).contains(QStringLiteral("An Dương, ngày 04 tháng 7 năm 2024")));
}
