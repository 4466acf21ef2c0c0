// Hội nghị ▸ Hội đồng thi đua (issue #17): the session's settings edited in the
// tab — a stricter majority rule typed and saved changes who passes at once,
// refused values are said beside the form and nothing is written — and the
// member form, which belongs to the selected member or to none, so a refused
// "Thêm" can never be saved onto the member selected before.
#include "auditlog.h"
#include "campaignstore.h"
#include "council.h"
#include "councilmodels.h"
#include "councilsettingsbox.h"
#include "councilview.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "optionaldateedit.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

// Mầm non with 2 places and three eligible nominees from three schools; three
// council members, all present. `votes`: An 3 of 3, Bình and Cường 2 of 3 each.
QMap<QString, qint64> insertSample(const QString &path, bool votes)
{
    auto db = openDatabase(path);
    setBlocQuota(*db, QStringLiteral("MN"), 2);
    const auto c = CampaignStore(*db).loadActive();
    REQUIRE(c.ok());
    QMap<QString, qint64> ids;
    int day = 0;
    for (const auto &[name, unit] :
         { std::pair { "Nguyễn Thị An", "Trường Mầm non số 1" }, std::pair { "Trần Thị Bình", "Trường Mầm non số 2" },
           std::pair { "Lê Văn Cường", "Trường Mầm non số 3" } }) {
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QString::fromUtf8(name), QString::fromUtf8(unit));
        n.birthDate = QDate(1985, 3, 1).addDays(day++);
        ids.insert(QString::fromUtf8(name), insertNominee(*db, n).id);
    }
    CouncilStore store(*db);
    for (const auto &[name, role] :
         { std::pair { "Lương Thế Quý", CouncilRole::Chair }, std::pair { "Ngô Văn Tư", CouncilRole::Secretary },
           std::pair { "Đỗ Thị Hoa", CouncilRole::Member } }) {
        CouncilMember m;
        m.campaignId = c->id;
        m.fullName = QString::fromUtf8(name);
        m.unitName = QStringLiteral("Phòng Nội vụ");
        m.role = role;
        REQUIRE(store.addMember(m).ok());
    }
    if (votes) {
        REQUIRE(store.setVote(c->id, ids.value(QStringLiteral("Nguyễn Thị An")), { 3, 0, 0 }, kToday).ok());
        REQUIRE(store.setVote(c->id, ids.value(QStringLiteral("Trần Thị Bình")), { 2, 1, 0 }, kToday).ok());
        REQUIRE(store.setVote(c->id, ids.value(QStringLiteral("Lê Văn Cường")), { 2, 1, 0 }, kToday).ok());
    }
    return ids;
}

gui::CouncilView *showCouncil(gui::MainWindow &w)
{
    w.showPage(gui::MainWindow::ConferencePage);
    auto *view = child<gui::CouncilView>(&w, "councilView");
    child<QTabWidget>(&w, "conferenceTabWidget")->setCurrentWidget(view);
    QCoreApplication::processEvents();
    return view;
}

// Replaces a spin box's value by typing, as a person does.
void typeNumber(QSpinBox *spin, const char *digits)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::fromLatin1(digits));
}

QString resultOf(QTableView *tally, const QString &name)
{
    QAbstractItemModel *m = tally->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, gui::CouncilTallyModel::NameColumn).data().toString() == name)
            return m->index(r, gui::CouncilTallyModel::ResultColumn).data().toString();
    }
    FAIL("not on the ballot: " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("council settings: a stricter majority typed in the tab changes who passes at once, refused values "
          "are said beside the form and nothing is written",
          "[gui][conference][council-settings]")
{
    GuiFixture f;
    const auto ids = insertSample(f.path, true);
    gui::MainWindow &w = f.open();
    gui::CouncilView *view = showCouncil(w);
    const qint64 campaignId = w.session().campaign().id;
    auto *numerator = child<QSpinBox>(view, "majorityNumeratorSpinBox");
    auto *denominator = child<QSpinBox>(view, "majorityDenominatorSpinBox");
    auto *base = child<QComboBox>(view, "majorityBaseComboBox");
    auto *date = child<gui::OptionalDateEdit>(view, "councilDateEdit");
    auto *place = child<QLineEdit>(view, "councilPlaceLineEdit");
    auto *batch = child<QSpinBox>(view, "batchSizeSpinBox");
    auto *save = child<QPushButton>(view, "saveSettingsPushButton");
    auto *problems = child<QLabel>(view, "councilSettingsProblemsLabel");
    auto *tally = child<QTableView>(view, "councilTallyTableView");
    auto *bloc = child<QComboBox>(view, "councilBlocComboBox");
    bloc->setCurrentIndex(bloc->findText(QStringLiteral("Mầm non")));

    // The defaults as stored: more than 1/2 of the members present, 10 a batch.
    CHECK(numerator->value() == 1);
    CHECK(denominator->value() == 2);
    CHECK(base->currentText() == QStringLiteral("số thành viên có mặt"));
    CHECK(date->isEmpty());
    CHECK(batch->value() == 10);
    CHECK_FALSE(save->isEnabled()); // nothing changed yet
    CHECK(problems->isHidden());
    // Tab leaves the empty date for the place (an empty date edit kept it).
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == place);
    // Under it: Bình and Cường (2 of 3) pass and share the last place.
    CHECK(resultOf(tally, QStringLiteral("Nguyễn Thị An")) == QStringLiteral("Đề nghị (trong chỉ tiêu)"));
    CHECK(resultOf(tally, QStringLiteral("Trần Thị Bình")).startsWith(QStringLiteral("Bằng phiếu ở vị trí cuối")));
    CHECK(child<QLabel>(view, "councilTiesLabel")->text().contains(QStringLiteral("Bằng phiếu ở vị trí cuối")));

    // A rule that is no fraction of at most 1, and no batch: said while typing,
    // Lưu disabled; core refuses it too and nothing is written.
    typeNumber(numerator, "3");
    CHECK(numerator->value() == 3);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("Tỷ lệ đa số phải là một phân số từ 1/2 đến 1")));
    CHECK_FALSE(save->isEnabled());
    typeNumber(batch, "0");
    CHECK(problems->text().contains(QStringLiteral("Số người mỗi lượt lên nhận phải từ 1 đến 200.")));
    CHECK_FALSE(view->settingsBox()->save());
    CHECK(problems->text().startsWith(QStringLiteral("Thiết lập hội nghị không hợp lệ.")));
    CHECK(CouncilStore(f.db()).settings(campaignId)->majority.describe()
          == QStringLiteral("quá 1/2 số thành viên có mặt"));
    CHECK(resultOf(tally, QStringLiteral("Trần Thị Bình")).startsWith(QStringLiteral("Bằng phiếu ở vị trí cuối")));

    // More than 2/3 of those present, the meeting's day and place, 8 a batch.
    typeNumber(numerator, "2");
    typeNumber(denominator, "3");
    typeNumber(batch, "8");
    CHECK(problems->isHidden());
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("15072024"));
    CHECK(date->optionalDate() == QDate(2024, 7, 15));
    place->setFocus();
    typeText(place, QStringLiteral("Phòng họp UBND huyện"));
    REQUIRE(save->isEnabled());

    // A reload meanwhile (another change of the session) keeps what is typed.
    REQUIRE(w.session().refresh().ok());
    CHECK(numerator->value() == 2);
    CHECK(place->text() == QStringLiteral("Phòng họp UBND huyện"));
    REQUIRE(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored = CouncilStore(f.db()).settings(campaignId);
    REQUIRE(stored.ok());
    CHECK(stored->majority.describe() == QStringLiteral("quá 2/3 số thành viên có mặt"));
    CHECK(stored->councilDate == QDate(2024, 7, 15));
    CHECK(stored->councilPlace == QStringLiteral("Phòng họp UBND huyện"));
    CHECK(stored->batchSize == 8);
    CHECK_FALSE(save->isEnabled()); // what the form holds is stored
    CHECK(problems->isHidden());
    const auto log = AuditLog(f.db()).entries();
    REQUIRE(log.ok());
    CHECK(std::any_of(log->begin(), log->end(), [](const AuditEntry &e) {
        return e.action == QLatin1String("conference.settings") && e.details.contains(QStringLiteral("2/3"));
    }));

    // The tally below follows at once: 2 of 3 is not more than 2/3, so only An
    // passes; the tie is gone.
    CHECK(child<QLabel>(view, "councilRuleLabel")->text().contains(QStringLiteral("quá 2/3 số thành viên có mặt")));
    CHECK(resultOf(tally, QStringLiteral("Nguyễn Thị An")) == QStringLiteral("Đề nghị (trong chỉ tiêu)"));
    CHECK(resultOf(tally, QStringLiteral("Trần Thị Bình")) == QStringLiteral("Không đạt đa số"));
    CHECK(resultOf(tally, QStringLiteral("Lê Văn Cường")) == QStringLiteral("Không đạt đa số"));
    CHECK_FALSE(child<QLabel>(view, "councilTiesLabel")->text().contains(QStringLiteral("Bằng phiếu")));
    CHECK(view->result().preselectedIds() == QList<qint64> { ids.value(QStringLiteral("Nguyễn Thị An")) });

    // Of all members: stored as such and said in the rule above the tally.
    base->setCurrentIndex(base->findText(QStringLiteral("tổng số thành viên")));
    REQUIRE(save->isEnabled());
    save->click();
    CHECK_FALSE(CouncilStore(f.db()).settings(campaignId)->majority.ofPresent);
    CHECK(child<QLabel>(view, "councilRuleLabel")->text().contains(QStringLiteral("quá 2/3 tổng số thành viên")));

    // In English the form speaks English (the same state).
    w.switchLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    CHECK(child<QGroupBox>(view, "councilSettingsGroupBox")->title() == QStringLiteral("Meeting settings"));
    CHECK(base->currentText() == QStringLiteral("of all members"));
    CHECK(numerator->value() == 2);
    w.switchLanguage(QStringLiteral("vi"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

TEST_CASE("council members: a refused Thêm keeps what was typed but selects no member, so Lưu cannot write "
          "it onto the member selected before",
          "[gui][conference]")
{
    GuiFixture f;
    insertSample(f.path, false);
    gui::MainWindow &w = f.open();
    gui::CouncilView *view = showCouncil(w);
    const qint64 campaignId = w.session().campaign().id;
    auto *members = child<QTableView>(view, "councilMembersTableView");
    auto *name = child<QLineEdit>(view, "memberNameLineEdit");
    auto *title = child<QLineEdit>(view, "memberTitleLineEdit");
    auto *role = child<QComboBox>(view, "memberRoleComboBox");
    auto *add = child<QPushButton>(view, "addMemberPushButton");
    auto *save = child<QPushButton>(view, "saveMemberPushButton");
    auto *remove = child<QPushButton>(view, "removeMemberPushButton");
    auto *state = child<QLabel>(view, "memberFormStateLabel");

    // Hoa selected: the form is hers; Lưu waits for an edit.
    members->setCurrentIndex(members->model()->index(2, 0));
    CHECK(name->text() == QStringLiteral("Đỗ Thị Hoa"));
    CHECK(view->formMemberId() != 0);
    CHECK(state->text() == QStringLiteral("Đang xem: Đỗ Thị Hoa"));
    CHECK_FALSE(save->isEnabled());
    CHECK(remove->isEnabled());
    title->setFocus();
    typeText(title, QStringLiteral("Chuyên viên"));
    CHECK(save->isEnabled());
    CHECK(state->text() == QStringLiteral("Đã sửa, chưa lưu: Đỗ Thị Hoa"));

    // A new member typed over her, as the chair: refused (there is one).
    name->setFocus();
    name->selectAll();
    typeText(name, QStringLiteral("Người Thứ Tư"));
    role->setCurrentIndex(role->findData(int(CouncilRole::Chair)));
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("Lương Thế Quý")));
    // What was typed stays to be corrected, but belongs to nobody.
    CHECK(name->text() == QStringLiteral("Người Thứ Tư"));
    CHECK_FALSE(members->currentIndex().isValid());
    CHECK(view->formMemberId() == 0);
    CHECK(state->text() == QStringLiteral("Chưa chọn thành viên nào."));
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    CHECK(add->isEnabled()); // corrected, it can be added
    CHECK_FALSE(view->saveMember());
    auto stored = CouncilStore(f.db()).members(campaignId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(2).fullName == QStringLiteral("Đỗ Thị Hoa"));
    CHECK(stored->at(2).role == CouncilRole::Member);
    CHECK(stored->at(2).title.isEmpty());

    // Corrected to a member, Thêm adds her and the form is hers.
    role->setCurrentIndex(role->findData(int(CouncilRole::Member)));
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(f.dialogs.warnings.size() == 1);
    REQUIRE(members->model()->rowCount() == 4);
    CHECK(view->formMemberId() == CouncilStore(f.db()).members(campaignId)->at(3).id);
    CHECK(state->text() == QStringLiteral("Đang xem: Người Thứ Tư"));

    // Hoa again: her own values in the form, and Lưu saves only what is edited there.
    members->setCurrentIndex(members->model()->index(2, 0));
    CHECK(name->text() == QStringLiteral("Đỗ Thị Hoa"));
    CHECK(role->currentData().toInt() == int(CouncilRole::Member));
    CHECK_FALSE(save->isEnabled());
    title->setFocus();
    typeText(title, QStringLiteral("Chuyên viên"));
    QTest::mouseClick(save, Qt::LeftButton);
    stored = CouncilStore(f.db()).members(campaignId);
    REQUIRE(stored.ok());
    CHECK(stored->at(2).fullName == QStringLiteral("Đỗ Thị Hoa"));
    CHECK(stored->at(2).title == QStringLiteral("Chuyên viên"));
    CHECK(stored->at(3).fullName == QStringLiteral("Người Thứ Tư"));
    CHECK_FALSE(save->isEnabled());
    CHECK(state->text() == QStringLiteral("Đang xem: Đỗ Thị Hoa"));
}
