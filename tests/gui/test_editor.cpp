#include "approvalservice.h"
#include "attachmentstore.h"
#include "auditlog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineeeditor.h"
#include "nomineestore.h"
#include "optionaldateedit.h"
#include "rules.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace vd;
using namespace vd::test;

namespace {

int verdictShown(gui::NomineeEditor *editor)
{
    return child<QLabel>(editor, "verdictLabel")->property("verdict").toInt();
}

QStringList findingCodes(gui::NomineeEditor *editor)
{
    QStringList codes;
    auto *list = child<QListWidget>(editor, "findingsListWidget");
    for (int i = 0; i < list->count(); ++i)
        codes.append(list->item(i)->data(Qt::UserRole).toString());
    return codes;
}

} // namespace

TEST_CASE("a nominee typed in Vietnamese through the form is saved and its verdict follows every field",
          "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    REQUIRE(editor != nullptr);
    REQUIRE(editor->isVisible());
    CHECK(verdictShown(editor) == int(Verdict::Ineligible));
    CHECK_FALSE(child<QPushButton>(editor, "saveButton")->isEnabled());

    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Trần Thị Hồng Nhung"));
    child<QComboBox>(editor, "genderComboBox")->setCurrentIndex(2); // Nữ
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate(1986, 4, 2));
    typeText(child<QLineEdit>(editor, "positionLineEdit"), QStringLiteral("Giáo viên"));
    typeText(child<QComboBox>(editor, "unitComboBox")->lineEdit(), QStringLiteral("Trường Mầm non Sao Mai"));
    typeText(child<QComboBox>(editor, "emulationTitleComboBox")->lineEdit(), QStringLiteral("Chiến sĩ thi đua cơ sở"));
    typeText(child<QLineEdit>(editor, "initiativeLineEdit"), QStringLiteral("Dạy trẻ qua trò chơi dân gian"));
    typeText(child<QLineEdit>(editor, "initiativeDecisionLineEdit"), QStringLiteral("QĐ số 15/QĐ-PGD ngày 20/5/2023"));
    CHECK(child<QPushButton>(editor, "saveButton")->isEnabled());
    // Still ineligible: the dossier has not arrived.
    CHECK(verdictShown(editor) == int(Verdict::Ineligible));
    CHECK(findingCodes(editor).contains(QStringLiteral("NOT_RECEIVED")));

    child<gui::OptionalDateEdit>(editor, "receivedDateEdit")->setOptionalDate(QDate(2024, 7, 4));
    CHECK_FALSE(findingCodes(editor).contains(QStringLiteral("NOT_RECEIVED")));
    child<QCheckBox>(editor, "endorsedCheckBox")->setChecked(true);
    for (const QString &code : w.campaign().requiredDocumentCodes())
        child<QCheckBox>(editor, qPrintable(QStringLiteral("document%1CheckBox").arg(code)))->setChecked(true);
    CHECK_FALSE(findingCodes(editor).contains(QStringLiteral("DOSSIER_INCOMPLETE")));
    // Paper copies and the soft copy are warnings: review until they are there.
    CHECK(verdictShown(editor) == int(Verdict::Review));
    child<QSpinBox>(editor, "copiesSpinBox")->setValue(2);
    child<QCheckBox>(editor, "softCopyCheckBox")->setChecked(true);
    INFO(findingCodes(editor).join(QLatin1Char(',')).toStdString());
    CHECK(verdictShown(editor) == int(Verdict::Eligible));

    REQUIRE(editor->save());
    QApplication::processEvents();
    CHECK(w.editor() == nullptr);
    auto all = NomineeStore(f.db()).loadAll(w.campaign().id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const Nominee &saved = all->first();
    CHECK(saved.fullName == QStringLiteral("Trần Thị Hồng Nhung").normalized(QString::NormalizationForm_C));
    CHECK(saved.unitName == QStringLiteral("Trường Mầm non Sao Mai"));
    CHECK(saved.gender == Gender::Female);
    CHECK(saved.receivedDate == QDate(2024, 7, 4));
    CHECK(w.session().verdictOfId(saved.id) == Verdict::Eligible);

    // The creation can be undone and redone.
    w.session().undoStack()->undo();
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 0);
    w.session().undoStack()->redo();
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 1);
}

TEST_CASE("the editor refuses a half-valid nominee and says why next to the field", "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    auto *save = child<QPushButton>(editor, "saveButton");
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Lê Văn Dũng"));
    typeText(child<QLineEdit>(editor, "positionLineEdit"), QStringLiteral("Công nhân"));
    typeText(child<QComboBox>(editor, "unitComboBox")->lineEdit(), QStringLiteral("Công ty Cổ phần Nhựa"));
    CHECK(save->isEnabled());

    typeText(child<QLineEdit>(editor, "citizenIdLineEdit"), QStringLiteral("03108"));
    auto *idError = child<QLabel>(editor, "citizenIdErrorLabel");
    CHECK_FALSE(idError->isHidden());
    CHECK(idError->text().contains(QStringLiteral("12 chữ số")));
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip().contains(QStringLiteral("Số CCCD")));
    CHECK_FALSE(editor->save());
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 0);

    child<QLineEdit>(editor, "citizenIdLineEdit")->clear();
    CHECK(idError->isHidden());
    // A well-formed CCCD must agree with the gender and birth year in the form.
    child<QComboBox>(editor, "genderComboBox")->setCurrentIndex(2); // Nữ
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate(1985, 3, 12));
    typeText(child<QLineEdit>(editor, "citizenIdLineEdit"), QStringLiteral("031185001234"));
    CHECK(idError->isHidden());
    CHECK(save->isEnabled());
    child<QComboBox>(editor, "genderComboBox")->setCurrentIndex(1); // Nam
    CHECK_FALSE(idError->isHidden());
    CHECK_FALSE(save->isEnabled());
    child<QComboBox>(editor, "genderComboBox")->setCurrentIndex(2);
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate(1990, 3, 12));
    CHECK_FALSE(idError->isHidden());
    child<QLineEdit>(editor, "citizenIdLineEdit")->clear();
    CHECK(idError->isHidden());
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate(2030, 1, 1));
    CHECK_FALSE(child<QLabel>(editor, "birthDateErrorLabel")->isHidden());
    CHECK_FALSE(save->isEnabled());
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate());
    child<QLineEdit>(editor, "fullNameLineEdit")->clear();
    CHECK_FALSE(child<QLabel>(editor, "fullNameErrorLabel")->isHidden());
    CHECK_FALSE(save->isEnabled());
}

TEST_CASE("typing a name or CCCD that is already there shows the possible duplicate", "[gui][editor]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"));
        n.citizenId = QStringLiteral("031185001234");
        insertNominee(*db, n);
    }
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    auto *duplicate = child<QLabel>(editor, "duplicateLabel");
    CHECK(duplicate->isHidden());
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("nguyễn thị ánh"));
    CHECK_FALSE(duplicate->isHidden());
    CHECK(duplicate->text().contains(QStringLiteral("Trùng họ tên")));
    CHECK(duplicate->text().contains(QStringLiteral("Nguyễn Thị Ánh")));

    child<QLineEdit>(editor, "fullNameLineEdit")->clear();
    CHECK(duplicate->isHidden());
    typeText(child<QLineEdit>(editor, "citizenIdLineEdit"), QStringLiteral("031185001234"));
    CHECK_FALSE(duplicate->isHidden());
    CHECK(duplicate->text().contains(QStringLiteral("Trùng số CCCD")));
    // Same name and birth date: the rules call it a duplicate too.
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Nguyễn Thị Ánh"));
    child<gui::OptionalDateEdit>(editor, "birthDateEdit")->setOptionalDate(QDate(1985, 3, 12));
    CHECK(findingCodes(editor).contains(QStringLiteral("DUPLICATE_NOMINEE")));
}

TEST_CASE("Esc on a changed form asks before discarding", "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Phạm Đức"));
    f.dialogs.answers = { QMessageBox::Cancel };
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(f.dialogs.questions.size() == 1);
    CHECK(editor->isVisible());
    f.dialogs.answers = { QMessageBox::Discard };
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(w.editor() == nullptr);
}

TEST_CASE("the unit and title lists open wide enough to read their longest item", "[gui][editor]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Đỗ Minh Tuấn"),
                                           QStringLiteral("Trường Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi, "
                                                          "xã Phước Vĩnh An")));
    }
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    for (const char *name : { "unitComboBox", "emulationTitleComboBox" }) {
        INFO(name);
        auto *box = child<QComboBox>(editor, name);
        REQUIRE(box->count() >= 1);
        int longest = 0;
        for (int i = 0; i < box->count(); ++i)
            longest = std::max(longest, box->view()->fontMetrics().horizontalAdvance(box->itemText(i)));
        CHECK(box->view()->minimumWidth() > longest);
    }
}

TEST_CASE("Enter moves to the next field", "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    QApplication::setActiveWindow(editor);
    auto *name = child<QLineEdit>(editor, "fullNameLineEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(QApplication::focusWidget() == child<QComboBox>(editor, "genderComboBox"));
}

TEST_CASE("a save conflict is shown and the other user's change is kept", "[gui][editor]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Đỗ Minh Tuấn")));
    }
    gui::MainWindow &w = f.open();
    const qint64 id = w.session().nominees().first().id;
    gui::NomineeEditor *editor = w.editNominee(id);
    REQUIRE(editor != nullptr);
    {
        // Someone else saves first (another connection, as another PC would).
        auto other = openDatabase(f.path);
        Nominee n = NomineeStore(*other).load(id).value();
        n.position = QStringLiteral("Tổ trưởng chuyên môn");
        REQUIRE(NomineeStore(*other).update(n).ok());
    }
    auto *position = child<QLineEdit>(editor, "positionLineEdit");
    position->clear();
    typeText(position, QStringLiteral("Giáo viên chủ nhiệm"));
    CHECK_FALSE(editor->save());
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("người khác")));
    CHECK(editor->isVisible());
    CHECK(NomineeStore(f.db()).load(id)->position == QStringLiteral("Tổ trưởng chuyên môn"));
}

TEST_CASE("an edit saved from the form can be undone and redone", "[gui][editor][undo]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Vũ Thu Hà")));
    }
    gui::MainWindow &w = f.open();
    const qint64 id = w.session().nominees().first().id;
    gui::NomineeEditor *editor = w.editNominee(id);
    auto *position = child<QLineEdit>(editor, "positionLineEdit");
    position->clear();
    typeText(position, QStringLiteral("Tổng phụ trách Đội"));
    REQUIRE(editor->save());
    CHECK(NomineeStore(f.db()).load(id)->position == QStringLiteral("Tổng phụ trách Đội"));
    w.session().undoStack()->undo();
    CHECK(NomineeStore(f.db()).load(id)->position == QStringLiteral("Giáo viên"));
    w.session().undoStack()->redo();
    CHECK(NomineeStore(f.db()).load(id)->position == QStringLiteral("Tổng phụ trách Đội"));
}

TEST_CASE("scanned files are attached through the file dialog, checked by content and kept with the dossier",
          "[gui][editor][attachment]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    const QString scan = f.dir.file(QStringLiteral("Tờ trình đề nghị.pdf"));
    const QString notScan = f.dir.file(QStringLiteral("ghi chú.pdf"));
    {
        QFile pdf(scan);
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        QFile text(notScan);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("chỉ là chữ, không phải bản scan");
    }
    gui::NomineeEditor *editor = w.newNominee();
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Mạc Thị Huệ"));
    typeText(child<QLineEdit>(editor, "positionLineEdit"), QStringLiteral("Giáo viên"));
    typeText(child<QComboBox>(editor, "unitComboBox")->lineEdit(), QStringLiteral("Trường Tiểu học Hồng Phong"));
    auto *files = child<QListWidget>(editor, "attachmentListWidget");
    f.dialogs.openFiles = { notScan, scan };
    child<QPushButton>(editor, "addAttachmentButton")->click();
    CHECK(files->count() == 0);
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("ghi chú.pdf")));
    child<QPushButton>(editor, "addAttachmentButton")->click();
    REQUIRE(files->count() == 1);
    CHECK(files->item(0)->text().startsWith(QStringLiteral("Tờ trình đề nghị.pdf")));
    REQUIRE(editor->save());

    const qint64 id = w.session().nominees().first().id;
    auto stored = AttachmentStore(f.db()).list(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().fileName == QStringLiteral("Tờ trình đề nghị.pdf"));
    CHECK(stored->first().mimeType == QStringLiteral("application/pdf"));

    // Reopened: a file added to a saved dossier is stored at once, and the form says
    // so (Hủy does not take it back, docs/gui.md).
    editor = w.editNominee(id);
    files = child<QListWidget>(editor, "attachmentListWidget");
    REQUIRE(files->count() == 1);
    const QString second = f.dir.file(QStringLiteral("Bản sao CCCD.pdf"));
    QFile::copy(scan, second);
    f.dialogs.openFiles = { second };
    child<QPushButton>(editor, "addAttachmentButton")->click();
    CHECK(files->count() == 2);
    const QString said = child<QLabel>(editor, "saveStatusLabel")->text();
    CHECK(said.contains(QStringLiteral("Bản sao CCCD.pdf")));
    CHECK(said.contains(QStringLiteral("Hủy không bỏ tệp này")));
    CHECK(AttachmentStore(f.db()).list(id)->size() == 2);
    editor->reject();
    CHECK(AttachmentStore(f.db()).list(id)->size() == 2);
    editor = w.editNominee(id);
    files = child<QListWidget>(editor, "attachmentListWidget");
    REQUIRE(files->count() == 2);
    f.dialogs.answers = { QMessageBox::Yes };
    files->setCurrentRow(1);
    child<QPushButton>(editor, "removeAttachmentButton")->click();
    REQUIRE(files->count() == 1);
    CHECK(f.dialogs.confirmButtons.last() == QStringLiteral("Gỡ tệp|Không gỡ"));
    CHECK(f.dialogs.questions.last().contains(QStringLiteral("không hoàn tác được")));

    // Open hands a copy to the desktop, remove asks first.
    files->setCurrentRow(0);
    files->setCurrentRow(0);
    child<QPushButton>(editor, "openAttachmentButton")->click();
    REQUIRE(f.dialogs.opened.size() == 1);
    CHECK(f.dialogs.opened.first().endsWith(QStringLiteral("Tờ trình đề nghị.pdf")));
    CHECK(fileHash(f.dialogs.opened.first()) == fileHash(scan));
    f.dialogs.answers = { QMessageBox::Yes };
    child<QPushButton>(editor, "removeAttachmentButton")->click();
    CHECK(files->count() == 0);
    CHECK(AttachmentStore(f.db()).list(id)->isEmpty());
}

TEST_CASE("an empty date is typed with the keyboard and emptied again", "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    auto *received = child<gui::OptionalDateEdit>(editor, "receivedDateEdit");
    CHECK_FALSE(received->optionalDate().isValid());
    received->setFocus();
    QTest::keyClicks(received, "05");
    QTest::keyClick(received, Qt::Key_Right);
    QTest::keyClicks(received, "07");
    QTest::keyClick(received, Qt::Key_Right);
    QTest::keyClicks(received, "2024");
    CHECK(received->optionalDate() == QDate(2024, 7, 5));
    QTest::keyClick(received, Qt::Key_Delete, Qt::ControlModifier);
    CHECK_FALSE(received->optionalDate().isValid());
}

TEST_CASE("unticking an approved nominee's union membership: refused unless the approval is withdrawn on a yes",
          "[gui][editor][approval]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        const Nominee n
            = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Hoàng Thị Duyệt")));
        REQUIRE(ApprovalService(*db).approve({ n.id }, QDate(2024, 7, 10)).ok());
    }
    gui::MainWindow &w = f.open();
    const qint64 id = w.session().nominees().first().id;
    REQUIRE(w.session().nominees().first().approved);

    gui::NomineeEditor *editor = w.editNominee(id);
    REQUIRE(editor != nullptr);
    child<QCheckBox>(editor, "unionMemberCheckBox")->setChecked(false);
    // "No": nothing is saved, the approval stays, the editor stays open.
    f.dialogs.answers = { QMessageBox::No };
    CHECK_FALSE(editor->save());
    REQUIRE(f.dialogs.questions.size() == 1);
    CHECK(f.dialogs.questions.first().contains(QStringLiteral("Hoàng Thị Duyệt")));
    CHECK(f.dialogs.questions.first().contains(QStringLiteral("Không đủ điều kiện")));
    CHECK(editor->isVisible());
    CHECK(NomineeStore(f.db()).load(id)->unionMember);
    CHECK(NomineeStore(f.db()).load(id)->approved);

    // "Yes": saved and withdrawn together, with an audit entry.
    f.dialogs.answers = { QMessageBox::Yes };
    REQUIRE(editor->save());
    const Nominee after = NomineeStore(f.db()).load(id).value();
    CHECK_FALSE(after.unionMember);
    CHECK_FALSE(after.approved);
    auto entries = AuditLog(f.db()).entries();
    REQUIRE(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : *entries)
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("approval.withdraw")));
    CHECK(f.dialogs.warnings.isEmpty());
}
