#include "attachmentstore.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {
QByteArray pngBytes() { return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(32, '\0'); }
QByteArray pdfBytes() { return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"); }
} // namespace

TEST_CASE("attachments keep their Vietnamese names and bytes, and are sniffed by content", "[core][attachment]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("a.sqlite")));
    const Nominee n = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Hoàng Thị Yến")));
    AttachmentStore store(*db);

    // The name says .jpg but the content is a PDF: the content decides.
    const QString path = dir.file(QStringLiteral("Biên bản họp bình bầu.jpg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdfBytes());
    f.close();
    auto added = store.addFile(n.id, path, QStringLiteral("BIEN_BAN"));
    REQUIRE(added.ok());
    CHECK(added->mimeType == QStringLiteral("application/pdf"));
    CHECK(added->fileName == QStringLiteral("Biên bản họp bình bầu.jpg"));
    REQUIRE(store.add(n.id, QStringLiteral("Tờ trình.png"), pngBytes()).ok());

    auto list = store.list(n.id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).mimeType == QStringLiteral("image/png"));
    CHECK(store.data(list->at(0).id).value() == pdfBytes());

    SECTION("text, empty and oversized files are refused with the reason")
    {
        auto text = store.add(n.id, QStringLiteral("ghi chú.pdf"), QByteArrayLiteral("chỉ là chữ"));
        REQUIRE_FALSE(text.ok());
        CHECK(text.error().kind == ErrorKind::Validation);
        CHECK(text.error().message.contains(QStringLiteral("ghi chú.pdf")));
        CHECK_FALSE(store.add(n.id, QStringLiteral("rỗng.png"), QByteArray()).ok());
        QByteArray big = pngBytes();
        big.append(QByteArray(AttachmentStore::maxFileSize, '\0'));
        auto tooBig = store.add(n.id, QStringLiteral("lớn.png"), big);
        REQUIRE_FALSE(tooBig.ok());
        CHECK(tooBig.error().message.contains(QStringLiteral("MB")));
        CHECK(store.list(n.id)->size() == 2);
    }

    SECTION("removing a nominee removes its files; restore puts them back with their ids")
    {
        auto saved = store.loadWithData(n.id);
        REQUIRE(saved.ok());
        REQUIRE(saved->size() == 2);
        const Nominee before = NomineeStore(*db).load(n.id).value();
        REQUIRE(NomineeStore(*db).remove(n.id).ok());
        CHECK(store.list(n.id)->isEmpty());
        REQUIRE(db->transaction([&]() -> Status {
                      if (auto st = NomineeStore(*db).restore(before); !st)
                          return st;
                      return store.restore(*saved);
                  }).ok());
        auto back = store.list(n.id);
        REQUIRE(back->size() == 2);
        CHECK(back->at(0).id == saved->at(0).info.id);
        CHECK(store.data(back->at(1).id).value() == pngBytes());
    }

    SECTION("remove deletes one file")
    {
        REQUIRE(store.remove(list->at(0).id).ok());
        CHECK(store.list(n.id)->size() == 1);
        CHECK_FALSE(store.remove(list->at(0).id).ok());
    }
}
