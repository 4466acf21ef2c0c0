// Units (đơn vị): the nominating agencies, schools, communes and enterprises.
#pragma once

#include "approvalguard.h"
#include "domain.h"
#include "result.h"

namespace vd {

class Database;

struct UnitSummary
{
    Unit unit;
    int nomineeCount = 0;
};

class UnitStore
{
public:
    explicit UnitStore(Database &db) : m_db(db) { }

    Result<QList<UnitSummary>> list(qint64 campaignId) const;
    // The unit with this name (compared folded), created on first use.
    // A new unit gets blocId; an existing one keeps its own.
    Result<qint64> findOrCreate(qint64 campaignId, const QString &name, qint64 blocId);
    Result<qint64> find(qint64 campaignId, const QString &name) const;
    Status rename(qint64 unitId, const QString &newName);
    // Moves the unit to another bloc; its nominees move with it.
    // Approved nominees that the move would leave ineligible or over their new
    // bloc's quota: refused (Error::code kApprovalBrokenCode) or, with
    // BrokenApprovals::Withdraw, withdrawn in the same transaction
    // (approvalguard.h). `today`: the rules' clock (invalid: today).
    Status moveToBloc(qint64 unitId, qint64 blocId, const QDate &today = QDate(),
                      BrokenApprovals policy = BrokenApprovals::Refuse);
    // Moves every nominee of `from` to `into` and removes `from`.
    // The same check of approved nominees as moveToBloc().
    Status merge(qint64 from, qint64 into, const QDate &today = QDate(),
                 BrokenApprovals policy = BrokenApprovals::Refuse);
    // Removes a unit that has no nominees.
    Status remove(qint64 unitId);

private:
    Database &m_db;
};

} // namespace vd
