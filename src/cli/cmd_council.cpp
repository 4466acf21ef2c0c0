// vinhdanh-cli council …: the council session (docs/conference.md): members,
// the majority rule, the tally per nominee, the result, ballots and minutes.
#include "clitext.h"
#include "commands.h"
#include "council.h"
#include "docargs.h"
#include "outputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vd::cli {

namespace {

int runMembers(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto members = CouncilStore(*ws->db).members(ws->campaign->id);
    if (!members)
        return ctx.fail(members.error());
    if (ctx.isSet("json")) {
        QJsonArray array;
        for (const CouncilMember &m : std::as_const(*members)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), m.id);
            o.insert(QStringLiteral("full_name"), m.fullName);
            o.insert(QStringLiteral("title"), m.title);
            o.insert(QStringLiteral("unit"), m.unitName);
            o.insert(QStringLiteral("role"), councilRoleCode(m.role));
            o.insert(QStringLiteral("present"), m.present);
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    for (const CouncilMember &m : std::as_const(*members)) {
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                       .arg(m.id)
                       .arg(m.fullName, m.title, m.unitName, councilRoleName(m.role),
                            m.present ? CliText::tr("có mặt") : CliText::tr("vắng"))
                << Qt::endl;
    }
    return ExitOk;
}

int runAddMember(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    CouncilMember m;
    m.campaignId = ws->campaign->id;
    m.fullName = ctx.arguments().value(0);
    m.title = ctx.text("title");
    m.unitName = ctx.text("unit");
    if (ctx.isSet("role") && !parseCouncilRole(ctx.text("role"), &m.role))
        return ctx.usage(CliText::tr("--role phải là chair, secretary hoặc member."));
    if (auto st = CouncilStore(*ws->db).addMember(m); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã thêm thành viên Hội đồng %1: %2").arg(m.id).arg(m.fullName) << Qt::endl;
    return ExitOk;
}

int runPresence(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const bool present = !ctx.isSet("absent");
    const qint64 id = ctx.argumentIds().value(0);
    if (auto st = CouncilStore(*ws->db).setPresent(ws->campaign->id, id, present); !st)
        return ctx.fail(st.error());
    ctx.out << (present ? CliText::tr("Thành viên %1 có mặt") : CliText::tr("Thành viên %1 vắng mặt")).arg(id)
            << Qt::endl;
    return ExitOk;
}

int runRemoveMember(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const qint64 id = ctx.argumentIds().value(0);
    if (auto st = CouncilStore(*ws->db).removeMember(ws->campaign->id, id); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã xóa thành viên Hội đồng %1").arg(id) << Qt::endl;
    return ExitOk;
}

int runSettings(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    CouncilStore store(*ws->db);
    auto settings = store.settings(ws->campaign->id);
    if (!settings)
        return ctx.fail(settings.error());
    ConferenceSettings s = *settings;
    bool changed = false;
    if (ctx.isSet("majority")) {
        static const QRegularExpression fraction(QStringLiteral("^\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*$"));
        const auto m = fraction.match(ctx.text("majority"));
        if (!m.hasMatch())
            return ctx.usage(CliText::tr("--majority là một phân số, ví dụ 1/2 hoặc 2/3."));
        s.majority.numerator = m.captured(1).toInt();
        s.majority.denominator = m.captured(2).toInt();
        changed = true;
    }
    if (ctx.isSet("of")) {
        const QString of = ctx.text("of");
        if (of != QLatin1String("present") && of != QLatin1String("members"))
            return ctx.usage(CliText::tr("--of phải là present hoặc members."));
        s.majority.ofPresent = of == QLatin1String("present");
        changed = true;
    }
    if (ctx.isSet("date")) {
        s.councilDate = ctx.date("date");
        changed = true;
    }
    if (ctx.isSet("place")) {
        s.councilPlace = ctx.text("place");
        changed = true;
    }
    if (ctx.isSet("batch-size")) {
        s.batchSize = int(qMin<qint64>(ctx.number("batch-size"), 1000));
        changed = true;
    }
    if (changed) {
        if (auto st = store.saveSettings(ws->campaign->id, s); !st)
            return ctx.fail(st.error());
    }
    ctx.out << CliText::tr("Đa số: %1").arg(s.majority.describe()) << Qt::endl;
    ctx.out << CliText::tr("Ngày họp Hội đồng: %1")
                   .arg(s.councilDate.isValid() ? s.councilDate.toString(QStringLiteral("dd/MM/yyyy"))
                                                : QStringLiteral("-"))
            << Qt::endl;
    ctx.out << CliText::tr("Địa điểm họp: %1").arg(s.councilPlace.isEmpty() ? QStringLiteral("-") : s.councilPlace)
            << Qt::endl;
    ctx.out << CliText::tr("Số người mỗi lượt lên nhận: %1").arg(s.batchSize) << Qt::endl;
    return ExitOk;
}

int runVote(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const qint64 id = ctx.argumentIds().value(0);
    CouncilStore store(*ws->db);
    if (ctx.isSet("clear")) {
        if (ctx.isSet("agree") || ctx.isSet("disagree") || ctx.isSet("abstain"))
            return ctx.usage(CliText::tr("--clear không đi cùng số phiếu."));
        if (auto st = store.clearVote(ws->campaign->id, id); !st)
            return ctx.fail(st.error());
        ctx.out << CliText::tr("Đã xóa kết quả kiểm phiếu của hồ sơ %1").arg(id) << Qt::endl;
        return ExitOk;
    }
    if (!ctx.isSet("agree"))
        return ctx.usage(CliText::tr("Cần --agree N (và --disagree N, --abstain N nếu có)."));
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    const CouncilVote vote { int(qMin<qint64>(ctx.number("agree", 0), 100000)),
                             int(qMin<qint64>(ctx.number("disagree", 0), 100000)),
                             int(qMin<qint64>(ctx.number("abstain", 0), 100000)) };
    if (auto st = store.setVote(ws->campaign->id, id, vote, *today); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã ghi phiếu của hồ sơ %1: đồng ý %2, không đồng ý %3, không ý kiến %4")
                   .arg(id)
                   .arg(vote.agree)
                   .arg(vote.disagree)
                   .arg(vote.abstain)
            << Qt::endl;
    return ExitOk;
}

QString rowStatus(const TallyRow &r)
{
    if (!r.counted)
        return QStringLiteral("not_counted");
    if (r.tiedAtCutoff)
        return QStringLiteral("tied");
    if (r.preselected)
        return QStringLiteral("preselected");
    return r.passes ? QStringLiteral("passed_over_quota") : QStringLiteral("failed");
}

QString rowStatusText(const TallyRow &r)
{
    if (!r.counted)
        return CliText::tr("chưa kiểm phiếu");
    if (r.tiedAtCutoff && r.suggestedPlace > 0)
        return CliText::tr("BẰNG PHIẾU ở vị trí cuối — Hội đồng quyết định (gợi ý theo ưu tiên: thứ %1)")
            .arg(r.suggestedPlace);
    if (r.tiedAtCutoff)
        return CliText::tr("BẰNG PHIẾU ở vị trí cuối — Hội đồng quyết định");
    if (r.preselected)
        return CliText::tr("đề nghị");
    return r.passes ? CliText::tr("đạt, ngoài chỉ tiêu") : CliText::tr("không đạt");
}

int runTally(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    auto result = loadCouncilResult(**db, *today);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.isSet("json")) {
        QJsonArray blocs;
        for (const CouncilBloc &b : std::as_const(result->blocs)) {
            QJsonArray rows;
            for (const TallyRow &r : b.rows) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), r.nominee.id);
                o.insert(QStringLiteral("full_name"), r.nominee.fullName);
                o.insert(QStringLiteral("unit"), r.nominee.unitName);
                o.insert(QStringLiteral("counted"), r.counted);
                o.insert(QStringLiteral("agree"), r.vote.agree);
                o.insert(QStringLiteral("disagree"), r.vote.disagree);
                o.insert(QStringLiteral("abstain"), r.vote.abstain);
                o.insert(QStringLiteral("recused"), r.recused);
                o.insert(QStringLiteral("voters"), r.base);
                o.insert(QStringLiteral("passes"), r.passes);
                o.insert(QStringLiteral("rank"), r.rank);
                o.insert(QStringLiteral("preselected"), r.preselected);
                o.insert(QStringLiteral("tied"), r.tiedAtCutoff);
                if (r.suggestedPlace > 0)
                    o.insert(QStringLiteral("suggested_place"), r.suggestedPlace);
                o.insert(QStringLiteral("status"), rowStatus(r));
                rows.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("code"), b.bloc.code);
            o.insert(QStringLiteral("name"), b.bloc.name);
            o.insert(QStringLiteral("quota"), b.bloc.quota);
            o.insert(QStringLiteral("already_approved"), b.alreadyApproved);
            o.insert(QStringLiteral("places"), b.places);
            o.insert(QStringLiteral("tied_places"), b.tiedPlaces);
            o.insert(QStringLiteral("nominees"), rows);
            blocs.append(o);
        }
        QJsonArray ids;
        for (qint64 id : result->preselectedIds())
            ids.append(id);
        QJsonObject rule;
        rule.insert(QStringLiteral("numerator"), result->settings.majority.numerator);
        rule.insert(QStringLiteral("denominator"), result->settings.majority.denominator);
        rule.insert(QStringLiteral("of"),
                    result->settings.majority.ofPresent ? QStringLiteral("present") : QStringLiteral("members"));
        QJsonObject root;
        root.insert(QStringLiteral("members"), int(result->members.size()));
        root.insert(QStringLiteral("present"), result->present);
        root.insert(QStringLiteral("majority"), rule);
        root.insert(QStringLiteral("blocs"), blocs);
        root.insert(QStringLiteral("preselected"), ids);
        root.insert(QStringLiteral("ties"), result->hasTies());
        root.insert(QStringLiteral("tie_priority"), QJsonArray::fromStringList(result->campaign.tiePriority));
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << CliText::tr("Hội đồng: %1/%2 thành viên có mặt; đạt khi số phiếu đồng ý %3")
                   .arg(result->present)
                   .arg(result->members.size())
                   .arg(result->settings.majority.describe())
            << Qt::endl;
    for (const CouncilBloc &b : std::as_const(result->blocs)) {
        ctx.out << CliText::tr("Khối %1: chỉ tiêu còn %2").arg(b.bloc.name).arg(b.places) << Qt::endl;
        for (const TallyRow &r : b.rows) {
            ctx.out << QStringLiteral("  %1\t%2\t%3\t%4/%5\t%6")
                           .arg(r.rank > 0 ? QString::number(r.rank) : QStringLiteral("-"))
                           .arg(r.nominee.id)
                           .arg(r.nominee.fullName)
                           .arg(r.vote.agree)
                           .arg(r.base)
                           .arg(rowStatusText(r))
                    << Qt::endl;
        }
    }
    QStringList ids;
    for (qint64 id : result->preselectedIds())
        ids << QString::number(id);
    if (!ids.isEmpty())
        ctx.out << CliText::tr("Đề nghị duyệt: approve %1").arg(ids.join(QLatin1Char(' '))) << Qt::endl;
    if (result->hasTies()) {
        ctx.out << CliText::tr("Có trường hợp bằng phiếu ở vị trí cuối của chỉ tiêu: Hội đồng quyết định.") << Qt::endl;
        const QStringList names = tiePriorityNames(result->campaign.tiePriority);
        if (!names.isEmpty())
            ctx.out << CliText::tr("Thứ tự gợi ý theo ưu tiên của đợt (%1) chỉ để tham khảo, không được áp dụng.")
                           .arg(names.join(QLatin1String(", ")))
                    << Qt::endl;
    }
    return ExitOk;
}

int runBallots(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::CouncilBallots)); }
int runMinutes(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::CouncilMinutes)); }

} // namespace

QList<Command> councilCommands()
{
    const Arguments memberId { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1,
                               QT_TRANSLATE_NOOP("vd::cli", "mã thành viên (xem council members)") };
    return {
        { "council members",
          QT_TRANSLATE_NOOP("vd::cli", "liệt kê thành viên Hội đồng Thi đua - Khen thưởng"),
          { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) },
          {},
          &runMembers },
        { "council add-member",
          QT_TRANSLATE_NOOP("vd::cli", "thêm thành viên Hội đồng"),
          { valueOption("title", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "CHỨC_VỤ"),
                        QT_TRANSLATE_NOOP("vd::cli", "chức vụ")),
            valueOption("unit", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "ĐƠN_VỊ"),
                        QT_TRANSLATE_NOOP("vd::cli", "đơn vị (không bầu cho người cùng đơn vị)")),
            valueOption("role", ValueKind::Text, "chair|secretary|member",
                        QT_TRANSLATE_NOOP("vd::cli", "vai trò (mặc định member)")) },
          { QT_TRANSLATE_NOOP("vd::cli", "HỌ_TÊN"), ValueKind::Text, 1, 1,
            QT_TRANSLATE_NOOP("vd::cli", "họ và tên thành viên") },
          &runAddMember },
        { "council presence",
          QT_TRANSLATE_NOOP("vd::cli", "ghi thành viên có mặt (hoặc vắng với --absent)"),
          { flagOption("absent", QT_TRANSLATE_NOOP("vd::cli", "vắng mặt")) },
          memberId,
          &runPresence },
        { "council remove-member",
          QT_TRANSLATE_NOOP("vd::cli", "xóa thành viên Hội đồng"),
          {},
          memberId,
          &runRemoveMember },
        { "council settings",
          QT_TRANSLATE_NOOP("vd::cli", "xem hoặc đặt quy tắc đa số, ngày và nơi họp, số người mỗi lượt lên nhận"),
          { valueOption("majority", ValueKind::Text, "1/2",
                        QT_TRANSLATE_NOOP("vd::cli", "đạt khi số phiếu đồng ý quá phân số này")),
            valueOption("of", ValueKind::Text, "present|members",
                        QT_TRANSLATE_NOOP("vd::cli", "của số thành viên có mặt hoặc của tổng số thành viên")),
            valueOption("date", ValueKind::Date, QT_TRANSLATE_NOOP("vd::cli", "YYYY-MM-DD"),
                        QT_TRANSLATE_NOOP("vd::cli", "ngày họp Hội đồng")),
            valueOption("place", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "NƠI"),
                        QT_TRANSLATE_NOOP("vd::cli", "nơi họp Hội đồng")),
            valueOption("batch-size", ValueKind::Count, "N",
                        QT_TRANSLATE_NOOP("vd::cli", "số người mỗi lượt lên nhận khen thưởng")) },
          {},
          &runSettings },
        { "council vote",
          QT_TRANSLATE_NOOP("vd::cli", "nhập kết quả kiểm phiếu của một người được bầu"),
          { valueOption("agree", ValueKind::Count, "N", QT_TRANSLATE_NOOP("vd::cli", "số phiếu đồng ý")),
            valueOption("disagree", ValueKind::Count, "N", QT_TRANSLATE_NOOP("vd::cli", "số phiếu không đồng ý")),
            valueOption("abstain", ValueKind::Count, "N", QT_TRANSLATE_NOOP("vd::cli", "số phiếu không ý kiến")),
            flagOption("clear", QT_TRANSLATE_NOOP("vd::cli", "xóa kết quả đã nhập")) },
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1,
            QT_TRANSLATE_NOOP("vd::cli", "mã hồ sơ (xem list)") },
          &runVote },
        { "council tally",
          QT_TRANSLATE_NOOP("vd::cli", "kết quả kiểm phiếu: xếp hạng theo khối, đề nghị trong chỉ tiêu, các "
                                       "trường hợp bằng phiếu"),
          { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) },
          {},
          &runTally },
        { "council ballots",
          QT_TRANSLATE_NOOP("vd::cli", "ghi phiếu bầu theo từng khối"),
          documentOptions("docx|pdf|odt", OptDate),
          {},
          &runBallots,
          true },
        { "council minutes",
          QT_TRANSLATE_NOOP("vd::cli", "ghi biên bản họp Hội đồng và kiểm phiếu"),
          documentOptions("docx|pdf|odt", OptDate),
          {},
          &runMinutes,
          true },
    };
}

} // namespace vd::cli
