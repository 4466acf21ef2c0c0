// vinhdanh-cli campaign list|new|use|close|reopen|rules: the campaigns of the
// database, next year's from this one, the read-only lock and the campaign's
// rule settings (docs/cli.md, docs/history.md, docs/rules.md).
#include "campaignstore.h"
#include "clitext.h"
#include "commands.h"
#include "council.h"
#include "rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vd::cli {

namespace {

QJsonValue dateJson(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

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
            marks.append(CliText::tr("đang dùng"));
        if (c.closed)
            marks.append(CliText::tr("đã khóa"));
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(QString::number(c.id), QString::number(c.year), c.name,
                            CliText::tr("%1 hồ sơ, %2 đã duyệt").arg(c.nominees).arg(c.approved),
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
    ctx.out << CliText::tr("Đã tạo đợt mã %1 và đặt làm đợt đang dùng.").arg(*id) << Qt::endl;
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
    ctx.out << CliText::tr("Đợt mã %1 là đợt đang dùng.").arg(id) << Qt::endl;
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
    ctx.out << (closed ? CliText::tr("Đã khóa đợt mã %1 (chỉ xem).") : CliText::tr("Đã mở lại đợt mã %1.")).arg(id)
            << Qt::endl;
    return ExitOk;
}

int runClose(Context &ctx) { return runLock(ctx, true); }

int runReopen(Context &ctx) { return runLock(ctx, false); }

// The severity a campaign gives a rule: "error", "warning" or "off".
QString effectiveSeverity(const Campaign &c, const RuleSpec &spec)
{
    Severity severity;
    return ruleSeverityIn(c, spec, &severity) ? severityCode(severity) : QStringLiteral("off");
}

// campaign rules: shows the active campaign's rule settings, or changes them
// (all given options in one save; nothing is changed when one is wrong).
int runRules(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Campaign c = *ws->campaign;
    const bool change = ctx.isSet("honoured-before-years") || ctx.isSet("tie-priority") || ctx.isSet("severity");
    if (ctx.isSet("honoured-before-years")) {
        const qint64 years = ctx.number("honoured-before-years");
        if (years > 50)
            return ctx.usage(CliText::tr("--honoured-before-years: từ 0 (tắt) đến 50 năm."));
        c.honouredBeforeYears = int(years);
    }
    if (ctx.isSet("tie-priority")) {
        auto keys = parseTiePriority(ctx.text("tie-priority"));
        if (!keys)
            return ctx.usage(keys.error().message);
        c.tiePriority = *keys;
    }
    if (ctx.isSet("severity")) {
        for (const QString &item : ctx.text("severity").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = item.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
            const QString level = item.section(QLatin1Char('='), 1).trimmed().toLower();
            const bool known = std::any_of(ruleSpecs().cbegin(), ruleSpecs().cend(),
                                           [&](const RuleSpec &r) { return r.code == code; });
            if (!known)
                return ctx.usage(CliText::tr("--severity: không có quy tắc \"%1\" (xem docs/rules.md).").arg(code));
            if (level == QLatin1String("default"))
                c.ruleSeverities.remove(code);
            else if (level == QLatin1String("error") || level == QLatin1String("warning")
                     || level == QLatin1String("off"))
                c.ruleSeverities.insert(code, level);
            else
                return ctx.usage(CliText::tr("--severity %1: mức phải là error, warning, off hoặc default.").arg(code));
        }
    }
    if (change) {
        if (auto st = CampaignStore(*ws->db).update(c); !st)
            return ctx.fail(st.error());
        ctx.out << CliText::tr("Đã lưu thiết lập quy tắc của đợt \"%1\".").arg(c.name) << Qt::endl;
    }
    if (ctx.isSet("json")) {
        QJsonArray rules;
        for (const RuleSpec &spec : ruleSpecs()) {
            QJsonObject o;
            o.insert(QStringLiteral("code"), spec.code);
            o.insert(QStringLiteral("default"), severityCode(spec.severity));
            o.insert(QStringLiteral("severity"), effectiveSeverity(c, spec));
            rules.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("campaign_id"), c.id);
        root.insert(QStringLiteral("honoured_before_years"), c.honouredBeforeYears);
        root.insert(QStringLiteral("tie_priority"), QJsonArray::fromStringList(c.tiePriority));
        root.insert(QStringLiteral("rules"), rules);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    if (change)
        return ExitOk;
    ctx.out << CliText::tr("Đợt: %1").arg(c.name) << Qt::endl;
    ctx.out << (c.honouredBeforeYears > 0
                    ? CliText::tr("Đã khen trong %1 năm gần đây: cảnh báo (HONOURED_BEFORE)").arg(c.honouredBeforeYears)
                    : CliText::tr("Đã khen trong các năm trước: không xét (HONOURED_BEFORE tắt)"))
            << Qt::endl;
    const QStringList names = tiePriorityNames(c.tiePriority);
    ctx.out << CliText::tr("Ưu tiên khi bằng phiếu (chỉ gợi ý): %1")
                   .arg(names.isEmpty() ? CliText::tr("không có") : names.join(QLatin1String(", ")))
            << Qt::endl;
    for (const RuleSpec &spec : ruleSpecs()) {
        const QString now = effectiveSeverity(c, spec);
        const QString def = severityCode(spec.severity);
        ctx.out << QStringLiteral("  %1\t%2%3")
                       .arg(spec.code, now, now == def ? QString() : CliText::tr("\t(mặc định: %1)").arg(def))
                << Qt::endl;
    }
    return ExitOk;
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
          QT_TRANSLATE_NOOP("vd::cli", "tạo đợt mới từ một đợt (chép khối, chỉ tiêu, tiêu chí, người ký, "
                                       "hồ sơ, chương trình) và đặt làm đợt đang dùng"),
          { valueOption("from", ValueKind::Id, "MÃ", QT_TRANSLATE_NOOP("vd::cli", "mã đợt để chép"),
                        Presence::Required),
            valueOption("name", ValueKind::Text, "TÊN", QT_TRANSLATE_NOOP("vd::cli", "tên đợt mới"),
                        Presence::Required),
            valueOption("plan-number", ValueKind::Text, "SỐ",
                        QT_TRANSLATE_NOOP("vd::cli", "số kế hoạch, ví dụ 45/KH-LĐLĐ"), Presence::Required),
            valueOption("deadline", ValueKind::Date, "NGÀY", QT_TRANSLATE_NOOP("vd::cli", "hạn nộp hồ sơ"),
                        Presence::Required),
            valueOption("conference-date", ValueKind::Date, "NGÀY", QT_TRANSLATE_NOOP("vd::cli", "ngày hội nghị"),
                        Presence::Required),
            valueOption("plan-date", ValueKind::Date, "NGÀY", QT_TRANSLATE_NOOP("vd::cli", "ngày ban hành kế hoạch")),
            valueOption("year", ValueKind::Count, "NĂM",
                        QT_TRANSLATE_NOOP("vd::cli", "năm thi đua (mặc định: năm của đợt cũ, dời như hạn nộp)")) },
          {},
          &runNew },
        { "campaign use",
          QT_TRANSLATE_NOOP("vd::cli", "đặt một đợt làm đợt đang dùng cho mọi lệnh khác"),
          {},
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1, QT_TRANSLATE_NOOP("vd::cli", "mã đợt") },
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
        { "campaign rules",
          QT_TRANSLATE_NOOP("vd::cli", "xem hoặc đổi thiết lập quy tắc của đợt đang dùng: mức của từng quy tắc, "
                                       "số năm xét HONOURED_BEFORE, thứ tự ưu tiên khi bằng phiếu"),
          { valueOption("honoured-before-years", ValueKind::Count, "N",
                        QT_TRANSLATE_NOOP("vd::cli", "cảnh báo người đã được khen trong N năm gần đây (0: tắt)")),
            valueOption("tie-priority", ValueKind::Text, "DS",
                        QT_TRANSLATE_NOOP("vd::cli", "thứ tự ưu tiên gợi ý khi bằng phiếu: female, worker "
                                                     "(cách nhau bằng dấu phẩy; \"\" để bỏ)")),
            valueOption("severity", ValueKind::Text, "MÃ=MỨC",
                        QT_TRANSLATE_NOOP("vd::cli", "mức của quy tắc: error, warning, off hoặc default "
                                                     "(nhiều quy tắc cách nhau bằng dấu phẩy)")),
            flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) },
          {},
          &runRules },
    };
}

} // namespace vd::cli
