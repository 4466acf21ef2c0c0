// The budget estimate of the conference (dự toán kinh phí): the reward for
// each honoree of the approved list, plus the campaign's cost lines (hall,
// flowers, certificates, frames, meals, printing…) with quantity and unit
// price. The lines are campaign data (table cost_line), edited in the GUI and
// with `vinhdanh-cli budget add|remove`. docs/conference.md.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

// One line of the estimate: quantity × unit price, in đồng.
struct CostLine
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0; // order in the estimate, from 1
    QString name; // "Hoa tươi tặng người được biểu dương"
    QString unit; // đơn vị tính: "bó", "chiếc", "suất"
    qint64 quantity = 0;
    qint64 unitPrice = 0; // đồng
    QString note;

    qint64 amount() const { return quantity * unitPrice; }
};

struct Budget
{
    Campaign campaign;
    qint64 rewardAmount = 0; // per honoree, đồng
    int honorees = 0; // approved nominees of the campaign
    qint64 rewardSubtotal = 0;
    QList<CostLine> lines;
    qint64 costSubtotal = 0;
    qint64 total = 0;
    QString totalInWords; // "Bốn mươi bảy triệu năm trăm nghìn đồng"
};

// Quantities and unit prices are limited so that no total can overflow:
// a quantity up to 1 000 000, a unit price up to 10 000 000 000 đồng.
inline constexpr qint64 kMaxCostQuantity = 1000000;
inline constexpr qint64 kMaxUnitPrice = 10000000000LL;

class BudgetStore
{
public:
    explicit BudgetStore(Database &db) : m_db(db) { }

    // The campaign's cost lines in order.
    Result<QList<CostLine>> lines(qint64 campaignId) const;
    // Appends the line (position after the last); fills id and position.
    // Validation error (nothing written) for an empty name, a negative or too
    // large quantity or price.
    Status add(CostLine &line);
    // Saves name, unit, quantity, price and note of an existing line.
    Status update(const CostLine &line);
    // Removes the line; the positions after it close up.
    Status remove(qint64 campaignId, qint64 lineId);

private:
    Database &m_db;
};

// Problems of a line, one translated message each (empty: valid).
QStringList costLineProblems(const CostLine &line);

// The estimate of the active campaign. `rewardAmount` < 0 takes the campaign's
// amount per honoree (0 leaves the reward out).
Result<Budget> loadBudget(Database &db, qint64 rewardAmount = -1);

} // namespace vd
