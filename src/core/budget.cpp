#include "budget.h"

#include "amountwords.h"
#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QtNumeric>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Budget".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Budget)
};

} // namespace

QStringList costLineProblems(const CostLine &line)
{
    QStringList problems;
    if (normalizeText(line.name).isEmpty())
        problems << Tr::tr("Nội dung chi không được để trống.");
    if (line.quantity < 0 || line.quantity > kMaxCostQuantity)
        problems << Tr::tr("Số lượng phải từ 0 đến %1.").arg(kMaxCostQuantity);
    if (line.unitPrice < 0 || line.unitPrice > kMaxUnitPrice)
        problems << Tr::tr("Đơn giá phải từ 0 đến %1 đồng.").arg(kMaxUnitPrice);
    return problems;
}

Result<QList<CostLine>> BudgetStore::lines(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, position, name, unit, quantity, unit_price, note "
                                     "FROM cost_line WHERE campaign_id = ? ORDER BY position, id"),
                      { campaignId }, Tr::tr("đọc các khoản chi của dự toán"));
    if (!q)
        return q.error();
    QList<CostLine> result;
    while (q->next()) {
        CostLine l;
        l.id = q->value(0).toLongLong();
        l.campaignId = campaignId;
        l.position = q->value(1).toInt();
        l.name = q->value(2).toString();
        l.unit = q->value(3).toString();
        l.quantity = q->value(4).toLongLong();
        l.unitPrice = q->value(5).toLongLong();
        l.note = q->value(6).toString();
        result.append(l);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc các khoản chi của dự toán")); !rowsEnd)
        return rowsEnd.error();
    return result;
}

Status BudgetStore::add(CostLine &line)
{
    if (const QStringList problems = costLineProblems(line); !problems.isEmpty())
        return Error::validation(Tr::tr("Khoản chi không hợp lệ."), problems);
    line.name = normalizeText(line.name);
    line.unit = normalizeText(line.unit);
    line.note = normalizeText(line.note);
    return m_db.transaction([&]() -> Status {
        auto last = m_db.run(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM cost_line WHERE campaign_id = ?"),
                             { line.campaignId }, Tr::tr("đọc các khoản chi của dự toán"));
        if (!last)
            return last.error();
        line.position = last->next() ? last->value(0).toInt() + 1 : 1;
        auto ins = m_db.run(
            QStringLiteral("INSERT INTO cost_line (campaign_id, position, name, unit, quantity, "
                           "unit_price, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { line.campaignId, line.position, line.name, line.unit, line.quantity, line.unitPrice, line.note },
            Tr::tr("thêm khoản chi"));
        if (!ins)
            return ins.error();
        line.id = ins->lastInsertId().toLongLong();
        return AuditLog(m_db).record(
            QStringLiteral("budget.add"), QStringLiteral("cost_line"), line.id,
            QStringLiteral("%1: %2 × %3").arg(line.name).arg(line.quantity).arg(line.unitPrice));
    });
}

Status BudgetStore::update(const CostLine &line)
{
    if (const QStringList problems = costLineProblems(line); !problems.isEmpty())
        return Error::validation(Tr::tr("Khoản chi không hợp lệ."), problems);
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("UPDATE cost_line SET name = ?, unit = ?, quantity = ?, unit_price = ?, "
                                         "note = ? WHERE id = ? AND campaign_id = ?"),
                          { normalizeText(line.name), normalizeText(line.unit), line.quantity, line.unitPrice,
                            normalizeText(line.note), line.id, line.campaignId },
                          Tr::tr("sửa khoản chi"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có khoản chi số %1 trong đợt này.").arg(line.id));
        return AuditLog(m_db).record(QStringLiteral("budget.update"), QStringLiteral("cost_line"), line.id,
                                     normalizeText(line.name));
    });
}

Status BudgetStore::remove(qint64 campaignId, qint64 lineId)
{
    return m_db.transaction([&]() -> Status {
        auto pos = m_db.run(QStringLiteral("SELECT position, name FROM cost_line WHERE id = ? AND campaign_id = ?"),
                            { lineId, campaignId }, Tr::tr("đọc các khoản chi của dự toán"));
        if (!pos)
            return pos.error();
        if (!pos->next())
            return Error::validation(Tr::tr("Không có khoản chi số %1 trong đợt này.").arg(lineId));
        const int position = pos->value(0).toInt();
        const QString name = pos->value(1).toString();
        auto del = m_db.run(QStringLiteral("DELETE FROM cost_line WHERE id = ?"), { lineId }, Tr::tr("xóa khoản chi"));
        if (!del)
            return del.error();
        auto shift = m_db.run(QStringLiteral("UPDATE cost_line SET position = position - 1 "
                                             "WHERE campaign_id = ? AND position > ?"),
                              { campaignId, position }, Tr::tr("xóa khoản chi"));
        if (!shift)
            return shift.error();
        return AuditLog(m_db).record(QStringLiteral("budget.remove"), QStringLiteral("cost_line"), lineId, name);
    });
}

Result<Budget> loadBudget(Database &db, qint64 rewardAmount)
{
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    Budget b;
    b.campaign = *campaign;
    b.rewardAmount = rewardAmount < 0 ? campaign->rewardAmount : rewardAmount;
    if (b.rewardAmount > kMaxUnitPrice)
        return Error::validation(Tr::tr("Tiền thưởng mỗi người quá lớn (tối đa %1 đồng).").arg(kMaxUnitPrice));
    auto count = db.run(QStringLiteral("SELECT COUNT(*) FROM nominee WHERE campaign_id = ? AND approved = 1"),
                        { campaign->id }, Tr::tr("đếm người được duyệt"));
    if (!count)
        return count.error();
    b.honorees = count->next() ? count->value(0).toInt() : 0;
    b.rewardSubtotal = b.rewardAmount * b.honorees;
    auto lines = BudgetStore(db).lines(campaign->id);
    if (!lines)
        return lines.error();
    b.lines = *lines;
    for (const CostLine &l : std::as_const(b.lines)) {
        if (qAddOverflow(b.costSubtotal, l.amount(), &b.costSubtotal))
            return Error::validation(Tr::tr("Tổng dự toán quá lớn."));
    }
    if (qAddOverflow(b.rewardSubtotal, b.costSubtotal, &b.total))
        return Error::validation(Tr::tr("Tổng dự toán quá lớn."));
    b.totalInWords = amountInWords(b.total);
    return b;
}

} // namespace vd
