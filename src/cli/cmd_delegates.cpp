// vinhdanh-cli delegates import|list|checkin: the conference's delegates
// (docs/conference.md).
#include "clitext.h"
#include "commands.h"
#include "delegates.h"
#include "docargs.h"
#include "outputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

int runImport(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto report = DelegateStore(*ws->db).importFile(ws->campaign->id, ctx.arguments().value(0), ctx.isSet("replace"));
    if (!report)
        return ctx.fail(report.error());
    for (const QString &w : std::as_const(report->warnings))
        ctx.err << CliText::tr("cảnh báo: ") << w << Qt::endl;
    ctx.out << CliText::tr("Đã nhập %1 đại biểu.").arg(report->imported) << Qt::endl;
    return ExitOk;
}

QJsonObject delegateJson(const Delegate &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("full_name"), d.fullName);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("body"), d.body);
    o.insert(QStringLiteral("group"), d.groupName);
    o.insert(QStringLiteral("seat_row"), d.seatRow);
    o.insert(QStringLiteral("presenter"), d.presenter);
    o.insert(QStringLiteral("present"), d.present());
    o.insert(QStringLiteral("checked_in_at"),
             d.present() ? QJsonValue(d.checkedInAt.toUTC().toString(Qt::ISODate)) : QJsonValue());
    return o;
}

void printCounts(Context &ctx, const QList<Delegate> &all)
{
    int invited = 0, present = 0;
    for (const DelegateGroupCount &g : delegateCounts(all)) {
        invited += g.invited;
        present += g.present;
        ctx.out << CliText::tr("  %1: có mặt %2/%3")
                       .arg(g.groupName.isEmpty() ? CliText::tr("(chưa xếp nhóm)") : g.groupName)
                       .arg(g.present)
                       .arg(g.invited)
                << Qt::endl;
    }
    ctx.out << CliText::tr("Có mặt %1/%2 đại biểu").arg(present).arg(invited) << Qt::endl;
}

int runList(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto all = DelegateStore(*ws->db).list(ws->campaign->id);
    if (!all)
        return ctx.fail(all.error());
    const QList<Delegate> shown = searchDelegates(*all, ctx.text("search"));
    if (ctx.isSet("json")) {
        QJsonArray delegates;
        for (const Delegate &d : shown)
            delegates.append(delegateJson(d));
        QJsonArray groups;
        for (const DelegateGroupCount &g : delegateCounts(*all)) {
            QJsonObject o;
            o.insert(QStringLiteral("group"), g.groupName);
            o.insert(QStringLiteral("invited"), g.invited);
            o.insert(QStringLiteral("present"), g.present);
            groups.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("delegates"), delegates);
        root.insert(QStringLiteral("groups"), groups);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    for (const Delegate &d : shown) {
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                       .arg(d.id)
                       .arg(d.fullName, d.title, d.body, d.groupName, d.seatRow,
                            d.present() ? CliText::tr("có mặt") : QString())
                << Qt::endl;
    }
    printCounts(ctx, *all);
    return ExitOk;
}

int runCheckin(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    DelegateStore store(*ws->db);
    qint64 id = ctx.argumentIds().value(0);
    if ((id > 0) == ctx.isSet("search"))
        return ctx.usage(CliText::tr("Cần đúng một trong hai: MÃ hoặc --search CHỮ."));
    auto all = store.list(ws->campaign->id);
    if (!all)
        return ctx.fail(all.error());
    if (id == 0) {
        const QList<Delegate> found = searchDelegates(*all, ctx.text("search"));
        if (found.size() != 1) {
            ctx.err << (found.isEmpty() ? CliText::tr("Không thấy đại biểu nào khớp \"%1\".").arg(ctx.text("search"))
                                        : CliText::tr("%1 đại biểu khớp \"%2\"; gõ thêm chữ hoặc dùng MÃ:")
                                              .arg(found.size())
                                              .arg(ctx.text("search")))
                    << Qt::endl;
            for (const Delegate &d : found)
                ctx.err << QStringLiteral("  %1\t%2\t%3").arg(d.id).arg(d.fullName, d.body) << Qt::endl;
            return ExitRefused;
        }
        id = found.first().id;
    }
    auto d = store.checkIn(ws->campaign->id, id, !ctx.isSet("undo"));
    if (!d)
        return ctx.fail(d.error());
    ctx.out << (d->present() ? CliText::tr("Có mặt: %1 (%2)") : CliText::tr("Bỏ đánh dấu có mặt: %1 (%2)"))
                   .arg(d->fullName, d->groupName)
            << Qt::endl;
    auto after = store.list(ws->campaign->id);
    if (after)
        printCounts(ctx, *after);
    return ExitOk;
}

int runInvitations(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::DelegateInvitations)); }
int runLabels(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::DelegateLabels)); }
int runCheckinList(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::DelegateCheckinList)); }

} // namespace

QList<Command> delegatesCommands()
{
    return {
        { "delegates import",
          QT_TRANSLATE_NOOP("vd::cli", "nhập danh sách đại biểu (CSV hoặc XLSX: Họ và tên, Chức vụ, Cơ quan, "
                                       "Thành phần, Hàng "
                                       "ghế, Trao thưởng); có lỗi thì không nhập gì"),
          { flagOption("replace", QT_TRANSLATE_NOOP("vd::cli", "thay toàn bộ danh sách cũ")) },
          { QT_TRANSLATE_NOOP("vd::cli", "TỆP"), ValueKind::Text, 1, 1,
            QT_TRANSLATE_NOOP("vd::cli", "tệp danh sách đại biểu") },
          &runImport },
        { "delegates list",
          QT_TRANSLATE_NOOP("vd::cli", "liệt kê đại biểu và số có mặt theo thành phần"),
          { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
            valueOption("search", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "CHỮ"),
                        QT_TRANSLATE_NOOP("vd::cli", "chỉ những người có tên chứa các chữ này (gõ không dấu được)")) },
          {},
          &runList },
        { "delegates checkin",
          QT_TRANSLATE_NOOP("vd::cli", "đánh dấu đại biểu có mặt (theo mã, hoặc --search khi chỉ một người khớp)"),
          { valueOption("search", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "CHỮ"),
                        QT_TRANSLATE_NOOP("vd::cli", "tìm theo tên, không cần dấu")),
            flagOption("undo", QT_TRANSLATE_NOOP("vd::cli", "bỏ đánh dấu có mặt")) },
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 0, 1,
            QT_TRANSLATE_NOOP("vd::cli", "mã đại biểu (xem delegates list)") },
          &runCheckin },
        { "delegates invitations",
          QT_TRANSLATE_NOOP("vd::cli", "ghi giấy mời đại biểu, mỗi người một trang"),
          documentOptions("docx|pdf|odt", OptDate),
          {},
          &runInvitations,
          true },
        { "delegates labels",
          QT_TRANSLATE_NOOP("vd::cli", "ghi nhãn dán phong bì giấy mời"),
          documentOptions("docx|pdf|odt", 0),
          {},
          &runLabels,
          true },
        { "delegates checkin-list",
          QT_TRANSLATE_NOOP("vd::cli", "ghi danh sách đón tiếp đại biểu theo thành phần (để ký tên)"),
          documentOptions("docx|pdf|odt", OptDate),
          {},
          &runCheckinList,
          true },
    };
}

} // namespace vd::cli
