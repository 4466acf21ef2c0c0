// vinhdanh-cli budget: the budget estimate (dự toán kinh phí) on stdout, as
// JSON, or as a document (-o FILE); `budget add` and `budget remove` edit the
// campaign's cost lines. docs/conference.md.
#include "adminformat.h"
#include "budget.h"
#include "clitext.h"
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QString money(qint64 amount) { return docs::formatAmount(amount); }

QJsonObject budgetJson(const Budget &b)
{
    QJsonArray lines;
    for (const CostLine &l : b.lines) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), l.id);
        o.insert(QStringLiteral("position"), l.position);
        o.insert(QStringLiteral("name"), l.name);
        o.insert(QStringLiteral("unit"), l.unit);
        o.insert(QStringLiteral("quantity"), l.quantity);
        o.insert(QStringLiteral("unit_price"), l.unitPrice);
        o.insert(QStringLiteral("amount"), l.amount());
        o.insert(QStringLiteral("note"), l.note);
        lines.append(o);
    }
    QJsonObject reward;
    reward.insert(QStringLiteral("amount"), b.rewardAmount);
    reward.insert(QStringLiteral("honorees"), b.honorees);
    reward.insert(QStringLiteral("subtotal"), b.rewardSubtotal);
    QJsonObject root;
    root.insert(QStringLiteral("campaign"), b.campaign.name);
    root.insert(QStringLiteral("reward"), reward);
    root.insert(QStringLiteral("lines"), lines);
    root.insert(QStringLiteral("lines_subtotal"), b.costSubtotal);
    root.insert(QStringLiteral("total"), b.total);
    root.insert(QStringLiteral("total_in_words"), b.totalInWords);
    return root;
}

void printBudget(QTextStream &out, const Budget &b)
{
    out << CliText::tr("Dự toán kinh phí — %1").arg(b.campaign.name) << Qt::endl;
    out << CliText::tr("Tiền thưởng: %1 người × %2 = %3 đồng")
               .arg(b.honorees)
               .arg(money(b.rewardAmount), money(b.rewardSubtotal))
        << Qt::endl;
    for (const CostLine &l : b.lines) {
        out << QStringLiteral("%1\t%2\t%3 %4 × %5 = %6")
                   .arg(l.id)
                   .arg(l.name, money(l.quantity), l.unit, money(l.unitPrice), money(l.amount()))
            << Qt::endl;
    }
    out << CliText::tr("Các khoản chi: %1 đồng").arg(money(b.costSubtotal)) << Qt::endl;
    out << CliText::tr("Tổng cộng: %1 đồng").arg(money(b.total)) << Qt::endl;
    out << CliText::tr("Bằng chữ: %1").arg(b.totalInWords) << Qt::endl;
}

int runBudget(Context &ctx)
{
    if (const auto settled = runOutputOrUsage(ctx, int(docs::OutputKind::Budget)))
        return *settled;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto budget = loadBudget(**db, ctx.number("amount"));
    if (!budget)
        return ctx.fail(budget.error());
    if (ctx.isSet("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(budgetJson(*budget)).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    printBudget(ctx.out, *budget);
    return ExitOk;
}

int runBudgetAdd(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    CostLine line;
    line.campaignId = ws->campaign->id;
    line.name = ctx.arguments().value(0);
    line.unit = ctx.text("unit");
    line.quantity = ctx.number("quantity");
    line.unitPrice = ctx.number("unit-price");
    line.note = ctx.text("note");
    if (auto st = BudgetStore(*ws->db).add(line); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã thêm khoản chi %1: %2 (%3 đồng)").arg(line.id).arg(line.name, money(line.amount()))
            << Qt::endl;
    return ExitOk;
}

int runBudgetRemove(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const qint64 id = ctx.argumentIds().value(0);
    if (auto st = BudgetStore(*ws->db).remove(ws->campaign->id, id); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã xóa khoản chi %1").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace

Command budgetCommand()
{
    return { "budget",
             QT_TRANSLATE_NOOP("vd::cli", "dự toán kinh phí: tiền thưởng × số người được duyệt cộng các khoản chi, "
                                          "tổng bằng số và bằng chữ; -o ghi văn bản"),
             QList<Option> {
                 valueOption("amount", ValueKind::Amount, QT_TRANSLATE_NOOP("vd::cli", "SỐ_TIỀN"),
                             QT_TRANSLATE_NOOP("vd::cli", "tiền thưởng mỗi người, đồng (mặc định: theo đợt)")),
                 flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) }
                 + documentOptions("docx|pdf|odt", OptDate, Presence::Optional, Presence::Optional),
             {},
             &runBudget,
             true };
}

Command budgetAddCommand()
{
    return { "budget add",
             QT_TRANSLATE_NOOP("vd::cli", "thêm một khoản chi vào dự toán của đợt đang dùng"),
             { valueOption("quantity", ValueKind::Count, "N", QT_TRANSLATE_NOOP("vd::cli", "số lượng"),
                           Presence::Required),
               valueOption("unit-price", ValueKind::Amount, QT_TRANSLATE_NOOP("vd::cli", "SỐ_TIỀN"),
                           QT_TRANSLATE_NOOP("vd::cli", "đơn giá, đồng"), Presence::Required),
               valueOption("unit", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "ĐƠN_VỊ"),
                           QT_TRANSLATE_NOOP("vd::cli", "đơn vị tính (bó, chiếc, suất…)")),
               valueOption("note", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "GHI_CHÚ"),
                           QT_TRANSLATE_NOOP("vd::cli", "ghi chú")) },
             { QT_TRANSLATE_NOOP("vd::cli", "NỘI_DUNG"), ValueKind::Text, 1, 1,
               QT_TRANSLATE_NOOP("vd::cli", "nội dung chi, ví dụ \"Hoa tươi\"") },
             &runBudgetAdd };
}

Command budgetRemoveCommand()
{
    return { "budget remove",
             QT_TRANSLATE_NOOP("vd::cli", "xóa một khoản chi khỏi dự toán"),
             {},
             { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1,
               QT_TRANSLATE_NOOP("vd::cli", "mã khoản chi (xem budget)") },
             &runBudgetRemove };
}

} // namespace vd::cli
