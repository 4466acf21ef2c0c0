// The review step in the GUI (docs/gui.md): the dossier form records and
// withdraws "đã xem xét" with a reason; the approval page then offers the
// nominee, with the review in its status.
#include "approvalmodels.h"
#include "approvalview.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineeeditor.h"
#include "nomineestore.h"
#include "review.h"
#include "rules.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace vd;
using namespace vd::test;

TEST_CASE("the form records a review with a reason; the approval page then offers the nominee", "[gui][review]")
{
    GuiFixture f;
    qint64 id = 0;
    {
        auto db = openDatabase(f.path);
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Thị Lan"),
                                    QStringLiteral("Trường Mầm non Hoa Sen"));
        n.copies = 1;
        id = insertNominee(*db, n).id;
    }
    gui::MainWindow &w = f.open();
    CHECK(w.session().verdictOfId(id) == Verdict::Review);
    gui::ApprovalView *view = w.approvalView();
    const Bloc *mn = w.campaign().blocByCode(QStringLiteral("MN"));
    view->selectBloc(mn->id);
    CHECK(view->candidateModel()->rowCount() == 0);

    gui::NomineeEditor *editor = w.editNominee(id);
    REQUIRE(editor != nullptr);
    auto *reviewButton = child<QPushButton>(editor, "reviewButton");
    auto *unreviewButton = child<QPushButton>(editor, "unreviewButton");
    CHECK(reviewButton->isVisibleTo(editor));
    CHECK(reviewButton->isEnabled());
    CHECK_FALSE(unreviewButton->isVisibleTo(editor));

    // An unsaved change to the warning's field: save first.
    auto *copies = child<QSpinBox>(editor, "copiesSpinBox");
    copies->setValue(0);
    CHECK_FALSE(reviewButton->isEnabled());
    copies->setValue(1);
    CHECK(reviewButton->isEnabled());

    // Cancelled prompt: nothing recorded.
    QTest::mouseClick(reviewButton, Qt::LeftButton);
    CHECK_FALSE(NomineeStore(f.db()).load(id)->review.isSet());

    f.dialogs.texts.append(QStringLiteral("Đơn vị đã nộp bổ sung bản thứ hai"));
    QTest::mouseClick(reviewButton, Qt::LeftButton);
    CHECK(f.dialogs.warnings.isEmpty());
    const Nominee saved = NomineeStore(f.db()).load(id).value();
    REQUIRE(saved.review.isSet());
    CHECK(saved.review.note == QStringLiteral("Đơn vị đã nộp bổ sung bản thứ hai"));
    CHECK(child<QLabel>(editor, "reviewLabel")->text().contains(QStringLiteral("Đơn vị đã nộp bổ sung bản thứ hai")));
    CHECK(child<QLabel>(editor, "verdictLabel")->property("verdict").toInt() == int(Verdict::Eligible));
    CHECK(unreviewButton->isVisibleTo(editor));
    CHECK(w.session().verdictOfId(id) == Verdict::Eligible);

    // Editing the warning's field in the form says the review will go on save.
    copies->setValue(0);
    CHECK(child<QLabel>(editor, "reviewLabel")->text().contains(QStringLiteral("sẽ bị bỏ")));
    copies->setValue(1);
    f.dialogs.answers.append(QMessageBox::Discard);
    editor->reject();
    REQUIRE_FALSE(editor->isVisible());

    view->selectBloc(mn->id);
    REQUIRE(view->candidateModel()->rowCount() == 1);
    const QModelIndex status = view->candidateModel()->index(0, gui::ApprovalCandidateModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("Chưa duyệt (đã xem xét)"));
    CHECK(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("bản thứ hai")));
    view->candidateModel()->setData(view->candidateModel()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(view->approveChecked());
    CHECK(NomineeStore(f.db()).load(id)->approved);

    // Approved: the form refuses to withdraw the review under it.
    editor = w.editNominee(id);
    REQUIRE(editor != nullptr);
    CHECK_FALSE(child<QPushButton>(editor, "unreviewButton")->isEnabled());
    editor->reject();
}

TEST_CASE("the form withdraws a review; saving an edit of the warning's field withdraws it too", "[gui][review]")
{
    GuiFixture f;
    qint64 a = 0, b = 0;
    {
        auto db = openDatabase(f.path);
        for (qint64 *id : { &a, &b }) {
            Nominee n = eligibleNominee(*db, QStringLiteral("TH"),
                                        id == &a ? QStringLiteral("Lê Thị Hoa") : QStringLiteral("Ngô Văn Bình"),
                                        QStringLiteral("Trường Tiểu học An Hồng"));
            n.birthDate = QDate(1980, 1, id == &a ? 1 : 2);
            n.softCopy = false;
            *id = insertNominee(*db, n).id;
            REQUIRE(ReviewService(*db).review(*id, QStringLiteral("đã nhận qua thư điện tử"), QDate(2024, 7, 10)).ok());
        }
    }
    gui::MainWindow &w = f.open();
    CHECK(w.session().verdictOfId(a) == Verdict::Eligible);

    gui::NomineeEditor *editor = w.editNominee(a);
    REQUIRE(editor != nullptr);
    QTest::mouseClick(child<QPushButton>(editor, "unreviewButton"), Qt::LeftButton);
    CHECK_FALSE(NomineeStore(f.db()).load(a)->review.isSet());
    CHECK(w.session().verdictOfId(a) == Verdict::Review);
    CHECK(child<QPushButton>(editor, "reviewButton")->isVisibleTo(editor));
    editor->reject();

    editor = w.editNominee(b);
    REQUIRE(editor != nullptr);
    child<QCheckBox>(editor, "softCopyCheckBox")->setChecked(true);
    child<QCheckBox>(editor, "softCopyCheckBox")->setChecked(false);
    // Toggled back: the field is as reviewed, the review stays.
    REQUIRE(editor->save());
    CHECK(NomineeStore(f.db()).load(b)->review.isSet());
    editor = w.editNominee(b);
    child<QSpinBox>(editor, "copiesSpinBox")->setValue(1);
    REQUIRE(editor->save());
    // Copies is not what NO_SOFT_COPY read… but FEWER_COPIES is new and was not reviewed.
    CHECK(NomineeStore(f.db()).load(b)->review.isSet());
    CHECK(w.session().verdictOfId(b) == Verdict::Review);
}
