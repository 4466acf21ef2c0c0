#include "adminformat.h"

#include <catch2/catch.hpp>

using namespace vd::docs;

TEST_CASE("place-and-date line follows Nghị định 30/2020 leading zeros", "[docs]")
{
    struct Row
    {
        QDate date;
        QString expected;
    };
    const QList<Row> rows = {
        { QDate(2024, 7, 4), QStringLiteral("An Dương, ngày 04 tháng 7 năm 2024") },
        { QDate(2024, 7, 26), QStringLiteral("An Dương, ngày 26 tháng 7 năm 2024") },
        { QDate(2024, 1, 9), QStringLiteral("An Dương, ngày 09 tháng 01 năm 2024") },
        { QDate(2024, 2, 10), QStringLiteral("An Dương, ngày 10 tháng 02 năm 2024") },
        { QDate(2024, 12, 31), QStringLiteral("An Dương, ngày 31 tháng 12 năm 2024") },
        { QDate(2024, 3, 1), QStringLiteral("An Dương, ngày 01 tháng 3 năm 2024") },
    };
    for (const Row &r : rows)
        CHECK(placeDateLine(QStringLiteral("An Dương"), r.date) == r.expected);
}
