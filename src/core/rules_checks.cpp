// The rules of the plan (docs/rules.md), one `check` and one `describe` per
// rule, and the table of them (ruleSpecs()). Everything a rule compares against
// comes from the campaign: word lists, deadline, merit year, required
// documents, number of copies; the citation comes from the table.
#include "rules.h"

#include "privacy.h"
#include "rules_p.h"
#include "textfold.h"

#include <QCoreApplication>

#include <optional>

namespace vd {

namespace {

using rulesdetail::PositionClass;
using rulesdetail::RuleContext;
using rulesdetail::RuleLine;
using rulesdetail::RulesText;

QString listText(const QStringList &list) { return list.join(QStringLiteral(", ")); }

// NOT_UNION_MEMBER --------------------------------------------------------------

void checkUnionMember(const RuleContext &c, RuleLine &out)
{
    if (!c.nominee.unionMember)
        out.fail(RulesText::tr("%1: không phải đoàn viên công đoàn").arg(c.citation()));
}

void describeUnionMember(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: là đoàn viên công đoàn").arg(c.citation());
    out.evidence = rulesdetail::yesNo(c.nominee.unionMember);
}

// LEADERSHIP_POSITION (HCSN), POSITION_NOT_ELIGIBLE (SXKD), POSITION_UNCLEAR ------

void checkLeadership(const RuleContext &c, RuleLine &out)
{
    const rulesdetail::PositionMatch &m = c.position();
    if (m.kind == PositionClass::Leadership)
        out.fail(RulesText::tr("%1: giữ chức vụ lãnh đạo (%2), không thuộc diện xét chọn (đang ghi: %3)")
                     .arg(c.citation(), c.campaign.criteria.leadershipPositions.at(m.phrase), c.nominee.position));
}

void describeLeadership(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: không giữ chức vụ lãnh đạo (%2) trở lên")
                        .arg(c.citation(), listText(c.campaign.criteria.leadershipPositions));
    out.evidence = c.nominee.position;
}

void checkPositionExcluded(const RuleContext &c, RuleLine &out)
{
    const rulesdetail::PositionMatch &m = c.position();
    if (m.kind == PositionClass::NotEligible)
        out.fail(RulesText::tr("%1: chức vụ quản lý doanh nghiệp (%2) không thuộc diện xét chọn (đang ghi: %3)")
                     .arg(c.citation(), c.campaign.criteria.sxkdExcludedPositions.at(m.phrase), c.nominee.position));
}

void describePositionExcluded(const RuleContext &c, RuleLine &out)
{
    const Criteria &k = c.campaign.criteria;
    out.criterion = RulesText::tr("%1: %2 và công nhân lao động; không phải cán bộ quản lý doanh nghiệp (%3)")
                        .arg(c.citation(), listText(k.sxkdAllowedPositions), listText(k.sxkdExcludedPositions));
    out.evidence = c.nominee.position;
}

void checkPositionUnclear(const RuleContext &c, RuleLine &out)
{
    const PositionClass kind = c.position().kind;
    if (kind == PositionClass::Unclear)
        out.fail(RulesText::tr("%1: chức vụ “%2” có chữ “trưởng” hoặc “phó” nhưng không có trong danh mục; "
                               "cần xác định có phải chức vụ lãnh đạo, quản lý không")
                     .arg(c.citation(), c.nominee.position));
    else if (kind == PositionClass::Leadership || kind == PositionClass::NotEligible)
        out.notApplicable();
}

void describePositionUnclear(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: chức vụ phải xác định được là thuộc diện xét chọn").arg(c.citation());
    out.evidence = c.nominee.position;
}

// NO_EMULATION_TITLE (HCSN) --------------------------------------------------------

void checkEmulationTitle(const RuleContext &c, RuleLine &out)
{
    const QString &title = c.nominee.emulationTitle;
    if (c.hasListedEmulationTitle())
        return;
    const QString current
        = title.isEmpty() ? RulesText::tr("chưa ghi danh hiệu") : RulesText::tr("đang ghi: %1").arg(title);
    out.fail(RulesText::tr("%1: chưa có danh hiệu Chiến sĩ thi đua cơ sở trở lên (%2)").arg(c.citation(), current));
}

void describeEmulationTitle(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: có danh hiệu thi đua (%2)")
                        .arg(c.citation(), listText(c.campaign.criteria.emulationTitles));
    out.evidence = c.nominee.emulationTitle;
}

// NO_APPLIED_INITIATIVE ------------------------------------------------------------

void checkInitiative(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    if (n.initiative.trimmed().isEmpty())
        out.fail(RulesText::tr("%1: chưa có sáng kiến, đề tài được áp dụng").arg(c.citation()));
    else if (n.initiativeDecision.trimmed().isEmpty())
        out.fail(RulesText::tr("%1: sáng kiến “%2” chưa có quyết định công nhận hoặc xác nhận")
                     .arg(c.citation(), n.initiative));
}

void describeInitiative(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    out.criterion = RulesText::tr("%1: có sáng kiến, đề tài được áp dụng, có quyết định công nhận hoặc xác nhận")
                        .arg(c.citation());
    out.evidence
        = n.initiativeDecision.isEmpty() ? n.initiative : n.initiative + QStringLiteral(" — ") + n.initiativeDecision;
}

// NO_MERIT_AWARD (SXKD) --------------------------------------------------------------

void checkMeritAward(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    const int wanted = c.campaign.criteria.meritYear;
    const QString year = QString::number(wanted);
    if (n.meritAward.trimmed().isEmpty()) {
        out.fail(RulesText::tr("%1: chưa có giấy khen năm %2").arg(c.citation(), year));
        return;
    }
    bool ok = wanted <= 0 || n.meritYear == wanted;
    if (!ok && n.meritYear == 0)
        ok = foldedWords(n.meritAward).contains(year);
    if (ok)
        return;
    if (n.meritYear == 0)
        out.fail(RulesText::tr("%1: không rõ khen thưởng “%2” là của năm nào; cần giấy khen năm %3")
                     .arg(c.citation(), n.meritAward, year));
    else
        out.fail(RulesText::tr("%1: khen thưởng “%2” là của năm %3, cần giấy khen năm %4")
                     .arg(c.citation(), n.meritAward, QString::number(n.meritYear), year));
}

void describeMeritAward(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    out.criterion = RulesText::tr("%1: được tặng giấy khen của UBND thành phố, Giám đốc đơn vị, doanh nghiệp "
                                  "hoặc của Công đoàn năm %2")
                        .arg(c.citation(), QString::number(c.campaign.criteria.meritYear));
    out.evidence = n.meritYear > 0
                       ? n.meritAward + QStringLiteral(" (") + QString::number(n.meritYear) + QLatin1Char(')')
                       : n.meritAward;
}

// NOT_RECEIVED and LATE_SUBMISSION ---------------------------------------------------

QString deadlineText(const Campaign &campaign)
{
    if (!campaign.deadline.isValid())
        return RulesText::tr("chưa đặt hạn");
    const QString date = rulesdetail::dateText(campaign.deadline);
    return campaign.deadlineInclusive ? RulesText::tr("đến hết ngày %1").arg(date)
                                      : RulesText::tr("trước ngày %1").arg(date);
}

// True when `date` is past the deadline (on it, for an exclusive deadline).
bool pastDeadline(const Campaign &campaign, const QDate &date)
{
    return campaign.deadline.isValid() && date.isValid()
           && (campaign.deadlineInclusive ? date > campaign.deadline : date >= campaign.deadline);
}

QString receivedText(const Nominee &n)
{
    return n.receivedDate.isValid() ? rulesdetail::dateText(n.receivedDate) : QString();
}

void checkReceived(const RuleContext &c, RuleLine &out)
{
    if (c.nominee.receivedDate.isValid())
        return;
    const char *text
        = pastDeadline(c.campaign, c.today)
              ? QT_TRANSLATE_NOOP("vd::RulesEngine", "%1: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %2 đã qua")
              : QT_TRANSLATE_NOOP("vd::RulesEngine", "%1: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %2");
    out.fail(RulesText::tr(text).arg(c.citation(), deadlineText(c.campaign)));
}

void describeReceived(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: hồ sơ gửi về Liên đoàn Lao động huyện").arg(c.citation());
    out.evidence = receivedText(c.nominee);
}

void checkLate(const RuleContext &c, RuleLine &out)
{
    if (!c.nominee.receivedDate.isValid() || !c.campaign.deadline.isValid())
        out.notApplicable();
    else if (pastDeadline(c.campaign, c.nominee.receivedDate))
        out.fail(RulesText::tr("%1: hồ sơ nhận ngày %2, quá hạn (hạn nộp %3)")
                     .arg(c.citation(), receivedText(c.nominee), deadlineText(c.campaign)));
}

void describeLate(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: hồ sơ gửi về %2").arg(c.citation(), deadlineText(c.campaign));
    out.evidence = receivedText(c.nominee);
}

// NO_ENDORSEMENT ------------------------------------------------------------------------

void checkEndorsement(const RuleContext &c, RuleLine &out)
{
    if (!c.nominee.endorsed)
        out.fail(RulesText::tr("%1: chưa có ý kiến nhất trí của cấp ủy, chính quyền đồng cấp").arg(c.citation()));
}

void describeEndorsement(const RuleContext &c, RuleLine &out)
{
    out.criterion
        = RulesText::tr("%1: được cấp ủy, chính quyền, chuyên môn đồng cấp cho ý kiến nhất trí").arg(c.citation());
    out.evidence = rulesdetail::yesNo(c.nominee.endorsed);
}

// DOSSIER_INCOMPLETE --------------------------------------------------------------------

void checkDossier(const RuleContext &c, RuleLine &out)
{
    // Document lists repeat: each distinct one is matched once (MatchCache).
    QString missing;
    if (c.missingDocuments(&missing))
        out.fail(RulesText::tr("%1: hồ sơ còn thiếu: %2").arg(c.citation(), missing));
}

void describeDossier(const RuleContext &c, RuleLine &out)
{
    QStringList required, received;
    for (const DocumentType &d : c.campaign.documentTypes) {
        if (d.required)
            required.append(d.name);
    }
    for (const QString &code : c.nominee.documents)
        received.append(c.campaign.documentName(code));
    out.criterion = RulesText::tr("%1: hồ sơ gồm %2").arg(c.citation(), required.join(QStringLiteral("; ")));
    out.evidence = received.join(QStringLiteral("; "));
}

// DUPLICATE_NOMINEE ----------------------------------------------------------------------

void checkDuplicate(const RuleContext &c, RuleLine &out)
{
    const QList<const Nominee *> others = c.duplicates.duplicatesOf(c.nominee);
    if (others.isEmpty())
        return;
    QStringList parts;
    const QString cccd = c.nominee.citizenId.trimmed();
    for (const Nominee *o : others) {
        const QString reason
            = !cccd.isEmpty() && o->citizenId.trimmed() == cccd
                  ? RulesText::tr("cùng số CCCD %1").arg(maskCitizenId(cccd)) // shown in reports and JSON
                  : RulesText::tr("cùng họ tên và ngày sinh %1").arg(rulesdetail::dateText(c.nominee.birthDate));
        parts.append(RulesText::tr("%1 (%2, mã %3; %4)").arg(o->fullName, o->unitName, QString::number(o->id), reason));
    }
    out.fail(RulesText::tr("Trùng với người đã được đề nghị: %1").arg(parts.join(QStringLiteral("; "))));
}

void describeDuplicate(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    out.criterion = RulesText::tr("Mỗi người chỉ được đề nghị một lần trong đợt biểu dương");
    out.evidence = n.citizenId;
    if (n.birthDate.isValid())
        out.evidence += (out.evidence.isEmpty() ? QString() : QStringLiteral("; ")) + n.fullName + QStringLiteral(", ")
                        + rulesdetail::dateText(n.birthDate);
}

// FEWER_COPIES and NO_SOFT_COPY (warnings) -------------------------------------------------

QString copiesWanted(const Campaign &campaign)
{
    return QStringLiteral("%1").arg(campaign.criteria.minCopies, 2, 10, QLatin1Char('0'));
}

void checkCopies(const RuleContext &c, RuleLine &out)
{
    if (c.nominee.copies < c.campaign.criteria.minCopies)
        out.fail(RulesText::tr("%1: hồ sơ cần %2 bộ, mới nhận %3 bộ")
                     .arg(c.citation(), copiesWanted(c.campaign))
                     .arg(c.nominee.copies));
}

void describeCopies(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: hồ sơ được lập thành %2 bộ").arg(c.citation(), copiesWanted(c.campaign));
    out.evidence = QString::number(c.nominee.copies);
}

void checkSoftCopy(const RuleContext &c, RuleLine &out)
{
    if (!c.nominee.softCopy)
        out.fail(RulesText::tr("%1: chưa nhận file mềm (tờ trình, danh sách trích ngang) qua email").arg(c.citation()));
}

void describeSoftCopy(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("%1: gửi file mềm tờ trình, danh sách trích ngang qua email").arg(c.citation());
    out.evidence = rulesdetail::yesNo(c.nominee.softCopy);
}

// INITIATIVE_ALREADY_USED, HONOURED_BEFORE, DISCIPLINED (docs/history.md) -------------

// The person's earlier approval that rested on the same initiative: the same
// recognising decision, or the same title in the same unit (folded).
std::optional<PriorHonour> initiativeUsedBefore(const RuleContext &c)
{
    const Nominee &n = c.nominee;
    if (n.personId <= 0 || c.history.isEmpty())
        return std::nullopt;
    const QString decision = foldKey(n.initiativeDecision);
    const QString title = foldKey(n.initiative);
    if (decision.isEmpty() && title.isEmpty())
        return std::nullopt;
    const QString unit = foldKey(n.unitName);
    for (const PriorHonour &h : c.history.honoursBefore(n.personId, c.campaign)) {
        if (!decision.isEmpty() && foldKey(h.initiativeDecision) == decision)
            return h;
        if (!title.isEmpty() && foldKey(h.initiative) == title && foldKey(h.unitName) == unit)
            return h;
    }
    return std::nullopt;
}

void checkInitiativeUsed(const RuleContext &c, RuleLine &out)
{
    const Nominee &n = c.nominee;
    if (n.initiative.trimmed().isEmpty() && n.initiativeDecision.trimmed().isEmpty()) {
        out.notApplicable();
        return;
    }
    if (const auto h = initiativeUsedBefore(c))
        out.fail(RulesText::tr("Sáng kiến “%1” (%2) đã là căn cứ để được biểu dương ở đợt “%3” "
                               "(năm %4, hồ sơ mã %5); mỗi sáng kiến chỉ dùng cho một lần khen")
                     .arg(n.initiative, n.initiativeDecision, h->campaignName, QString::number(h->campaignYear),
                          QString::number(h->nomineeId)));
}

void describeInitiativeUsed(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("Sáng kiến chưa là căn cứ của lần biểu dương nào ở các đợt trước");
    out.evidence = c.nominee.initiativeDecision.isEmpty()
                       ? c.nominee.initiative
                       : c.nominee.initiative + QStringLiteral(" — ") + c.nominee.initiativeDecision;
}

void checkHonouredBefore(const RuleContext &c, RuleLine &out)
{
    const int years = c.campaign.honouredBeforeYears;
    if (years <= 0) {
        out.notApplicable();
        return;
    }
    if (c.nominee.personId <= 0 || c.history.isEmpty())
        return;
    QStringList found;
    for (const PriorHonour &h : c.history.honoursBefore(c.nominee.personId, c.campaign)) {
        if (h.campaignYear >= c.campaign.year - years)
            found.append(RulesText::tr("đợt “%1” (năm %2)").arg(h.campaignName, QString::number(h.campaignYear)));
    }
    if (!found.isEmpty())
        out.fail(RulesText::tr("Đã được biểu dương trong %1 năm gần đây: %2")
                     .arg(QString::number(years), found.join(QStringLiteral("; "))));
}

void describeHonouredBefore(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("Chưa được biểu dương trong %1 năm gần đây").arg(c.campaign.honouredBeforeYears);
    QStringList years;
    for (const PriorHonour &h : c.history.honoursBefore(c.nominee.personId, c.campaign))
        years.append(QString::number(h.campaignYear));
    out.evidence = years.join(QStringLiteral(", "));
}

void checkDisciplined(const RuleContext &c, RuleLine &out)
{
    if (c.nominee.disciplined)
        out.fail(RulesText::tr("Đang bị kỷ luật hoặc đang xem xét kỷ luật"));
}

void describeDisciplined(const RuleContext &c, RuleLine &out)
{
    out.criterion = RulesText::tr("Không đang bị kỷ luật, không đang xem xét kỷ luật");
    out.evidence = rulesdetail::yesNo(c.nominee.disciplined);
}

// Plan citations (Kế hoạch 161/KH-LT, part II): "Đối tượng" II.1, "Tiêu chuẩn" II.2.
const char *const kSubjectHcsn = QT_TRANSLATE_NOOP("vd::RulesEngine", "Đối tượng 1.1");
const char *const kSubjectSxkd = QT_TRANSLATE_NOOP("vd::RulesEngine", "Đối tượng 1.2");
const char *const kStandardHcsn = QT_TRANSLATE_NOOP("vd::RulesEngine", "Tiêu chuẩn 2.1");
const char *const kStandardSxkd = QT_TRANSLATE_NOOP("vd::RulesEngine", "Tiêu chuẩn 2.2");
const char *const kSection4 = QT_TRANSLATE_NOOP("vd::RulesEngine", "Mục II.4");
const char *const kSection5 = QT_TRANSLATE_NOOP("vd::RulesEngine", "Mục II.5");
const char *const kSectionVi6 = QT_TRANSLATE_NOOP("vd::RulesEngine", "Mục VI.6");

const QList<Sector> kAny;
const QList<Sector> kKnown = { Sector::Hcsn, Sector::Sxkd };
const QList<Sector> kHcsn = { Sector::Hcsn };
const QList<Sector> kSxkd = { Sector::Sxkd };

} // namespace

const QList<RuleSpec> &ruleSpecs()
{
    using S = Severity;
    static const QList<RuleSpec> specs = {
        { QStringLiteral("NOT_UNION_MEMBER"), S::Error, true, kAny, kSubjectHcsn, kSubjectSxkd,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Đoàn viên công đoàn"), "not a trade-union member", &checkUnionMember,
          &describeUnionMember },
        { QStringLiteral("LEADERSHIP_POSITION"), S::Error, false, kHcsn, kSubjectHcsn, kSubjectHcsn,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Chức vụ"), "the position is on the leadership list", &checkLeadership,
          &describeLeadership },
        { QStringLiteral("POSITION_NOT_ELIGIBLE"), S::Error, false, kSxkd, kSubjectSxkd, kSubjectSxkd,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Chức vụ"), "the position is on the excluded management list",
          &checkPositionExcluded, &describePositionExcluded },
        { QStringLiteral("POSITION_UNCLEAR"), S::Warning, false, kKnown, kSubjectHcsn, kSubjectSxkd,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Chức vụ"), "the position is on no list but says “trưởng” or “phó”",
          &checkPositionUnclear, &describePositionUnclear },
        { QStringLiteral("NO_EMULATION_TITLE"), S::Error, false, kHcsn, kStandardHcsn, kStandardHcsn,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Danh hiệu thi đua"), "no title of the emulation-title list",
          &checkEmulationTitle, &describeEmulationTitle },
        { QStringLiteral("NO_APPLIED_INITIATIVE"), S::Error, true, kAny, kStandardHcsn, kStandardSxkd,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Sáng kiến; Quyết định công nhận sáng kiến"),
          "no initiative, or no decision recognising it", &checkInitiative, &describeInitiative },
        { QStringLiteral("NO_MERIT_AWARD"), S::Error, false, kSxkd, kStandardSxkd, kStandardSxkd,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Khen thưởng; Năm khen thưởng"),
          "no merit award of the campaign’s merit year", &checkMeritAward, &describeMeritAward },
        { QStringLiteral("NOT_RECEIVED"), S::Error, true, kAny, kSection5, kSection5,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Ngày nhận hồ sơ"), "no received date", &checkReceived,
          &describeReceived },
        { QStringLiteral("LATE_SUBMISSION"), S::Error, true, kAny, kSection5, kSection5,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Ngày nhận hồ sơ"), "received after the deadline", &checkLate,
          &describeLate },
        { QStringLiteral("NO_ENDORSEMENT"), S::Error, true, kAny, kSection4, kSection4,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Ý kiến cấp ủy, chính quyền"),
          "no agreement of party committee and government", &checkEndorsement, &describeEndorsement },
        { QStringLiteral("DOSSIER_INCOMPLETE"), S::Error, true, kAny, kSection5, kSection5,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Hồ sơ kèm theo"), "a required document is missing", &checkDossier,
          &describeDossier },
        { QStringLiteral("DUPLICATE_NOMINEE"), S::Error, true, kAny, "", "",
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Số CCCD; Họ và tên, ngày sinh"),
          "same CCCD, or same folded name and birth date, as another nominee", &checkDuplicate, &describeDuplicate },
        { QStringLiteral("INITIATIVE_ALREADY_USED"), S::Error, true, kAny, "", "",
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Sáng kiến; Quyết định công nhận sáng kiến"),
          "the same person’s initiative (same decision, or same title in the same unit) was the "
          "basis of an approval in an earlier campaign",
          &checkInitiativeUsed, &describeInitiativeUsed },
        { QStringLiteral("DISCIPLINED"), S::Error, true, kAny, "", "", QT_TRANSLATE_NOOP("vd::RulesEngine", "Kỷ luật"),
          "under discipline or being considered for it", &checkDisciplined, &describeDisciplined },
        { QStringLiteral("HONOURED_BEFORE"), S::Warning, true, kAny, "", "",
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Lịch sử biểu dương"),
          "approved in an earlier campaign within the campaign’s number of years (0 = off)", &checkHonouredBefore,
          &describeHonouredBefore },
        { QStringLiteral("FEWER_COPIES"), S::Warning, true, kAny, kSection5, kSection5,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "Số bộ hồ sơ"), "fewer paper sets than the campaign asks", &checkCopies,
          &describeCopies },
        { QStringLiteral("NO_SOFT_COPY"), S::Warning, true, kAny, kSectionVi6, kSectionVi6,
          QT_TRANSLATE_NOOP("vd::RulesEngine", "File mềm"), "no soft copy received", &checkSoftCopy,
          &describeSoftCopy },
    };
    return specs;
}

} // namespace vd
