// Help ▸ Giới thiệu / Hướng dẫn sử dụng and File ▸ Kết nối máy chủ….
#include "backends.h"
#include "buildinfo.h"
#include "connectserverdialog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "helpdialogs.h"
#include "retranslate.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTextDocument>

using namespace vd;
using namespace vd::test;

TEST_CASE("the About box names the version, the licence, the data location and Qt", "[gui][help]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    child<QAction>(&w, "aboutAction")->trigger();
    REQUIRE(f.dialogs.informations.size() == 1);
    const QString text = f.dialogs.informations.first();
    CHECK(text.contains(versionLine().toHtmlEscaped()));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QDir::toNativeSeparators(w.database().location()).toHtmlEscaped()));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
}

TEST_CASE("F1 shows the user guide in the language in use", "[gui][help]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    QAction *help = child<QAction>(&w, "helpAction");
    CHECK(help->shortcut() == QKeySequence(Qt::Key_F1));
    help->trigger();
    auto *guide = w.findChild<gui::UserGuideDialog *>();
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    const QString vi = guide->browser()->toPlainText();
    CHECK(vi.contains(QStringLiteral("Hướng dẫn sử dụng")));
    CHECK(vi.contains(QStringLiteral("vinhdanh-cli import")));

    gui::setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString en = guide->browser()->toPlainText();
    gui::setLanguage(QStringLiteral("vi"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(en.contains(QStringLiteral("user guide")));
    CHECK(en.contains(QStringLiteral("vinhdanh-cli import")));
    CHECK(en != vi);
    // Pictures come from the resources: ../screenshots/x.png resolves inside them.
    const QVariant picture = guide->browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("../screenshots/main-window.png")));
    CHECK(picture.isValid());
    guide->close();
}

TEST_CASE("the server dialog checks the URL and keeps the password out of it", "[gui][server]")
{
    gui::ConnectServerDialog dialog;
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    REQUIRE(ok != nullptr);
    CHECK_FALSE(ok->isEnabled());
    dialog.setUrl(QStringLiteral("may-chu:5432/vinhdanh"));
    CHECK_FALSE(ok->isEnabled());
    dialog.setUrl(QStringLiteral("postgresql://nv:bimat@may-chu:5432/vinhdanh"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.urlProblem().contains(QStringLiteral("Mật khẩu")));
    dialog.setUrl(QStringLiteral("postgresql://nv@may-chu:5432/vinhdanh"));
    CHECK(ok->isEnabled());
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPasswordLineEdit"));
    REQUIRE(password != nullptr);
    CHECK(password->echoMode() == QLineEdit::Password);
}

TEST_CASE("a refused server connection is reported and the window keeps its database", "[gui][server]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    const QString before = w.database().location();
    CHECK_FALSE(
        w.openServerDatabase(QStringLiteral("postgresql://vinhdanh@127.0.0.1:1/vinhdanh"), QStringLiteral("secret")));
    REQUIRE(f.dialogs.warnings.size() == 1);
    const QString message = f.dialogs.warnings.first();
    INFO(message.toStdString());
    CHECK_FALSE(message.isEmpty());
    CHECK(message.contains(QStringLiteral("127.0.0.1")));
    CHECK_FALSE(message.contains(QStringLiteral("secret")));
    CHECK(w.database().location() == before);
    CHECK_FALSE(QSettings().value(QStringLiteral("lastServerUrl")).toString().contains(QStringLiteral("secret")));
}

TEST_CASE("connecting to a running PostgreSQL server switches the window to it", "[gui][server]")
{
    FreshLocation server(Backend::Postgres);
    VD_REQUIRE_BACKEND(server);
    GuiFixture f;
    gui::MainWindow &w = f.open();
    // No password typed: libpq reads the test server's PGPASSFILE.
    REQUIRE(w.openServerDatabase(server.location(), QString()));
    CHECK(f.dialogs.warnings.isEmpty());
    CHECK(w.database().dialect() == Dialect::Postgres);
    CHECK(w.windowTitle().contains(w.database().location()));
    CHECK(QSettings().value(QStringLiteral("lastServerUrl")).toString() == w.database().location());
    CHECK(w.campaign().blocs.size() == 6);
    // A wrong password typed in the dialog is refused, and the window stays on the server.
    const QString before = w.database().location();
    CHECK_FALSE(w.openServerDatabase(server.location(), QStringLiteral("not-the-password")));
    CHECK(f.dialogs.warnings.size() == 1);
    CHECK(w.database().location() == before);
}
