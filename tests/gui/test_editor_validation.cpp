// The editor shows core's validateNominee() under each field: the same
// checks the importer and NomineeStore apply (nomineevalidation.h).
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineeeditor.h"
#include "nomineestore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace vd;
using namespace vd::test;

TEST_CASE("the editor refuses what validateNominee refuses, under the field or in the tooltip", "[gui][editor]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    auto *save = child<QPushButton>(editor, "saveButton");
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Lê Văn 2"));
    typeText(child<QLineEdit>(editor, "positionLineEdit"), QStringLiteral("Công nhân"));
    typeText(child<QComboBox>(editor, "unitComboBox")->lineEdit(), QStringLiteral("Công ty Cổ phần Nhựa"));
    auto *nameError = child<QLabel>(editor, "fullNameErrorLabel");
    CHECK_FALSE(nameError->isHidden());
    CHECK(nameError->text() == QStringLiteral("họ tên không chứa chữ số."));
    CHECK_FALSE(save->isEnabled());

    child<QLineEdit>(editor, "fullNameLineEdit")->setText(QStringLiteral("Lê Văn Hai"));
    CHECK(nameError->isHidden());
    CHECK(save->isEnabled());

    // A field without a label of its own: the notes over their 10 000 characters.
    child<QPlainTextEdit>(editor, "notesPlainTextEdit")->setPlainText(QString(10001, QLatin1Char('x')));
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip().contains(QStringLiteral("Ghi chú: Quá dài: 10001 ký tự, tối đa 10000.")));
    CHECK_FALSE(editor->save());
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 0);

    child<QPlainTextEdit>(editor, "notesPlainTextEdit")->setPlainText(QStringLiteral("Ghi chú ngắn"));
    CHECK(save->isEnabled());
}
