// ExitLeftovers (exitleftovers.h): when a program about to exit turns it on,
// the big in-memory structures of an import (the cells, the people the linker
// holds) are kept instead of freed; off, they are freed as before. Either way
// the statements are finalised and the database closes and holds the same
// rows (docs/performance-import.md, "Round 7").
#include "testsupport.h"

#include "csvreader.h"
#include "database.h"
#include "exitleftovers.h"
#include "nomineestore.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

// Puts ExitLeftovers back as it was found.
struct EnabledFor
{
    explicit EnabledFor(bool on) : m_was(ExitLeftovers::enabled()) { ExitLeftovers::setEnabled(on); }
    ~EnabledFor() { ExitLeftovers::setEnabled(m_was); }
    EnabledFor(const EnabledFor &) = delete;
    EnabledFor &operator=(const EnabledFor &) = delete;

private:
    bool m_was;
};

} // namespace

TEST_CASE("ExitLeftovers keeps a value only when turned on", "[import][exit]")
{
    struct Case
    {
        const char *name;
        bool enabled;
    };
    const Case cases[] = { { "off: the owner frees it", false }, { "on: kept until the process ends", true } };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const EnabledFor scope(c.enabled);
            const int before = ExitLeftovers::count();
            QList<QString> cells { QStringLiteral("a"), QStringLiteral("b") };
            CHECK(ExitLeftovers::keep(cells) == c.enabled);
            CHECK(ExitLeftovers::count() == before + (c.enabled ? 1 : 0));
            CHECK(cells.isEmpty() == c.enabled); // moved into the store, or left alone
        }
    }
}

TEST_CASE("a bulk insert's people are left at exit, and the database still closes with every row",
          "[import][people][exit]")
{
    struct Case
    {
        const char *name;
        bool enabled;
        int kept; // the linker's people and its two look-ups
    };
    const Case cases[] = { { "off", false, 0 }, { "on", true, 3 } };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            TempDir dir;
            const QString path = dir.file(QStringLiteral("leftovers.sqlite"));
            {
                const EnabledFor scope(c.enabled);
                auto db = openDatabase(path);
                QList<Nominee> many;
                for (int i = 0; i < 40; ++i) {
                    Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Người Thứ %1").arg(i));
                    auto unit = UnitStore(*db).findOrCreate(n.campaignId, n.unitName, n.blocId);
                    REQUIRE(unit.ok());
                    n.unitId = *unit;
                    many.append(n);
                }
                const int before = ExitLeftovers::count();
                REQUIRE(NomineeStore(*db).insertMany(many, QStringLiteral("test")).ok());
                CHECK(ExitLeftovers::count() - before == c.kept);
                // db closes here: no statement of the linker may still be open.
            }
            auto again = openDatabase(path);
            auto q = again->run(QStringLiteral("SELECT count(*), count(DISTINCT person_id) FROM nominee"), {},
                                QStringLiteral("test"));
            REQUIRE(q.ok());
            REQUIRE(q->next());
            CHECK(q->value(0).toInt() == 40);
            CHECK(q->value(1).toInt() == 40);
        }
    }
}

TEST_CASE("the CSV reader's pool of cells is left at exit, the table is the same", "[import][csv][exit]")
{
    const QByteArray text = "Họ và tên,Khối\nNguyễn Văn An,MN\nTrần Thị Bình,MN\n";
    struct Case
    {
        const char *name;
        bool enabled;
        int kept;
    };
    const Case cases[] = { { "off", false, 0 }, { "on", true, 1 } };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const EnabledFor scope(c.enabled);
            const int before = ExitLeftovers::count();
            auto table = readCsv(text, CsvLimits(), 0); // one reading: one pool
            REQUIRE(table.ok());
            CHECK(ExitLeftovers::count() - before == c.kept);
            REQUIRE(table->rows.size() == 3);
            CHECK(table->rows.at(1).cells == QList<QVariant> { QStringLiteral("Nguyễn Văn An"), QStringLiteral("MN") });
            CHECK(table->rows.at(2).cells.at(1) == QStringLiteral("MN"));
        }
    }
}
