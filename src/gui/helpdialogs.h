// Help menu: the About box (version, licence, data location, Qt version) and
// the user guide (docs/huong-dan, docs/guide embedded as :/guide/…) shown in a
// QTextBrowser in the language in use.
#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace vd::gui {

// The About text (rich text) for the database at `dataLocation`.
QString aboutText(const QString &dataLocation);
// Shows the About text through Dialogs (so tests can read it).
void showAboutDialog(QWidget *parent, const QString &dataLocation);

// The user guide's resource path for "vi" or "en".
QString userGuidePath(const QString &language);

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide in the current language.
    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_browser = nullptr;
};

// Opens (or raises) the user guide window next to `parent`.
UserGuideDialog *showUserGuide(QWidget *parent);

} // namespace vd::gui
