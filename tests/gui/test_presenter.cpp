// The presenter view (Hội nghị ▸ Trình chiếu): full screen, driven with keys,
// in the running order, black-out, Esc leaves.
#include "../docs/doctesttools.h"
#include "attachmentstore.h"
#include "delegates.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "infoviews.h"
#include "presenterview.h"
#include "runningorder.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QPointer>
#include <QPushButton>

using namespace vd;
using namespace vd::test;

namespace {

gui::PresenterView *openPresenter(gui::MainWindow &w)
{
    w.showPage(gui::MainWindow::ConferencePage);
    auto *combo = child<QComboBox>(&w, "screenComboBox");
    CHECK(combo->count() == QGuiApplication::screens().size());
    QTest::mouseClick(child<QPushButton>(&w, "presentPushButton"), Qt::LeftButton);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *view = qobject_cast<gui::PresenterView *>(top); view && view->isVisible())
            return view;
    }
    return nullptr;
}

void addPhoto(Database &db, const QString &name)
{
    auto nominees = NomineeStore(db).loadAll(1);
    REQUIRE(nominees.ok());
    for (const Nominee &n : std::as_const(*nominees)) {
        if (n.fullName != name)
            continue;
        QImage photo(300, 400, QImage::Format_RGB32);
        photo.fill(QColor(30, 120, 200));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(photo.save(&buffer, "PNG"));
        REQUIRE(AttachmentStore(db).add(n.id, QStringLiteral("Ảnh chân dung.png"), bytes).ok());
        // A scanned dossier page is not a photo.
        REQUIRE(AttachmentStore(db).add(n.id, QStringLiteral("to-trinh.png"), bytes).ok());
    }
}

// Share of the picture that is not black.
double litShare(const QImage &image)
{
    const QImage small = image.scaled(160, 90).convertToFormat(QImage::Format_RGB32);
    int lit = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            lit += qGray(small.pixel(x, y)) > 40 ? 1 : 0;
    }
    return double(lit) / (small.width() * small.height());
}

} // namespace

TEST_CASE("presenter view: keys move through the running order, B blacks out, Esc leaves", "[gui][presenter]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        addStandardHonorees(*db); // 6 approved: 5 MN, 1 DN
        addPhoto(*db, QStringLiteral("Lê Thị Anh"));
    }
    gui::MainWindow &w = f.open();
    QPointer<gui::PresenterView> view = openPresenter(w);
    REQUIRE(view);
    CHECK(view->isFullScreen());
    CHECK(view->focusPolicy() == Qt::StrongFocus);
    // The same order as the running script: one function gives both.
    auto order = loadRunningOrder(f.db());
    REQUIRE(order.ok());
    CHECK(view->slideCount() == presenterSlides(*order).size());
    CHECK(view->slideCount() == 1 + 1 + 5 + 1 + 1);
    CHECK(view->deck().photos.size() == 1);
    CHECK(view->currentSlide() == 0);
    CHECK(view->slideText() == order->campaign.name);

    QTest::keyClick(view, Qt::Key_Space);
    CHECK(view->currentSlide() == 1);
    CHECK(view->slideText().startsWith(QStringLiteral("Lượt 1, khối Mầm non")));
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->slideText().startsWith(standardOrder().at(0)));
    const QImage honoree = view->grab().toImage();
    CHECK(litShare(honoree) > 0.05); // text and the photo on black
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->slideText().startsWith(standardOrder().at(1)));
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(view->slideText().startsWith(standardOrder().at(0)));

    // Black-out and back, with B and with the full stop.
    QTest::keyClick(view, Qt::Key_B);
    CHECK(view->isBlackedOut());
    CHECK(litShare(view->grab().toImage()) == 0.0);
    QTest::keyClick(view, Qt::Key_B);
    CHECK_FALSE(view->isBlackedOut());
    QTest::keyClick(view, Qt::Key_Period);
    CHECK(view->isBlackedOut());
    QTest::keyClick(view, Qt::Key_Space); // forward also lights it again
    CHECK_FALSE(view->isBlackedOut());
    CHECK(view->slideText().startsWith(standardOrder().at(1)));

    // End: the last honoree; forward stays there; Home: the title.
    QTest::keyClick(view, Qt::Key_End);
    CHECK(view->slideText().startsWith(QStringLiteral("Bùi Thị Yến")));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(view->currentSlide() == view->slideCount() - 1);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->currentSlide() == 0);

    QTest::keyClick(view, Qt::Key_Escape);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(view.isNull());
}

TEST_CASE("presenter view: nothing approved is said, no window", "[gui][presenter]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    CHECK(openPresenter(w) == nullptr);
    REQUIRE_FALSE(f.dialogs.warnings.isEmpty());
    CHECK(f.dialogs.warnings.last().contains(QStringLiteral("Chưa có người nào được duyệt")));
}

// Hidden: the pictures for docs/screenshots/presenter-*.png (VINHDANH_SCREENSHOT_DIR).
TEST_CASE("presenter view screenshots", "[.screenshots]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        addStandardHonorees(*db);
        addPhoto(*db, QStringLiteral("Lê Thị Anh"));
        Delegate d;
        d.campaignId = 1;
        d.fullName = QStringLiteral("Lương Thế Quý");
        d.title = QStringLiteral("Phó Chủ tịch UBND huyện");
        d.presenter = 1;
        REQUIRE(DelegateStore(*db).add(d).ok());
    }
    gui::MainWindow &w = f.open();
    QPointer<gui::PresenterView> view = openPresenter(w);
    REQUIRE(view);
    view->setWindowState(Qt::WindowNoState);
    view->resize(1280, 720);
    const QString dir = qEnvironmentVariable("VINHDANH_SCREENSHOT_DIR", QStringLiteral("."));
    const char *names[] = { "presenter-title.png", "presenter-batch.png", "presenter-honoree.png" };
    for (const char *name : names) {
        QApplication::processEvents();
        CHECK(view->grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG"));
        QTest::keyClick(view, Qt::Key_Space);
    }
    view->close();
}
