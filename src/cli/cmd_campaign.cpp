// vinhdanh-cli campaign list|new|use|close|reopen: the campaigns of the
// database, next year's from this one, and the read-only lock (docs/cli.md,
// docs/history.md).
#include "campaignstore.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::cli", text);
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

int runList(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = CampaignStore(**db).list();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.isSet("json")) {
        QJsonArray array;
        for (const CampaignSummary &c : std::as_const(*list)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), c.id);
            o.insert(QStringLiteral("name"), c.name);
            o.insert(QStringLiteral("year"), c.year);
            o.insert(QStringLiteral("plan_number"), c.documentNumber);
            o.insert(QStringLiteral("deadline"), dateJson(c.deadline));
            o.insert(QStringLiteral("conference_date"), dateJson(c.conferenceDate));
            o.insert(QStringLiteral("active"), c.active);
            o.insert(QStringLiteral("closed"), c.closed);
            o.insert(QStringLiteral("nominees"), c.nominees);
            o.insert(QStringLiteral("approved"), c.approved);
            array.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("campaigns"), array);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    for (const CampaignSummary &c : std::as_const(*list)) {
        QStringList marks;
        if (c.active)
            marks.append(tr("đang dùng"));
        if (c.closed)
            marks.append(tr("đã khóa"));
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(QString::number(c.id), QString::number(c.year), c.name,
                            tr("%1 hồ sơ, %2 đã duyệt").arg(c.nominees).arg(c.approved),
                            marks.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    return ExitOk;
}

int runNew(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    CampaignDraft draft;
    draft.name = ctx.text("name");
    draft.planNumber = ctx.text("plan-number");
    draft.planDate = ctx.date("plan-date");
    draft.deadline = ctx.date("deadline");
    draft.conferenceDate = ctx.date("conference-date");
    draft.year = int(ctx.number("year", 0));
    auto id = CampaignStore(**db).createFrom(ctx.number("from"), draft);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << tr("Đã tạo đợt mã %1 và đặt làm đợt đang dùng.").arg(*id) << Qt::endl;
    return ExitOk;
}

int runUse(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const qint64 id = ctx.argumentIds().constFirst();
    if (auto st = CampaignStore(**db).use(id); !st)
        return ctx.fail(st.error());
    ctx.out << tr("Đợt mã %1 là đợt đang dùng.").arg(id) << Qt::endl;
    return ExitOk;
}

// close / reopen: the campaign given, or the active one.
int runLock(Context &ctx, bool closed)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    qint64 id = ctx.argumentIds().isEmpty() ? 0 : ctx.argumentIds().constFirst();
    if (id == 0) {
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        id = ws->campaign->id;
    }
    if (auto st = CampaignStore(**db).setClosed(id, closed); !st)
        return ctx.fail(st.error());
    ctx.out << (closed ? tr("Đã khóa đợt mã %1 (chỉ xem).") : tr("Đã mở lại đợt mã %1.")).arg(id)
            << Qt::endl;
    return ExitOk;
}

int runClose(Context &ctx)
{
    return runLock(ctx, true);
}

int runReopen(Context &ctx)
{
    return runLock(ctx, false);
}

} // namespace

QList<Command> campaignCommands()
{
    const Arguments optionalId { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 0, 1,
                                 QT_TRANSLATE_NOOP("vd::cli", "mã đợt (mặc định: đợt đang dùng)") };
    return {
        { "campaign list",
          QT_TRANSLATE_NOOP("vd::cli", "liệt kê các đợt biểu dương (mã, năm, đang dùng, đã khóa)"),
          { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) },
          {},
          &runList },
        { "campaign new",
          QT_TRANSLATE_NOOP("vd::cli",
                            "tạo đợt mới từ một đợt (chép khối, chỉ tiêu, tiêu chí, người ký, "
                            "hồ sơ, chương trình) và đặt làm đợt đang dùng"),
          { valueOption("from", ValueKind::Id, "MÃ", QT_TRANSLATE_NOOP("vd::cli", "mã đợt để chép"),
                        Presence::Required),
            valueOption("name", ValueKind::Text, "TÊN", QT_TRANSLATE_NOOP("vd::cli", "tên đợt mới"),
                        Presence::Required),
            valueOption("plan-number", ValueKind::Text, "SỐ",
                        QT_TRANSLATE_NOOP("vd::cli", "số kế hoạch, ví dụ 45/KH-LĐLĐ"), Presence::Required),
            valueOption("deadline", ValueKind::Date, "NGÀY",
                        QT_TRANSLATE_NOOP("vd::cli", "hạn nộp hồ sơ"), Presence::Required),
            valueOption("conference-date", ValueKind::Date, "NGÀY",
                        QT_TRANSLATE_NOOP("vd::cli", "ngày hội nghị"), Presence::Required),
            valueOption("plan-date", ValueKind::Date, "NGÀY",
                        QT_TRANSLATE_NOOP("vd::cli", "ngày ban hành kế hoạch")),
            valueOption("year", ValueKind::Count, "NĂM",
                        QT_TRANSLATE_NOOP("vd::cli",
                                          "năm thi đua (mặc định: năm của đợt cũ, dời như hạn nộp)")) },
          {},
          &runNew },
        { "campaign use",
          QT_TRANSLATE_NOOP("vd::cli", "đặt một đợt làm đợt đang dùng cho mọi lệnh khác"),
          {},
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1,
            QT_TRANSLATE_NOOP("vd::cli", "mã đợt") },
          &runUse },
        { "campaign close",
          QT_TRANSLATE_NOOP("vd::cli", "khóa một đợt: chỉ xem, không sửa được (ghi nhật ký)"),
          {},
          optionalId,
          &runClose },
        { "campaign reopen",
          QT_TRANSLATE_NOOP("vd::cli", "mở lại một đợt đã khóa (ghi nhật ký)"),
          {},
          optionalId,
          &runReopen },
    };
}

} // namespace vd::cli
