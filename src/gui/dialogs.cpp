#include "dialogs.h"

#include "result.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>

namespace vd::gui {

namespace {
Dialogs *g_override = nullptr;
} // namespace

QString errorText(const Error &error)
{
    return (QStringList { error.message } + error.details).join(QLatin1Char('\n'));
}

Dialogs &Dialogs::instance()
{
    static Dialogs defaults;
    return g_override ? *g_override : defaults;
}

void Dialogs::setInstance(Dialogs *dialogs) { g_override = dialogs; }

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &doIt,
                      const QString &dontDoIt)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(doIt, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(dontDoIt, QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void Dialogs::showError(QWidget *parent, const QString &title, const Error &error)
{
    warning(parent, title, errorText(error));
}

bool Dialogs::askAfterError(QWidget *parent, const QString &title, const Error &error, const QString &question)
{
    return this->question(parent, title, errorText(error) + QStringLiteral("\n\n") + question,
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::textInput(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? value : QString();
}

int Dialogs::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                        int current)
{
    bool ok = false;
    const QString value = QInputDialog::getItem(parent, title, label, items, qMax(0, current), false, &ok);
    return ok ? int(items.indexOf(value)) : -1;
}

bool Dialogs::openExternally(const QString &filePath)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(filePath));
}

void Dialogs::printPreview(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&paint](QPrinter *p) { paint(p); });
    dialog.resize(1000, 680); // fits a 1366×768 screen
    dialog.exec();
}

bool Dialogs::print(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(&printer);
    return true;
}

} // namespace vd::gui
