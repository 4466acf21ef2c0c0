// Sums in Vietnamese words, as written under the figures of a budget estimate.
#include "amountwords.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace vd;

TEST_CASE("numbers are read in Vietnamese words", "[amountwords]")
{
    struct Row
    {
        qint64 n;
        const char *words;
    };
    const Row rows[] = {
        { 0, "không" },
        { 1, "một" },
        { 4, "bốn" },
        { 5, "năm" },
        { 10, "mười" },
        { 11, "mười một" },
        { 14, "mười bốn" },
        { 15, "mười lăm" },
        { 20, "hai mươi" },
        { 21, "hai mươi mốt" },
        { 24, "hai mươi bốn" },
        { 25, "hai mươi lăm" },
        { 95, "chín mươi lăm" },
        { 100, "một trăm" },
        { 101, "một trăm linh một" },
        { 105, "một trăm linh năm" },
        { 110, "một trăm mười" },
        { 115, "một trăm mười lăm" },
        { 121, "một trăm hai mươi mốt" },
        { 1000, "một nghìn" },
        { 1005, "một nghìn không trăm linh năm" },
        { 1015, "một nghìn không trăm mười lăm" },
        { 1500, "một nghìn năm trăm" },
        { 10000, "mười nghìn" },
        { 15000, "mười lăm nghìn" },
        { 21000, "hai mươi mốt nghìn" },
        { 100000, "một trăm nghìn" },
        { 500000, "năm trăm nghìn" },
        { 1000000, "một triệu" },
        { 1000500, "một triệu năm trăm" },
        { 1050000, "một triệu không trăm năm mươi nghìn" },
        { 1500000, "một triệu năm trăm nghìn" },
        { 47500000, "bốn mươi bảy triệu năm trăm nghìn" },
        { 95000000, "chín mươi lăm triệu" },
        { 1000000000, "một tỷ" },
        { 1000000001, "một tỷ không trăm linh một" },
        { 2500000000LL, "hai tỷ năm trăm triệu" },
        { 1200000000000LL, "một nghìn hai trăm tỷ" },
        { 1000000000000000000LL, "một tỷ tỷ" },
        { -21000, "âm hai mươi mốt nghìn" },
    };
    for (const Row &r : rows) {
        INFO(r.n);
        CHECK(numberInWords(r.n) == QString::fromUtf8(r.words));
    }
}

TEST_CASE("a sum of money is capitalised and ends in đồng", "[amountwords]")
{
    CHECK(amountInWords(47500000) == QStringLiteral("Bốn mươi bảy triệu năm trăm nghìn đồng"));
    CHECK(amountInWords(0) == QStringLiteral("Không đồng"));
    CHECK(amountInWords(1005000) == QStringLiteral("Một triệu không trăm linh năm nghìn đồng"));
    // The extremes of a 64-bit sum are read, not garbled.
    CHECK(amountInWords(std::numeric_limits<qint64>::max())
          == QStringLiteral("Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm "
                            "ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám "
                            "trăm linh bảy đồng"));
    CHECK(numberInWords(std::numeric_limits<qint64>::min())
              .startsWith(QStringLiteral("âm chín tỷ hai trăm hai mươi ba triệu")));
}
