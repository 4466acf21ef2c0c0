// Every modal question the GUI asks goes through here, so that tests can
// answer file dialogs and message boxes without a person (see tests/gui).
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace vd::gui {

class Dialogs
{
public:
    virtual ~Dialogs() = default;

    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter);
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    // A line of text (unit names); empty when cancelled.
    virtual QString textInput(QWidget *parent, const QString &title, const QString &label,
                              const QString &text);
    // One of `items` (a bloc, a unit); -1 when cancelled.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label,
                           const QStringList &items, int current);
    // Opens a file with the desktop's default program.
    virtual bool openExternally(const QString &filePath);

    // The instance in use; tests install their own scripted one.
    static Dialogs &instance();
    static void setInstance(Dialogs *dialogs);
};

} // namespace vd::gui
