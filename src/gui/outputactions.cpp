#include "outputactions.h"

#include "dialogs.h"
#include "outputsview.h"
#include "session.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace vd::gui {

namespace {
const char *kLastFolderKey = "outputs/lastFolder"; // shared with the Xuất & in page
} // namespace

OutputActions::OutputActions(Session &session, const QList<docs::OutputKind> &kinds, QWidget *parent)
    : QWidget(parent), m_session(session), m_kinds(kinds)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(QStringLiteral("outputKindLabel"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("outputKindComboBox"));
    m_kindLabel->setBuddy(m_kind);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("outputPrintPushButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("outputExportPushButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outputStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_kindLabel);
    row->addWidget(m_kind);
    row->addWidget(m_print);
    row->addWidget(m_export);
    row->addWidget(m_status, 1);
    // One document: its name is on the buttons' tooltips, no choice to make.
    m_kindLabel->setVisible(kinds.size() > 1);
    m_kind->setVisible(kinds.size() > 1);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportFile(); });
    retranslate();
}

docs::OutputKind OutputActions::currentKind() const
{
    return m_kinds.value(qMax(0, m_kind->currentIndex()), docs::OutputKind::Programme);
}

void OutputActions::setCurrentKind(docs::OutputKind kind) { m_kind->setCurrentIndex(int(m_kinds.indexOf(kind))); }

void OutputActions::retranslate()
{
    const int current = m_kind->currentIndex();
    m_kind->clear();
    for (docs::OutputKind kind : std::as_const(m_kinds))
        m_kind->addItem(docs::outputName(kind));
    m_kind->setCurrentIndex(qMax(0, current));
    m_kindLabel->setText(tr("Văn bản:"));
    m_print->setText(tr("&In…"));
    m_export->setText(tr("&Xuất tệp…"));
    const QString name = m_kinds.size() == 1 ? docs::outputName(m_kinds.first()) : QString();
    m_print->setToolTip(name.isEmpty() ? tr("In văn bản đã chọn") : tr("In %1").arg(name));
    m_export->setToolTip(name.isEmpty() ? tr("Ghi văn bản đã chọn ra tệp Word, PDF hoặc OpenDocument")
                                        : tr("Ghi %1 ra tệp Word, PDF hoặc OpenDocument").arg(name));
    // The buttons' names for screen readers say which document.
    m_print->setAccessibleName(name.isEmpty() ? tr("In văn bản đã chọn") : tr("In %1").arg(name));
    m_export->setAccessibleName(name.isEmpty() ? tr("Xuất văn bản đã chọn ra tệp") : tr("Xuất %1 ra tệp").arg(name));
}

void OutputActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Result<docs::Output> OutputActions::build()
{
    docs::OutputOptions options = m_options ? m_options() : docs::OutputOptions();
    if (!options.date.isValid())
        options.date = m_session.today();
    return docs::buildOutput(m_session.database(), currentKind(), options);
}

QString OutputActions::exportFile()
{
    auto output = build();
    if (!output) {
        Dialogs::instance().warning(this, tr("Không xuất được"), output.error().message);
        return {};
    }
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList formats = output->formats();
    const QString name = docs::outputName(output->kind());
    QString path = Dialogs::instance().saveFileName(this, tr("Xuất %1").arg(name),
                                                    QDir(folder).filePath(name + QLatin1Char('.') + formats.value(0)),
                                                    OutputsView::fileFilter(formats));
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        path += QLatin1Char('.') + formats.value(0);
    } else if (!formats.contains(suffix)) {
        Dialogs::instance().warning(
            this, tr("Không xuất được"),
            tr("%1 không ghi được dạng .%2; chọn %3.").arg(name, suffix, formats.join(QStringLiteral(", "))));
        return {};
    }
    if (auto st = output->write(path); !st) {
        Dialogs::instance().warning(this, tr("Không xuất được"), st.error().message);
        return {};
    }
    settings.setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    m_status->setText(tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

bool OutputActions::print()
{
    auto output = build();
    if (!output) {
        Dialogs::instance().warning(this, tr("Không in được"), output.error().message);
        return false;
    }
    const docs::Output &doc = *output;
    return Dialogs::instance().print(this, doc.title(), [this, &doc](QPrinter *printer) {
        if (auto printed = doc.printTo(printer); !printed)
            Dialogs::instance().warning(this, tr("Không in được"), printed.error().message);
    });
}

} // namespace vd::gui
