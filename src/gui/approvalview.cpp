#include "approvalview.h"

#include "ui_approvalview.h"

#include "approvalmodels.h"
#include "council.h"
#include "dialogs.h"
#include "retranslate.h"
#include "session.h"
#include "textfold.h"
#include "undocommands.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace vd::gui {

ApprovalView::ApprovalView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApprovalView>()), m_session(session)
{
    m_ui->setupUi(this);
    m_tallies = new BlocTallyModel(this);
    m_candidates = new ApprovalCandidateModel(this);
    m_ui->blocTableView->setModel(m_tallies);
    m_ui->blocTableView->setItemDelegateForColumn(BlocTallyModel::ProgressColumn, new TallyProgressDelegate(this));
    m_ui->blocTableView->verticalHeader()->setVisible(false);
    m_ui->blocTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->blocTableView->setColumnWidth(BlocTallyModel::BlocColumn, 180);
    m_ui->candidateTableView->setModel(m_candidates);
    m_ui->candidateTableView->verticalHeader()->setVisible(false);
    m_ui->candidateTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->candidateTableView->setColumnWidth(ApprovalCandidateModel::NameColumn, 240);
    m_ui->candidateTableView->setColumnWidth(ApprovalCandidateModel::UnitColumn, 300);
    m_ui->candidateTableView->setColumnWidth(ApprovalCandidateModel::PositionColumn, 180);
    m_ui->approvalSplitter->setStretchFactor(0, 1);
    m_ui->approvalSplitter->setStretchFactor(1, 1);
    m_ui->approvalSplitter->setSizes({ 260, 300 });

    // The council's result (Hội nghị ▸ Hội đồng thi đua) ticks its proposal;
    // staff still approve with "Duyệt người đã chọn".
    m_councilButton = new QPushButton(this);
    m_councilButton->setObjectName(QStringLiteral("councilSelectPushButton"));
    m_ui->approvalButtonsLayout->insertWidget(0, m_councilButton);
    m_councilLabel = new QLabel(this);
    m_councilLabel->setObjectName(QStringLiteral("councilSelectLabel"));
    m_councilLabel->setWordWrap(true);
    m_councilLabel->hide();
    m_ui->candidatesLayout->addWidget(m_councilLabel);
    retranslateCouncil();
    connect(m_councilButton, &QPushButton::clicked, this, &ApprovalView::selectCouncilResult);

    connect(m_ui->blocTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalView::showCandidates);
    connect(m_candidates, &ApprovalCandidateModel::checksChanged, this, &ApprovalView::updateButtons);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalView::approveChecked);
    connect(m_ui->unapproveButton, &QPushButton::clicked, this, &ApprovalView::unapproveChecked);
    connect(&m_session, &Session::reloaded, this, &ApprovalView::reload);
    reload();
}

ApprovalView::~ApprovalView() = default;

QSplitter *ApprovalView::splitter() const { return m_ui->approvalSplitter; }

qint64 ApprovalView::currentBlocId() const
{
    const QModelIndex index = m_ui->blocTableView->currentIndex();
    return index.isValid() ? index.data(BlocTallyModel::BlocIdRole).toLongLong() : 0;
}

void ApprovalView::selectBloc(qint64 blocId)
{
    for (int row = 0; row < m_tallies->rowCount(); ++row) {
        if (m_tallies->tallyAt(row)->blocId == blocId) {
            m_ui->blocTableView->setCurrentIndex(m_tallies->index(row, 0));
            return;
        }
    }
}

void ApprovalView::reload()
{
    const qint64 bloc = currentBlocId();
    m_tallies->setTallies(m_session.tallies());
    int approved = 0;
    for (const BlocTally &t : m_session.tallies())
        approved += t.approved;
    m_ui->totalLabel->setText(tr("Đã duyệt %1 / %2").arg(approved).arg(m_session.campaign().totalQuota()));
    if (bloc)
        selectBloc(bloc);
    else if (m_tallies->rowCount() > 0)
        m_ui->blocTableView->setCurrentIndex(m_tallies->index(0, 0));
    showCandidates();
}

void ApprovalView::showCandidates()
{
    m_councilLabel->hide(); // it spoke of the bloc shown before
    const qint64 blocId = currentBlocId();
    static const VietnameseCollator collator;
    QList<QPair<VietnameseCollator::SortKey, int>> keyed; // sort key, index into nominees()
    const QList<Nominee> &all = m_session.nominees();
    const QList<Verdict> &verdicts = m_session.verdicts();
    for (int i = 0; i < all.size(); ++i) {
        const Nominee &n = all.at(i);
        if (n.blocId == blocId && (n.approved || (i < verdicts.size() && verdicts.at(i) == Verdict::Eligible)))
            keyed.append({ collator.nameSortKey(n.fullName), i });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Nominee> candidates;
    candidates.reserve(keyed.size());
    for (const auto &k : std::as_const(keyed))
        candidates.append(all.at(k.second));
    m_candidates->setCandidates(candidates);
    const Bloc *bloc = m_session.campaign().blocById(blocId);
    m_ui->candidatesLabel->setText(
        bloc ? tr("Khối %1: %2 người đủ điều kiện hoặc đã duyệt. Đánh dấu để duyệt hoặc bỏ duyệt.")
                   .arg(bloc->name)
                   .arg(candidates.size())
             : tr("Chọn một khối ở bảng trên."));
    updateButtons();
}

void ApprovalView::updateButtons()
{
    const QList<qint64> toApprove = m_candidates->checkedIds(false);
    const QList<qint64> toWithdraw = m_candidates->checkedIds(true);
    const BlocTally *tally = nullptr;
    for (const BlocTally &t : m_session.tallies()) {
        if (t.blocId == currentBlocId())
            tally = &t;
    }
    QString reason;
    if (toApprove.isEmpty())
        reason = tr("Đánh dấu những người chưa duyệt cần duyệt.");
    else if (tally && toApprove.size() > tally->remaining())
        reason = tr("Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4 — không duyệt thêm %5 người được.")
                     .arg(tally->name)
                     .arg(tally->quota)
                     .arg(tally->approved)
                     .arg(tally->remaining())
                     .arg(toApprove.size());
    m_ui->approveButton->setEnabled(reason.isEmpty());
    m_ui->approveButton->setToolTip(reason.isEmpty() ? tr("Duyệt %1 người").arg(toApprove.size()) : reason);
    m_ui->approvalReasonLabel->setText(toApprove.isEmpty() ? QString() : reason);
    m_ui->unapproveButton->setEnabled(!toWithdraw.isEmpty());
}

bool ApprovalView::approveChecked()
{
    const QList<qint64> ids = m_candidates->checkedIds(false);
    if (ids.isEmpty())
        return false;
    Status st = DatabaseCommand::execute(m_session, new ApprovalCommand(m_session, ids, true));
    if (!st) {
        Dialogs::instance().showError(this, tr("Không duyệt được"), st.error());
        return false;
    }
    m_candidates->clearChecks();
    return true;
}

bool ApprovalView::unapproveChecked()
{
    const QList<qint64> ids = m_candidates->checkedIds(true);
    if (ids.isEmpty())
        return false;
    Status st = DatabaseCommand::execute(m_session, new ApprovalCommand(m_session, ids, false));
    if (!st) {
        Dialogs::instance().warning(this, tr("Không bỏ duyệt được"), st.error().message);
        return false;
    }
    m_candidates->clearChecks();
    return true;
}

void ApprovalView::retranslateCouncil()
{
    m_councilButton->setText(tr("Chọn theo kết quả &Hội đồng"));
    m_councilButton->setToolTip(tr("Đánh dấu những người Hội đồng thi đua đề nghị trong chỉ tiêu của khối này "
                                   "(Hội nghị ▸ Hội đồng thi đua); bấm Duyệt người đã chọn để duyệt."));
}

int ApprovalView::selectCouncilResult()
{
    const qint64 blocId = currentBlocId();
    const Bloc *bloc = m_session.campaign().blocById(blocId);
    if (!bloc)
        return 0;
    auto result = loadCouncilResult(m_session.database(), m_session.today());
    m_councilLabel->show();
    if (!result) {
        m_councilLabel->setText(result.error().message);
        return 0;
    }
    const CouncilBloc *tally = nullptr;
    for (const CouncilBloc &b : std::as_const(result->blocs)) {
        if (b.bloc.id == blocId)
            tally = &b;
    }
    const bool counted
        = tally && std::any_of(tally->rows.cbegin(), tally->rows.cend(), [](const TallyRow &r) { return r.counted; });
    if (!counted) {
        m_councilLabel->setText(
            tr("Hội đồng chưa kiểm phiếu khối %1 (Hội nghị ▸ Hội đồng thi đua): chưa có gì để chọn.").arg(bloc->name));
        return 0;
    }
    m_candidates->clearChecks();
    int ticked = 0;
    QStringList tied;
    for (const TallyRow &r : tally->rows) {
        if (r.preselected && !r.nominee.approved) {
            m_candidates->setChecked(r.nominee.id, true);
            ++ticked;
        }
        if (r.tiedAtCutoff)
            tied << r.nominee.fullName;
    }
    QString text = tr("Đã đánh dấu %1 người Hội đồng đề nghị trong chỉ tiêu khối %2; xem lại rồi bấm "
                      "“Duyệt người đã chọn”.")
                       .arg(ticked)
                       .arg(bloc->name);
    if (!tied.isEmpty())
        text += QLatin1Char(' ')
                + tr("Bằng phiếu ở vị trí cuối, chưa đánh dấu (Hội đồng quyết định): %1.")
                      .arg(tied.join(QStringLiteral(", ")));
    m_councilLabel->setText(text);
    updateButtons();
    return ticked;
}

void ApprovalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCouncil();
        m_councilLabel->hide();
        announceLanguageChange(m_tallies);
        announceLanguageChange(m_candidates);
        int approved = 0;
        for (const BlocTally &t : m_session.tallies())
            approved += t.approved;
        m_ui->totalLabel->setText(tr("Đã duyệt %1 / %2").arg(approved).arg(m_session.campaign().totalQuota()));
        const Bloc *bloc = m_session.campaign().blocById(currentBlocId());
        m_ui->candidatesLabel->setText(
            bloc ? tr("Khối %1: %2 người đủ điều kiện hoặc đã duyệt. Đánh dấu để duyệt hoặc bỏ duyệt.")
                       .arg(bloc->name)
                       .arg(m_candidates->rowCount())
                 : tr("Chọn một khối ở bảng trên."));
        updateButtons();
    }
    QWidget::changeEvent(event);
}

} // namespace vd::gui
