#include "campaignstore.h"
#include "certificatelayoutdialog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineestore.h"
#include "outputsview.h"
#include "settingsstore.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>

using namespace vd;
using namespace vd::test;

namespace {

// Answers Print… and Xem trước khi in… by painting onto a PDF printer, and
// records what was asked: no real dialog opens.
class PrintingDialogs : public ScriptedDialogs
{
public:
    explicit PrintingDialogs(QString pdfPath) : m_pdfPath(std::move(pdfPath)) { }

    QStringList printed, previewed;
    int printerCalls = 0;

    void printPreview(QWidget *, const QString &title, const std::function<void(QPrinter *)> &paint) override
    {
        previewed.append(title);
        paintOnPdf(paint);
    }
    bool print(QWidget *, const QString &title, const std::function<void(QPrinter *)> &paint) override
    {
        printed.append(title);
        paintOnPdf(paint);
        return true;
    }

private:
    void paintOnPdf(const std::function<void(QPrinter *)> &paint)
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_pdfPath);
        ++printerCalls;
        paint(&printer);
    }
    QString m_pdfPath;
};

QByteArray head(const QString &path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray();
}

void approve(Database &db, const QStringList &names)
{
    for (const QString &name : names) {
        const Nominee n = insertNominee(db, eligibleNominee(db, QStringLiteral("TH"), name));
        REQUIRE(NomineeStore(db).setApproved({ n.id }, true).ok());
    }
}

gui::OutputsView *openOutputs(gui::MainWindow &w, docs::OutputKind kind)
{
    w.showPage(gui::MainWindow::OutputsPage);
    gui::OutputsView *view = w.outputsView();
    REQUIRE(view != nullptr);
    REQUIRE(view->isVisible());
    auto *list = child<QListWidget>(view, "outputsListWidget");
    list->setCurrentRow(int(docs::allOutputKinds().indexOf(kind)));
    REQUIRE(view->currentKind() == kind);
    return view;
}

} // namespace

TEST_CASE("outputs page previews the approved list and exports it as PDF and XLSX", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trần Văn Bình") });
    }
    QSettings().remove(QStringLiteral("outputs/lastFolder"));
    gui::MainWindow &w = f.open();
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::ApprovedList);
    REQUIRE(view->output() != nullptr);
    CHECK(view->errorMessage().isEmpty());

    auto *preview = child<QTextBrowser>(view, "outputsPreviewBrowser");
    const QString shown = preview->toPlainText();
    INFO(shown.left(600).toStdString());
    CHECK(shown.contains(QStringLiteral("LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG")));
    CHECK(shown.contains(QStringLiteral("Nguyễn Thị Ánh")));
    CHECK(shown.contains(QStringLiteral("Trần Văn Bình")));
    CHECK(preview->isReadOnly());
    CHECK(child<QLabel>(view, "outputsTitleLabel")->text().contains(view->output()->title()));
    CHECK(child<QLabel>(view, "outputsInfoLabel")->text().contains(QStringLiteral("2 người")));

    auto *exportButton = child<QPushButton>(view, "exportPushButton");
    REQUIRE(exportButton->isEnabled());
    const QString pdf = f.dir.file(QStringLiteral("danh-sach.pdf"));
    const QString xlsx = f.dir.file(QStringLiteral("danh-sach.xlsx"));
    f.dialogs.saveFiles = QStringList { pdf, xlsx };
    exportButton->click();
    exportButton->click();
    CHECK(f.dialogs.warnings.isEmpty());
    REQUIRE(QFileInfo(pdf).size() > 0);
    REQUIRE(QFileInfo(xlsx).size() > 0);
    CHECK(head(pdf, 4) == QByteArray("%PDF"));
    CHECK(head(xlsx, 2) == QByteArray("PK"));
    CHECK(QSettings().value(QStringLiteral("outputs/lastFolder")).toString() == QFileInfo(pdf).absolutePath());
}

TEST_CASE("export filters list the document's formats, preferred first", "[gui][outputs]")
{
    CHECK(gui::OutputsView::fileFilter({ QStringLiteral("pdf"), QStringLiteral("odt") })
          == QStringLiteral("PDF (*.pdf);;OpenDocument (Writer) (*.odt)"));
    CHECK(gui::OutputsView::fileFilter({ QStringLiteral("xlsx"), QStringLiteral("csv") })
          == QStringLiteral("Excel (*.xlsx);;CSV UTF-8 (*.csv)"));
    CHECK(gui::OutputsView::fileFilter({ QStringLiteral("docx"), QStringLiteral("pdf") })
          == QStringLiteral("Word (*.docx);;PDF (*.pdf)"));
}

TEST_CASE("a file type the document does not have is refused with a warning and nothing written", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh") });
    }
    gui::MainWindow &w = f.open();
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Programme);
    const QString wrong = f.dir.file(QStringLiteral("chuong-trinh.xlsx"));
    f.dialogs.saveFiles = QStringList { wrong };
    child<QPushButton>(view, "exportPushButton")->click();
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("xlsx")));
    CHECK_FALSE(QFileInfo::exists(wrong));

    // No suffix: the preferred format, Word, is added.
    const QString bare = f.dir.file(QStringLiteral("chuong-trinh"));
    f.dialogs.saveFiles = QStringList { bare };
    child<QPushButton>(view, "exportPushButton")->click();
    CHECK(head(bare + QStringLiteral(".docx"), 2) == QByteArray("PK"));
}

TEST_CASE("with nothing approved the outputs page says why and disables export and print", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lê Văn Chưa")));
    }
    gui::MainWindow &w = f.open();
    for (docs::OutputKind kind : { docs::OutputKind::ApprovedList, docs::OutputKind::Decision,
                                   docs::OutputKind::Invitations, docs::OutputKind::Certificates }) {
        INFO(docs::outputName(kind).toStdString());
        gui::OutputsView *view = openOutputs(w, kind);
        CHECK(view->output() == nullptr);
        auto *message = child<QLabel>(view, "outputsMessageLabel");
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("Chưa có người nào được duyệt")));
        CHECK_FALSE(child<QPushButton>(view, "exportPushButton")->isEnabled());
        CHECK_FALSE(child<QPushButton>(view, "printPushButton")->isEnabled());
        CHECK_FALSE(child<QPushButton>(view, "previewPushButton")->isEnabled());
    }
    // The programme does not need honorees.
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Programme);
    CHECK(view->output() != nullptr);
    CHECK(child<QPushButton>(view, "exportPushButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(view, "outputsMessageLabel")->isVisible());

    // Approving someone elsewhere and reloading makes the list available.
    REQUIRE(NomineeStore(f.db()).setApproved({ w.session().nominees().first().id }, true).ok());
    REQUIRE(w.reload().ok());
    view = openOutputs(w, docs::OutputKind::ApprovedList);
    CHECK(view->output() != nullptr);
    CHECK(child<QPushButton>(view, "exportPushButton")->isEnabled());
}

TEST_CASE("Print and print preview go through the dialogs wrapper with a QPrinter", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh") });
    }
    const QString printedPdf = f.dir.file(QStringLiteral("printed.pdf"));
    gui::MainWindow &w = f.open();
    // Replaces the fixture's scripted dialogs for this test.
    PrintingDialogs dialogs(printedPdf);
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Programme);

    child<QPushButton>(view, "printPushButton")->click();
    REQUIRE(dialogs.printed.size() == 1);
    CHECK(dialogs.printed.first() == view->output()->title());
    CHECK(dialogs.printerCalls == 1);
    CHECK(dialogs.warnings.isEmpty());
    CHECK(head(printedPdf, 4) == QByteArray("%PDF"));

    QFile::remove(printedPdf);
    child<QPushButton>(view, "previewPushButton")->click();
    CHECK(dialogs.previewed.size() == 1);
    CHECK(dialogs.printerCalls == 2);
    CHECK(QFileInfo(printedPdf).size() > 0);
}

TEST_CASE("the award decision takes the reward amount from the page and refuses none", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trần Văn Bình") });
    }
    gui::MainWindow &w = f.open();
    REQUIRE(w.campaign().rewardAmount == 0); // the seeded campaign leaves it to the council
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Decision);
    auto *reward = child<QSpinBox>(view, "rewardSpinBox");
    CHECK(reward->isVisible());
    CHECK(reward->value() == 0);
    CHECK(view->output() == nullptr);
    CHECK(child<QLabel>(view, "outputsMessageLabel")->text().contains(QStringLiteral("mức tiền thưởng")));
    CHECK_FALSE(child<QPushButton>(view, "exportPushButton")->isEnabled());

    reward->setValue(1500000);
    REQUIRE(view->output() != nullptr);
    CHECK(child<QPushButton>(view, "exportPushButton")->isEnabled());
    const QString shown = child<QTextBrowser>(view, "outputsPreviewBrowser")->toPlainText();
    CHECK(shown.contains(QStringLiteral("3.000.000")));

    // Other documents hide the amount.
    openOutputs(w, docs::OutputKind::ApprovedList);
    CHECK_FALSE(reward->isVisible());
}

TEST_CASE("a new campaign reward amount replaces the page's amount unless it was changed", "[gui][outputs]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh") });
    }
    gui::MainWindow &w = f.open();
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Decision);
    auto *reward = child<QSpinBox>(view, "rewardSpinBox");
    auto setCampaignAmount = [&](qint64 amount) {
        Campaign c = w.campaign();
        c.rewardAmount = amount;
        REQUIRE(CampaignStore(f.db()).update(c).ok());
        REQUIRE(w.reload().ok());
    };
    setCampaignAmount(2000000);
    CHECK(reward->value() == 2000000);
    REQUIRE(view->output() != nullptr);
    CHECK(child<QTextBrowser>(view, "outputsPreviewBrowser")->toPlainText().contains(QStringLiteral("2.000.000")));

    reward->setValue(1000000);
    setCampaignAmount(3000000);
    CHECK(reward->value() == 1000000);
}

TEST_CASE("certificates preview as page pictures and the calibration form saves the layout",
          "[gui][outputs][certificates]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        approve(*db, { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trần Văn Bình") });
    }
    gui::MainWindow &w = f.open();
    gui::OutputsView *view = openOutputs(w, docs::OutputKind::Certificates);
    REQUIRE(view->output() != nullptr);
    CHECK(view->output()->formats() == QStringList { QStringLiteral("pdf") });
    auto *preview = child<QTextBrowser>(view, "outputsPreviewBrowser");
    const QVariant page = preview->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("page:2")));
    REQUIRE(page.canConvert<QImage>());
    const QImage image = page.value<QImage>();
    CHECK(image.width() > image.height()); // A4 landscape
    CHECK(child<QPushButton>(view, "calibratePushButton")->isVisible());

    gui::CertificateLayoutDialog dialog(f.db());
    auto *table = child<QTableWidget>(&dialog, "certificateFieldsTable");
    REQUIRE(table->rowCount() == docs::CertificateLayout::defaults().fields.size());
    auto *x = qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, gui::CertificateLayoutDialog::XColumn));
    auto *size = qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, gui::CertificateLayoutDialog::SizeColumn));
    auto *bold = qobject_cast<QCheckBox *>(table->cellWidget(0, gui::CertificateLayoutDialog::BoldColumn));
    REQUIRE(x);
    REQUIRE(size);
    REQUIRE(bold);
    x->setValue(120.5);
    size->setValue(30);
    bold->setChecked(false);

    // The test page previews the layout being edited, before it is saved.
    const QString printedPdf = f.dir.file(QStringLiteral("test-page.pdf"));
    {
        PrintingDialogs dialogs(printedPdf);
        child<QPushButton>(&dialog, "testPagePushButton")->click();
        CHECK(dialogs.previewed.size() == 1);
        CHECK(dialogs.warnings.isEmpty());
    }
    gui::Dialogs::setInstance(&f.dialogs);
    CHECK(head(printedPdf, 4) == QByteArray("%PDF"));

    REQUIRE(dialog.save());
    auto stored = docs::loadCertificateLayout(SettingsStore(f.db()));
    REQUIRE(stored.ok());
    const docs::CertificateField &first = stored->fields.first();
    CHECK(first.key == docs::CertificateLayout::defaults().fields.first().key);
    CHECK(first.xMm == Approx(120.5));
    CHECK(first.pointSize == Approx(30));
    CHECK_FALSE(first.bold);
    CHECK(first.fontFamily.isEmpty()); // the body font stays "default"
}
