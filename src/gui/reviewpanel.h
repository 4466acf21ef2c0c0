// The "Đã xem xét" row of the dossier form (docs/gui.md, docs/rules.md
// "Review"): says whether the nominee's warnings were reviewed, by whom, when
// and why, and records or withdraws the review through core (ReviewService).
// A review is about the saved dossier, so it can be recorded only while the
// fields the warnings read are as saved.
#pragma once

#include "domain.h"
#include "rules.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace vd::gui {

class Session;

class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Session &session, QWidget *parent = nullptr);

    // `form`: the dossier as the form says now; `saved`: as stored; `findings`
    // of the form's dossier.
    void refresh(const Nominee &form, const Nominee &saved, const QList<Finding> &findings);

signals:
    // After a review was recorded or withdrawn: the saved review now.
    void reviewChanged(const vd::NomineeReview &review);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recordReview();
    void withdrawReview();
    void retranslate();

    Session &m_session;
    QLabel *m_label = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_unreviewButton = nullptr;
    qint64 m_id = 0;
    QString m_name;
    Nominee m_form, m_saved;
    QList<Finding> m_findings;
};

} // namespace vd::gui
