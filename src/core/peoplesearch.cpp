// PersonStore::search(): people across all campaigns by name or CCCD
// (docs/history.md, "Search across campaigns").
#include "people.h"
#include "people_p.h"

#include "database.h"
#include "textfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace vd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::PersonStore)
};

// A LIKE pattern matching `text` anywhere, its own % _ and \ taken literally.
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

using namespace peopledetail;

Result<QList<PersonSearchHit>> PersonStore::search(const QString &text, int limit, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    const QString trimmed = normalizeText(text);
    const QString digits = QString(trimmed).remove(QLatin1Char(' '));
    const QString folded = foldText(trimmed);
    if (folded.isEmpty())
        return QList<PersonSearchHit>();
    // The name key is the folded full name (people.cpp): one index-friendly
    // comparison covers accents, case, NFC/NFD and đ.
    QString where = QStringLiteral("p.name_key LIKE ? ESCAPE '\\'");
    QVariantList values { containsPattern(folded) };
    if (isDigits(digits) && digits.size() >= 3) {
        where += QStringLiteral(" OR p.citizen_id LIKE ? ESCAPE '\\'");
        values.append(containsPattern(digits));
    }
    values.append(limit + 1);
    // The person's columns in personFrom()'s order (kPersonColumns), then the summary.
    auto q = m_db.run(QStringLiteral("SELECT p.id, p.full_name, p.birth_date, p.citizen_id, p.name_key")
                          + QStringLiteral(", COUNT(n.id), SUM(CASE WHEN n.approved <> 0 THEN 1 ELSE 0 END), "
                                           "MIN(c.year), MAX(c.year) "
                                           "FROM person p JOIN nominee n ON n.person_id = p.id "
                                           "JOIN campaign c ON c.id = n.campaign_id WHERE ")
                          + where
                          + QStringLiteral(" GROUP BY p.id, p.full_name, p.birth_date, p.citizen_id, p.name_key "
                                           "ORDER BY p.name_key, p.id LIMIT ?"),
                      values, Tr::tr("tìm người trong mọi đợt"));
    if (!q)
        return q.error();
    QList<PersonSearchHit> hits;
    const int extra = 5;
    while (q->next()) {
        PersonSearchHit h;
        h.person = personFrom(*q);
        h.nominations = q->value(extra).toInt();
        h.approved = q->value(extra + 1).toInt();
        h.firstYear = q->value(extra + 2).toInt();
        h.lastYear = q->value(extra + 3).toInt();
        hits.append(h);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("tìm người trong mọi đợt")); !rowsEnd)
        return rowsEnd.error();
    if (hits.size() > limit) {
        hits.resize(limit);
        if (truncated)
            *truncated = true;
    }
    const VietnameseCollator collator;
    QList<std::pair<VietnameseCollator::SortKey, PersonSearchHit>> keyed;
    for (const PersonSearchHit &h : std::as_const(hits))
        keyed.append({ collator.nameSortKey(h.person.fullName), h });
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PersonSearchHit> sorted;
    for (const auto &k : std::as_const(keyed))
        sorted.append(k.second);
    return sorted;
}

} // namespace vd
