#include "historypanel.h"

#include "history.h"
#include "session.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vd::gui {

HistoryPanel::HistoryPanel(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("historyGroupBox"));
    auto *layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("historySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setColumnCount(5);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMaximumHeight(120);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tree);
    retranslate();
}

int HistoryPanel::rowCount() const { return m_tree->topLevelItemCount(); }

void HistoryPanel::setStandalone(bool standalone)
{
    m_standalone = standalone;
    m_tree->setMaximumHeight(standalone ? QWIDGETSIZE_MAX : 120);
    // With the room of a dialog, no column is cut.
    m_tree->header()->setSectionResizeMode(standalone ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
}

void HistoryPanel::showPerson(qint64 personId, qint64 nomineeId)
{
    m_personId = personId;
    m_nomineeId = nomineeId;
    m_tree->clear();
    if (personId <= 0) {
        m_summaryLabel->setText(tr("Hồ sơ mới: lịch sử hiện ra sau khi lưu."));
        return;
    }
    auto history = personHistory(m_session.database(), personId, m_session.today());
    if (!history) {
        m_summaryLabel->setText(history.error().message);
        return;
    }
    int approvals = 0;
    for (const HistoryEntry &e : std::as_const(*history)) {
        const Nominee &n = e.nomination.nominee;
        if (n.id == nomineeId)
            continue;
        approvals += n.approved ? 1 : 0;
        const QString initiative
            = n.initiativeDecision.isEmpty() ? n.initiative : tr("%1 (%2)").arg(n.initiative, n.initiativeDecision);
        auto *item = new QTreeWidgetItem(m_tree, { QString::number(e.nomination.campaignYear), n.unitName,
                                                   verdictName(e.verdict),
                                                   n.approved ? tr("Đã duyệt") : tr("Chưa duyệt"), initiative });
        item->setToolTip(0, e.nomination.campaignName);
        item->setToolTip(4, initiative);
    }
    const int others = m_tree->topLevelItemCount();
    if (m_standalone) {
        m_summaryLabel->setText(tr("Được đề nghị %1 lần, %2 lần được duyệt.").arg(others).arg(approvals));
        return;
    }
    m_summaryLabel->setText(
        others == 0 ? tr("Chưa được đề nghị ở đợt nào khác.")
                    : tr("Đã được đề nghị %1 lần ở các đợt khác, %2 lần được duyệt.").arg(others).arg(approvals));
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showPerson(m_personId, m_nomineeId);
    }
    QGroupBox::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    setTitle(tr("Lịch sử"));
    m_tree->setHeaderLabels({ tr("Năm"), tr("Đơn vị"), tr("Kết quả xét"), tr("Duyệt"), tr("Sáng kiến") });
    m_tree->setAccessibleName(tr("Lịch sử đề nghị qua các đợt"));
}

} // namespace vd::gui
