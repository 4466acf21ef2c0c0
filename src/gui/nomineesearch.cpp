#include "nomineesearch.h"

namespace vd::gui {

void NomineeSearch::update(const QString &foldedQuery, const QList<Nominee> &nominees,
                           const NomineeTableModel::ListKeys &keys, bool sameRows)
{
    const size_t rows = size_t(nominees.size());
    const size_t texts = size_t(keys.texts.size());
    const bool fits = m_rowFound.size() == rows && m_textFound.size() == texts;
    // Found by the longer query => found by the shorter one it contains.
    const bool narrowing = sameRows && fits && !m_query.isEmpty() && foldedQuery.contains(m_query);
    m_query = foldedQuery;
    m_rowsTested = 0;
    m_textsTested = 0;
    if (!narrowing) { // everything is a candidate
        m_textFound.assign(texts, 1);
        m_rowFound.assign(rows, 1);
    }
    if (m_query.isEmpty())
        return;
    m_searchCitizenIds = keys.mayBeInCitizenId(m_query);
    m_queryHasBreak = m_query.contains(QLatin1Char('\n'));
    for (size_t t = 0; t < texts; ++t) {
        if (m_textFound[t]) {
            ++m_textsTested;
            m_textFound[t] = keys.texts.at(qsizetype(t)).contains(m_query);
        }
    }
    for (size_t r = 0; r < rows; ++r) {
        if (m_rowFound[r]) {
            ++m_rowsTested;
            m_rowFound[r] = rowFound(int(r), nominees, keys);
        }
    }
}

bool NomineeSearch::rowFound(int row, const QList<Nominee> &nominees, const NomineeTableModel::ListKeys &keys) const
{
    if (row >= keys.rows.size())
        return false;
    const NomineeTableModel::RowKeys &k = keys.rows.at(row);
    if (m_queryHasBreak) {
        // Never from foldText (a line break folds to a space); kept exact anyway.
        const QString all = keys.texts.at(k.nameText) + QLatin1Char('\n') + keys.texts.at(k.unitText)
                            + QLatin1Char('\n') + keys.texts.at(k.positionText) + QLatin1Char('\n')
                            + nominees.at(row).citizenId;
        return all.contains(m_query);
    }
    return m_textFound[size_t(k.nameText)] || m_textFound[size_t(k.unitText)] || m_textFound[size_t(k.positionText)]
           || (m_searchCitizenIds && nominees.at(row).citizenId.contains(m_query));
}

} // namespace vd::gui
