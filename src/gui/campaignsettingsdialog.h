// Campaign settings: name, year, deadline, blocs and quotas, criteria word
// lists, rule settings (campaignrulestab.h), dossier documents, conference details, participants, programme,
// recipients and signers. Saves through CampaignStore in one transaction.
#pragma once

#include "domain.h"
#include "result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CampaignSettingsDialog;
}

namespace vd {
class Database;
}

namespace vd::gui {

class BlocTableModel;
class CampaignRulesTab;

class CampaignSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignSettingsDialog(Database &db, const Campaign &campaign, QWidget *parent = nullptr);
    ~CampaignSettingsDialog() override;

    // The campaign as edited in the form (not yet saved).
    Campaign editedCampaign() const;
    // Validates and saves; on failure shows the reason and keeps the dialog open.
    Status save();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const Campaign &campaign);
    void updateTotal(int total);

    std::unique_ptr<Ui::CampaignSettingsDialog> m_ui;
    Database &m_db;
    Campaign m_original;
    BlocTableModel *m_blocs = nullptr;
    CampaignRulesTab *m_rulesTab = nullptr;
};

} // namespace vd::gui
