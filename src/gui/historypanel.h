// "Lịch sử" in the nominee editor: the person's nominations in the other
// campaigns, with each campaign's verdict, approval and initiative
// (docs/history.md, docs/gui.md). Read-only; the data comes from core.
#pragma once

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace vd::gui {

class Session;

class HistoryPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HistoryPanel(Session &session, QWidget *parent = nullptr);

    // Shows the person's other nominations (`nomineeId`'s own is left out);
    // personId 0: a dossier not saved yet.
    void showPerson(qint64 personId, qint64 nomineeId);
    int rowCount() const;
    // Outside the editor (Tìm trong mọi đợt): every nomination is listed, the
    // summary counts them all and the list takes the room it is given.
    void setStandalone(bool standalone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    qint64 m_personId = 0;
    qint64 m_nomineeId = 0;
    bool m_standalone = false;
};

} // namespace vd::gui
