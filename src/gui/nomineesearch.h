// Which rows of the nominee list a search finds, worked out once per query
// for all rows (NomineeFilterProxy then reads one flag per row).
//
// A row is found when the folded query is part of its folded name, unit or
// position, or of its CCCD: the same rows as looking for the query in the
// text "name\nunit\nposition\nCCCD" (a folded query has no line break, so it
// never spans two of them). Names, units and positions repeat a lot (8 359
// distinct names, a few hundred units and positions in 99 490 imported rows):
// each distinct folded text (NomineeTableModel::ListKeys::texts) is matched
// once per query, and a row is three look-ups. When the query extends the
// previous one (it contains it), only what was found before can be found now,
// so only that is tested again (docs/performance-check-gui.md, round 5).
#pragma once

#include "domain.h"
#include "nomineetablemodel.h"

#include <vector>

namespace vd::gui {

class NomineeSearch
{
public:
    // Works out the rows `foldedQuery` (foldText'ed; empty finds every row)
    // finds among `nominees` with their `keys` (same rows, same order).
    // `sameRows`: the rows and keys are those of the previous call, so an
    // extended query only tests again what the previous one found.
    void update(const QString &foldedQuery, const QList<Nominee> &nominees, const NomineeTableModel::ListKeys &keys,
                bool sameRows);
    bool found(int row) const { return row >= 0 && row < int(m_rowFound.size()) && m_rowFound[size_t(row)]; }
    const QString &query() const { return m_query; }
    // Rows and texts tested by the last update() (the incremental part shows here).
    int rowsTested() const { return m_rowsTested; }
    int textsTested() const { return m_textsTested; }

private:
    bool rowFound(int row, const QList<Nominee> &nominees, const NomineeTableModel::ListKeys &keys) const;

    QString m_query;
    std::vector<char> m_textFound; // per ListKeys::texts entry
    std::vector<char> m_rowFound; // per row
    bool m_searchCitizenIds = false; // m_query may be in a CCCD (ListKeys::mayBeInCitizenId)
    bool m_queryHasBreak = false; // a '\n' in m_query (never from foldText)
    int m_rowsTested = 0;
    int m_textsTested = 0;
};

} // namespace vd::gui
