#include "doctesttools.h"

#include "ziparchive.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd::docs;
using namespace vd::test;

TEST_CASE("zip archives round-trip and are read by Python's zipfile", "[docs][zip]")
{
    QByteArray big;
    for (int i = 0; i < 5000; ++i)
        big += "Lao động giỏi tiêu biểu " + QByteArray::number(i) + '\n';
    const QList<ZipEntry> entries = {
        { QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false },
        { QStringLiteral("content.xml"), big, true },
        { QStringLiteral("META-INF/tệp.xml"), QByteArrayLiteral("<a/>"), true },
        { QStringLiteral("empty"), QByteArray(), true },
    };
    auto bytes = writeZip(entries);
    REQUIRE(bytes.ok());
    CHECK(bytes->size() < big.size() / 4);

    auto back = readZip(*bytes);
    REQUIRE(back.ok());
    REQUIRE(back->size() == entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        CHECK(back->at(i).name == entries.at(i).name);
        CHECK(back->at(i).data == entries.at(i).data);
    }

    TempDir dir;
    const QString path = dir.file(QStringLiteral("a.zip"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(*bytes);
    f.close();
    CHECK(zipEntry(path, QStringLiteral("content.xml")) == QString::fromUtf8(big));

    QByteArray damaged = *bytes;
    damaged[60] = char(damaged[60] ^ 0x55);
    CHECK_FALSE(readZip(damaged).ok());
    CHECK_FALSE(readZip(QByteArrayLiteral("not a zip at all, not even close")).ok());
}
