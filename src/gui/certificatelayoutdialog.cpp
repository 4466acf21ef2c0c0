#include "certificatelayoutdialog.h"

#include "campaignstore.h"
#include "dialogs.h"
#include "pagelayout.h"
#include "settingsstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

QDoubleSpinBox *spinBox(double max, double value, const QString &suffix, double step)
{
    auto *box = new QDoubleSpinBox;
    box->setDecimals(1);
    box->setRange(0, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setValue(value);
    return box;
}

} // namespace

CertificateLayoutDialog::CertificateLayoutDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Căn chỉnh vị trí in giấy khen"));
    setObjectName(QStringLiteral("CertificateLayoutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("Vị trí mỗi dòng chữ tính bằng milimét từ góc trên bên trái của tờ giấy khen in sẵn "
                        "(X: mép trái, giữa hoặc mép phải của dòng tùy cách căn; Y: chân dòng chữ đầu). "
                        "In \"Trang in thử\" lên một tờ giấy trắng, đặt chồng lên giấy khen và đọc tọa độ trên lưới."),
                     this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("certificateFieldsTable"));
    m_table->setAccessibleName(tr("Vị trí và kiểu chữ của từng dòng trên giấy khen"));
    m_table->setHorizontalHeaderLabels(
        { tr("Nội dung"), tr("X"), tr("Y"), tr("Phông chữ"), tr("Cỡ chữ"), tr("Đậm"), tr("Nghiêng") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FontColumn, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it (issue 16)
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Lưu"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    QPushButton *test = buttons->addButton(tr("&Trang in thử…"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testPagePushButton"));
    QPushButton *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    defaults->setText(tr("&Mặc định"));
    layout->addWidget(buttons);
    connect(test, &QPushButton::clicked, this, &CertificateLayoutDialog::showTestPage);
    connect(defaults, &QPushButton::clicked, this, [this] { setLayout(docs::CertificateLayout::defaults()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });

    auto loaded = docs::loadCertificateLayout(SettingsStore(m_db));
    if (!loaded) {
        Dialogs::instance().warning(
            this, windowTitle(),
            tr("Không đọc được vị trí đã lưu (%1); đang hiện vị trí mặc định.").arg(loaded.error().message));
    }
    setLayout(loaded ? *loaded : docs::CertificateLayout::defaults());
    resize(860, 360);
}

void CertificateLayoutDialog::setLayout(const docs::CertificateLayout &layout)
{
    m_base = layout;
    const bool landscape = layout.orientation == QPageLayout::Landscape;
    const double width = landscape ? 297 : 210;
    const double height = landscape ? 210 : 297;
    m_table->setRowCount(0);
    m_table->setRowCount(int(layout.fields.size()));
    for (int row = 0; row < layout.fields.size(); ++row) {
        const docs::CertificateField &f = layout.fields.at(row);
        const QString fieldName = docs::CertificateLayout::fieldLabel(f.key);
        auto *label = new QTableWidgetItem(fieldName);
        label->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, FieldColumn, label);
        // The widgets in the cells have no label of their own: their names say
        // which line and which setting (issue 16).
        const auto put = [this, row, &fieldName](int column, QWidget *widget, const QString &what) {
            widget->setAccessibleName(tr("%1 — %2").arg(fieldName, what));
            m_table->setCellWidget(row, column, widget);
        };
        put(XColumn, spinBox(width, f.xMm, tr(" mm"), 0.5), tr("X (mm)"));
        put(YColumn, spinBox(height, f.yMm, tr(" mm"), 0.5), tr("Y (mm)"));
        auto *font = new QFontComboBox;
        font->setCurrentFont(QFont(f.fontFamily.isEmpty() ? docs::bodyFontFamily() : f.fontFamily));
        put(FontColumn, font, tr("Phông chữ"));
        if (font->lineEdit())
            font->lineEdit()->setAccessibleName(font->accessibleName());
        put(SizeColumn, spinBox(96, f.pointSize, tr(" pt"), 1), tr("Cỡ chữ"));
        auto *bold = new QCheckBox;
        bold->setChecked(f.bold);
        put(BoldColumn, bold, tr("Đậm"));
        auto *italic = new QCheckBox;
        italic->setChecked(f.italic);
        put(ItalicColumn, italic, tr("Nghiêng"));
    }
}

docs::CertificateLayout CertificateLayoutDialog::layout() const
{
    docs::CertificateLayout result = m_base;
    for (int row = 0; row < result.fields.size(); ++row) {
        docs::CertificateField &f = result.fields[row];
        f.xMm = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, XColumn))->value();
        f.yMm = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, YColumn))->value();
        const QString family
            = static_cast<QFontComboBox *>(m_table->cellWidget(row, FontColumn))->currentFont().family();
        f.fontFamily = family == docs::bodyFontFamily() ? QString() : family;
        f.pointSize = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, SizeColumn))->value();
        f.bold = static_cast<QCheckBox *>(m_table->cellWidget(row, BoldColumn))->isChecked();
        f.italic = static_cast<QCheckBox *>(m_table->cellWidget(row, ItalicColumn))->isChecked();
    }
    return result;
}

bool CertificateLayoutDialog::save()
{
    SettingsStore settings(m_db);
    if (auto st = docs::saveCertificateLayout(settings, layout()); !st) {
        Dialogs::instance().warning(this, tr("Không lưu được vị trí in"), st.error().message);
        return false;
    }
    return true;
}

void CertificateLayoutDialog::showTestPage()
{
    // Dated by the active campaign, not by today's clock.
    auto campaign = CampaignStore(m_db).loadActive();
    const docs::PaintedDocument page = docs::buildCertificateTestPage(layout(), campaign ? *campaign : Campaign());
    Dialogs::instance().printPreview(this, page.title, [this, &page](QPrinter *printer) {
        if (auto printed = docs::printTo(page, printer); !printed)
            Dialogs::instance().warning(this, tr("Không in được"), printed.error().message);
    });
}

} // namespace vd::gui
