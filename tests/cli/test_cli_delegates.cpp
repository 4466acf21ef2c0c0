// vinhdanh-cli delegates import|list|checkin and the delegates' documents.
#include "../docs/doctesttools.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QStringList cli(const QString &db, const QStringList &args)
{
    return QStringList { QStringLiteral("--db"), db, QStringLiteral("delegates") } + args;
}

} // namespace

TEST_CASE("delegates: import, search without diacritics, check-in with live counts, documents", "[cli][delegates]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString csv = dir.file(QStringLiteral("dai-bieu.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên;Chức vụ;Cơ quan;Thành phần;Hàng ghế\n"
                "Lê Văn Thịnh;Chủ tịch;LĐLĐ huyện;Thường trực LĐLĐ;Hàng 1\n"
                "Nguyễn Văn An;Chủ tịch CĐCS;Trường THCS An Dương;Chủ tịch CĐCS;Hàng 3\n"
                "Nguyễn Thị Ánh;Chủ tịch CĐCS;Trường Mầm non Hoa Sen;Chủ tịch CĐCS;Hàng 3\n");
    }
    auto r = runCli(cli(db, { QStringLiteral("import"), csv }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("3 đại biểu")));

    r = runCli(cli(db, { QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"),
                         QStringLiteral("nguyen") }));
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("delegates")).toArray().size() == 2);

    // Two match "nguyen": refused with the candidates; one matches "thi anh".
    r = runCli(cli(db, { QStringLiteral("checkin"), QStringLiteral("--search"), QStringLiteral("nguyen") }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Nguyễn Thị Ánh")));
    r = runCli(cli(db, { QStringLiteral("checkin"), QStringLiteral("--search"), QStringLiteral("thi anh") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Có mặt: Nguyễn Thị Ánh")));
    CHECK(r.out.contains(QStringLiteral("Chủ tịch CĐCS: có mặt 1/2")));
    CHECK(r.out.contains(QStringLiteral("Có mặt 1/3 đại biểu")));
    r = runCli(cli(db, { QStringLiteral("checkin"), QStringLiteral("1") }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Có mặt 2/3 đại biểu")));
    r = runCli(cli(db, { QStringLiteral("checkin"), QStringLiteral("1"), QStringLiteral("--undo") }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Có mặt 1/3 đại biểu")));
    CHECK(runCli(cli(db, { QStringLiteral("checkin") })).exitCode == 2);

    for (const QString &cmd :
         { QStringLiteral("invitations"), QStringLiteral("labels"), QStringLiteral("checkin-list") }) {
        const QString out = dir.file(cmd + QStringLiteral(".pdf"));
        r = runCli(cli(db, { cmd, QStringLiteral("-o"), out }));
        INFO(cmd.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    CHECK(pdfPageCount(dir.file(QStringLiteral("invitations.pdf"))) == 3);
    const QString invitation = flat(pdfText(dir.file(QStringLiteral("invitations.pdf")), 1, 1));
    CHECK(invitation.contains(QStringLiteral("GIẤY MỜI")));
    CHECK(invitation.contains(QStringLiteral("Lê Văn Thịnh")));
    CHECK(invitation.contains(QStringLiteral("Hàng 1")));
    CHECK_FALSE(invitation.contains(QStringLiteral("được biểu dương."))); // not the honorees' wording
    const QString list = flat(pdfText(dir.file(QStringLiteral("checkin-list.pdf")), 0, 0, true));
    CHECK(list.contains(QStringLiteral("DANH SÁCH ĐÓN TIẾP ĐẠI BIỂU")));
    CHECK(list.contains(QStringLiteral("Chủ tịch CĐCS (2 người)")));
    CHECK(list.contains(QStringLiteral("Tổng cộng: 3 đại biểu.")));
    CHECK(flat(pdfText(dir.file(QStringLiteral("labels.pdf")))).contains(QStringLiteral("Đồng chí Nguyễn Văn An")));
}
