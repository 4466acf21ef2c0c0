#include "connectserverdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vd::gui {

ConnectServerDialog::ConnectServerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_urlLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://nhanvien@may-chu:5432/vinhdanh"));
    m_url->setMinimumWidth(420);
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("serverUrlProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectPushButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);
    retranslate();
}

void ConnectServerDialog::setUrl(const QString &url) { m_url->setText(url); }
QString ConnectServerDialog::url() const { return m_url->text().trimmed(); }
QString ConnectServerDialog::password() const { return m_password->text(); }

QString ConnectServerDialog::urlProblem() const
{
    const QString text = url();
    if (text.isEmpty())
        return tr("Nhập địa chỉ máy chủ dạng postgresql://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.");
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres"))
        || u.host().isEmpty())
        return tr("Địa chỉ phải có dạng postgresql://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.");
    if (!u.password().isEmpty())
        return tr("Không ghi mật khẩu trong địa chỉ: hãy nhập vào ô Mật khẩu.");
    return {};
}

void ConnectServerDialog::updateButtons()
{
    const QString problem = url().isEmpty() ? QString() : urlProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(urlProblem().isEmpty());
}

void ConnectServerDialog::retranslate()
{
    setWindowTitle(tr("Kết nối máy chủ"));
    m_urlLabel->setText(tr("&Địa chỉ máy chủ:"));
    m_passwordLabel->setText(tr("&Mật khẩu:"));
    m_hint->setText(tr("Mật khẩu chỉ được giữ trong bộ nhớ cho lần kết nối này, không được lưu lại. "
                       "Để trống nếu đã có tệp ~/.pgpass."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Kết nối"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    updateButtons();
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace vd::gui
