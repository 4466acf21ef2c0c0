// File ▸ Kết nối máy chủ…: the URL of a shared PostgreSQL database
// (postgresql://user@host:port/dbname) and a password that is only kept in
// memory for this connection (empty: libpq reads ~/.pgpass / PGPASSFILE).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vd::gui {

class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    QString url() const;
    QString password() const;
    // Why the URL can't be used yet (empty when it can).
    QString urlProblem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vd::gui
