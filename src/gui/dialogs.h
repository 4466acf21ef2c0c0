// Every modal question the GUI asks goes through here, so that tests can
// answer file dialogs and message boxes without a person (see tests/gui).
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QPrinter;
class QWidget;

namespace vd {
struct Error;
}

namespace vd::gui {

// An error as one text: its message, then each detail on a line of its own.
QString errorText(const Error &error);

class Dialogs
{
public:
    virtual ~Dialogs() = default;

    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton);
    // A question whose two buttons say what they do (issue 16: not "Hủy" for
    // "keep editing"): true when `doIt` is chosen; `dontDoIt` is the default.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &doIt,
                         const QString &dontDoIt);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    // warning() with errorText(error).
    void showError(QWidget *parent, const QString &title, const Error &error);
    // question() with errorText(error), then `question` after an empty line:
    // true on Yes (the default is No).
    bool askAfterError(QWidget *parent, const QString &title, const Error &error, const QString &question);
    // A line of text (unit names); empty when cancelled.
    virtual QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &text);
    // One of `items` (a bloc, a unit); -1 when cancelled.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                           int current);
    // Opens a file with the desktop's default program.
    virtual bool openExternally(const QString &filePath);
    // Print preview (QPrintPreviewDialog) and Print… (QPrintDialog): `paint`
    // draws the document on the printer the person set up. print() returns
    // false when cancelled.
    virtual void printPreview(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint);
    virtual bool print(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint);

    // The instance in use; tests install their own scripted one.
    static Dialogs &instance();
    static void setInstance(Dialogs *dialogs);
};

} // namespace vd::gui
