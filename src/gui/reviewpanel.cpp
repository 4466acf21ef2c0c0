#include "reviewpanel.h"

#include "dialogs.h"
#include "review.h"
#include "session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vd::gui {

ReviewPanel::ReviewPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPanelWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("reviewLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewButton = new QPushButton(this);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_unreviewButton = new QPushButton(this);
    m_unreviewButton->setObjectName(QStringLiteral("unreviewButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reviewButton);
    layout->addWidget(m_unreviewButton);
    connect(m_reviewButton, &QPushButton::clicked, this, &ReviewPanel::recordReview);
    connect(m_unreviewButton, &QPushButton::clicked, this, &ReviewPanel::withdrawReview);
    retranslate();
    hide();
}

void ReviewPanel::retranslate()
{
    m_reviewButton->setText(tr("Ghi “đã xem xét”…"));
    m_reviewButton->setAccessibleName(tr("Ghi đã xem xét kèm lý do"));
    m_unreviewButton->setText(tr("Bỏ xem xét"));
    m_unreviewButton->setAccessibleName(tr("Bỏ đã xem xét"));
    m_label->setAccessibleName(tr("Xem xét cảnh báo"));
    if (m_id != 0 || !m_findings.isEmpty())
        refresh(m_form, m_saved, m_findings);
}

void ReviewPanel::refresh(const Nominee &form, const Nominee &saved, const QList<Finding> &findings)
{
    m_form = form;
    m_saved = saved;
    m_findings = findings;
    m_id = saved.id;
    m_name = saved.fullName;
    const Verdict raw = verdictOf(findings);
    QStringList warnings;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Warning && !warnings.contains(f.code))
            warnings.append(f.code);
    }
    const NomineeReview &r = saved.review;
    const QString when = r.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    bool showReview = false, showUnreview = false;
    if (r.isSet() && reviewHolds(form, findings)) {
        m_label->setText(tr("Đã xem xét: %1 — %2, %3.").arg(r.note, r.by, when));
        showUnreview = true;
    } else if (r.isSet()) {
        m_label->setText(raw == Verdict::Review || raw == Verdict::Eligible
                             ? tr("Đã xem xét (%1, %2), nhưng đã sửa thông tin mà cảnh báo dựa vào: "
                                  "khi lưu, “đã xem xét” sẽ bị bỏ.")
                                   .arg(r.by, when)
                             : tr("Đã xem xét (%1, %2), nhưng hồ sơ nay có lỗi: khi lưu, “đã xem xét” "
                                  "sẽ bị bỏ.")
                                   .arg(r.by, when));
        showUnreview = true;
    } else if (raw == Verdict::Review) {
        m_label->setText(tr("Chỉ có cảnh báo: ghi “đã xem xét” kèm lý do thì hồ sơ được tính là đủ điều kiện "
                            "để duyệt."));
        showReview = true;
    }
    setVisible(showReview || showUnreview);
    m_reviewButton->setVisible(showReview);
    m_unreviewButton->setVisible(showUnreview);
    // Core reviews the saved dossier: only while the warnings' fields are as saved.
    const bool asSaved = saved.id != 0 && reviewKey(form, warnings) == reviewKey(saved, warnings);
    m_reviewButton->setEnabled(asSaved);
    m_reviewButton->setToolTip(saved.id == 0 ? tr("Lưu hồ sơ trước, rồi ghi “đã xem xét”.")
                               : asSaved     ? tr("Ghi vì sao vẫn đề nghị duyệt dù có cảnh báo.")
                                             : tr("Lưu thay đổi trước, rồi ghi “đã xem xét”."));
    m_unreviewButton->setEnabled(!saved.approved);
    m_unreviewButton->setToolTip(saved.approved ? tr("Người này đã được duyệt: bỏ duyệt trước.")
                                                : tr("Bỏ “đã xem xét”: hồ sơ lại là “Cần xem xét”."));
}

void ReviewPanel::recordReview()
{
    const QString note = Dialogs::instance().textInput(this, tr("Ghi “đã xem xét”"),
                                                       tr("Vì sao vẫn đề nghị duyệt %1 dù có cảnh báo? (ghi vào "
                                                          "nhật ký, in trong báo cáo thẩm định)")
                                                           .arg(m_name),
                                                       QString());
    if (note.trimmed().isEmpty())
        return;
    auto saved = ReviewService(m_session.database()).review(m_id, note, m_session.today());
    if (!saved) {
        Dialogs::instance().showError(this, tr("Không ghi được “đã xem xét”"), saved.error());
        return;
    }
    (void)m_session.refresh();
    emit reviewChanged(saved->review);
}

void ReviewPanel::withdrawReview()
{
    auto saved = ReviewService(m_session.database()).unreview(m_id);
    if (!saved) {
        Dialogs::instance().showError(this, tr("Không bỏ được “đã xem xét”"), saved.error());
        return;
    }
    (void)m_session.refresh();
    emit reviewChanged(saved->review);
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vd::gui
