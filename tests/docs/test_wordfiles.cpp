// The structure of the DOCX and ODT files: what Word and LibreOffice need to
// paginate like the PDF (the real rendering is checked by the LibreOffice
// suite, tests/office).
#include "doctesttools.h"

#include "approvedlist.h"
#include "campaignstore.h"
#include "documents.h"
#include "docwriters.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

namespace {

// True when every part of the package is well-formed XML.
bool packageParses(const QString &path)
{
    const QString script = QStringLiteral("import sys, zipfile, xml.dom.minidom\n"
                                          "z = zipfile.ZipFile(sys.argv[1])\n"
                                          "assert z.testzip() is None\n"
                                          "for name in z.namelist():\n"
                                          "    if name.endswith('.xml') or name.endswith('.rels'):\n"
                                          "        xml.dom.minidom.parseString(z.read(name))\n"
                                          "print('ok')\n");
    return runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path }).trimmed()
           == QStringLiteral("ok");
}

ApprovedList approvedList(Database &db)
{
    auto list = loadApprovedList(db);
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("DOCX programme: A4, the decree's margins, Times New Roman, styles, page numbers from page 2", "[docs][docx]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    const QString path = dir.file(QStringLiteral("ct.docx"));
    REQUIRE(writeDocument(buildProgramme(*campaign), QStringLiteral("docx"), path).ok());
    CHECK(packageParses(path));

    const QString types = zipEntry(path, QStringLiteral("[Content_Types].xml"));
    CHECK(types.contains(QStringLiteral("wordprocessingml.document.main+xml")));
    const QString body = zipEntry(path, QStringLiteral("word/document.xml"));
    CHECK(body.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
    CHECK(body.contains(QStringLiteral("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"")));
    CHECK(body.contains(QStringLiteral("<w:titlePg/>")));
    CHECK(body.contains(QStringLiteral("w:type=\"first\"")));
    CHECK(body.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(body.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(body.contains(QStringLiteral("Lê Văn Thịnh")));
    CHECK(body.contains(QStringLiteral("<w:pStyle w:val=\"VdMotto\"/>")));
    // The page number: a PAGE field, centred, in the default header only.
    const QString header = zipEntry(path, QStringLiteral("word/header1.xml"));
    CHECK(header.contains(QStringLiteral(" PAGE ")));
    CHECK_FALSE(zipEntry(path, QStringLiteral("word/header2.xml")).contains(QStringLiteral("PAGE")));

    const QString styles = zipEntry(path, QStringLiteral("word/styles.xml"));
    CHECK(styles.contains(QStringLiteral("w:ascii=\"Times New Roman\"")));
    CHECK(styles.contains(QStringLiteral("<w:name w:val=\"VD Tiêu ngữ\"/>")));
    CHECK(styles.contains(QStringLiteral("w:styleId=\"VdNationalTitle\"")));
    CHECK(styles.contains(QStringLiteral("<w:widowControl/>")));
    CHECK(zipEntry(path, QStringLiteral("word/fontTable.xml"))
              .contains(QStringLiteral("<w:altName w:val=\"Liberation Serif\"/>")));
}

TEST_CASE("DOCX list: header row repeated, no row splits, one heading row per bloc kept with the next", "[docs][docx]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    const QString path = dir.file(QStringLiteral("ds.docx"));
    REQUIRE(
        writeDocument(buildApprovedListDocument(approvedList(*db), QDate(2024, 7, 20)), QStringLiteral("docx"), path)
            .ok());
    CHECK(packageParses(path));
    const QString body = zipEntry(path, QStringLiteral("word/document.xml"));
    // The list table: 1 header + 2 bloc rows + 6 honorees; the header and
    // closing layout tables: 2 + 1 rows.
    CHECK(body.count(QStringLiteral("<w:tr>")) == 9 + 3);
    CHECK(body.count(QStringLiteral("<w:cantSplit/>")) == 9 + 3);
    CHECK(body.count(QStringLiteral("<w:tblHeader/>")) == 1);
    for (const QString &name : standardOrder())
        CHECK(body.contains(name));
    CHECK(body.contains(QStringLiteral("w:gridSpan w:val=\"6\"")));
    CHECK(body.contains(QStringLiteral("<w:keepNext w:val=\"1\"/>")));
}

TEST_CASE("DOCX and ODT invitations: one honoree per page, no page numbers", "[docs][docx][odt]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    const Document doc = buildInvitations(approvedList(*db), QDate(2024, 7, 15));
    const QString docx = dir.file(QStringLiteral("gm.docx"));
    const QString odt = dir.file(QStringLiteral("gm.odt"));
    REQUIRE(writeDocument(doc, QStringLiteral("docx"), docx).ok());
    REQUIRE(writeDocument(doc, QStringLiteral("odt"), odt).ok());
    const int honorees = int(standardOrder().size());
    const QString body = zipEntry(docx, QStringLiteral("word/document.xml"));
    CHECK(body.count(QStringLiteral("<w:pageBreakBefore/>")) == honorees - 1);
    CHECK_FALSE(body.contains(QStringLiteral("headerReference")));
    const QString content = zipEntry(odt, QStringLiteral("content.xml"));
    CHECK(odfPackageValid(odt));
    // The page breaks sit in automatic table styles used once per invitation.
    CHECK(content.count(QStringLiteral("fo:break-before=\"page\"")) >= 1);
    CHECK_FALSE(zipEntry(odt, QStringLiteral("styles.xml")).contains(QStringLiteral("text:page-number")));
    for (const QString &name : standardOrder())
        CHECK(content.contains(name));
}

TEST_CASE("ODT tables: one cell per declared column, header rows, rows kept whole, no superscript", "[docs][odt]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto decision = buildDecision(approvedList(*db), QDate(2024, 7, 22), 1500000);
    REQUIRE(decision.ok());
    const QString path = dir.file(QStringLiteral("qd.odt"));
    REQUIRE(writeDocument(*decision, QStringLiteral("odt"), path).ok());
    CHECK(odfPackageValid(path));
    // Every row of every table has as many cells (covered ones included) as the table has columns.
    const QString script
        = QStringLiteral("import sys, zipfile, xml.dom.minidom\n"
                         "T = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'\n"
                         "doc = xml.dom.minidom.parseString(zipfile.ZipFile(sys.argv[1]).read('content.xml'))\n"
                         "bad = 0; rows = 0; headers = 0\n"
                         "for t in doc.getElementsByTagNameNS(T, 'table'):\n"
                         "    cols = len(t.getElementsByTagNameNS(T, 'table-column'))\n"
                         "    headers += len(t.getElementsByTagNameNS(T, 'table-header-rows'))\n"
                         "    for r in t.getElementsByTagNameNS(T, 'table-row'):\n"
                         "        rows += 1\n"
                         "        n = sum(1 for c in r.childNodes if c.nodeType == 1 and c.localName in "
                         "('table-cell', "
                         "'covered-table-cell'))\n"
                         "        bad += n != cols\n"
                         "print(rows, bad, headers)\n");
    const QStringList out = runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path })
                                .trimmed()
                                .split(QLatin1Char(' '));
    REQUIRE(out.size() == 3);
    CHECK(out.at(0).toInt() > 10);
    CHECK(out.at(1) == QStringLiteral("0"));
    CHECK(out.at(2) == QStringLiteral("1")); // the annex's table repeats its header row
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    CHECK_FALSE(content.contains(QStringLiteral("text-position")));
    CHECK(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
    CHECK(content.contains(QStringLiteral("fo:break-before=\"page\""))); // the annex
    CHECK(content.contains(QStringLiteral("TM. BTV LĐLĐ HUYỆN")));
    CHECK(content.contains(QStringLiteral("Lê Văn Thịnh")));
}
