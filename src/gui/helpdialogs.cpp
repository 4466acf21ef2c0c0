#include "helpdialogs.h"

#include "buildinfo.h"
#include "dialogs.h"
#include "retranslate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace vd::gui {

QString aboutText(const QString &dataLocation)
{
    const QString location
        = dataLocation.startsWith(QLatin1String("postgresql:")) ? dataLocation : QDir::toNativeSeparators(dataLocation);
    return UserGuideDialog::tr(
               "<h3>VinhDanh %1</h3>"
               "<p>Quản lý hồ sơ biểu dương Lao động giỏi, Lao động sáng tạo của Liên đoàn Lao động.</p>"
               "<p><b>Giấy phép:</b> GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later). Chương trình "
               "được cung cấp không kèm bất kỳ bảo đảm nào.</p>"
               "<p><b>Dữ liệu:</b> %2</p>"
               "<p><b>Qt:</b> %3 (khi biên dịch: %4)</p>")
        .arg(versionLine().toHtmlEscaped(), location.toHtmlEscaped(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR));
}

void showAboutDialog(QWidget *parent, const QString &dataLocation)
{
    Dialogs::instance().information(parent, UserGuideDialog::tr("Giới thiệu VinhDanh"), aboutText(dataLocation));
}

QString userGuidePath(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral(":/guide/guide/README.md")
                                           : QStringLiteral(":/guide/huong-dan/README.md");
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 680);
    load();
}

void UserGuideDialog::load()
{
    setWindowTitle(tr("Hướng dẫn sử dụng VinhDanh"));
    m_browser->setAccessibleName(tr("Hướng dẫn sử dụng"));
    const QString path = userGuidePath(currentLanguage());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("Không đọc được hướng dẫn %1.").arg(path));
        return;
    }
    // Pictures are referenced as ../screenshots/x.png: resolve them inside the resources.
    m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc") + path));
    m_browser->setSearchPaths({ QStringLiteral(":/guide/screenshots") });
    m_browser->document()->setMarkdown(QString::fromUtf8(file.readAll()));
    // Screenshots are 1366 px wide: show them at most kImageWidth wide, in proportion.
    const int kImageWidth = 860;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture
                = m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= kImageWidth)
                continue;
            image.setWidth(kImageWidth);
            image.setHeight(double(picture.height()) * kImageWidth / picture.width());
            QTextCursor cursor(m_browser->document());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    m_browser->moveCursor(QTextCursor::Start);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

UserGuideDialog *showUserGuide(QWidget *parent)
{
    auto *dialog = parent ? parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new UserGuideDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace vd::gui
