#include "newcampaigndialog.h"

#include "campaignstore.h"
#include "dialogs.h"
#include "session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

NewCampaignDialog::NewCampaignDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newCampaignDialog"));
    setWindowTitle(tr("Tạo đợt mới từ đợt này"));
    const Campaign &c = session.campaign();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Đợt mới chép khối, chỉ tiêu, tiêu chí, người ký, danh mục hồ sơ và chương trình "
                                "của đợt “%1”; không chép người được đề nghị. Đợt mới thành đợt đang dùng; đợt cũ "
                                "vẫn giữ nguyên.")
                                 .arg(c.name),
                             this);
    intro->setObjectName(QStringLiteral("newCampaignIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    QString name = c.name;
    name.replace(QString::number(c.year), QString::number(c.year + 1));
    m_nameEdit = new QLineEdit(name, this);
    m_nameEdit->setObjectName(QStringLiteral("campaignNameLineEdit"));
    m_planNumberEdit = new QLineEdit(this);
    m_planNumberEdit->setObjectName(QStringLiteral("planNumberLineEdit"));
    m_planNumberEdit->setPlaceholderText(tr("ví dụ 45/KH-LĐLĐ"));
    m_planDateEdit = dateEdit(c.documentDate.isValid() ? c.documentDate.addYears(1) : QDate(),
                              QStringLiteral("planDateEdit"), this);
    m_deadlineEdit
        = dateEdit(c.deadline.isValid() ? c.deadline.addYears(1) : QDate(), QStringLiteral("deadlineDateEdit"), this);
    m_conferenceDateEdit = dateEdit(c.conferenceDate.isValid() ? c.conferenceDate.addYears(1) : QDate(),
                                    QStringLiteral("conferenceDateEdit"), this);
    form->addRow(tr("&Tên đợt"), m_nameEdit);
    form->addRow(tr("Số &kế hoạch"), m_planNumberEdit);
    form->addRow(tr("&Ngày kế hoạch"), m_planDateEdit);
    form->addRow(tr("Hạn nộ&p hồ sơ"), m_deadlineEdit);
    form->addRow(tr("Ngày &hội nghị"), m_conferenceDateEdit);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("newCampaignErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newCampaignButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tạo đợt mới"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void NewCampaignDialog::accept()
{
    CampaignDraft draft;
    draft.name = m_nameEdit->text();
    draft.planNumber = m_planNumberEdit->text();
    draft.planDate = m_planDateEdit->date();
    draft.deadline = m_deadlineEdit->date();
    draft.conferenceDate = m_conferenceDateEdit->date();
    auto id = CampaignStore(m_session.database()).createFrom(m_session.campaign().id, draft);
    if (!id) {
        m_errorLabel->setText(errorText(id.error()));
        m_errorLabel->show();
        return;
    }
    m_createdId = *id;
    QDialog::accept();
}

} // namespace vd::gui
