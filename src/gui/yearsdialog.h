// "Qua các năm": figures of every campaign as charts (Qt Charts): nominees and
// honorees per year by bloc, units taking part, repeat honorees, initiatives
// (docs/history.md, docs/gui.md). The figures come from core (stats.h).
#pragma once

#include <QDialog>

class QLabel;

namespace vd::gui {

class Session;

class YearsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit YearsDialog(Session &session, QWidget *parent = nullptr);
    // How many campaigns the charts show (tests).
    int campaignCount() const { return m_campaigns; }

private:
    QLabel *m_errorLabel = nullptr;
    int m_campaigns = 0;
};

} // namespace vd::gui
