#include "infoviews.h"

#include "retranslate.h"
#include "session.h"

#include <QEvent>
#include "checkinview.h"

#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vd::gui {

namespace {
QString htmlList(const QStringList &items, bool ordered)
{
    QString html = QLatin1String(ordered ? "<ol>" : "<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QLatin1String(ordered ? "</ol>" : "</ul>");
}
} // namespace

ConferenceView::ConferenceView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two tabs: the conference's details, and the reception desk's check-in.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("conferenceTabWidget"));
    m_browser = new QTextBrowser(m_tabs);
    m_browser->setObjectName(QStringLiteral("conferenceTextBrowser"));
    m_checkin = new CheckinView(session, m_tabs);
    m_checkin->setObjectName(QStringLiteral("checkinView"));
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_checkin, QString());
    layout->addWidget(m_tabs);
    connect(&m_session, &Session::reloaded, this, &ConferenceView::reload);
    reload();
}

void ConferenceView::reload()
{
    m_tabs->setTabText(0, tr("Thông tin hội nghị"));
    m_tabs->setTabText(1, tr("Đón tiếp đại biểu"));
    const Campaign &c = m_session.campaign();
    QString html = tr("<h2>%1</h2>").arg(c.name.toHtmlEscaped());
    html += tr("<p><b>Căn cứ:</b> Kế hoạch số %1 ngày %2 của %3.</p>")
                    .arg(c.documentNumber.toHtmlEscaped(), c.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                         c.issuingBody.toHtmlEscaped());
    QString when = c.conferenceTime;
    if (c.conferenceStart.isValid())
        when = c.conferenceTime.isEmpty() ? c.conferenceStart.toString(QStringLiteral("HH:mm"))
                                          : tr("%1 (%2)").arg(c.conferenceStart.toString(QStringLiteral("HH:mm")),
                                                              c.conferenceTime);
    html += tr("<p><b>Thời gian:</b> %1, ngày %2<br><b>Địa điểm:</b> %3</p>")
                    .arg(when.toHtmlEscaped(), c.conferenceDate.toString(QStringLiteral("dd/MM/yyyy")),
                         c.conferencePlace.toHtmlEscaped());
    html += tr("<h3>Thành phần</h3>") + htmlList(c.participants, false);
    html += tr("<h3>Nội dung chương trình</h3>") + htmlList(c.programme, true);
    html += tr("<p><i>Sửa các thông tin này ở Công cụ ▸ Cài đặt đợt biểu dương.</i></p>");
    m_browser->setHtml(html);
}

void ConferenceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

} // namespace vd::gui
