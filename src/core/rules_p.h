// Internals of the rules engine shared by rules*.cpp. Not part of the API.
#pragma once

#include "domain.h"

#include <QList>
#include <QStringList>

namespace vd::rulesdetail {

// Each phrase of a criteria list as folded words, once per engine.
QList<QStringList> foldPhrases(const QStringList &phrases);

// Index of the longest phrase (the first of equal length) that occurs as whole
// words in `words`, or -1.
int findPhrase(const QStringList &words, const QList<QStringList> &phrases);

enum class PositionClass {
    Plain, // neither list and no "trưởng"/"phó": nothing to say
    Listed, // on the allowed list (tổ trưởng, quản đốc, ...)
    Leadership, // HCSN leadership list
    NotEligible, // SXKD excluded list
    Unclear, // on no list but says "trưởng" or "phó"
};

struct PositionMatch
{
    PositionClass kind = PositionClass::Plain;
    int phrase = -1; // index into the list that matched (leadership/excluded/allowed)
};

// Classifies a position for a sector. The excluded (SXKD) or leadership (HCSN)
// list wins over the allowed list; the allowed list is checked in both sectors
// (a "Tổ trưởng" is not leadership in a school either).
PositionMatch classifyPosition(const QString &position, Sector sector,
                               const QList<QStringList> &leadership,
                               const QList<QStringList> &allowed,
                               const QList<QStringList> &excluded);

// True when the position says "trưởng" (head) or "phó" (deputy) as a word.
// "trường" (school) folds to the same letters but is not a head: a word spelt
// exactly "trường" does not count; without diacritics ("truong") it does.
bool mentionsHeadOrDeputy(const QString &position);

} // namespace vd::rulesdetail
