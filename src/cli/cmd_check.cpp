// vinhdanh-cli check [--json]: the rules (docs/rules.md) over every nominee of
// the active campaign; the JSON shape is in docs/cli.md. One query for the
// nominees, one duplicate index, folded word lists once: O(n).
#include "clitext.h"
#include "commands.h"
#include "jsontext.h"
#include "nomineestore.h"
#include "privacy.h"
#include "review.h"
#include "rules.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

// The rules' own texts (fields, citations), translated in their context "vd::RulesEngine".
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(vd::RulesEngine)
};

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// UTF-8 bytes to the stream's device (stdout), or through the stream when it
// has none; the buffer is emptied (its capacity kept).
void writeBytes(QTextStream &out, QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << QString::fromUtf8(bytes);
    bytes.resize(0);
}

QJsonObject blocJson(const BlocTally &t, const Campaign &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), t.code);
    o.insert(QStringLiteral("name"), t.name);
    const Bloc *b = c.blocById(t.blocId);
    o.insert(QStringLiteral("sector"), b ? sectorCode(b->sector) : QString());
    o.insert(QStringLiteral("quota"), t.quota);
    o.insert(QStringLiteral("nominated"), t.nominated);
    o.insert(QStringLiteral("eligible"), t.eligible);
    o.insert(QStringLiteral("approved"), t.approved);
    o.insert(QStringLiteral("remaining"), t.remaining());
    return o;
}

// One rule of ruleSpecs(): what `check` checks, so a reader of the JSON needs
// no list of codes of its own (docs/cli.md). Citation and field translated.
QJsonObject ruleJson(const RuleSpec &spec, const Campaign &c)
{
    QJsonArray categories = { categoryCode(Category::Ldg) };
    if (spec.forLdst)
        categories.append(categoryCode(Category::Ldst));
    QJsonArray sectors;
    for (Sector s : spec.sectors)
        sectors.append(sectorCode(s));
    QJsonObject citation;
    citation.insert(sectorCode(Sector::Hcsn), RuleText::tr(spec.citationHcsn));
    citation.insert(sectorCode(Sector::Sxkd), RuleText::tr(spec.citationSxkd));
    QJsonObject o;
    o.insert(QStringLiteral("code"), spec.code);
    // The campaign's severity (campaign_rule), else the default; "off": not run.
    Severity severity = spec.severity;
    const bool on = ruleSeverityIn(c, spec, &severity);
    o.insert(QStringLiteral("severity"), severityCode(severity));
    if (!on)
        o.insert(QStringLiteral("off"), true);
    o.insert(QStringLiteral("categories"), categories);
    o.insert(QStringLiteral("sectors"), sectors);
    o.insert(QStringLiteral("citation"), citation);
    o.insert(QStringLiteral("field"), RuleText::tr(spec.field));
    return o;
}

// maskCitizenId(id) written as a JSON string: no masked copy per nominee.
char *writeMaskedCitizenId(char *dst, const QString &citizenId)
{
    const QStringView id = QStringView(citizenId).trimmed();
    if (id.size() <= 4)
        return json::writeString(dst, id);
    *dst++ = '"';
    for (qsizetype i = 0; i < id.size() - 4; ++i)
        *dst++ = '*';
    dst = json::writeStringBody(dst, id.right(4));
    *dst++ = '"';
    return dst;
}

// One nominee as QJsonDocument::Compact would write its QJsonObject (keys in
// sorted order), without building the object: 100 000 of them in a row. The
// room for the whole object is made once (an upper bound), then written
// through a pointer (jsontext.h).
void appendNomineeJson(QByteArray &out, const Nominee &n, const QString &blocCode, Verdict verdict,
                       const QList<Finding> &findings, bool showPersonal)
{
    using namespace vd::json;
    const bool reviewed = n.review.isSet() && reviewHolds(n, findings);
    const QString reviewedAt = reviewed ? n.review.at.toUTC().toString(Qt::ISODate) : QString();
    const QString category = categoryCode(n.category);
    static const QString verdictCodes[]
        = { verdictCode(Verdict::Eligible), verdictCode(Verdict::Review), verdictCode(Verdict::Ineligible) };
    const QString &verdictText = verdictCodes[int(verdict)];
    // Keys, punctuation and numbers: under 400 bytes; every text at most stringBound().
    qsizetype bound = 400 + stringBound(blocCode) + stringBound(category) + stringBound(n.citizenId)
                      + stringBound(n.fullName) + stringBound(n.position) + stringBound(n.unitName)
                      + stringBound(verdictText);
    for (const Finding &f : findings)
        bound += 40 + stringBound(f.code) + stringBound(f.message);
    if (reviewed) {
        bound += 60 + stringBound(reviewedAt) + stringBound(n.review.by) + stringBound(n.review.note);
        for (const QString &code : n.review.codes)
            bound += 1 + stringBound(code);
    }
    const qsizetype at = out.size();
    out.resize(at + bound);
    char *p = out.data() + at;

    p = writeRaw(p, "{\"approved\":");
    p = n.approved ? writeRaw(p, "true") : writeRaw(p, "false");
    p = writeRaw(p, ",\"bloc\":");
    p = writeString(p, blocCode);
    p = writeRaw(p, ",\"category\":");
    p = writeString(p, category);
    // Personal data: the last 4 digits unless --show-personal (docs/cli.md).
    p = writeRaw(p, ",\"citizen_id\":");
    if (n.citizenId.isEmpty())
        p = writeRaw(p, "null");
    else
        p = showPersonal ? writeString(p, n.citizenId) : writeMaskedCitizenId(p, n.citizenId);
    p = writeRaw(p, ",\"findings\":[");
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (i > 0)
            *p++ = ',';
        p = writeRaw(p, "{\"code\":");
        p = writeString(p, f.code);
        p = writeRaw(p, ",\"message\":");
        p = writeString(p, f.message);
        p = f.severity == Severity::Error ? writeRaw(p, ",\"severity\":\"error\"}")
                                          : writeRaw(p, ",\"severity\":\"warning\"}");
    }
    p = writeRaw(p, "],\"full_name\":");
    p = writeString(p, n.fullName);
    p = writeRaw(p, ",\"id\":");
    p = writeInt(p, n.id);
    p = writeRaw(p, ",\"position\":");
    p = writeString(p, n.position);
    *p++ = ',';
    // Only while the review counts (it made the verdict eligible).
    if (reviewed) {
        p = writeRaw(p, "\"reviewed\":{\"at\":");
        p = writeString(p, reviewedAt);
        p = writeRaw(p, ",\"by\":");
        p = writeString(p, n.review.by);
        p = writeRaw(p, ",\"codes\":[");
        for (qsizetype i = 0; i < n.review.codes.size(); ++i) {
            if (i > 0)
                *p++ = ',';
            p = writeString(p, n.review.codes.at(i));
        }
        p = writeRaw(p, "],\"note\":");
        p = writeString(p, n.review.note);
        p = writeRaw(p, "},");
    }
    p = writeRaw(p, "\"unit\":");
    p = writeString(p, n.unitName);
    p = writeRaw(p, ",\"verdict\":");
    p = writeString(p, verdictText);
    *p++ = '}';
    out.resize(p - out.constData());
}

// Streams the document piece by piece (the campaign and blocs by QJsonDocument,
// each nominee by appendNomineeJson with the same escapes) as UTF-8 bytes
// straight to the output, instead of building 100 000 objects at once.
void writeJson(QTextStream &out, const Campaign &c, const QList<Nominee> &nominees, const CampaignCheck &check,
               const QDate &today, bool showPersonal)
{
    QHash<qint64, QString> blocCodes;
    for (const Bloc &b : c.blocs)
        blocCodes.insert(b.id, b.code);

    QJsonObject campaign;
    campaign.insert(QStringLiteral("name"), c.name);
    campaign.insert(QStringLiteral("year"), c.year);
    campaign.insert(QStringLiteral("deadline"),
                    c.deadline.isValid() ? QJsonValue(c.deadline.toString(Qt::ISODate)) : QJsonValue());
    campaign.insert(QStringLiteral("deadline_inclusive"), c.deadlineInclusive);
    campaign.insert(QStringLiteral("total_quota"), c.totalQuota());
    campaign.insert(QStringLiteral("checked_on"), today.toString(Qt::ISODate));

    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "{\"campaign\":" + compact(campaign) + ",\n\"rules\":[";
    for (const RuleSpec &spec : ruleSpecs()) {
        if (buffer.back() != '[')
            buffer += ',';
        buffer += "\n" + compact(ruleJson(spec, c));
    }
    buffer += "],\n\"blocs\":[";
    for (int i = 0; i < check.blocs.size(); ++i) {
        if (i > 0)
            buffer += ',';
        buffer += "\n" + compact(blocJson(check.blocs.at(i), c));
    }
    buffer += "],\n\"nominees\":[";
    for (int i = 0; i < nominees.size(); ++i) {
        const Nominee &n = nominees.at(i);
        if (i > 0)
            buffer += ',';
        buffer += '\n';
        appendNomineeJson(buffer, n, blocCodes.value(n.blocId), check.verdicts.at(i), check.findings.at(i),
                          showPersonal);
        if (buffer.size() > (1 << 20))
            writeBytes(out, buffer);
    }
    buffer += "]}\n";
    writeBytes(out, buffer);
    out.flush();
}

QString cell(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void writeText(QTextStream &out, const Campaign &c, const QList<Nominee> &nominees, const CampaignCheck &check,
               const QDate &today)
{
    const QString dateFormat = QStringLiteral("dd/MM/yyyy");
    out << c.name << '\n';
    const QString deadline = !c.deadline.isValid()
                                 ? CliText::tr("chưa đặt")
                                 : (c.deadlineInclusive ? CliText::tr("đến hết ngày %1") : CliText::tr("trước ngày %1"))
                                       .arg(c.deadline.toString(dateFormat));
    out << CliText::tr("Hạn nhận hồ sơ: %1. Ngày kiểm tra: %2.").arg(deadline, today.toString(dateFormat)) << "\n\n";

    int nameWidth = int(CliText::tr("Cộng").size());
    for (const BlocTally &t : check.blocs)
        nameWidth = qMax(nameWidth, int(t.name.size()));
    const QStringList headers = { CliText::tr("Chỉ tiêu"), CliText::tr("Đề nghị"), CliText::tr("Đủ điều kiện"),
                                  CliText::tr("Đã duyệt"), CliText::tr("Còn lại") };
    out << cell(CliText::tr("Khối"), nameWidth);
    for (const QString &h : headers)
        out << "  " << h;
    out << '\n';
    auto row = [&](const QString &name, const QList<int> &values) {
        out << cell(name, nameWidth);
        for (int i = 0; i < values.size(); ++i)
            out << "  " << cell(QString::number(values.at(i)), int(headers.at(i).size()), true);
        out << '\n';
    };
    BlocTally total;
    for (const BlocTally &t : check.blocs) {
        row(t.name, { t.quota, t.nominated, t.eligible, t.approved, t.remaining() });
        total.quota += t.quota;
        total.nominated += t.nominated;
        total.eligible += t.eligible;
        total.approved += t.approved;
    }
    row(CliText::tr("Cộng"), { total.quota, total.nominated, total.eligible, total.approved, total.remaining() });

    // Nominees grouped by bloc, in campaign order; findings under each.
    QHash<qint64, QList<int>> byBloc;
    QList<int> orphans;
    for (int i = 0; i < nominees.size(); ++i) {
        if (c.blocById(nominees.at(i).blocId))
            byBloc[nominees.at(i).blocId].append(i);
        else
            orphans.append(i);
    }
    auto writeNominee = [&](int i) {
        const Nominee &n = nominees.at(i);
        out << "  [" << n.id << "] " << n.fullName;
        if (!n.position.isEmpty())
            out << ", " << n.position;
        out << " — " << n.unitName;
        if (n.category == Category::Ldst)
            out << " (" << categoryName(n.category) << ')';
        out << ": " << verdictName(check.verdicts.at(i));
        if (n.review.isSet()) {
            out << (reviewHolds(n, check.findings.at(i))
                        ? CliText::tr(" (đã xem xét: %1 — %2, %3)")
                        : CliText::tr(" (đã xem xét nhưng nay không còn khớp: %1 — %2, %3)"))
                       .arg(n.review.note, n.review.by,
                            n.review.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
        }
        if (n.approved)
            out << CliText::tr(", đã duyệt");
        out << '\n';
        for (const Finding &f : check.findings.at(i)) {
            out << "      " << (f.severity == Severity::Error ? CliText::tr("[lỗi]") : CliText::tr("[cảnh báo]")) << ' '
                << f.message << " (" << f.code << ")\n";
        }
    };
    for (const Bloc &b : c.blocs) {
        const QList<int> members = byBloc.value(b.id);
        if (members.isEmpty())
            continue;
        out << '\n' << CliText::tr("Khối %1 (%2 người được đề nghị)").arg(b.name).arg(members.size()) << '\n';
        for (int i : members)
            writeNominee(i);
    }
    if (!orphans.isEmpty()) {
        out << '\n' << CliText::tr("Không thuộc khối nào của đợt") << '\n';
        for (int i : std::as_const(orphans))
            writeNominee(i);
    }
    if (nominees.isEmpty())
        out << '\n' << CliText::tr("Chưa có người được đề nghị.") << '\n';
    out.flush();
}

int runCheck(Context &ctx)
{
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const Campaign &campaign = *ws->campaign;
    auto nominees = NomineeStore(*ws->db).loadAll(campaign.id);
    if (!nominees)
        return ctx.fail(nominees.error());

    const CampaignCheck check = checkCampaign(campaign, *nominees, *today);
    if (ctx.isSet("json"))
        writeJson(ctx.out, campaign, *nominees, check, *today, ctx.isSet("show-personal"));
    else
        writeText(ctx.out, campaign, *nominees, check, *today);
    return ExitOk;
}

} // namespace

Command checkCommand()
{
    return { "check",
             QT_TRANSLATE_NOOP("vd::cli", "kiểm tra mọi hồ sơ theo tiêu chuẩn của kế hoạch; số liệu theo khối "
                                          "(ngày kiểm tra: hôm nay, hoặc biến môi trường VINHDANH_TODAY=yyyy-mm-dd)"),
             { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON (docs/cli.md)")),
               flagOption("show-personal",
                          QT_TRANSLATE_NOOP("vd::cli", "in đủ số CCCD trong JSON (mặc định: chỉ 4 số cuối)")) },
             {},
             &runCheck };
}

} // namespace vd::cli
