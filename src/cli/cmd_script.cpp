// vinhdanh-cli script and slides: the running order of the conference
// (runningorder.h) on stdout, as JSON, as the MC's running script (-o FILE),
// and the presenter view's slides as a 16:9 PDF. docs/conference.md.
#include "clitext.h"
#include "commands.h"
#include "docargs.h"
#include "outputs.h"
#include "runningorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QString hhmm(const QTime &t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); }

QJsonValue timeJson(const QTime &t) { return t.isValid() ? QJsonValue(hhmm(t)) : QJsonValue(); }

QJsonObject orderJson(const RunningOrder &o)
{
    QJsonArray items;
    for (const ScriptItem &i : o.items) {
        QJsonObject item;
        item.insert(QStringLiteral("number"), i.number);
        item.insert(QStringLiteral("text"), i.text);
        item.insert(QStringLiteral("start"), timeJson(i.start));
        item.insert(QStringLiteral("minutes"), i.minutes);
        item.insert(QStringLiteral("call_out"), i.callOut);
        items.append(item);
    }
    QJsonArray batches;
    for (const CallOutBatch &b : o.batches) {
        QJsonArray honorees;
        int n = b.firstNumber;
        for (const Nominee &nominee : b.honorees) {
            QJsonObject h;
            h.insert(QStringLiteral("number"), n++);
            h.insert(QStringLiteral("id"), nominee.id);
            h.insert(QStringLiteral("full_name"), nominee.fullName);
            h.insert(QStringLiteral("position"), nominee.position);
            h.insert(QStringLiteral("unit"), nominee.unitName);
            honorees.append(h);
        }
        QJsonObject batch;
        batch.insert(QStringLiteral("number"), b.number);
        batch.insert(QStringLiteral("bloc"), b.bloc.code);
        batch.insert(QStringLiteral("bloc_name"), b.bloc.name);
        batch.insert(QStringLiteral("start"), timeJson(b.start));
        batch.insert(QStringLiteral("minutes"), b.minutes);
        if (b.hasPresenter()) {
            QJsonObject p;
            p.insert(QStringLiteral("id"), b.presenter.id);
            p.insert(QStringLiteral("full_name"), b.presenter.fullName);
            p.insert(QStringLiteral("title"), b.presenter.title);
            p.insert(QStringLiteral("body"), b.presenter.body);
            batch.insert(QStringLiteral("presenter"), p);
        } else {
            batch.insert(QStringLiteral("presenter"), QJsonValue());
        }
        batch.insert(QStringLiteral("honorees"), honorees);
        batches.append(batch);
    }
    QJsonObject root;
    root.insert(QStringLiteral("campaign"), o.campaign.name);
    root.insert(QStringLiteral("honorees"), o.honorees);
    root.insert(QStringLiteral("batch_size"), o.batchSize);
    root.insert(QStringLiteral("start"), timeJson(o.campaign.conferenceStart));
    root.insert(QStringLiteral("end"), timeJson(o.end()));
    root.insert(QStringLiteral("items"), items);
    root.insert(QStringLiteral("batches"), batches);
    return root;
}

void printOrder(QTextStream &out, const RunningOrder &o)
{
    out << CliText::tr("Kịch bản điều hành — %1").arg(o.campaign.name) << Qt::endl;
    for (const ScriptItem &i : o.items) {
        out << QStringLiteral("%1. %2\t%3\t%4")
                   .arg(i.number)
                   .arg(hhmm(i.start))
                   .arg(CliText::tr("%n phút", nullptr, i.minutes), i.text)
            << Qt::endl;
        if (!i.callOut)
            continue;
        for (const CallOutBatch &b : o.batches) {
            const QString presenter = b.hasPresenter() ? b.presenter.fullName : CliText::tr("(chưa phân công)");
            out << CliText::tr("   Lượt %1\t%2\tKhối %3, số %4–%5\ttrao: %6")
                       .arg(b.number)
                       .arg(hhmm(b.start))
                       .arg(b.bloc.name)
                       .arg(b.firstNumber)
                       .arg(b.firstNumber + int(b.honorees.size()) - 1)
                       .arg(presenter)
                << Qt::endl;
            int n = b.firstNumber;
            for (const Nominee &nominee : b.honorees)
                out << QStringLiteral("      %1. %2 — %3").arg(n++).arg(nominee.fullName, nominee.unitName) << Qt::endl;
        }
    }
    out << CliText::tr("%1 người được biểu dương, %2 lượt, mỗi lượt không quá %3 người.")
               .arg(o.honorees)
               .arg(o.batches.size())
               .arg(o.batchSize)
        << Qt::endl;
}

int runScript(Context &ctx)
{
    if (const auto settled = runOutputOrUsage(ctx, int(docs::OutputKind::RunningScript)))
        return *settled;
    ScriptTiming timing;
    timing.itemMinutes = int(qMin<qint64>(ctx.number("item-minutes", timing.itemMinutes), 600));
    timing.batchMinutes = int(qMin<qint64>(ctx.number("batch-minutes", timing.batchMinutes), 600));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto order = loadRunningOrder(**db, timing);
    if (!order)
        return ctx.fail(order.error());
    if (ctx.isSet("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(orderJson(*order)).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    printOrder(ctx.out, *order);
    return ExitOk;
}

int runSlides(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::SlideDeck)); }

} // namespace

Command scriptCommand()
{
    return { "script",
             QT_TRANSLATE_NOOP("vd::cli", "kịch bản điều hành hội nghị: các mục chương trình có giờ, gọi người "
                                          "được biểu dương lên sân khấu theo lượt, người trao; -o ghi văn bản"),
             QList<Option> {
                 flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
                 valueOption("item-minutes", ValueKind::Count, "N",
                             QT_TRANSLATE_NOOP("vd::cli", "số phút mỗi mục không ghi \"(N phút)\" (mặc định 10)")),
                 valueOption("batch-minutes", ValueKind::Count, "N",
                             QT_TRANSLATE_NOOP("vd::cli", "số phút mỗi lượt lên sân khấu (mặc định 4)")) }
                 + documentOptions("docx|pdf|odt", OptDate, Presence::Optional, Presence::Optional),
             {},
             &runScript,
             true };
}

Command slidesCommand()
{
    return { "slides",
             QT_TRANSLATE_NOOP("vd::cli", "ghi các trang trình chiếu (PDF 16:9) theo đúng thứ tự kịch bản: "
                                          "trang tiêu đề, từng lượt và từng người được biểu dương"),
             documentOptions("pdf", 0),
             {},
             &runSlides,
             true };
}

} // namespace vd::cli
