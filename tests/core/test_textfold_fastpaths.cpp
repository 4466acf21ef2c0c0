// The fast paths of textfold.cpp (the per-character fold table and toNfc's
// quick answer) give exactly what the general algorithm gives.
#include "textfold.h"

#include <catch2/catch.hpp>

using namespace vd;

namespace {

// The general definition of foldText(): NFD, marks dropped, đ -> d, lower case,
// white space collapsed.
QString referenceFold(const QString &text)
{
    const QString source = text.normalized(QString::NormalizationForm_D);
    QString out;
    bool pendingSpace = false;
    for (QChar c : source) {
        if (c.isSpace() || c == QChar(0x00A0)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110)
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

QList<QChar> coveredCharacters()
{
    QList<QChar> chars;
    for (char16_t u = 1; u < 0x0370; ++u)
        chars.append(QChar(u));
    for (char16_t u = 0x1E00; u < 0x1F00; ++u)
        chars.append(QChar(u));
    return chars;
}

} // namespace

TEST_CASE("foldText of every covered character equals the NFD definition", "[textfold]")
{
    for (QChar c : coveredCharacters()) {
        const QString s(c);
        INFO("U+" << QString::number(c.unicode(), 16).toStdString());
        CHECK(foldText(s) == referenceFold(s));
    }
}

TEST_CASE("foldText of mixed text equals the NFD definition", "[textfold]")
{
    const QList<QChar> chars = coveredCharacters();
    // Every character next to every other (both orders), with marks and spaces between.
    for (QChar first : chars) {
        QString s;
        for (QChar second : chars) {
            s.append(first);
            s.append(second);
        }
        REQUIRE(foldText(s) == referenceFold(s));
    }
    const QStringList samples = { QStringLiteral("  Nguyễn   Văn\u00A0Đức "),
                                  QStringLiteral("Nguye\u0302\u0303n Thi\u0323"),
                                  QStringLiteral("Trần\u200BThị"),
                                  QStringLiteral("Ωmega \u2126 한국"),
                                  QStringLiteral("a\u0301\u0323b\u0323\u0301"),
                                  QString(),
                                  QStringLiteral(" ") };
    for (const QString &s : samples)
        CHECK(foldText(s) == referenceFold(s));
}

TEST_CASE("toNfc equals QString normalized NFC", "[textfold]")
{
    const QList<QChar> chars = coveredCharacters();
    for (QChar first : chars) {
        QString s;
        for (QChar second : chars) {
            s.append(first);
            s.append(second);
        }
        REQUIRE(toNfc(s) == s.normalized(QString::NormalizationForm_C));
    }
    const QStringList samples = { QStringLiteral("Nguye\u0302\u0303n"), QStringLiteral("\u212B \u2126"),
                                  QStringLiteral("\u1100\u1161"), QStringLiteral("Ánh") };
    for (const QString &s : samples)
        CHECK(toNfc(s) == s.normalized(QString::NormalizationForm_C));
}

TEST_CASE("normalizeText returns clean text unchanged and cleans the rest", "[textfold]")
{
    const QStringList clean = { QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("a"), QString() };
    for (const QString &s : clean)
        CHECK(normalizeText(s) == s);
    CHECK(normalizeText(QStringLiteral(" a")) == QStringLiteral("a"));
    CHECK(normalizeText(QStringLiteral("a ")) == QStringLiteral("a"));
    CHECK(normalizeText(QStringLiteral("a  b")) == QStringLiteral("a b"));
    CHECK(normalizeText(QStringLiteral("a\tb")) == QStringLiteral("a b"));
    CHECK(normalizeText(QStringLiteral("a\u00A0b")) == QStringLiteral("a b"));
    CHECK(normalizeText(QStringLiteral("  ")) == QString());
    CHECK(normalizeText(QStringLiteral("Nguye\u0302\u0303n")) == QStringLiteral("Nguyễn"));
}

TEST_CASE("normalizeText of random text equals NFC with collapsed white space", "[textfold]")
{
    // Letters, Vietnamese precomposed and decomposed, spaces of every kind.
    const QString alphabet = QString::fromUtf8("aB ệ\u0065\u0323\u0302 \t\u00A0\u2003\u0301đ\u1EA1x  \n");
    auto reference = [](const QString &text) {
        const QString nfc = text.normalized(QString::NormalizationForm_C);
        QString out;
        bool pendingSpace = false;
        for (QChar c : nfc) {
            if (c.isSpace()) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(QLatin1Char(' '));
                pendingSpace = false;
            }
            out.append(c);
        }
        return out;
    };
    quint32 seed = 5;
    for (int i = 0; i < 20000; ++i) {
        QString text;
        seed = seed * 1103515245u + 12345u;
        const int length = int((seed >> 16) % 9);
        for (int k = 0; k < length; ++k) {
            seed = seed * 1103515245u + 12345u;
            text += alphabet.at(int((seed >> 16) % quint32(alphabet.size())));
        }
        INFO(text.toStdString());
        CHECK(normalizeText(text) == reference(text));
    }
}
