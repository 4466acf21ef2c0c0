// Position matching for LEADERSHIP_POSITION, POSITION_NOT_ELIGIBLE and
// POSITION_UNCLEAR (docs/rules.md): folded whole-word phrases, so "Tổ phó tổ
// Văn phòng" is not "phó phòng" and NFD or upper-case input matches too.
#include "rules_p.h"

#include "textfold.h"

namespace vd::rulesdetail {

QList<QStringList> foldPhrases(const QStringList &phrases)
{
    QList<QStringList> out;
    out.reserve(phrases.size());
    for (const QString &p : phrases)
        out.append(foldedWords(p));
    return out;
}

int findPhrase(const QStringList &words, const QList<QStringList> &phrases)
{
    // The longest phrase wins, so "Phó hiệu trưởng" is reported as such and not
    // as the "hiệu trưởng" it contains.
    int best = -1;
    for (int i = 0; i < phrases.size(); ++i) {
        if ((best < 0 || phrases.at(i).size() > phrases.at(best).size()) && containsPhrase(words, phrases.at(i)))
            best = i;
    }
    return best;
}

bool mentionsHeadOrDeputy(const QString &position)
{
    static const QString head = QStringLiteral("truong");
    static const QString deputy = QStringLiteral("pho");
    static const QString school = QStringLiteral("trường");
    const QString lower = position.normalized(QString::NormalizationForm_C).toLower();
    QString word;
    auto decide = [&]() {
        if (word.isEmpty())
            return false;
        const QString folded = foldText(word);
        const bool hit = folded == deputy || (folded == head && word != school);
        word.clear();
        return hit;
    };
    for (QChar c : lower) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
        } else if (decide()) {
            return true;
        }
    }
    return decide();
}

PositionMatch classifyPosition(const QString &position, Sector sector, const QList<QStringList> &leadership,
                               const QList<QStringList> &allowed, const QList<QStringList> &excluded)
{
    const QStringList words = foldedWords(position);
    PositionMatch m;
    if (sector == Sector::Hcsn) {
        m.phrase = findPhrase(words, leadership);
        if (m.phrase >= 0) {
            m.kind = PositionClass::Leadership;
            return m;
        }
    } else {
        m.phrase = findPhrase(words, excluded);
        if (m.phrase >= 0) {
            m.kind = PositionClass::NotEligible;
            return m;
        }
    }
    m.phrase = findPhrase(words, allowed);
    if (m.phrase >= 0) {
        m.kind = PositionClass::Listed;
        return m;
    }
    m.kind = mentionsHeadOrDeputy(position) ? PositionClass::Unclear : PositionClass::Plain;
    return m;
}

} // namespace vd::rulesdetail
