// Campaign settings, tab "Quy tắc xét": the campaign's own severity of each
// rule (or the plan's default, or off), the years within which an earlier
// honour gives HONOURED_BEFORE, and the tie priorities that suggest an order
// among nominees tied at a bloc's last place (docs/rules.md). Part of
// CampaignSettingsDialog, saved with the rest of the campaign.
#pragma once

#include "domain.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace vd::gui {

class CampaignRulesTab : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignRulesTab(QWidget *parent = nullptr);

    void load(const Campaign &campaign);
    // Writes the edited settings into `campaign`.
    void apply(Campaign &campaign) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRows();
    void showCurrentSeverity();
    void setCurrentSeverity(int choice);

    QLabel *m_yearsLabel = nullptr;
    QSpinBox *m_years = nullptr;
    QLabel *m_tieLabel = nullptr;
    QComboBox *m_tie = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QTableWidget *m_rules = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QHash<QString, QString> m_severities; // rule code -> "error" / "warning" / "off"; absent: default
};

} // namespace vd::gui
