// vinhdanh-cli people conflicts|merge|apart|split: the possible duplicates among
// people across campaigns and a human's decision on each (docs/history.md,
// docs/cli.md). Every change is one transaction and audit-logged.
#include "clitext.h"
#include "commands.h"
#include "people.h"
#include "privacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QJsonObject personJson(const Person &p, bool showPersonal)
{
    QJsonObject o;
    o.insert(QStringLiteral("person_id"), p.id);
    o.insert(QStringLiteral("full_name"), p.fullName);
    o.insert(QStringLiteral("birth_date"), p.birthDate.isEmpty() ? QJsonValue() : QJsonValue(p.birthDate));
    const QString cccd = showPersonal ? p.citizenId : maskCitizenId(p.citizenId);
    o.insert(QStringLiteral("citizen_id"), cccd.isEmpty() ? QJsonValue() : QJsonValue(cccd));
    return o;
}

QString personLine(const Person &p, bool showPersonal)
{
    const QString cccd = showPersonal ? p.citizenId : maskCitizenId(p.citizenId);
    return CliText::tr("người mã %1: %2, sinh %3, CCCD %4")
        .arg(QString::number(p.id), p.fullName, p.birthDate.isEmpty() ? QStringLiteral("?") : p.birthDate,
             cccd.isEmpty() ? QStringLiteral("—") : cccd);
}

int runConflicts(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto conflicts = PersonStore(**db).conflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    const bool showPersonal = ctx.isSet("show-personal");
    if (ctx.isSet("json")) {
        QJsonArray list;
        for (const PersonConflict &c : std::as_const(*conflicts)) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), personConflictCode(c.kind));
            o.insert(QStringLiteral("message"), personConflictText(c.kind));
            o.insert(QStringLiteral("first"), personJson(c.first, showPersonal));
            o.insert(QStringLiteral("second"), personJson(c.second, showPersonal));
            list.append(o);
        }
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("conflicts"), list } }).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (conflicts->isEmpty())
        ctx.out << CliText::tr("Không có cặp người nào có thể trùng.") << Qt::endl;
    for (const PersonConflict &c : std::as_const(*conflicts)) {
        ctx.out << personConflictText(c.kind) << Qt::endl
                << QStringLiteral("  ") << personLine(c.first, showPersonal) << Qt::endl
                << QStringLiteral("  ") << personLine(c.second, showPersonal) << Qt::endl
                << CliText::tr("  cùng một người: vinhdanh-cli people merge %1 %2; hai người khác nhau: "
                               "vinhdanh-cli people apart %1 %2")
                       .arg(c.first.id)
                       .arg(c.second.id)
                << Qt::endl;
    }
    return ExitOk;
}

int runMerge(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QList<qint64> &ids = ctx.argumentIds();
    auto merged = PersonStore(**db).merge(ids.at(0), ids.at(1));
    if (!merged)
        return ctx.fail(merged.error());
    ctx.out << CliText::tr("Đã gộp người mã %1 vào người mã %2: %3 hồ sơ chuyển sang.")
                   .arg(merged->mergedId)
                   .arg(merged->keptId)
                   .arg(merged->movedNominees.size())
            << Qt::endl;
    return ExitOk;
}

int runApart(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QList<qint64> &ids = ctx.argumentIds();
    if (auto st = PersonStore(**db).keepApart(ids.at(0), ids.at(1)); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã ghi người mã %1 và người mã %2 là hai người khác nhau.").arg(ids.at(0)).arg(ids.at(1))
            << Qt::endl;
    return ExitOk;
}

int runSplit(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QList<qint64> &ids = ctx.argumentIds();
    auto split = PersonStore(**db).split(ids.first(), ids.mid(1));
    if (!split)
        return ctx.fail(split.error());
    ctx.out << CliText::tr("Đã tách %1 hồ sơ khỏi người mã %2 thành người mã %3; hai người được ghi là khác nhau.")
                   .arg(split->movedNominees.size())
                   .arg(split->fromId)
                   .arg(split->newId)
            << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> peopleCommands()
{
    return {
        { "people conflicts",
          QT_TRANSLATE_NOOP("vd::cli", "liệt kê các cặp người có thể là một (cùng CCCD khác ngày sinh, "
                                       "cùng họ tên và ngày sinh...), chờ người dùng quyết định"),
          { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
            flagOption("show-personal", QT_TRANSLATE_NOOP("vd::cli", "hiện đủ số CCCD (mặc định chỉ 4 số cuối)")) },
          {},
          &runConflicts },
        { "people merge",
          QT_TRANSLATE_NOOP("vd::cli", "gộp người MÃ_BỎ vào người MÃ_GIỮ (là một người): mọi hồ sơ chuyển sang"),
          {},
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ_GIỮ MÃ_BỎ"), ValueKind::Id, 2, 2,
            QT_TRANSLATE_NOOP("vd::cli", "mã người (xem people conflicts hoặc history)") },
          &runMerge,
          false,
          "MÃ_GIỮ MÃ_BỎ" },
        { "people apart",
          QT_TRANSLATE_NOOP("vd::cli", "ghi hai người là khác nhau: không còn báo có thể trùng"),
          {},
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ MÃ"), ValueKind::Id, 2, 2,
            QT_TRANSLATE_NOOP("vd::cli", "mã hai người (xem people conflicts)") },
          &runApart,
          false,
          "MÃ MÃ" },
        { "people split",
          QT_TRANSLATE_NOOP("vd::cli", "tách một phần hồ sơ của một người thành người khác"),
          {},
          { QT_TRANSLATE_NOOP("vd::cli", "MÃ_NGƯỜI MÃ_HỒ_SƠ"), ValueKind::Id, 2, -1,
            QT_TRANSLATE_NOOP("vd::cli", "mã người, rồi mã các hồ sơ chuyển sang người mới") },
          &runSplit,
          false,
          QT_TRANSLATE_NOOP("vd::cli", "MÃ_NGƯỜI MÃ_HỒ_SƠ...") },
    };
}

} // namespace vd::cli
