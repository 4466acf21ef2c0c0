#include "textfold.h"

#include <QLocale>

namespace vd {

namespace {

constexpr char16_t kDStroke = 0x0111;
constexpr char16_t kDStrokeUpper = 0x0110;

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == 0x20 || (u >= 0x09 && u <= 0x0D);
    if (u < 0x1680) // the first space character above U+00A0
        return u == 0x85 || u == 0xA0;
    return c.isSpace();
}

// Outside U+0000..U+02FF and U+1E00..U+1EFF (Latin, and the precomposed
// Vietnamese letters), a character may be a combining mark, be replaced by
// NFC or compose with what follows.
bool mayChangeUnderNfc(char16_t u) { return u >= 0x0300 && (u < 0x1E00 || u > 0x1EFF); }

// True when `text` needs no change by normalizeText(): its white space is
// single ' ' between words (none leading or trailing) and, with
// `checkNfc`, it is NFC as it is (toNfc()'s test). One pass either way.
template<bool checkNfc> bool alreadyNormal(const QString &text)
{
    bool spaceBefore = true; // a leading space is not clean
    for (QChar c : text) {
        if (checkNfc && mayChangeUnderNfc(c.unicode()))
            return false;
        if (isSpace(c)) {
            if (spaceBefore || c != QLatin1Char(' '))
                return false;
            spaceBefore = true;
        } else {
            spaceBefore = false;
        }
    }
    return !(spaceBefore && !text.isEmpty()); // no trailing space
}

} // namespace

QString toNfc(const QString &text)
{
    // Text without a character that may change under NFC is NFC as it is.
    for (QChar c : text) {
        if (mayChangeUnderNfc(c.unicode()))
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

QString normalizeText(const QString &text)
{
    // Most text is NFC as it is and has clean spaces: one pass finds it so
    // and hands it back shared, without building a copy (an import of
    // 100 000 rows calls this ~2 million times: docs/performance-import.md).
    if (alreadyNormal<true>(text))
        return text;
    const QString nfc = toNfc(text);
    if (alreadyNormal<false>(nfc))
        return nfc;
    QString out;
    out.reserve(nfc.size());
    bool pendingSpace = false;
    for (QChar c : nfc) {
        if (isSpace(c)) {
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
}

namespace {

QString foldTextSlow(const QString &text)
{
    // Fast path for plain ASCII: no decomposition needed.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString source = ascii ? text : text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(source.size());
    bool pendingSpace = false;
    for (QChar c : source) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c.unicode() == kDStroke || c.unicode() == kDStrokeUpper)
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

// foldText() one character at a time, for the scripts of Vietnamese text:
// U+0000..U+036F (Latin, Latin-1, Latin Extended-A/B, IPA, modifier letters,
// combining diacritics) and U+1E00..U+1EFF (Latin Extended Additional: the
// precomposed Vietnamese letters). There every character with a non-zero
// combining class is a non-spacing mark, which folding drops, so the canonical
// reordering of NFD cannot change the result: folding each character on its own
// (by the slow path) and joining gives exactly foldText() of the whole text.
class FoldTable
{
public:
    static const FoldTable &instance()
    {
        static const FoldTable table;
        return table;
    }
    // Index into m_folds, or -1 outside the covered ranges.
    static int slot(char16_t u)
    {
        if (u < 0x0370)
            return u;
        if (u >= 0x1E00 && u < 0x1F00)
            return 0x0370 + (u - 0x1E00);
        return -1;
    }
    enum Kind : quint8 { Unsafe, Space, Drop, One };
    struct Entry
    {
        Kind kind = Unsafe;
        char16_t folded = 0;
    };
    const Entry &at(int slot) const { return m_folds[slot]; }

private:
    FoldTable()
    {
        for (char16_t u = 0; u < 0x1F00; ++u) {
            const int i = slot(u);
            if (i < 0)
                continue;
            const QChar c(u);
            Entry &e = m_folds[i];
            if (isSpace(c)) {
                e.kind = Space;
                continue;
            }
            if (c.isSurrogate())
                continue;
            const QString folded = foldTextSlow(QString(c));
            if (folded.isEmpty()) {
                e.kind = Drop;
            } else if (folded.size() == 1 && folded.at(0).combiningClass() == 0 && !isSpace(folded.at(0))) {
                e.kind = One;
                e.folded = folded.at(0).unicode();
            }
        }
    }
    Entry m_folds[0x0370 + 0x100];
};

} // namespace

QString foldText(const QString &text)
{
    const FoldTable &table = FoldTable::instance();
    // Folding never lengthens the text: write into a buffer of its size.
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    for (QChar c : text) {
        const int slot = FoldTable::slot(c.unicode());
        if (slot < 0)
            return foldTextSlow(text);
        const FoldTable::Entry &e = table.at(slot);
        switch (e.kind) {
        case FoldTable::Unsafe:
            return foldTextSlow(text);
        case FoldTable::Space:
            pendingSpace = length > 0;
            break;
        case FoldTable::Drop:
            break;
        case FoldTable::One:
            if (pendingSpace) {
                dst[length++] = QLatin1Char(' ');
                pendingSpace = false;
            }
            dst[length++] = QChar(e.folded);
            break;
        }
    }
    out.truncate(length);
    return out;
}

QStringList foldedWords(const QString &text)
{
    const QString folded = foldText(text);
    QStringList words;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString foldKey(const QString &text)
{
    QString out = foldText(text);
    QChar *dst = out.data();
    qsizetype length = 0;
    for (QChar c : std::as_const(out)) {
        if (c.isLetterOrNumber())
            dst[length++] = c;
    }
    out.truncate(length);
    return out;
}

bool containsPhrase(const QStringList &textWords, const QStringList &phraseWords)
{
    if (phraseWords.isEmpty() || phraseWords.size() > textWords.size())
        return false;
    const qsizetype last = textWords.size() - phraseWords.size();
    for (qsizetype start = 0; start <= last; ++start) {
        bool match = true;
        for (qsizetype i = 0; i < phraseWords.size(); ++i) {
            if (textWords.at(start + i) != phraseWords.at(i)) {
                match = false;
                break;
            }
        }
        if (match)
            return true;
    }
    return false;
}

bool containsPhrase(const QString &text, const QString &phrase)
{
    return containsPhrase(foldedWords(text), foldedWords(phrase));
}

QString givenName(const QString &fullName)
{
    const QString name = normalizeText(fullName);
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? name : name.mid(space + 1);
}

// ---------------------------------------------------------------------------
// Collation

namespace {

// Rank of a base letter (with its letter modifier) in the Vietnamese alphabet:
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y. Letters outside it
// (f, j, w, z) sit after their nearest Latin neighbour.
int letterRank(QChar base, QChar modifier)
{
    static const QString order = QStringLiteral("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz");
    QChar letter = base.toLower();
    if (letter == QChar(kDStroke))
        return int(order.indexOf(QChar(kDStroke)));
    QString composed(letter);
    if (!modifier.isNull())
        composed = (composed + modifier).normalized(QString::NormalizationForm_C);
    const qsizetype idx = order.indexOf(composed.at(0));
    return idx < 0 ? -1 : int(idx);
}

int toneRank(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return 0;
    }
}

bool isLetterModifier(char16_t mark)
{
    return mark == 0x0306 /* breve */ || mark == 0x0302 /* circumflex */
           || mark == 0x031B /* horn */;
}

bool vietnameseCollatorWorks(const QCollator &collator)
{
    // a < ă < â < b, d < đ < e, o < ô < ơ < p, u < ư < v, and tones after letters.
    static const char16_t *ordered[]
        = { u"a", u"ă", u"â", u"b", u"d", u"đ", u"e", u"ê", u"o", u"ô", u"ơ", u"p", u"u", u"ư", u"v" };
    const int n = int(sizeof(ordered) / sizeof(ordered[0]));
    for (int i = 0; i + 1 < n; ++i) {
        if (collator.compare(QString::fromUtf16(ordered[i]), QString::fromUtf16(ordered[i + 1])) >= 0)
            return false;
    }
    // "Ánh" (a + sắc) sorts before "Bình", and "Đức" after "Dũng".
    return collator.compare(QStringLiteral("Ánh"), QStringLiteral("Bình")) < 0
           && collator.compare(QStringLiteral("Dũng"), QStringLiteral("Đức")) < 0;
}

} // namespace

QString vietnameseFallbackKey(const QString &text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    QString primary, tones, cases;
    for (qsizetype i = 0; i < nfd.size(); ++i) {
        const QChar c = nfd.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar modifier;
        int tone = 0;
        for (qsizetype j = i + 1; j < nfd.size() && nfd.at(j).category() == QChar::Mark_NonSpacing; ++j) {
            const char16_t m = nfd.at(j).unicode();
            if (isLetterModifier(m))
                modifier = nfd.at(j);
            else
                tone = toneRank(m);
        }
        int rank = c.isLetter() ? letterRank(c, modifier) : -1;
        if (rank >= 0)
            primary.append(QChar(char16_t(0x100 + rank)));
        else if (c.isSpace())
            primary.append(QChar(char16_t(0x20)));
        else
            primary.append(QChar(char16_t(0x1000 + c.toLower().unicode())));
        tones.append(QChar(char16_t(0x30 + tone)));
        cases.append(c.isUpper() ? QLatin1Char('1') : QLatin1Char('0'));
    }
    return primary + QChar(char16_t(1)) + tones + QChar(char16_t(1)) + cases;
}

VietnameseCollator::VietnameseCollator() : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_platform = vietnameseCollatorWorks(m_collator);
}

int VietnameseCollator::compare(const QString &a, const QString &b) const
{
    if (m_platform)
        return m_collator.compare(a, b);
    return vietnameseFallbackKey(a).compare(vietnameseFallbackKey(b));
}

int VietnameseCollator::compareNames(const QString &a, const QString &b) const
{
    const int byGiven = compare(givenName(a), givenName(b));
    return byGiven != 0 ? byGiven : compare(a, b);
}

int VietnameseCollator::SortKey::compare(const SortKey &other) const
{
    for (int level = 0; level < 2; ++level) {
        int c = 0;
        if (m_platformKey[level] && other.m_platformKey[level])
            c = m_platformKey[level]->compare(*other.m_platformKey[level]);
        else
            c = m_fallbackKey[level].compare(other.m_fallbackKey[level]);
        if (c != 0)
            return c;
    }
    return 0;
}

VietnameseCollator::SortKey VietnameseCollator::sortKey(const QString &text) const
{
    SortKey key;
    if (m_platform)
        key.m_platformKey[0] = m_collator.sortKey(text);
    else
        key.m_fallbackKey[0] = vietnameseFallbackKey(text);
    return key;
}

VietnameseCollator::SortKey VietnameseCollator::nameSortKey(const QString &fullName) const
{
    const QString normalized = normalizeText(fullName);
    const QString given = givenName(normalized);
    SortKey key;
    if (m_platform) {
        key.m_platformKey[0] = m_collator.sortKey(given);
        key.m_platformKey[1] = m_collator.sortKey(normalized);
    } else {
        key.m_fallbackKey[0] = vietnameseFallbackKey(given);
        key.m_fallbackKey[1] = vietnameseFallbackKey(normalized);
    }
    return key;
}

} // namespace vd
