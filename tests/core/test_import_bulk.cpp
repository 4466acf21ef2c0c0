// The bulk paths of an import (docs/performance-import.md, round 5): a CSV read
// in two halves at once gives what one reading gives; new people inserted by
// batches with their ids taken in advance are the people a row-by-row insert
// creates; the person indexes dropped for a large import come back the same,
// and a failure rolls them back with everything else.
#include "testsupport.h"

#include "bulkindexes.h"
#include "campaignstore.h"
#include "csvreader.h"
#include "database.h"
#include "nomineestore.h"
#include "people.h"
#include "sqlitefastread.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>

using namespace vd;
using namespace vd::test;

namespace {

// A table as text, row numbers and cells (null and empty kept apart), or the error.
QString describe(const Result<SourceTable> &table)
{
    if (!table)
        return QStringLiteral("error: ") + table.error().message;
    QString out;
    for (const TableRow &row : table->rows) {
        out += QString::number(row.rowNumber) + QLatin1Char(':');
        for (const QVariant &cell : row.cells)
            out += QLatin1Char('|')
                   + (cell.isValid() ? QLatin1Char('"') + cell.toString() + QLatin1Char('"') : QStringLiteral("null"));
        out += QLatin1Char('\n');
    }
    return out;
}

QByteArray repeatRows(const QByteArray &row, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QByteArray(row).replace("#", QByteArray::number(i));
    return out;
}

QList<QStringList> rowsOf(Database &db, const QString &sql)
{
    auto q = db.run(sql, {}, QStringLiteral("test"));
    REQUIRE(q.ok());
    QList<QStringList> rows;
    while (q->next()) {
        QStringList row;
        for (int c = 0; c < q->record().count(); ++c)
            row.append(q->value(c).isNull() ? QStringLiteral("NULL") : q->value(c).toString());
        rows.append(row);
    }
    return rows;
}

QList<QStringList> personIndexes(Database &db)
{
    return rowsOf(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                     "'person' ORDER BY name"));
}

} // namespace

TEST_CASE("a CSV read in two halves at once gives the rows and errors of one reading", "[import][csv][bulk]")
{
    const QByteArray header = "Họ và tên,Ghi chú,Số\n";
    const QByteArray plain = repeatRows("Người #,ghi chú #,#\n", 40);
    CsvLimits small;
    small.maxCellChars = 50;
    CsvLimits fewCells;
    fewCells.maxCells = 200; // each half fits, both together do not (41 rows of 3 and more)
    const QByteArray nulRow("N,a\0b,1\n", 8); // a NUL byte inside a cell

    struct Case
    {
        const char *what;
        QByteArray bytes;
        CsvLimits limits;
    };
    const QList<Case> cases = {
        { "plain rows", header + plain, {} },
        { "CRLF line ends", header + QByteArray(plain).replace("\n", "\r\n"), {} },
        { "CR line ends", header + QByteArray(plain).replace("\n", "\r"), {} },
        { "a quoted cell with line breaks across the middle",
          header + repeatRows("A #,x,#\n", 18) + "B,\"dòng một\n" + repeatRows("trong ô #\n", 10) + "hết\",1\n"
              + repeatRows("C #,y,#\n", 10),
          {} },
        { "a quote left open in the second half", header + plain + "D,\"không đóng,1\n" + plain, {} },
        { "a cell too long in the second half", header + plain + "E," + QByteArray(60, 'x') + ",1\n", small },
        { "too many cells only with both halves", header + plain + plain, fewCells },
        { "blank records around the middle",
          header + repeatRows("F #,,#\n", 20) + "\n\n , ,\n,,\n" + repeatRows("G #,,#\n", 20),
          {} },
        { "a BOM inside a cell of the second half", header + plain + "\xEF\xBB\xBFH,z,1\n", {} },
        { "no line break after the middle", header + "I," + QByteArray(400, 'y') + ",1", {} },
        { "the second half starts inside quotes", header + repeatRows("J #,\"a\nb\",#\n", 30), {} },
        { "doubled quotes and separators in quotes", header + repeatRows("\"K \"\"#\"\"\",\"a,b;c\",#\n", 30), {} },
        { "semicolons, no final line break",
          QByteArray(header).replace(',', ';') + repeatRows("L #;m;#\n", 30) + "L end;m;1",
          {} },
        { "only the header", header, {} },
        // Each half is checked as UTF-8 on its own thread: the same error as
        // checking the whole text first, undecodable before binary, before
        // any error of the reading itself.
        { "a byte that is not UTF-8 in the second half", header + plain + "M,\xC3(,1\n", {} },
        { "a NUL byte in the second half", header + plain + nulRow, {} },
        { "a NUL in the first half, not UTF-8 in the second", header + nulRow + plain + "O,\xE1\xBA,1\n", {} },
        { "not UTF-8 in the first half, a cell too long in the second",
          header + "P,\xFF,1\n" + plain + "P," + QByteArray(60, 'x') + ",1\n", small },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString once = describe(readCsv(c.bytes, c.limits, 0));
        for (const qsizetype splitFrom : { qsizetype(1), qsizetype(c.bytes.size()) }) {
            INFO("split from " << splitFrom);
            CHECK(describe(readCsv(c.bytes, c.limits, splitFrom)) == once);
        }
    }
    // The split is taken at all: row numbers run on across it.
    auto split = readCsv(header + plain, {}, 1);
    REQUIRE(split.ok());
    REQUIRE(split->rows.size() == 41);
    CHECK(split->rows.last().rowNumber == 41);
    CHECK(split->rows.last().cells.first().toString() == QStringLiteral("Người 39"));
    // ... and the halves were read apart: each has its own copy of a repeated
    // cell, where one reading shares one string (csvreader.cpp's pool).
    const QByteArray same = header + repeatRows("Người #,như nhau,#\n", 40);
    auto apart = readCsv(same, {}, 1);
    auto once = readCsv(same, {}, 0);
    REQUIRE(apart.ok());
    REQUIRE(once.ok());
    const auto text = [](const SourceTable &t, int row) {
        return t.rows.at(row).cells.at(1).toString();
    };
    CHECK(text(*once, 1).constData() == text(*once, 40).constData());
    CHECK(text(*apart, 1).constData() != text(*apart, 40).constData());
    // The errors of the text itself, whichever half has them.
    const struct
    {
        QByteArray bytes;
        const char *error;
    } refused[] = {
        { header + plain + "M,\xC3(,1\n", "không phải văn bản UTF-8" },
        { header + "M,\xC3(,1\n" + plain, "không phải văn bản UTF-8" },
        { header + plain + nulRow, "byte NUL" },
        { header + nulRow + plain, "byte NUL" },
        { header + nulRow + plain + "O,\xE1\xBA,1\n", "không phải văn bản UTF-8" },
    };
    for (const auto &r : refused) {
        for (const qsizetype splitFrom : { qsizetype(0), qsizetype(1) }) {
            INFO(r.error << ", split from " << splitFrom);
            CHECK_THAT(describe(readCsv(r.bytes, {}, splitFrom)).toStdString(), Catch::Contains(r.error));
        }
    }
}

TEST_CASE("people created by batches are the people a row-by-row insert creates", "[import][people][bulk]")
{
    // The same nominees, once through insertMany() (people batched, ids taken
    // in advance) and once one insert() at a time.
    TempDir dir;
    auto batched = openDatabase(dir.file(QStringLiteral("batched.sqlite")));
    auto single = openDatabase(dir.file(QStringLiteral("single.sqlite")));

    struct Who
    {
        QString name;
        QString birth; // yyyy-MM-dd, yyyy or ""
        QString cccd;
    };
    QList<Who> people;
    for (int i = 0; i < 75; ++i) {
        const int who = i % 41; // some come twice: linked to the person of the first
        const QString name = QStringLiteral("Nguyễn Văn ") + QChar(u'A' + who % 26) + QChar(u'a' + who / 26);
        QString birth = QStringLiteral("1985-03-%1").arg(who % 28 + 1, 2, 10, QLatin1Char('0'));
        if (who % 7 == 0)
            birth = QStringLiteral("1985"); // a bare year: never linked by name
        QString cccd;
        if (who % 4 == 0)
            cccd = QStringLiteral("0011850%1").arg(who, 5, 10, QLatin1Char('0'));
        if (i >= 41 && who % 5 == 1)
            cccd = QStringLiteral("0021850%1").arg(who, 5, 10, QLatin1Char('0')); // adds a CCCD to a waiting person
        people.append({ name, birth, cccd });
    }

    for (Database *db : { batched.get(), single.get() }) {
        // A person deleted before: AUTOINCREMENT's counter is past the largest id.
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Văn Còn")));
        const Nominee gone
            = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Thị Xoá")));
        REQUIRE(NomineeStore(*db).remove(gone.id).ok());
        REQUIRE(
            db->run(QStringLiteral("DELETE FROM person WHERE id = ?"), { gone.personId }, QStringLiteral("test")).ok());
    }
    auto makeAll = [&](Database &db) {
        QList<Nominee> all;
        for (const Who &w : std::as_const(people)) {
            Nominee n = eligibleNominee(db, QStringLiteral("MN"), w.name);
            n.birthDate = w.birth.size() == 10 ? QDate::fromString(w.birth, Qt::ISODate) : QDate();
            n.birthYear = w.birth.size() == 4 ? w.birth.toInt() : 0;
            n.citizenId = w.cccd;
            auto unit = UnitStore(db).findOrCreate(n.campaignId, n.unitName, n.blocId);
            REQUIRE(unit.ok());
            n.unitId = *unit;
            all.append(n);
        }
        return all;
    };
    QList<Nominee> many = makeAll(*batched);
    const Status inserted = NomineeStore(*batched).insertMany(many, QStringLiteral("test"));
    INFO((inserted ? QString() : inserted.error().message + inserted.error().details.join(QLatin1Char(' ')))
             .toStdString());
    REQUIRE(inserted.ok());
    for (Nominee n : makeAll(*single))
        insertNominee(*single, n);

    const QString personSql
        = QStringLiteral("SELECT id, full_name, name_key, birth_date, citizen_id FROM person ORDER BY id");
    const QString linkSql = QStringLiteral("SELECT id, full_name, person_id FROM nominee ORDER BY id");
    const QString seqSql
        = QStringLiteral("SELECT name, seq FROM sqlite_sequence WHERE name IN ('person', 'nominee') ORDER BY name");
    const auto batchedPeople = rowsOf(*batched, personSql);
    CHECK(batchedPeople.size() > PersonLinker::kBatch); // at least one whole batch and a rest
    CHECK(batchedPeople == rowsOf(*single, personSql));
    CHECK(rowsOf(*batched, linkSql) == rowsOf(*single, linkSql));
    if (SqliteStatement::available(*batched)) { // PostgreSQL inserts people row by row anyway
        CHECK(rowsOf(*batched, seqSql) == rowsOf(*single, seqSql));
        CHECK(rowsOf(*batched, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }
}

TEST_CASE("the person indexes dropped for a bulk insert come back the same, or are rolled back",
          "[import][people][bulk]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("indexes.sqlite")));
    if (!SqliteStatement::available(*db)) {
        // PostgreSQL keeps its indexes (bulkindexes.h).
        DeferredIndexes indexes(*db);
        REQUIRE(db->transaction([&] { return indexes.defer({ QStringLiteral("person") }, 5000); }).ok());
        CHECK(indexes.pending() == 0);
        return;
    }
    const auto before = personIndexes(*db);
    REQUIRE(before.size() == 2);
    const QString what = QStringLiteral("test");

    struct Case
    {
        const char *what;
        qint64 incoming;
        bool fail; // the work after defer() fails: everything rolled back
        int dropped; // indexes defer() drops
    };
    const QList<Case> cases = {
        { "a large import into an empty table", 5000, false, 2 },
        { "the same, failing after the drop", 5000, true, 2 },
        { "fewer rows than worth it", DeferredIndexes::kMinRows - 1, false, 0 },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        DeferredIndexes indexes(*db);
        Status st = db->transaction([&]() -> Status {
            if (auto s = indexes.defer({ QStringLiteral("person") }, c.incoming); !s)
                return s;
            CHECK(indexes.pending() == c.dropped);
            CHECK(personIndexes(*db).size() == 2 - c.dropped);
            auto q = db->run(
                QStringLiteral("INSERT INTO person (full_name, name_key, created_at) VALUES (?, ?, ?)"),
                { QStringLiteral("Phạm Thị Một"), QStringLiteral("pham thi mot"), QStringLiteral("2024-01-01") }, what);
            REQUIRE(q.ok());
            if (c.fail)
                return Error::storage(QStringLiteral("thất bại giữa chừng"));
            return indexes.rebuild();
        });
        CHECK(st.ok() == !c.fail);
        CHECK(personIndexes(*db) == before);
        CHECK(rowsOf(*db, QStringLiteral("PRAGMA integrity_check")) == QList<QStringList> { { QStringLiteral("ok") } });
    }
    CHECK(rowsOf(*db, QStringLiteral("SELECT count(*) FROM person")) == QList<QStringList> { { QStringLiteral("2") } });

    // A person table larger than the import keeps its indexes.
    REQUIRE(db->transaction([&]() -> Status {
                  for (int i = 0; i < 1200; ++i) {
                      auto q = db->run(
                          QStringLiteral("INSERT INTO person (full_name, name_key, created_at) VALUES (?, ?, ?)"),
                          { QStringLiteral("Người %1").arg(i), QStringLiteral("nguoi %1").arg(i),
                            QStringLiteral("2024-01-01") },
                          what);
                      if (!q)
                          return q.error();
                  }
                  DeferredIndexes indexes(*db);
                  if (auto s = indexes.defer({ QStringLiteral("person") }, 1100); !s)
                      return s;
                  CHECK(indexes.pending() == 0);
                  return {};
              }).ok());
    CHECK(personIndexes(*db) == before);
}

TEST_CASE("a CSV cell's length is counted in UTF-16 units, whatever its bytes", "[import][csv][bulk]")
{
    // The units are counted only past maxCellChars bytes (csvreader.cpp):
    // cells of 2-, 3- and 4-byte characters at and just past the limit.
    CsvLimits limits;
    limits.maxCellChars = 50;
    struct Case
    {
        const char *what;
        QString cell;
        bool fits;
    };
    const QString e = QString::fromUtf8("ệ"); // 3 bytes, 1 unit
    const QString a = QString::fromUtf8("à"); // 2 bytes, 1 unit
    const QString emoji = QString::fromUtf8("😀"); // 4 bytes, 2 units
    const QList<Case> cases = {
        { "50 three-byte letters", e.repeated(50), true },
        { "51 three-byte letters", e.repeated(51), false },
        { "50 two-byte letters", a.repeated(50), true },
        { "25 four-byte characters (50 units)", emoji.repeated(25), true },
        { "25 of them and one letter", emoji.repeated(25) + QLatin1Char('x'), false },
        { "quoted, 50 letters and a doubled quote", QLatin1Char('"') + e.repeated(49) + QStringLiteral("\"\"\""),
          true },
        { "quoted, 51 letters", QLatin1Char('"') + e.repeated(51) + QLatin1Char('"'), false },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QByteArray bytes = QByteArray("Họ và tên,Ghi chú\nAn,") + c.cell.toUtf8() + "\n";
        for (const qsizetype splitFrom : { qsizetype(0), qsizetype(1) }) {
            auto table = readCsv(bytes, limits, splitFrom);
            CHECK(table.ok() == c.fits);
            if (!table.ok())
                CHECK(table.error().message.contains(QStringLiteral("dòng 2")));
        }
    }
}
