// Hội nghị ▸ Hội đồng thi đua ▸ "Thiết lập phiên họp": the council session's
// settings that `vinhdanh-cli council settings` sets — the majority rule (more
// than N/M of the members present or of all members), the council meeting's
// date and place, the honorees called to the stage at once. The problems of
// conferenceSettingsProblems() are said under the form while typing (Lưu
// disabled until fixed); Lưu stores them through CouncilStore::saveSettings
// (one transaction, audit-logged) and the session reloads, so the tally under
// it is ranked by the new rule at once. docs/gui.md.
#pragma once

#include "council.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vd::gui {

class OptionalDateEdit;
class Session;

class CouncilSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit CouncilSettingsBox(Session &session, QWidget *parent = nullptr);

    // The settings as stored. The form shows them unless it holds changes not
    // saved yet (a reload after another change keeps what is being typed).
    void setStored(const ConferenceSettings &settings);
    const ConferenceSettings &stored() const { return m_stored; }
    // What the form holds.
    ConferenceSettings fromForm() const;
    // The form differs from what is stored.
    bool isModified() const;

    // The Lưu button's action: true when core stored the settings.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillBases();
    void showSettings(const ConferenceSettings &settings);
    void updateState();

    Session &m_session;
    ConferenceSettings m_stored;
    QString m_saveError; // core's refusal of the last Lưu, until the form changes

    QLabel *m_majorityLabel = nullptr;
    QSpinBox *m_numerator = nullptr;
    QLabel *m_slash = nullptr;
    QSpinBox *m_denominator = nullptr;
    QComboBox *m_base = nullptr;
    QLabel *m_dateLabel = nullptr;
    OptionalDateEdit *m_date = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace vd::gui
