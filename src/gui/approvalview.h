// Xét duyệt: per bloc quota, nominated, eligible, approved, remaining and a
// progress bar; the eligible nominees of the selected bloc with check boxes.
// The quota rule is shown on the button and enforced again by ApprovalService.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ApprovalView;
}

class QLabel;
class QPushButton;
class QSplitter;

namespace vd::gui {

class ApprovalCandidateModel;
class BlocTallyModel;
class Session;

class ApprovalView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalView(Session &session, QWidget *parent = nullptr);
    ~ApprovalView() override;

    BlocTallyModel *tallyModel() const { return m_tallies; }
    ApprovalCandidateModel *candidateModel() const { return m_candidates; }
    QSplitter *splitter() const;
    void selectBloc(qint64 blocId);
    qint64 currentBlocId() const;

    // Approve / withdraw the checked nominees (undoable). Core decides; a
    // refusal is shown with core's message.
    bool approveChecked();
    bool unapproveChecked();
    // Ticks the nominees the council's result proposes within the quota of the
    // current bloc (ties at the last place are left unticked and named); the
    // staff member then approves. Returns how many were ticked.
    int selectCouncilResult();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showCandidates();
    void updateButtons();
    void retranslateCouncil();

    std::unique_ptr<Ui::ApprovalView> m_ui;
    Session &m_session;
    BlocTallyModel *m_tallies = nullptr;
    ApprovalCandidateModel *m_candidates = nullptr;
    QPushButton *m_councilButton = nullptr;
    QLabel *m_councilLabel = nullptr;
};

} // namespace vd::gui
