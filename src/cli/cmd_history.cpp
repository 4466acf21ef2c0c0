// vinhdanh-cli history (--cccd N | --name TEXT --birth-date DATE) [--json]:
// a person's nominations in every campaign (docs/history.md, docs/cli.md).
#include "clitext.h"
#include "commands.h"
#include "history.h"
#include "people.h"
#include "privacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vd::cli {

namespace {

// "1985-03-12", "12/3/1985" or a bare year "1985", as the person table keeps it.
QString birthArgument(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(t).hasMatch())
        return t;
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue nullable(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonObject nominationJson(const HistoryEntry &e, bool showPersonal)
{
    const PersonNomination &p = e.nomination;
    const Nominee &n = p.nominee;
    QJsonObject o;
    o.insert(QStringLiteral("campaign_id"), p.campaignId);
    o.insert(QStringLiteral("campaign"), p.campaignName);
    o.insert(QStringLiteral("year"), p.campaignYear);
    o.insert(QStringLiteral("closed"), p.campaignClosed);
    o.insert(QStringLiteral("nominee_id"), n.id);
    o.insert(QStringLiteral("full_name"), n.fullName);
    o.insert(QStringLiteral("citizen_id"), nullable(showPersonal ? n.citizenId : maskCitizenId(n.citizenId)));
    o.insert(QStringLiteral("unit"), n.unitName);
    o.insert(QStringLiteral("bloc"), p.blocCode);
    o.insert(QStringLiteral("category"), categoryCode(n.category));
    o.insert(QStringLiteral("position"), n.position);
    o.insert(QStringLiteral("emulation_title"), n.emulationTitle);
    o.insert(QStringLiteral("initiative"), n.initiative);
    o.insert(QStringLiteral("initiative_decision"), n.initiativeDecision);
    o.insert(QStringLiteral("merit_award"), n.meritAward);
    o.insert(QStringLiteral("disciplined"), n.disciplined);
    o.insert(QStringLiteral("verdict"), verdictCode(e.verdict));
    o.insert(QStringLiteral("approved"), n.approved);
    QJsonArray findings;
    for (const Finding &f : e.findings) {
        QJsonObject x;
        x.insert(QStringLiteral("code"), f.code);
        x.insert(QStringLiteral("severity"), severityCode(f.severity));
        x.insert(QStringLiteral("message"), f.message);
        findings.append(x);
    }
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

int runHistory(Context &ctx)
{
    const QString cccd = ctx.text("cccd").trimmed();
    const QString name = ctx.text("name").trimmed();
    const QString birthText = ctx.text("birth-date");
    if (cccd.isEmpty() == name.isEmpty())
        return ctx.usage(CliText::tr("cần --cccd, hoặc --name cùng --birth-date (không dùng cả hai cách)"));
    QString birth;
    if (!name.isEmpty()) {
        if (birthText.isEmpty())
            return ctx.usage(CliText::tr("--name cần đi cùng --birth-date (không tìm theo tên một mình)"));
        birth = birthArgument(birthText);
        if (birth.isEmpty())
            return ctx.usage(CliText::tr("--birth-date “%1” không phải ngày (YYYY-MM-DD, dd/mm/yyyy) hoặc năm (YYYY)")
                                 .arg(birthText));
    } else if (!birthText.isEmpty()) {
        return ctx.usage(CliText::tr("--birth-date chỉ dùng cùng --name"));
    }
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    PersonStore store(**db);
    auto people = cccd.isEmpty() ? store.findByNameBirth(name, birth) : store.findByCitizenId(cccd);
    if (!people)
        return ctx.fail(people.error());
    auto conflicts = store.conflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    const bool showPersonal = ctx.isSet("show-personal");
    const bool json = ctx.isSet("json");

    QJsonArray peopleJson;
    if (!json && people->isEmpty())
        ctx.out << CliText::tr("Không tìm thấy người nào.") << Qt::endl;
    for (const Person &p : std::as_const(*people)) {
        auto history = personHistory(**db, p.id, *today);
        if (!history)
            return ctx.fail(history.error());
        const QString shownCccd = showPersonal ? p.citizenId : maskCitizenId(p.citizenId);
        QJsonArray others;
        QStringList otherLines;
        for (const PersonConflict &c : std::as_const(*conflicts)) {
            if (c.first.id != p.id && c.second.id != p.id)
                continue;
            const Person &other = c.first.id == p.id ? c.second : c.first;
            QJsonObject o;
            o.insert(QStringLiteral("person_id"), other.id);
            o.insert(QStringLiteral("full_name"), other.fullName);
            o.insert(QStringLiteral("kind"), personConflictCode(c.kind));
            o.insert(QStringLiteral("message"), personConflictText(c.kind));
            others.append(o);
            otherLines.append(CliText::tr("  có thể trùng với người mã %1 (%2): %3")
                                  .arg(QString::number(other.id), other.fullName, personConflictText(c.kind)));
        }
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("person_id"), p.id);
            o.insert(QStringLiteral("full_name"), p.fullName);
            o.insert(QStringLiteral("birth_date"), nullable(p.birthDate));
            o.insert(QStringLiteral("citizen_id"), nullable(shownCccd));
            QJsonArray nominations;
            for (const HistoryEntry &e : std::as_const(*history))
                nominations.append(nominationJson(e, showPersonal));
            o.insert(QStringLiteral("nominations"), nominations);
            o.insert(QStringLiteral("possible_duplicates"), others);
            peopleJson.append(o);
            continue;
        }
        ctx.out << CliText::tr("Người mã %1: %2, sinh %3, CCCD %4")
                       .arg(QString::number(p.id), p.fullName,
                            p.birthDate.isEmpty() ? CliText::tr("không rõ") : p.birthDate,
                            shownCccd.isEmpty() ? CliText::tr("không có") : shownCccd)
                << Qt::endl;
        for (const HistoryEntry &e : std::as_const(*history)) {
            const Nominee &n = e.nomination.nominee;
            ctx.out << QStringLiteral("  %1\t%2\t%3\t%4\t%5\t%6")
                           .arg(QString::number(e.nomination.campaignYear), e.nomination.campaignName, n.unitName,
                                verdictName(e.verdict),
                                n.approved ? CliText::tr("đã duyệt") : CliText::tr("chưa duyệt"),
                                n.initiativeDecision.isEmpty()
                                    ? n.initiative
                                    : n.initiative + QStringLiteral(" — ") + n.initiativeDecision)
                    << Qt::endl;
        }
        for (const QString &line : std::as_const(otherLines))
            ctx.out << line << Qt::endl;
    }
    if (json) {
        QJsonObject root;
        root.insert(QStringLiteral("people"), peopleJson);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Command historyCommand()
{
    return { "history",
             QT_TRANSLATE_NOOP("vd::cli",
                               "lịch sử đề nghị của một người qua các đợt (theo CCCD, hoặc họ tên và ngày sinh)"),
             { valueOption("cccd", ValueKind::Text, "SỐ", QT_TRANSLATE_NOOP("vd::cli", "số CCCD")),
               valueOption("name", ValueKind::Text, "HỌ_TÊN", QT_TRANSLATE_NOOP("vd::cli", "họ và tên")),
               valueOption("birth-date", ValueKind::Text, "NGÀY",
                           QT_TRANSLATE_NOOP("vd::cli", "ngày sinh YYYY-MM-DD (hoặc năm YYYY), cùng --name")),
               flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
               flagOption("show-personal", QT_TRANSLATE_NOOP("vd::cli", "hiện đủ số CCCD (mặc định chỉ 4 số cuối)")) },
             {},
             &runHistory,
             false,
             "(--cccd SỐ | --name HỌ_TÊN --birth-date NGÀY) [--json] [--show-personal]" };
}

} // namespace vd::cli
