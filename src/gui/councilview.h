// Hội nghị ▸ Hội đồng thi đua: the council of the campaign (add, edit,
// remove, present or absent), the tally per nominee of each bloc and the
// result ranked as core ranks it — pre-selected within the places, ties at
// the last place said in words and left to the council — with the ballots and
// the minutes (biên bản họp và kiểm phiếu) printed or written to a file.
// Beside the members, the session's settings (CouncilSettingsBox: majority
// rule, meeting date and place, batch size). Members, settings and votes are
// stored at once (not undo steps); approving stays on the Xét duyệt page.
// docs/conference.md, "Council session".
//
// The member form belongs to one member or to none: it is loaded from the
// member selected in the table, and Lưu is enabled only while it is and was
// edited; a refused Thêm keeps what was typed but leaves no member selected,
// so Lưu cannot write it onto anyone. docs/gui.md.
#pragma once

#include "council.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vd::gui {

class CouncilMemberModel;
class CouncilSettingsBox;
class CouncilTallyModel;
class OutputActions;
class Session;

class CouncilView : public QWidget
{
    Q_OBJECT

public:
    explicit CouncilView(Session &session, QWidget *parent = nullptr);

    const CouncilResult &result() const { return m_result; }
    CouncilMemberModel *memberModel() const { return m_members; }
    CouncilTallyModel *tallyModel() const { return m_tally; }
    OutputActions *outputActions() const { return m_actions; }
    CouncilSettingsBox *settingsBox() const { return m_settingsBox; }
    // The member the form was loaded from (0: the form holds a new member).
    qint64 formMemberId() const { return m_formMemberId; }
    // Members, settings and votes again from the database, with the session's nominees.
    void reload();

    // The buttons' actions (true when core accepted the change).
    bool addMember();
    bool saveMember();
    bool removeMember();
    bool recordVote();
    bool clearVote();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRoles();
    void showBloc();
    void showMember();
    void showVote();
    void updateButtons();
    CouncilMember memberFromForm() const;
    bool formEdited(const CouncilMember &stored) const;
    bool done(const Status &st, const QString &title);
    qint64 currentMemberId() const;
    qint64 currentNomineeId() const;

    Session &m_session;
    CouncilResult m_result;
    QString m_loadError;
    qint64 m_formMemberId = 0;
    CouncilMemberModel *m_members = nullptr;
    CouncilTallyModel *m_tally = nullptr;

    QGroupBox *m_memberBox = nullptr;
    QTableView *m_memberTable = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_present = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_formState = nullptr;
    CouncilSettingsBox *m_settingsBox = nullptr;

    QGroupBox *m_tallyBox = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_blocLabel = nullptr;
    QComboBox *m_bloc = nullptr;
    QTableView *m_tallyTable = nullptr;
    QLabel *m_ties = nullptr;
    QLabel *m_agreeLabel = nullptr;
    QSpinBox *m_agree = nullptr;
    QLabel *m_disagreeLabel = nullptr;
    QSpinBox *m_disagree = nullptr;
    QLabel *m_abstainLabel = nullptr;
    QSpinBox *m_abstain = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_stored = nullptr;
    OutputActions *m_actions = nullptr;
};

} // namespace vd::gui
