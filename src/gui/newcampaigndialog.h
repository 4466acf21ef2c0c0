// "Tạo đợt mới từ đợt này": asks for the new campaign's name, plan number and
// date, deadline and conference date, then copies the current campaign's
// blocs, quotas, criteria, signers, documents and programme into it and makes
// it the active campaign (core: CampaignStore::createFrom, docs/history.md).
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace vd::gui {

class Session;

class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCampaignDialog(Session &session, QWidget *parent = nullptr);
    // The id of the campaign made, 0 until accepted.
    qint64 createdId() const { return m_createdId; }

public slots:
    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_planNumberEdit = nullptr;
    QDateEdit *m_planDateEdit = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QDateEdit *m_conferenceDateEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    qint64 m_createdId = 0;
};

} // namespace vd::gui
