// Vietnamese text handling: normalisation for storage (NFC), folding for
// comparison and search (accent-, case- and NFC/NFD-insensitive, đ -> d),
// whole-word phrase matching, and Vietnamese collation for sorting.
#pragma once

#include <QCollator>
#include <QString>
#include <QStringList>

#include <optional>

namespace vd {

// text.normalized(NFC), answered without Qt's check when the text is made only
// of characters that are NFC as they stand (Latin and precomposed Vietnamese).
QString toNfc(const QString &text);

// NFC, trimmed, runs of white space collapsed to one space.
QString normalizeText(const QString &text);

// Folded form for comparisons: NFD, combining marks removed, đ/Đ -> d,
// lower case, punctuation kept, white space collapsed. "Nguyễn Văn Đức" and
// its NFD or upper-case spelling all fold to "nguyen van duc".
QString foldText(const QString &text);

// Folded words: foldText() split on everything that is not a letter or digit.
QStringList foldedWords(const QString &text);

// Folded key for headers and fixed vocabularies: letters and digits only.
// "Họ và tên", "ho_va_ten", "HỌ VÀ TÊN " -> "hovaten".
QString foldKey(const QString &text);

// True when the phrase (folded, as words) occurs as a run of whole words in the
// text: "phó phòng" is in "Phó phòng Nội vụ" but not in "Tổ phó tổ Văn phòng".
bool containsPhrase(const QStringList &textWords, const QStringList &phraseWords);
bool containsPhrase(const QString &text, const QString &phrase);

// The given name: the last word of a full name ("Nguyễn Thị Ánh" -> "Ánh").
QString givenName(const QString &fullName);

// A collator for Vietnamese (a ă â b c d đ e ê ... tones after letters).
// Falls back to VinhDanh's own key if the platform collator does not know vi.
class VietnameseCollator
{
public:
    VietnameseCollator();
    int compare(const QString &a, const QString &b) const;
    // Compare by given name first, then by the whole name (docs/cli.md, "Order of the lists").
    int compareNames(const QString &a, const QString &b) const;
    // Precomputed keys, so that sorting 100 000 names compares keys only.
    class SortKey
    {
    public:
        int compare(const SortKey &other) const;
        bool operator<(const SortKey &other) const { return compare(other) < 0; }

    private:
        friend class VietnameseCollator;
        // Primary key and tie-breaker (the whole name after the given name).
        std::optional<QCollatorSortKey> m_platformKey[2];
        QString m_fallbackKey[2];
    };
    SortKey sortKey(const QString &text) const;
    // Key for "given name, then whole name" ordering.
    SortKey nameSortKey(const QString &fullName) const;
    bool usesPlatformCollator() const { return m_platform; }

private:
    QCollator m_collator;
    bool m_platform = false;
};

// VinhDanh's own Vietnamese sort key: base letters in the Vietnamese alphabet
// order, then tones, then case. Used when ICU is not available.
QString vietnameseFallbackKey(const QString &text);

} // namespace vd
