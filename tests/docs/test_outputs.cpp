#include "doctesttools.h"

#include "campaignstore.h"
#include "council.h"
#include "delegates.h"
#include "outputs.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

TEST_CASE("every output builds, prints on a paged device and writes its formats", "[docs][outputs]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    OutputOptions options;
    options.date = QDate(2024, 7, 22);
    options.rewardAmount = 1500000;
    // The council's minutes need a member and a vote count.
    CouncilMember member;
    member.campaignId = CampaignStore(*db).loadActive()->id;
    member.fullName = QStringLiteral("Lương Thế Quý");
    member.role = CouncilRole::Chair;
    REQUIRE(CouncilStore(*db).addMember(member).ok());
    auto ballot = loadCouncilResult(*db, options.date);
    REQUIRE(ballot.ok());
    REQUIRE_FALSE(ballot->blocs.isEmpty());
    REQUIRE(CouncilStore(*db)
                .setVote(member.campaignId, ballot->blocs.first().rows.first().nominee.id, { 1, 0, 0 }, options.date)
                .ok());

    // The delegates' documents need a delegate.
    Delegate guest;
    guest.campaignId = member.campaignId;
    guest.fullName = QStringLiteral("Lê Văn Thịnh");
    guest.title = QStringLiteral("Chủ tịch LĐLĐ huyện");
    guest.groupName = QStringLiteral("Thường trực LĐLĐ");
    REQUIRE(DelegateStore(*db).add(guest).ok());

    for (OutputKind kind : allOutputKinds()) {
        CAPTURE(outputName(kind).toStdString());
        auto output = buildOutput(*db, kind, options);
        INFO((output ? QString() : output.error().message).toStdString());
        REQUIRE(output.ok());
        CHECK_FALSE(output->title().isEmpty());
        const bool painted = kind == OutputKind::Certificates || kind == OutputKind::CertificateTestPage
                             || kind == OutputKind::SlideDeck;
        CHECK((output->textDocument() == nullptr) == painted);
        CHECK((output->document() == nullptr) == painted);
        // Word first wherever a document has it (the Xuất & in page offers them in this order).
        CHECK(output->formats().first() == (painted ? QStringLiteral("pdf") : QStringLiteral("docx")));

        // Printing goes through the same code as the PDF: a QPdfWriter stands in for QPrinter.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter printer(&buffer);
            printer.setResolution(300);
            auto pages = output->printTo(&printer);
            REQUIRE(pages.ok());
            CHECK(*pages >= 1);
        }
        CHECK(bytes.startsWith("%PDF"));

        for (const QString &format : output->formats()) {
            const QString path = dir.file(QStringLiteral("out-%1.%2").arg(int(kind)).arg(format));
            auto written = output->write(path);
            INFO(format.toStdString());
            REQUIRE(written.ok());
            CHECK(QFile(path).size() > 0);
        }
        auto refused = output->write(dir.file(QStringLiteral("out.rtf")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Usage);
    }
}

TEST_CASE("outputs for a selection refuse ids outside the approved list", "[docs][outputs]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    Nominee pending = addHonoree(*db, QStringLiteral("MN"), QStringLiteral("Vũ Thị Hoa"),
                                 QStringLiteral("Trường Mầm non Hoa Sen"), false);
    OutputOptions options;
    options.ids = { pending.id };
    auto output = buildOutput(*db, OutputKind::Invitations, options);
    REQUIRE_FALSE(output.ok());
    CHECK(output.error().kind == ErrorKind::Validation);
}
