// Helpers for checking generated documents with the system tools (poppler's
// pdftotext/pdfinfo/pdffonts, Debian's python3-openpyxl) and for filling a
// database with approved honorees. Header-only: used by tests_docs, tests_core
// and tests_cli.
#pragma once

#include "database.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace vd::test {

// Runs a program; fails the test if it cannot run or exits non-zero.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString());
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout of pages first..last (0: all); with `raw`, the text in
// drawing order instead (a table cell's lines stay together).
inline QString pdfText(const QString &path, int first = 0, int last = 0, bool raw = false)
{
    QStringList args
        = { raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// White space runs collapsed to one space (justified lines spread words).
inline QString squeezed(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    QString s = text;
    return s.replace(spaces, QStringLiteral(" "));
}

// All white space (line ends too) collapsed to one space.
inline QString flat(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = text;
    return s.replace(spaces, QStringLiteral(" "));
}

inline int pdfPageCount(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// The first sheet: rows (each cell [value, openpyxl data_type, number_format]),
// column widths, row heights, and the print setup with its page header/footer.
inline QJsonObject xlsxInfo(const QString &path)
{
    const QString script = QStringLiteral(
        "import json, sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "ws = wb.worksheets[0]\n"
        "rows = []\n"
        "for row in ws.iter_rows():\n"
        "    rows.append([[c.value, c.data_type, c.number_format] for c in row])\n"
        "print(json.dumps({'rows': rows, 'freeze': ws.freeze_panes, 'landscape': ws.page_setup.orientation,\n"
        "    'paper': ws.page_setup.paperSize, 'repeat': str(ws.print_title_rows),\n"
        "    'bold': bool(ws.cell(1, 1).font.b), 'wrap': bool(ws.cell(2, 6).alignment.wrap_text),\n"
        "    'width_f': ws.column_dimensions['F'].width,\n"
        "    'widths': [ws.column_dimensions[c].width for c in 'ABCDEF'],\n"
        "    'heights': [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)],\n"
        "    'header_left': ws.oddHeader.left.text, 'header_right': ws.oddHeader.right.text,\n"
        "    'header_size': ws.oddHeader.left.size, 'footer_center': ws.oddFooter.center.text,\n"
        "    'font_size': ws.cell(2, 2).font.sz}))\n");
    const QString out = runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path });
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

// The bytes of one entry of a zip file (python3 zipfile), "" if missing.
inline QString zipEntry(const QString &path, const QString &entry)
{
    const QString script = QStringLiteral("import sys, zipfile\n"
                                          "z = zipfile.ZipFile(sys.argv[1])\n"
                                          "assert z.testzip() is None\n"
                                          "sys.stdout.write(z.read(sys.argv[2]).decode('utf-8'))\n");
    return runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path, entry });
}

// True when every XML entry of an ODF package parses and "mimetype" is the
// first entry, stored uncompressed.
inline bool odfPackageValid(const QString &path)
{
    const QString script
        = QStringLiteral("import sys, zipfile, xml.dom.minidom\n"
                         "z = zipfile.ZipFile(sys.argv[1])\n"
                         "first = z.infolist()[0]\n"
                         "assert first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED\n"
                         "for name in z.namelist():\n"
                         "    if name.endswith('.xml'):\n"
                         "        xml.dom.minidom.parseString(z.read(name))\n"
                         "print('ok')\n");
    return runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path }).trimmed()
           == QStringLiteral("ok");
}

// Inserts an eligible nominee of the bloc and approves it (no rule checks).
inline Nominee addHonoree(Database &db, const QString &bloc, const QString &name,
                          const QString &unit = QStringLiteral("Trường Mầm non Hoa Sen"), bool approve = true)
{
    Nominee n = insertNominee(db, eligibleNominee(db, bloc, name, unit));
    if (approve) {
        auto done = NomineeStore(db).setApproved({ n.id }, true);
        REQUIRE(done.ok());
        n.approved = true;
    }
    return n;
}

// The standard small set: DN inserted first (the list must still start with
// MN), Anh/Ánh/Dũng/Đức to check Vietnamese order, one unapproved nominee,
// and a CCCD-like achievements value that must stay text.
inline void addStandardHonorees(Database &db)
{
    Nominee dn = eligibleNominee(db, QStringLiteral("DN"), QStringLiteral("Bùi Thị Yến"),
                                 QStringLiteral("Công ty CP May An Dương"));
    dn.achievements = QStringLiteral("031185001234");
    dn = insertNominee(db, dn);
    REQUIRE(NomineeStore(db).setApproved({ dn.id }, true).ok());
    addHonoree(db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"));
    addHonoree(db, QStringLiteral("MN"), QStringLiteral("Trần Văn Anh"));
    addHonoree(db, QStringLiteral("MN"), QStringLiteral("Phạm Văn Đức"));
    addHonoree(db, QStringLiteral("MN"), QStringLiteral("Lê Thị Anh"));
    addHonoree(db, QStringLiteral("MN"), QStringLiteral("Hoàng Dũng"));
    addHonoree(db, QStringLiteral("TH"), QStringLiteral("Đỗ Văn Bình"), QStringLiteral("Trường Tiểu học An Dương"),
               false);
}

// Names of addStandardHonorees() in list order.
inline QStringList standardOrder()
{
    return { QStringLiteral("Lê Thị Anh"), QStringLiteral("Trần Văn Anh"), QStringLiteral("Nguyễn Thị Ánh"),
             QStringLiteral("Hoàng Dũng"), QStringLiteral("Phạm Văn Đức"), QStringLiteral("Bùi Thị Yến") };
}

} // namespace vd::test
