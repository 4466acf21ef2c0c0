// RulesEngine::evaluate: every rule of CONTRACT §4.1 for one nominee, once, as
// findings (check) and as a rule-by-rule report. The criteria (word lists,
// deadline, merit year, required documents, number of copies) all come from the
// campaign; messages cite the plan (Kế hoạch 161/KH-LT, part II).
#include "rules.h"

#include "rules_p.h"
#include "textfold.h"

#include <QCoreApplication>

namespace vd {

namespace {


// d.toString("dd/MM/yyyy"), written directly for years 1..9999 (the locale
// formatter costs a twentieth of a check of 100 000 nominees).
QString dateText(const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1 || y > 9999)
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    const char16_t text[10] = { char16_t(u'0' + day / 10), char16_t(u'0' + day % 10), u'/',
                                char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'/',
                                char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                                char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("vd::RulesEngine", "có") : QCoreApplication::translate("vd::RulesEngine", "không");
}

// Collects the outcome of each rule into findings and/or report lines.
class Sink
{
public:
    Sink(Category category, QList<Finding> *findings, QList<RuleReportLine> *report)
        : m_category(category)
        , m_findings(findings)
        , m_report(report)
    {
    }

    bool applies(const QString &code) const
    {
        return RulesEngine::appliesToCategory(code, m_category);
    }

    void met(const QString &code, const QString &criterion, const QString &field,
             const QString &evidence)
    {
        line(code, criterion, RuleOutcome::Met, field, evidence, QString());
    }
    void notApplicable(const QString &code, const QString &criterion, const QString &field,
                       const QString &evidence)
    {
        line(code, criterion, RuleOutcome::NotApplicable, field, evidence, QString());
    }
    void fail(const QString &code, Severity severity, const QString &message,
              const QString &criterion, const QString &field, const QString &evidence)
    {
        if (m_findings)
            m_findings->append({ code, severity, message });
        line(code, criterion,
             severity == Severity::Error ? RuleOutcome::NotMet : RuleOutcome::NeedsReview, field,
             evidence, message);
    }

private:
    void line(const QString &code, const QString &criterion, RuleOutcome outcome,
              const QString &field, const QString &evidence, const QString &message)
    {
        if (m_report)
            m_report->append({ code, criterion, outcome, evidence, field, message });
    }

    Category m_category;
    QList<Finding> *m_findings;
    QList<RuleReportLine> *m_report;
};

} // namespace

void RulesEngine::evaluate(const Nominee &n, const DuplicateIndex &duplicates, const QDate &today,
                           QList<Finding> *findings, QList<RuleReportLine> *report) const
{
    using namespace rulesdetail;
    Sink sink(n.category, findings, report);
    // Criterion texts and evidence are only built for the report (check() runs
    // 100 000 times in a row).
    const bool rep = report != nullptr;
    const Criteria &k = m_campaign.criteria;
    const Bloc *bloc = m_campaign.blocById(n.blocId);
    const bool known = bloc != nullptr;
    const bool hcsn = known && bloc->sector == Sector::Hcsn;
    const bool sxkd = known && bloc->sector == Sector::Sxkd;
    // Each criterion number of the plan depends on the sector.
    const QString standard = sxkd ? QStringLiteral("2.2") : QStringLiteral("2.1");
    const QString subject = sxkd ? QStringLiteral("1.2") : QStringLiteral("1.1");

    // NOT_UNION_MEMBER -------------------------------------------------------
    {
        const QString code = QStringLiteral("NOT_UNION_MEMBER");
        const QString criterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Đối tượng %1: là đoàn viên công đoàn").arg(subject);
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Đoàn viên công đoàn");
        if (n.unionMember)
            sink.met(code, criterion, field, yesNo(true));
        else
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Đối tượng %1: không phải đoàn viên công đoàn").arg(subject), criterion,
                      field, yesNo(false));
    }

    // Positions ---------------------------------------------------------------
    {
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Chức vụ");
        const QString position = n.position;
        const QString leadCode = QStringLiteral("LEADERSHIP_POSITION");
        const QString exclCode = QStringLiteral("POSITION_NOT_ELIGIBLE");
        const QString unclearCode = QStringLiteral("POSITION_UNCLEAR");
        const QString leadCriterion = !rep ? QString()
                                           : QCoreApplication::translate("vd::RulesEngine", "Đối tượng 1.1: không giữ chức vụ lãnh đạo từ "
                                                "trưởng, phó phòng, ban ngành, đoàn thể, "
                                                "hiệu trưởng, hiệu phó trở lên");
        const QString exclCriterion = !rep
            ? QString()
            : QCoreApplication::translate("vd::RulesEngine", "Đối tượng 1.2: %1 và công nhân lao động; không phải cán bộ quản lý doanh nghiệp")
                  .arg(k.sxkdAllowedPositions.join(QStringLiteral(", ")));
        const QString unclearCriterion = !rep
            ? QString()
            : QCoreApplication::translate("vd::RulesEngine", "Đối tượng %1: chức vụ phải xác định được là thuộc diện xét chọn").arg(subject);
        const bool positionRules = sink.applies(leadCode) && known;
        if (!positionRules) {
            sink.notApplicable(leadCode, leadCriterion, field, position);
            sink.notApplicable(exclCode, exclCriterion, field, position);
            sink.notApplicable(unclearCode, unclearCriterion, field, position);
        } else {
            const PositionMatch m = classifyPosition(position, bloc->sector, m_leadership,
                                                     m_sxkdAllowed, m_sxkdExcluded);
            if (hcsn) {
                if (m.kind == PositionClass::Leadership)
                    sink.fail(
                        leadCode, Severity::Error,
                        QCoreApplication::translate("vd::RulesEngine", "Đối tượng 1.1: giữ chức vụ lãnh đạo (%1), không thuộc diện xét chọn "
                           "(đang ghi: %2)")
                            .arg(k.leadershipPositions.at(m.phrase), position),
                        leadCriterion, field, position);
                else
                    sink.met(leadCode, leadCriterion, field, position);
                sink.notApplicable(exclCode, exclCriterion, field, position);
            } else {
                sink.notApplicable(leadCode, leadCriterion, field, position);
                if (m.kind == PositionClass::NotEligible)
                    sink.fail(
                        exclCode, Severity::Error,
                        QCoreApplication::translate("vd::RulesEngine", "Đối tượng 1.2: chức vụ quản lý doanh nghiệp (%1) không thuộc diện xét "
                           "chọn (đang ghi: %2)")
                            .arg(k.sxkdExcludedPositions.at(m.phrase), position),
                        exclCriterion, field, position);
                else
                    sink.met(exclCode, exclCriterion, field, position);
            }
            if (m.kind == PositionClass::Unclear)
                sink.fail(
                    unclearCode, Severity::Warning,
                    QCoreApplication::translate("vd::RulesEngine", "Đối tượng %1: chức vụ “%2” có chữ “trưởng” hoặc “phó” nhưng không có trong "
                       "danh mục; cần xác định có phải chức vụ lãnh đạo, quản lý không")
                        .arg(subject, position),
                    unclearCriterion, field, position);
            else if (m.kind == PositionClass::Leadership || m.kind == PositionClass::NotEligible)
                sink.notApplicable(unclearCode, unclearCriterion, field, position);
            else
                sink.met(unclearCode, unclearCriterion, field, position);
        }
    }

    // NO_EMULATION_TITLE (HCSN) -----------------------------------------------
    {
        const QString code = QStringLiteral("NO_EMULATION_TITLE");
        const QString criterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.1: danh hiệu Chiến sĩ thi đua cơ sở trở lên");
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Danh hiệu thi đua");
        if (!sink.applies(code) || !hcsn) {
            sink.notApplicable(code, criterion, field, n.emulationTitle);
        } else if (findPhrase(foldedWords(n.emulationTitle), m_emulationTitles) >= 0) {
            sink.met(code, criterion, field, n.emulationTitle);
        } else {
            const QString current = n.emulationTitle.isEmpty()
                ? QCoreApplication::translate("vd::RulesEngine", "chưa ghi danh hiệu")
                : QCoreApplication::translate("vd::RulesEngine", "đang ghi: %1").arg(n.emulationTitle);
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.1: chưa có danh hiệu Chiến sĩ thi đua cơ sở trở lên (%1)")
                          .arg(current),
                      criterion, field, n.emulationTitle);
        }
    }

    // NO_APPLIED_INITIATIVE ----------------------------------------------------
    {
        const QString code = QStringLiteral("NO_APPLIED_INITIATIVE");
        const QString criterion = !rep ? QString()
                                       : QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn %1: có sáng kiến, đề tài được áp dụng, có "
                                            "quyết định công nhận hoặc xác nhận")
                                             .arg(standard);
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Sáng kiến; Quyết định công nhận sáng kiến");
        const QString evidence = !rep ? QString()
            : n.initiativeDecision.isEmpty()
            ? n.initiative
            : n.initiative + QStringLiteral(" — ") + n.initiativeDecision;
        if (!sink.applies(code)) {
            sink.notApplicable(code, criterion, field, evidence);
        } else if (n.initiative.trimmed().isEmpty()) {
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn %1: chưa có sáng kiến, đề tài được áp dụng").arg(standard),
                      criterion, field, evidence);
        } else if (n.initiativeDecision.trimmed().isEmpty()) {
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn %1: sáng kiến “%2” chưa có quyết định công nhận hoặc xác nhận")
                          .arg(standard, n.initiative),
                      criterion, field, evidence);
        } else {
            sink.met(code, criterion, field, evidence);
        }
    }

    // NO_MERIT_AWARD (SXKD) ------------------------------------------------------
    {
        const QString code = QStringLiteral("NO_MERIT_AWARD");
        const QString year = QString::number(k.meritYear);
        const QString criterion = !rep ? QString()
                                       : QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.2: được tặng giấy khen của UBND thành "
                                            "phố, Giám đốc đơn vị, doanh nghiệp "
                                            "hoặc của Công đoàn năm %1")
                                             .arg(year);
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Khen thưởng; Năm khen thưởng");
        const QString evidence = !rep ? QString()
            : n.meritYear > 0
            ? n.meritAward + QStringLiteral(" (") + QString::number(n.meritYear) + QLatin1Char(')')
            : n.meritAward;
        if (!sink.applies(code) || !sxkd) {
            sink.notApplicable(code, criterion, field, evidence);
        } else if (n.meritAward.trimmed().isEmpty()) {
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.2: chưa có giấy khen năm %1").arg(year), criterion, field,
                      evidence);
        } else {
            bool ok = k.meritYear <= 0 || n.meritYear == k.meritYear;
            if (!ok && n.meritYear == 0)
                ok = foldedWords(n.meritAward).contains(year);
            if (ok) {
                sink.met(code, criterion, field, evidence);
            } else if (n.meritYear == 0) {
                sink.fail(code, Severity::Error,
                          QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.2: không rõ khen thưởng “%1” là của năm nào; cần giấy "
                             "khen năm %2")
                              .arg(n.meritAward, year),
                          criterion, field, evidence);
            } else {
                sink.fail(code, Severity::Error,
                          QCoreApplication::translate("vd::RulesEngine", "Tiêu chuẩn 2.2: khen thưởng “%1” là của năm %2, cần giấy khen năm %3")
                              .arg(n.meritAward, QString::number(n.meritYear), year),
                          criterion, field, evidence);
            }
        }
    }

    // NOT_RECEIVED and LATE_SUBMISSION -------------------------------------------
    {
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Ngày nhận hồ sơ");
        const QString received = n.receivedDate.isValid() ? dateText(n.receivedDate) : QString();
        const QDate deadline = m_campaign.deadline;
        auto deadlineText = [&]() {
            if (!deadline.isValid())
                return QCoreApplication::translate("vd::RulesEngine", "chưa đặt hạn");
            return m_campaign.deadlineInclusive ? QCoreApplication::translate("vd::RulesEngine", "đến hết ngày %1").arg(dateText(deadline))
                                                : QCoreApplication::translate("vd::RulesEngine", "trước ngày %1").arg(dateText(deadline));
        };
        const QString notReceived = QStringLiteral("NOT_RECEIVED");
        const QString late = QStringLiteral("LATE_SUBMISSION");
        const QString receivedCriterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ gửi về Liên đoàn Lao động huyện");
        const QString lateCriterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ gửi về %1").arg(deadlineText());
        if (!n.receivedDate.isValid()) {
            const bool overdue = deadline.isValid() && today.isValid()
                && (m_campaign.deadlineInclusive ? today > deadline : today >= deadline);
            sink.fail(
                notReceived, Severity::Error,
                overdue
                    ? QCoreApplication::translate("vd::RulesEngine", "Mục II.5: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %1 đã qua")
                          .arg(deadlineText())
                    : QCoreApplication::translate("vd::RulesEngine", "Mục II.5: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %1")
                          .arg(deadlineText()),
                receivedCriterion, field, received);
            sink.notApplicable(late, lateCriterion, field, received);
        } else {
            sink.met(notReceived, receivedCriterion, field, received);
            const bool isLate = deadline.isValid()
                && (m_campaign.deadlineInclusive ? n.receivedDate > deadline
                                                 : n.receivedDate >= deadline);
            if (!deadline.isValid())
                sink.notApplicable(late, lateCriterion, field, received);
            else if (isLate)
                sink.fail(late, Severity::Error,
                          QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ nhận ngày %1, quá hạn (hạn nộp %2)")
                              .arg(received, deadlineText()),
                          lateCriterion, field, received);
            else
                sink.met(late, lateCriterion, field, received);
        }
    }

    // NO_ENDORSEMENT ---------------------------------------------------------------
    {
        const QString code = QStringLiteral("NO_ENDORSEMENT");
        const QString criterion = !rep
            ? QString()
            : QCoreApplication::translate("vd::RulesEngine", "Mục II.4: được cấp ủy, chính quyền, chuyên môn đồng cấp cho ý kiến nhất trí");
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Ý kiến cấp ủy, chính quyền");
        if (n.endorsed)
            sink.met(code, criterion, field, yesNo(true));
        else
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Mục II.4: chưa có ý kiến nhất trí của cấp ủy, chính quyền đồng cấp"),
                      criterion, field, yesNo(false));
    }

    // DOSSIER_INCOMPLETE -----------------------------------------------------------------
    {
        const QString code = QStringLiteral("DOSSIER_INCOMPLETE");
        QStringList requiredNames, missing;
        for (const DocumentType &d : m_campaign.documentTypes) {
            if (!d.required)
                continue;
            requiredNames.append(d.name);
            if (!n.documents.contains(d.code, Qt::CaseInsensitive))
                missing.append(d.name);
        }
        const QString criterion = !rep
            ? QString()
            : QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ gồm %1").arg(requiredNames.join(QStringLiteral("; ")));
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Hồ sơ kèm theo");
        QStringList received;
        if (rep) {
            for (const QString &c : n.documents)
                received.append(m_campaign.documentName(c));
        }
        const QString evidence = received.join(QStringLiteral("; "));
        if (missing.isEmpty())
            sink.met(code, criterion, field, evidence);
        else
            sink.fail(code, Severity::Error,
                      QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ còn thiếu: %1").arg(missing.join(QStringLiteral("; "))),
                      criterion, field, evidence);
    }

    // DUPLICATE_NOMINEE -----------------------------------------------------------------
    {
        const QString code = QStringLiteral("DUPLICATE_NOMINEE");
        const QString criterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Mỗi người chỉ được đề nghị một lần trong đợt biểu dương");
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Số CCCD; Họ và tên, ngày sinh");
        QString evidence = n.citizenId;
        if (rep && n.birthDate.isValid())
            evidence += (evidence.isEmpty() ? QString() : QStringLiteral("; ")) + n.fullName
                + QStringLiteral(", ") + dateText(n.birthDate);
        const QList<const Nominee *> others = duplicates.duplicatesOf(n);
        if (others.isEmpty()) {
            sink.met(code, criterion, field, evidence);
        } else {
            QStringList parts;
            const QString cccd = n.citizenId.trimmed();
            for (const Nominee *o : others) {
                const QString reason = !cccd.isEmpty() && o->citizenId.trimmed() == cccd
                    ? QCoreApplication::translate("vd::RulesEngine", "cùng số CCCD %1").arg(cccd)
                    : QCoreApplication::translate("vd::RulesEngine", "cùng họ tên và ngày sinh %1").arg(dateText(n.birthDate));
                parts.append(QCoreApplication::translate("vd::RulesEngine", "%1 (%2, mã %3; %4)")
                                 .arg(o->fullName, o->unitName, QString::number(o->id), reason));
            }
            sink.fail(
                code, Severity::Error,
                QCoreApplication::translate("vd::RulesEngine", "Trùng với người đã được đề nghị: %1").arg(parts.join(QStringLiteral("; "))),
                criterion, field, evidence);
        }
    }

    // FEWER_COPIES and NO_SOFT_COPY (warnings) ---------------------------------------------
    {
        const QString code = QStringLiteral("FEWER_COPIES");
        const QString wanted = QStringLiteral("%1").arg(k.minCopies, 2, 10, QLatin1Char('0'));
        const QString criterion
            = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ được lập thành %1 bộ").arg(wanted);
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "Số bộ hồ sơ");
        const QString evidence = !rep ? QString() : QString::number(n.copies);
        if (n.copies >= k.minCopies)
            sink.met(code, criterion, field, evidence);
        else
            sink.fail(code, Severity::Warning,
                      QCoreApplication::translate("vd::RulesEngine", "Mục II.5: hồ sơ cần %1 bộ, mới nhận %2 bộ").arg(wanted).arg(n.copies),
                      criterion, field, evidence);
    }
    {
        const QString code = QStringLiteral("NO_SOFT_COPY");
        const QString criterion = !rep
            ? QString()
            : QCoreApplication::translate("vd::RulesEngine", "Mục VI.6: gửi file mềm tờ trình, danh sách trích ngang qua email");
        const QString field = !rep ? QString() : QCoreApplication::translate("vd::RulesEngine", "File mềm");
        if (n.softCopy)
            sink.met(code, criterion, field, yesNo(true));
        else
            sink.fail(
                code, Severity::Warning,
                QCoreApplication::translate("vd::RulesEngine", "Mục VI.6: chưa nhận file mềm (tờ trình, danh sách trích ngang) qua email"),
                criterion, field, yesNo(false));
    }
}

} // namespace vd
