#include "textfold.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace vd;

TEST_CASE("foldText ignores case, diacritics and NFC/NFD; đ becomes d", "[text]")
{
    struct Row
    {
        QString input;
        QString folded;
    };
    const QList<Row> rows = {
        { QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("nguyen van duc") },
        { QStringLiteral("Nguyễn Văn Đức").normalized(QString::NormalizationForm_D), QStringLiteral("nguyen van duc") },
        { QStringLiteral("  PHÓ   HIỆU TRƯỞNG "), QStringLiteral("pho hieu truong") },
        { QStringLiteral("đĐ"), QStringLiteral("dd") },
        { QStringLiteral("Lê Thị Ánh\tTuyết"), QStringLiteral("le thi anh tuyet") },
        { QStringLiteral("plain ascii"), QStringLiteral("plain ascii") },
    };
    for (const Row &r : rows) {
        CAPTURE(r.input.toStdString());
        CHECK(foldText(r.input) == r.folded);
    }
}

TEST_CASE("normalizeText stores NFC with collapsed spaces", "[text]")
{
    const QString nfd = QStringLiteral("  Trần   Thị\u00a0Hương ").normalized(QString::NormalizationForm_D);
    const QString out = normalizeText(nfd);
    CHECK(out == QStringLiteral("Trần Thị Hương"));
    CHECK(out == out.normalized(QString::NormalizationForm_C));
}

TEST_CASE("foldKey keeps letters and digits only", "[text]")
{
    CHECK(foldKey(QStringLiteral("Họ và tên")) == QStringLiteral("hovaten"));
    CHECK(foldKey(QStringLiteral("ho_va_ten")) == QStringLiteral("hovaten"));
    CHECK(foldKey(QStringLiteral("Ý kiến cấp ủy, chính quyền")) == QStringLiteral("ykiencapuychinhquyen"));
}

TEST_CASE("containsPhrase matches whole words only", "[text]")
{
    struct Row
    {
        QString text;
        QString phrase;
        bool match;
    };
    const QList<Row> rows = {
        { QStringLiteral("Phó phòng Nội vụ"), QStringLiteral("phó phòng"), true },
        { QStringLiteral("Tổ phó tổ Văn phòng"), QStringLiteral("phó phòng"), false },
        { QStringLiteral("PHÓ HIỆU TRƯỞNG"), QStringLiteral("hiệu trưởng"), true },
        { QStringLiteral("Hiệu phó"), QStringLiteral("hiệu phó"), true },
        { QStringLiteral("Tổ trưởng chuyên môn"), QStringLiteral("trưởng"), true },
        { QStringLiteral("Tổ trưởng chuyên môn"), QStringLiteral("hiệu trưởng"), false },
        { QStringLiteral("Giáo viên"), QStringLiteral("giáo"), true },
        { QStringLiteral("Giáo viên"), QStringLiteral("gi"), false },
    };
    for (const Row &r : rows) {
        CAPTURE(r.text.toStdString(), r.phrase.toStdString());
        CHECK(containsPhrase(r.text, r.phrase) == r.match);
    }
}

TEST_CASE("givenName is the last word", "[text]")
{
    CHECK(givenName(QStringLiteral("Nguyễn Thị Ánh")) == QStringLiteral("Ánh"));
    CHECK(givenName(QStringLiteral("  Lan ")) == QStringLiteral("Lan"));
}

TEST_CASE("Vietnamese collation orders a ă â b c d đ e ê ... with tones after letters", "[text][collation]")
{
    VietnameseCollator collator;
    const QStringList alphabet
        = QStringLiteral("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y").split(QLatin1Char(' '));
    for (int i = 0; i + 1 < alphabet.size(); ++i) {
        CAPTURE(alphabet.at(i).toStdString(), alphabet.at(i + 1).toStdString());
        CHECK(collator.compare(alphabet.at(i), alphabet.at(i + 1)) < 0);
    }
    // Tones come after letters: "Anh" < "Ánh" < "Ba"; "Dung" < "Dũng" < "Đức".
    CHECK(collator.compare(QStringLiteral("Anh"), QStringLiteral("Ánh")) < 0);
    CHECK(collator.compare(QStringLiteral("Ánh"), QStringLiteral("Ba")) < 0);
    CHECK(collator.compare(QStringLiteral("Dũng"), QStringLiteral("Đức")) < 0);
    CHECK(collator.compare(QStringLiteral("Ư"), QStringLiteral("u")) > 0);
}

TEST_CASE("the fallback key orders the Vietnamese alphabet too", "[text][collation]")
{
    const QStringList ordered
        = { QStringLiteral("An"),   QStringLiteral("Ăn"),   QStringLiteral("Ân"),  QStringLiteral("Bình"),
            QStringLiteral("Dung"), QStringLiteral("Dũng"), QStringLiteral("Đào"), QStringLiteral("Hà"),
            QStringLiteral("Ơn"),   QStringLiteral("Ư") };
    for (int i = 0; i + 1 < ordered.size(); ++i) {
        CAPTURE(ordered.at(i).toStdString());
        CHECK(vietnameseFallbackKey(ordered.at(i)) < vietnameseFallbackKey(ordered.at(i + 1)));
    }
}

TEST_CASE("names sort by given name, then by whole name", "[text][collation]")
{
    VietnameseCollator collator;
    QStringList names = { QStringLiteral("Trần Văn Đức"), QStringLiteral("Nguyễn Thị Ánh"),
                          QStringLiteral("Lê Văn Dũng"), QStringLiteral("Bùi Thị Ánh"), QStringLiteral("Phạm Anh") };
    std::vector<std::pair<VietnameseCollator::SortKey, QString>> keyed;
    for (const QString &n : names)
        keyed.emplace_back(collator.nameSortKey(n), n);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList sorted;
    for (const auto &k : keyed)
        sorted.append(k.second);
    CHECK(sorted
          == QStringList { QStringLiteral("Phạm Anh"), QStringLiteral("Bùi Thị Ánh"), QStringLiteral("Nguyễn Thị Ánh"),
                           QStringLiteral("Lê Văn Dũng"), QStringLiteral("Trần Văn Đức") });
    CHECK(collator.compareNames(QStringLiteral("Bùi Thị Ánh"), QStringLiteral("Nguyễn Thị Ánh")) < 0);
}
