#include "outputsview.h"

#include "ui_outputsview.h"

#include "approvedlist.h"
#include "certificatelayoutdialog.h"
#include "dialogs.h"
#include "session.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace vd::gui {

namespace {

const char *kLastFolderKey = "outputs/lastFolder";
const int kPreviewPages = 3; // painted documents: the first pages as pictures
const qreal kPreviewPxPerMm = 2.5; // A4 landscape: 742 × 525 px

// The spin box holds whole đồng up to two billion.
int spinAmount(qint64 amount) { return int(qBound(qint64(0), amount, qint64(2000000000))); }

QString formatLabel(const QString &format)
{
    if (format == QLatin1String("docx"))
        return OutputsView::tr("Word");
    if (format == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (format == QLatin1String("odt"))
        return OutputsView::tr("OpenDocument (Writer)");
    if (format == QLatin1String("xlsx"))
        return OutputsView::tr("Excel");
    if (format == QLatin1String("csv"))
        return OutputsView::tr("CSV UTF-8");
    return format.toUpper();
}

// A page of a painted document as a picture, white like the paper.
QImage renderPage(const docs::PaintedDocument &doc, int index)
{
    QPageLayout layout(doc.page.pageSize, doc.page.orientation, QMarginsF());
    const QSizeF mm = layout.fullRect(QPageLayout::Millimeter).size();
    QImage image((mm * kPreviewPxPerMm).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    // Points follow the image's resolution so fonts keep their size on the sheet.
    image.setDotsPerMeterX(qRound(kPreviewPxPerMm * 1000));
    image.setDotsPerMeterY(qRound(kPreviewPxPerMm * 1000));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    doc.paintPage(painter, index, kPreviewPxPerMm);
    painter.setPen(QPen(Qt::gray, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return image;
}

} // namespace

OutputsView::OutputsView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OutputsView>()), m_session(session)
{
    m_ui->setupUi(this);
    for (docs::OutputKind kind : docs::allOutputKinds()) {
        auto *item = new QListWidgetItem(docs::outputName(kind), m_ui->outputsListWidget);
        item->setData(Qt::UserRole, int(kind));
    }
    m_ui->outputsSplitter->setStretchFactor(0, 0);
    m_ui->outputsSplitter->setStretchFactor(1, 1);
    m_ui->rewardSpinBox->setValue(spinAmount(m_session.campaign().rewardAmount));
    m_ui->outputsMessageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));

    connect(m_ui->outputsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            rebuild();
    });
    connect(m_ui->rewardSpinBox, &QSpinBox::valueChanged, this, [this] {
        if (currentKind() == docs::OutputKind::Decision || currentKind() == docs::OutputKind::Budget)
            rebuild();
    });
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, &OutputsView::printPreview);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &OutputsView::print);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &OutputsView::exportFile);
    connect(m_ui->calibratePushButton, &QPushButton::clicked, this, &OutputsView::calibrateCertificates);
    connect(&m_session, &Session::reloaded, this, [this] {
        // A new campaign amount replaces the shown one unless the person changed it.
        const qint64 amount = m_session.campaign().rewardAmount;
        if (m_ui->rewardSpinBox->value() == spinAmount(m_campaignAmount)) {
            const QSignalBlocker blocker(m_ui->rewardSpinBox);
            m_ui->rewardSpinBox->setValue(spinAmount(amount));
        }
        m_campaignAmount = amount;
        m_stale = true;
        if (isVisible())
            rebuild();
    });
    m_campaignAmount = m_session.campaign().rewardAmount;

    const QSignalBlocker blocker(m_ui->outputsListWidget);
    m_ui->outputsListWidget->setCurrentRow(0);
    updateControls();
}

OutputsView::~OutputsView() = default;

void OutputsView::setCurrentKind(docs::OutputKind kind)
{
    const int row = int(docs::allOutputKinds().indexOf(kind));
    if (row == m_ui->outputsListWidget->currentRow())
        rebuild();
    else
        m_ui->outputsListWidget->setCurrentRow(row);
}

docs::OutputKind OutputsView::currentKind() const
{
    const QListWidgetItem *item = m_ui->outputsListWidget->currentItem();
    return item ? docs::OutputKind(item->data(Qt::UserRole).toInt()) : docs::OutputKind::ApprovedList;
}

void OutputsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    for (int row = 0; row < m_ui->outputsListWidget->count(); ++row) {
        QListWidgetItem *item = m_ui->outputsListWidget->item(row);
        item->setText(docs::outputName(docs::OutputKind(item->data(Qt::UserRole).toInt())));
    }
    // The documents themselves are in Vietnamese administrative form; the labels follow.
    updateControls();
}

void OutputsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) { // the splitter's sizes count once the page has its real width
        m_shownOnce = true;
        m_ui->outputsSplitter->setSizes({ 230, qMax(400, width() - 230) });
    }
    if (m_stale)
        rebuild();
}

void OutputsView::rebuild()
{
    m_stale = false;
    m_output.reset();
    m_error.clear();
    docs::OutputOptions options;
    options.date = m_session.today();
    options.rewardAmount = m_ui->rewardSpinBox->value();
    const docs::OutputKind kind = currentKind();
    if (kind == docs::OutputKind::Decision && options.rewardAmount == 0) {
        // The decision needs an amount; say so here unless nothing is approved yet.
        auto list = loadApprovedList(m_session.database());
        m_error = list ? tr("Chưa có mức tiền thưởng cho mỗi người: nhập mức thưởng ở ô bên trái "
                            "(mức mặc định đặt ở Công cụ ▸ Cài đặt đợt biểu dương).")
                       : list.error().message;
        showPreview();
        updateControls();
        return;
    }
    auto built = docs::buildOutput(m_session.database(), kind, options);
    if (built)
        m_output.emplace(std::move(built.value()));
    else
        m_error = built.error().message;
    showPreview();
    updateControls();
}

void OutputsView::showPreview()
{
    QTextBrowser *browser = m_ui->outputsPreviewBrowser;
    if (!m_output) {
        browser->clear();
        return;
    }
    if (const QTextDocument *text = m_output->textDocument()) {
        // A copy: the view lays its document out to its own width.
        QTextDocument *copy = text->clone(browser);
        copy->setPageSize(QSizeF());
        browser->setDocument(copy); // the previous copy, a child of the browser, is deleted
        return;
    }
    const docs::PaintedDocument *painted = m_output->paintedDocument();
    auto *doc = new QTextDocument(browser);
    QString html;
    const int pages = painted ? qMin(kPreviewPages, painted->pageCount) : 0;
    for (int i = 0; i < pages; ++i) {
        const QUrl url(QStringLiteral("page:%1").arg(i + 1));
        doc->addResource(QTextDocument::ImageResource, url, renderPage(*painted, i));
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\"></p>").arg(url.toString());
    }
    if (painted && painted->pageCount > pages)
        html += tr("<p align=\"center\"><i>… và %n trang nữa (xem đủ ở Xem trước khi in…).</i></p>", nullptr,
                   painted->pageCount - pages);
    // Grey around the white sheets, as on a desk.
    doc->setHtml(QStringLiteral("<body bgcolor=\"#9a9a9a\">%1</body>").arg(html));
    browser->setDocument(doc);
}

void OutputsView::updateControls()
{
    const docs::OutputKind kind = currentKind();
    const bool ok = m_output.has_value();
    m_ui->rewardGroupBox->setVisible(kind == docs::OutputKind::Decision || kind == docs::OutputKind::Budget);
    m_ui->calibratePushButton->setVisible(kind == docs::OutputKind::Certificates
                                          || kind == docs::OutputKind::CertificateTestPage);
    m_ui->previewPushButton->setEnabled(ok);
    m_ui->printPushButton->setEnabled(ok);
    m_ui->exportPushButton->setEnabled(ok);
    m_ui->outputsTitleLabel->setText(
        QStringLiteral("<b>%1</b>").arg((ok ? m_output->title() : docs::outputName(kind)).toHtmlEscaped()));
    m_ui->outputsMessageLabel->setText(m_error);
    m_ui->outputsMessageLabel->setVisible(!m_error.isEmpty());
    if (!ok) {
        m_ui->outputsInfoLabel->clear();
        return;
    }
    QStringList labels;
    for (const QString &f : m_output->formats())
        labels.append(formatLabel(f));
    QString info = tr("Xuất được: %1").arg(labels.join(QStringLiteral(", ")));
    if (m_output->honoreeCount() > 0)
        info = tr("%n người", nullptr, m_output->honoreeCount()) + QStringLiteral(" — ") + info;
    m_ui->outputsInfoLabel->setText(info);
}

void OutputsView::paintOn(QPrinter *printer)
{
    if (!m_output)
        return;
    if (auto printed = m_output->printTo(printer); !printed)
        Dialogs::instance().warning(this, tr("Không in được"), printed.error().message);
}

void OutputsView::printPreview()
{
    if (!m_output)
        return;
    Dialogs::instance().printPreview(this, m_output->title(), [this](QPrinter *printer) { paintOn(printer); });
}

bool OutputsView::print()
{
    if (!m_output)
        return false;
    return Dialogs::instance().print(this, m_output->title(), [this](QPrinter *printer) { paintOn(printer); });
}

QString OutputsView::fileFilter(const QStringList &formats)
{
    QStringList filters;
    for (const QString &f : formats)
        filters.append(QStringLiteral("%1 (*.%2)").arg(formatLabel(f), f));
    return filters.join(QStringLiteral(";;"));
}

bool OutputsView::exportFile()
{
    if (!m_output)
        return false;
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(docs::outputName(m_output->kind()) + QLatin1Char('.') + m_output->formats().value(0));
    QString path = Dialogs::instance().saveFileName(this, tr("Xuất %1").arg(docs::outputName(m_output->kind())),
                                                    suggested, fileFilter(m_output->formats()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + m_output->formats().value(0);
    return exportTo(path);
}

bool OutputsView::exportTo(const QString &path)
{
    if (!m_output)
        return false;
    if (auto st = m_output->write(path); !st) {
        Dialogs::instance().warning(this, tr("Không xuất được"), st.error().message);
        return false;
    }
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    m_ui->outputsInfoLabel->setText(tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void OutputsView::calibrateCertificates()
{
    CertificateLayoutDialog dialog(m_session.database(), this);
    if (dialog.exec() == QDialog::Accepted)
        rebuild();
}

} // namespace vd::gui
