#include "outputs.h"
#include "doctext.h"

#include "approvedexport.h"
#include "campaignstore.h"
#include "certificates.h"
#include "conferencedocs.h"
#include "documents.h"
#include "docwriters.h"
#include "nomineestore.h"
#include "settingsstore.h"
#include "slides.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextDocument>

namespace vd::docs {

QList<OutputKind> allOutputKinds()
{
    return { OutputKind::ApprovedList,
             OutputKind::Programme,
             OutputKind::Decision,
             OutputKind::Invitations,
             OutputKind::Certificates,
             OutputKind::CertificateTestPage,
             OutputKind::EligibilityReport,
             OutputKind::Budget,
             OutputKind::CouncilBallots,
             OutputKind::CouncilMinutes,
             OutputKind::DelegateInvitations,
             OutputKind::DelegateLabels,
             OutputKind::DelegateCheckinList,
             OutputKind::RunningScript,
             OutputKind::SlideDeck,
             OutputKind::MovementAnnex };
}

QString outputName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::ApprovedList:
        return DocText::tr("Danh sách được biểu dương");
    case OutputKind::Programme:
        return DocText::tr("Chương trình hội nghị");
    case OutputKind::Decision:
        return DocText::tr("Dự thảo quyết định khen thưởng");
    case OutputKind::Invitations:
        return DocText::tr("Giấy mời");
    case OutputKind::Certificates:
        return DocText::tr("Giấy khen");
    case OutputKind::CertificateTestPage:
        return DocText::tr("Trang in thử giấy khen");
    case OutputKind::EligibilityReport:
        return DocText::tr("Báo cáo thẩm định hồ sơ");
    case OutputKind::Budget:
        return DocText::tr("Dự toán kinh phí");
    case OutputKind::CouncilBallots:
        return DocText::tr("Phiếu bầu của Hội đồng");
    case OutputKind::CouncilMinutes:
        return DocText::tr("Biên bản họp Hội đồng");
    case OutputKind::DelegateInvitations:
        return DocText::tr("Giấy mời đại biểu");
    case OutputKind::DelegateLabels:
        return DocText::tr("Nhãn phong bì đại biểu");
    case OutputKind::DelegateCheckinList:
        return DocText::tr("Danh sách đón tiếp đại biểu");
    case OutputKind::RunningScript:
        return DocText::tr("Kịch bản điều hành hội nghị");
    case OutputKind::SlideDeck:
        return DocText::tr("Trình chiếu (PDF 16:9)");
    case OutputKind::MovementAnnex:
        return DocText::tr("Phụ lục số liệu phong trào");
    }
    return {};
}

Output::Output() = default;
Output::~Output() = default;
Output::Output(Output &&) noexcept = default;
Output &Output::operator=(Output &&) noexcept = default;

QString Output::title() const
{
    if (m_document)
        return m_document->title;
    if (m_painted)
        return m_painted->title;
    return outputName(m_kind);
}

QStringList Output::formats() const
{
    if (m_painted)
        return { QStringLiteral("pdf") };
    QStringList formats = documentFormats();
    if (m_kind == OutputKind::ApprovedList)
        formats = QStringList { QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
                                QStringLiteral("odt"), QStringLiteral("csv") };
    return formats;
}

int Output::honoreeCount() const { return m_list ? m_list->count() : 0; }

int Output::pageCountHint() const { return m_painted ? m_painted->pageCount : -1; }

const QTextDocument *Output::textDocument() const
{
    if (!m_document)
        return nullptr;
    if (!m_screen)
        m_screen = toTextDocument(*m_document);
    return m_screen.get();
}

Result<int> Output::printTo(QPagedPaintDevice *device) const
{
    if (m_document)
        return docs::printTo(*m_document, device);
    if (m_painted)
        return docs::printTo(*m_painted, device);
    return Error::storage(DocText::tr("Tài liệu trống."));
}

Status Output::write(const QString &path) const { return write(path, QFileInfo(path).suffix().toLower()); }

Status Output::write(const QString &path, const QString &format) const
{
    const QString f = format.toLower();
    if (!formats().contains(f)) {
        return Error::usage(DocText::tr("%1 không xuất được dạng \"%2\" (chọn %3).")
                                .arg(outputName(m_kind), format, formats().join(QStringLiteral(", "))));
    }
    if (f == QLatin1String("xlsx"))
        return writeApprovedListXlsx(*m_list, path, m_date);
    if (f == QLatin1String("csv"))
        return writeApprovedListCsv(*m_list, path);
    if (m_painted)
        return writePdf(*m_painted, path);
    return writeDocument(*m_document, f, path);
}

Result<Output> buildOutput(Database &db, OutputKind kind, const OutputOptions &options)
{
    Output out;
    out.m_kind = kind;
    if (kind == OutputKind::Programme) {
        auto campaign = CampaignStore(db).loadActive();
        if (!campaign)
            return campaign.error();
        out.m_document = buildProgramme(*campaign);
        return out;
    }
    if (kind == OutputKind::Budget) {
        auto budget = loadBudget(db, options.rewardAmount);
        if (!budget)
            return budget.error();
        out.m_document = buildBudget(*budget, options.date);
        return out;
    }
    if (kind == OutputKind::RunningScript) {
        auto order = loadRunningOrder(db, options.timing);
        if (!order)
            return order.error();
        out.m_document = buildRunningScript(*order, options.date);
        return out;
    }
    if (kind == OutputKind::MovementAnnex) {
        auto stats = loadMovementStats(db);
        if (!stats)
            return stats.error();
        out.m_document = buildMovementAnnex(*stats, options.date);
        return out;
    }
    if (kind == OutputKind::SlideDeck) {
        auto deck = loadSlideDeck(db, options.timing);
        if (!deck)
            return deck.error();
        out.m_painted = slideDocument(*deck);
        return out;
    }
    if (kind == OutputKind::CouncilBallots || kind == OutputKind::CouncilMinutes) {
        const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
        auto result = loadCouncilResult(db, date);
        if (!result)
            return result.error();
        if (result->blocs.isEmpty())
            return Error::validation(DocText::tr("Chưa có hồ sơ đủ điều kiện nào để đưa vào phiếu bầu."));
        if (kind == OutputKind::CouncilBallots) {
            out.m_document = buildCouncilBallots(*result, date);
            return out;
        }
        auto minutes = buildCouncilMinutes(*result, date);
        if (!minutes)
            return minutes.error();
        out.m_document = std::move(minutes.value());
        return out;
    }
    if (kind == OutputKind::DelegateInvitations || kind == OutputKind::DelegateLabels
        || kind == OutputKind::DelegateCheckinList) {
        auto campaign = CampaignStore(db).loadActive();
        if (!campaign)
            return campaign.error();
        auto delegates = DelegateStore(db).list(campaign->id);
        if (!delegates)
            return delegates.error();
        QList<Delegate> chosen;
        for (const Delegate &d : std::as_const(*delegates)) {
            if (options.ids.isEmpty() || options.ids.contains(d.id))
                chosen.append(d);
        }
        if (chosen.isEmpty() || chosen.size() != (options.ids.isEmpty() ? chosen.size() : options.ids.size()))
            return Error::validation(DocText::tr("Chưa có đại biểu nào (hoặc có mã không thuộc danh sách đại biểu)."));
        if (kind == OutputKind::DelegateInvitations)
            out.m_document = buildDelegateInvitations(*campaign, chosen, options.date);
        else if (kind == OutputKind::DelegateLabels)
            out.m_document = buildDelegateLabels(*campaign, chosen);
        else
            out.m_document = buildDelegateCheckinList(*campaign, chosen, options.date);
        return out;
    }
    if (kind == OutputKind::EligibilityReport) {
        auto campaign = CampaignStore(db).loadActive();
        if (!campaign)
            return campaign.error();
        auto nominees = NomineeStore(db).loadAll(campaign->id);
        if (!nominees)
            return nominees.error();
        if (nominees->isEmpty())
            return Error::validation(DocText::tr("Chưa có hồ sơ đề nghị nào trong đợt \"%1\".").arg(campaign->name));
        out.m_document = buildEligibilityReport(*campaign, *nominees,
                                                options.date.isValid() ? options.date : QDate::currentDate());
        return out;
    }
    std::optional<CertificateLayout> layout;
    if (kind == OutputKind::CertificateTestPage || kind == OutputKind::Certificates) {
        auto loaded = loadCertificateLayout(SettingsStore(db));
        if (!loaded)
            return loaded.error();
        layout = *loaded;
        if (kind == OutputKind::CertificateTestPage) {
            auto campaign = CampaignStore(db).loadActive();
            if (!campaign)
                return campaign.error();
            out.m_painted = buildCertificateTestPage(*layout, *campaign);
            return out;
        }
    }

    auto list = loadApprovedList(db);
    if (!list)
        return list.error();
    ApprovedList chosen = *list;
    if (!options.ids.isEmpty()) {
        chosen = list->restrictedTo(options.ids);
        if (chosen.count() != options.ids.size())
            return Error::validation(DocText::tr("Có người được chọn không thuộc danh sách đã duyệt."));
    }
    out.m_list = chosen;
    out.m_date = options.date.isValid() ? options.date : QDate::currentDate();
    switch (kind) {
    case OutputKind::ApprovedList:
        out.m_document = buildApprovedListDocument(chosen, options.date);
        break;
    case OutputKind::Decision: {
        auto decision = buildDecision(chosen, options.date, options.rewardAmount);
        if (!decision)
            return decision.error();
        out.m_document = std::move(decision.value());
        break;
    }
    case OutputKind::Invitations:
        out.m_document = buildInvitations(chosen, options.date);
        break;
    case OutputKind::Certificates:
        out.m_painted = buildCertificates(chosen, *layout, options.date);
        break;
    case OutputKind::Programme:
    case OutputKind::CertificateTestPage:
    case OutputKind::EligibilityReport:
    case OutputKind::Budget:
    case OutputKind::CouncilBallots:
    case OutputKind::CouncilMinutes:
    case OutputKind::DelegateInvitations:
    case OutputKind::DelegateLabels:
    case OutputKind::DelegateCheckinList:
    case OutputKind::RunningScript:
    case OutputKind::SlideDeck:
    case OutputKind::MovementAnnex:
        break;
    }
    return out;
}

} // namespace vd::docs
