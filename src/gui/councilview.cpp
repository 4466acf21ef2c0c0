#include "councilview.h"

#include "councilmodels.h"
#include "councilsettingsbox.h"
#include "dialogs.h"
#include "outputactions.h"
#include "reloadwhenshown.h"
#include "session.h"
#include "textfold.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vd::gui {

namespace {

QTableView *makeTable(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->verticalHeader()->hide();
    return table;
}

QSpinBox *makeCount(const char *name, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, 999);
    return spin;
}

} // namespace

CouncilView::CouncilView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("councilSplitter"));
    splitter->setChildrenCollapsible(false);

    // The members: the table, beside it the form of the selected one, and the
    // session's settings on the right.
    auto *sessionPane = new QWidget(splitter);
    sessionPane->setObjectName(QStringLiteral("councilSessionWidget"));
    auto *sessionLayout = new QHBoxLayout(sessionPane);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    m_memberBox = new QGroupBox(sessionPane);
    m_memberBox->setObjectName(QStringLiteral("councilMembersGroupBox"));
    auto *memberLayout = new QHBoxLayout(m_memberBox);
    m_members = new CouncilMemberModel(this);
    m_memberTable = makeTable("councilMembersTableView", m_members, m_memberBox);
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_memberTable->horizontalHeader()->setSectionResizeMode(CouncilMemberModel::TitleColumn, QHeaderView::Stretch);
    memberLayout->addWidget(m_memberTable, 3);
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(m_memberBox);
    m_name = new QLineEdit(m_memberBox);
    m_name->setObjectName(QStringLiteral("memberNameLineEdit"));
    m_nameLabel->setBuddy(m_name);
    m_titleLabel = new QLabel(m_memberBox);
    m_title = new QLineEdit(m_memberBox);
    m_title->setObjectName(QStringLiteral("memberTitleLineEdit"));
    m_titleLabel->setBuddy(m_title);
    m_unitLabel = new QLabel(m_memberBox);
    m_unit = new QLineEdit(m_memberBox);
    m_unit->setObjectName(QStringLiteral("memberUnitLineEdit"));
    m_unitLabel->setBuddy(m_unit);
    m_roleLabel = new QLabel(m_memberBox);
    m_role = new QComboBox(m_memberBox);
    m_role->setObjectName(QStringLiteral("memberRoleComboBox"));
    m_roleLabel->setBuddy(m_role);
    m_present = new QCheckBox(m_memberBox);
    m_present->setObjectName(QStringLiteral("memberPresentCheckBox"));
    m_present->setChecked(true);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_present);
    auto *memberButtons = new QHBoxLayout;
    m_add = new QPushButton(m_memberBox);
    m_add->setObjectName(QStringLiteral("addMemberPushButton"));
    m_save = new QPushButton(m_memberBox);
    m_save->setObjectName(QStringLiteral("saveMemberPushButton"));
    m_remove = new QPushButton(m_memberBox);
    m_remove->setObjectName(QStringLiteral("removeMemberPushButton"));
    memberButtons->addWidget(m_add);
    memberButtons->addWidget(m_save);
    memberButtons->addWidget(m_remove);
    form->addRow(memberButtons);
    m_formState = new QLabel(m_memberBox);
    m_formState->setObjectName(QStringLiteral("memberFormStateLabel"));
    m_formState->setWordWrap(true);
    m_formState->setTextFormat(Qt::PlainText);
    form->addRow(m_formState);
    memberLayout->addLayout(form, 2);
    m_settingsBox = new CouncilSettingsBox(m_session, sessionPane);
    sessionLayout->addWidget(m_memberBox, 1);
    sessionLayout->addWidget(m_settingsBox);

    // The result of the chosen bloc and the tally of the selected nominee.
    m_tallyBox = new QGroupBox(splitter);
    m_tallyBox->setObjectName(QStringLiteral("councilTallyGroupBox"));
    auto *tallyLayout = new QVBoxLayout(m_tallyBox);
    m_rule = new QLabel(m_tallyBox);
    m_rule->setObjectName(QStringLiteral("councilRuleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    tallyLayout->addWidget(m_rule);
    auto *blocRow = new QHBoxLayout;
    m_blocLabel = new QLabel(m_tallyBox);
    m_bloc = new QComboBox(m_tallyBox);
    m_bloc->setObjectName(QStringLiteral("councilBlocComboBox"));
    m_blocLabel->setBuddy(m_bloc);
    blocRow->addWidget(m_blocLabel);
    blocRow->addWidget(m_bloc, 1);
    tallyLayout->addLayout(blocRow);
    m_tally = new CouncilTallyModel(this);
    m_tallyTable = makeTable("councilTallyTableView", m_tally, m_tallyBox);
    // Every header and result read whole; the unit takes what is left.
    m_tallyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tallyTable->horizontalHeader()->setSectionResizeMode(CouncilTallyModel::UnitColumn, QHeaderView::Stretch);
    tallyLayout->addWidget(m_tallyTable, 1);
    m_ties = new QLabel(m_tallyBox);
    m_ties->setObjectName(QStringLiteral("councilTiesLabel"));
    m_ties->setWordWrap(true);
    m_ties->setTextFormat(Qt::PlainText);
    tallyLayout->addWidget(m_ties);
    auto *voteRow = new QHBoxLayout;
    m_agreeLabel = new QLabel(m_tallyBox);
    m_agree = makeCount("agreeSpinBox", m_tallyBox);
    m_agreeLabel->setBuddy(m_agree);
    m_disagreeLabel = new QLabel(m_tallyBox);
    m_disagree = makeCount("disagreeSpinBox", m_tallyBox);
    m_disagreeLabel->setBuddy(m_disagree);
    m_abstainLabel = new QLabel(m_tallyBox);
    m_abstain = makeCount("abstainSpinBox", m_tallyBox);
    m_abstainLabel->setBuddy(m_abstain);
    m_record = new QPushButton(m_tallyBox);
    m_record->setObjectName(QStringLiteral("recordVotePushButton"));
    m_clear = new QPushButton(m_tallyBox);
    m_clear->setObjectName(QStringLiteral("clearVotePushButton"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_agreeLabel, m_agree, m_disagreeLabel, m_disagree,
                                                         m_abstainLabel, m_abstain, m_record, m_clear })
        voteRow->addWidget(w);
    voteRow->addStretch(1);
    tallyLayout->addLayout(voteRow);
    splitter->addWidget(sessionPane);
    splitter->addWidget(m_tallyBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_stored = new QLabel(this);
    m_stored->setObjectName(QStringLiteral("councilStoredLabel"));
    m_stored->setWordWrap(true);
    layout->addWidget(m_stored);
    m_actions
        = new OutputActions(session, { docs::OutputKind::CouncilBallots, docs::OutputKind::CouncilMinutes }, this);
    m_actions->setObjectName(QStringLiteral("councilOutputActions"));
    layout->addWidget(m_actions);

    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CouncilView::showMember);
    connect(m_tallyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CouncilView::showVote);
    connect(m_bloc, &QComboBox::currentIndexChanged, this, &CouncilView::showBloc);
    for (QLineEdit *edit : { m_name, m_title, m_unit })
        connect(edit, &QLineEdit::textChanged, this, &CouncilView::updateButtons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &CouncilView::updateButtons);
    connect(m_present, &QCheckBox::toggled, this, &CouncilView::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CouncilView::addMember);
    connect(m_save, &QPushButton::clicked, this, &CouncilView::saveMember);
    connect(m_remove, &QPushButton::clicked, this, &CouncilView::removeMember);
    connect(m_record, &QPushButton::clicked, this, &CouncilView::recordVote);
    connect(m_clear, &QPushButton::clicked, this, &CouncilView::clearVote);
    // Computed for 100 000 nominees only when on screen (reloadwhenshown.h).
    (new ReloadWhenShown(this, m_session, [this] { reload(); }))->request();
    retranslate();
}

void CouncilView::fillRoles()
{
    const int current = qMax(0, m_role->currentIndex());
    m_role->clear();
    for (CouncilRole r : { CouncilRole::Member, CouncilRole::Chair, CouncilRole::Secretary })
        m_role->addItem(councilRoleName(r), int(r));
    m_role->setCurrentIndex(current);
}

void CouncilView::retranslate()
{
    fillRoles();
    m_memberBox->setTitle(tr("Thành viên Hội đồng Thi đua - Khen thưởng"));
    m_nameLabel->setText(tr("Họ và tên:"));
    m_titleLabel->setText(tr("Chức vụ:"));
    m_unitLabel->setText(tr("Đơn vị:"));
    m_unit->setToolTip(tr("Thành viên không bầu cho người cùng đơn vị"));
    m_roleLabel->setText(tr("Vai trò:"));
    m_present->setText(tr("Có &mặt tại phiên họp"));
    m_add->setText(tr("Thêm thành &viên"));
    m_save->setText(tr("&Lưu thành viên"));
    m_remove->setText(tr("Xóa thành viê&n"));
    m_memberTable->setAccessibleName(tr("Thành viên Hội đồng"));
    m_tallyBox->setTitle(tr("Kiểm phiếu theo khối"));
    m_blocLabel->setText(tr("Khối:"));
    m_tallyTable->setAccessibleName(tr("Kết quả bầu của khối"));
    m_agreeLabel->setText(tr("Đồng ý:"));
    m_disagreeLabel->setText(tr("Không đồng ý:"));
    m_abstainLabel->setText(tr("Không ý kiến:"));
    m_record->setText(tr("Ghi &phiếu"));
    m_clear->setText(tr("Xóa &kết quả"));
    m_stored->setText(tr("Thành viên, thiết lập phiên họp và kết quả kiểm phiếu được lưu ngay khi bấm nút "
                         "(không hoàn tác bằng Ctrl+Z). Duyệt người được đề nghị ở trang Xét duyệt."));
    if (!m_result.campaign.name.isEmpty())
        showBloc();
    updateButtons();
}

void CouncilView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

qint64 CouncilView::currentMemberId() const
{
    const CouncilMember *m = m_members->memberAt(m_memberTable->currentIndex().row());
    return m ? m->id : 0;
}

qint64 CouncilView::currentNomineeId() const
{
    const TallyRow *r = m_tally->rowAt(m_tallyTable->currentIndex().row());
    return r ? r->nominee.id : 0;
}

void CouncilView::reload()
{
    const qint64 member = currentMemberId();
    const qint64 nominee = currentNomineeId();
    const QString bloc = m_bloc->currentData().toString();
    m_loadError.clear();
    CouncilStore store(m_session.database());
    const qint64 campaignId = m_session.campaign().id;
    auto settings = store.settings(campaignId);
    auto members = store.members(campaignId);
    auto votes = store.votes(campaignId);
    if (!settings || !members || !votes) {
        m_loadError = (!settings ? settings.error() : !members ? members.error() : votes.error()).message;
        m_result = CouncilResult();
        m_result.campaign = m_session.campaign();
    } else {
        m_result = computeCouncilResult(m_session.campaign(), *settings, *members, m_session.nominees(), *votes,
                                        m_session.today());
        m_settingsBox->setStored(*settings);
    }
    m_members->setMembers(m_result.members);
    if (const int row = m_members->rowOfId(member); row >= 0)
        m_memberTable->setCurrentIndex(m_members->index(row, 0));
    {
        const QSignalBlocker blocker(m_bloc);
        m_bloc->clear();
        for (const CouncilBloc &b : std::as_const(m_result.blocs))
            m_bloc->addItem(b.bloc.name, b.bloc.code);
        m_bloc->setCurrentIndex(qMax(0, m_bloc->findData(bloc)));
    }
    showBloc();
    if (const int row = m_tally->rowOfId(nominee); row >= 0)
        m_tallyTable->setCurrentIndex(m_tally->index(row, 0));
    updateButtons();
}

void CouncilView::showBloc()
{
    const int index = m_bloc->currentIndex();
    const CouncilBloc *b = index >= 0 && index < m_result.blocs.size() ? &m_result.blocs.at(index) : nullptr;
    const qint64 nominee = currentNomineeId();
    m_tally->setRows(b ? b->rows : QList<TallyRow>());
    if (const int row = m_tally->rowOfId(nominee); row >= 0)
        m_tallyTable->setCurrentIndex(m_tally->index(row, 0));
    if (!m_loadError.isEmpty())
        m_rule->setText(m_loadError);
    else
        m_rule->setText(tr("%1/%2 thành viên có mặt. Người được bầu đạt khi số phiếu đồng ý %3 "
                           "(không tính thành viên cùng đơn vị với người được bầu).")
                            .arg(m_result.present)
                            .arg(m_result.members.size())
                            .arg(m_result.settings.majority.describe()));
    QStringList lines;
    if (!b) {
        lines << tr("Chưa có ai trên phiếu bầu: chỉ người đủ điều kiện mới được bầu.");
    } else {
        lines << tr("Chỉ tiêu khối %1: %2, đã duyệt trước %3, còn %4 chỗ.")
                     .arg(b->bloc.name)
                     .arg(b->bloc.quota)
                     .arg(b->alreadyApproved)
                     .arg(b->places);
        QStringList tied, chosen;
        int tiedVotes = 0;
        for (const TallyRow &r : b->rows) {
            if (r.tiedAtCutoff) {
                tied << r.nominee.fullName;
                tiedVotes = r.vote.agree;
            }
            if (r.preselected)
                chosen << r.nominee.fullName;
        }
        lines << (chosen.isEmpty() ? tr("Chưa có ai được đề nghị.")
                                   : tr("Đề nghị (trong chỉ tiêu): %1.").arg(chosen.join(QStringLiteral(", "))));
        if (!tied.isEmpty())
            lines << tr("Bằng phiếu ở vị trí cuối của chỉ tiêu: %1 (cùng %2 phiếu đồng ý). Chương trình "
                        "không tự chọn: Hội đồng quyết định.")
                         .arg(tied.join(QStringLiteral(", ")))
                         .arg(tiedVotes);
        // The campaign's tie priorities (Quy tắc xét): a suggested order, never applied.
        if (!tied.isEmpty() && !m_result.campaign.tiePriority.isEmpty()) {
            const QStringList keys = tiePriorityNames(m_result.campaign.tiePriority);
            QStringList order;
            QList<const TallyRow *> tiedRows;
            for (const TallyRow &r : b->rows) {
                if (r.tiedAtCutoff)
                    tiedRows << &r;
            }
            std::stable_sort(tiedRows.begin(), tiedRows.end(), [](const TallyRow *x, const TallyRow *y) {
                return x->suggestedPlace < y->suggestedPlace;
            });
            for (const TallyRow *r : std::as_const(tiedRows))
                order << tr("%1. %2").arg(r->suggestedPlace).arg(r->nominee.fullName);
            lines << tr("Gợi ý theo thứ tự ưu tiên của đợt (trước hết: %1), cho %2 chỗ còn lại: %3. Chỉ để "
                        "Hội đồng tham khảo, không được áp dụng.")
                         .arg(keys.join(tr(", rồi ")))
                         .arg(b->tiedPlaces)
                         .arg(order.join(QStringLiteral("; ")));
        }
    }
    m_ties->setText(lines.join(QLatin1Char('\n')));
    showVote();
}

void CouncilView::showMember()
{
    // The form is that member's from now on; with none selected it keeps what
    // it holds but belongs to nobody (Lưu disabled).
    const CouncilMember *m = m_members->memberAt(m_memberTable->currentIndex().row());
    m_formMemberId = m ? m->id : 0;
    if (m) {
        m_name->setText(m->fullName);
        m_title->setText(m->title);
        m_unit->setText(m->unitName);
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(m->role))));
        m_present->setChecked(m->present);
    }
    updateButtons();
}

void CouncilView::showVote()
{
    const TallyRow *r = m_tally->rowAt(m_tallyTable->currentIndex().row());
    m_agree->setValue(r ? r->vote.agree : 0);
    m_disagree->setValue(r ? r->vote.disagree : 0);
    m_abstain->setValue(r ? r->vote.abstain : 0);
    updateButtons();
}

void CouncilView::updateButtons()
{
    const CouncilMember *current = m_members->memberAt(m_memberTable->currentIndex().row());
    const bool named = !m_name->text().trimmed().isEmpty();
    // Lưu writes the form onto the selected member only when the form was
    // loaded from that member and then edited: never values typed for someone else.
    const bool bound = current && current->id == m_formMemberId;
    const bool edited = bound && formEdited(*current);
    m_add->setEnabled(named);
    m_save->setEnabled(edited && named);
    m_remove->setEnabled(current != nullptr);
    // Said in one short line beside the buttons: whose values the form holds.
    if (!current) {
        m_save->setToolTip(tr("Chọn một thành viên trong bảng để sửa."));
        m_formState->setText(tr("Chưa chọn thành viên nào."));
        m_formState->setToolTip(tr("“Thêm thành viên” thêm một người mới từ các ô; chọn một thành viên trong "
                                   "bảng để sửa."));
    } else if (!edited) {
        m_save->setToolTip(tr("Chưa sửa gì ở thành viên %1.").arg(current->fullName));
        m_formState->setText(tr("Đang xem: %1").arg(current->fullName));
        m_formState->setToolTip(QString());
    } else {
        m_save->setToolTip(tr("Lưu các ô bên cạnh vào thành viên đang chọn: %1").arg(current->fullName));
        m_formState->setText(tr("Đã sửa, chưa lưu: %1").arg(current->fullName));
        m_formState->setToolTip(QString());
    }
    const TallyRow *r = m_tally->rowAt(m_tallyTable->currentIndex().row());
    m_record->setEnabled(r != nullptr && !m_result.members.isEmpty());
    m_clear->setEnabled(r != nullptr && r->counted);
    m_record->setToolTip(m_result.members.isEmpty() ? tr("Thêm thành viên Hội đồng trước khi nhập phiếu.")
                         : r                        ? tr("Ghi số phiếu của %1").arg(r->nominee.fullName)
                                                    : tr("Chọn một người trong bảng."));
}

CouncilMember CouncilView::memberFromForm() const
{
    CouncilMember m;
    m.campaignId = m_session.campaign().id;
    m.fullName = m_name->text();
    m.title = m_title->text();
    m.unitName = m_unit->text();
    m.role = CouncilRole(m_role->currentData().toInt());
    m.present = m_present->isChecked();
    return m;
}

bool CouncilView::formEdited(const CouncilMember &stored) const
{
    const CouncilMember m = memberFromForm();
    return normalizeText(m.fullName) != stored.fullName || normalizeText(m.title) != stored.title
           || normalizeText(m.unitName) != stored.unitName || m.role != stored.role || m.present != stored.present;
}

bool CouncilView::done(const Status &st, const QString &title)
{
    if (!st) {
        Dialogs::instance().showError(this, title, st.error());
        return false;
    }
    (void)m_session.refresh(); // every view (the minutes in Xuất & in too) follows
    return true;
}

bool CouncilView::addMember()
{
    CouncilMember m = memberFromForm();
    const Status st = CouncilStore(m_session.database()).addMember(m);
    if (!done(st, tr("Không thêm được thành viên"))) {
        // What was typed stays to be corrected, but belongs to no member now:
        // no row selected, so Lưu cannot write it onto the one selected before.
        m_memberTable->selectionModel()->clear();
        showMember();
        return false;
    }
    if (const int row = m_members->rowOfId(m.id); row >= 0)
        m_memberTable->setCurrentIndex(m_members->index(row, 0));
    return true;
}

bool CouncilView::saveMember()
{
    CouncilMember m = memberFromForm();
    m.id = currentMemberId();
    if (m.id == 0 || m.id != m_formMemberId)
        return false;
    return done(CouncilStore(m_session.database()).updateMember(m), tr("Không lưu được thành viên"));
}

bool CouncilView::removeMember()
{
    const CouncilMember *m = m_members->memberAt(m_memberTable->currentIndex().row());
    if (!m)
        return false;
    if (!Dialogs::instance().confirm(this, tr("Xóa thành viên Hội đồng"),
                                     tr("Xóa %1 khỏi Hội đồng? Không hoàn tác được bằng Ctrl+Z.").arg(m->fullName),
                                     tr("Xóa"), tr("Không xóa")))
        return false;
    return done(CouncilStore(m_session.database()).removeMember(m->campaignId, m->id), tr("Không xóa được thành viên"));
}

bool CouncilView::recordVote()
{
    const qint64 id = currentNomineeId();
    if (id == 0)
        return false;
    const CouncilVote vote { m_agree->value(), m_disagree->value(), m_abstain->value() };
    return done(CouncilStore(m_session.database()).setVote(m_session.campaign().id, id, vote, m_session.today()),
                tr("Không ghi được phiếu"));
}

bool CouncilView::clearVote()
{
    const qint64 id = currentNomineeId();
    if (id == 0)
        return false;
    return done(CouncilStore(m_session.database()).clearVote(m_session.campaign().id, id),
                tr("Không xóa được kết quả"));
}

} // namespace vd::gui
