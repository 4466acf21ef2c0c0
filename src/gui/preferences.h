// Per-PC preferences (QSettings) and the dialog that edits them.
#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace vd::gui {

struct Preferences
{
    QString language = QStringLiteral("vi"); // "vi" or "en"
    int backupKeep = 7; // daily backups kept
    bool maskCitizenId = true; // CCCD shown as ********1234 in lists and exports

    static Preferences load();
    void save() const;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &prefs, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    Preferences preferences() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace vd::gui
