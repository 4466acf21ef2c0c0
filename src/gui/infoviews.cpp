#include "infoviews.h"

#include "session.h"

#include <QLabel>
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
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("conferenceTextBrowser"));
    layout->addWidget(m_browser);
    connect(&m_session, &Session::reloaded, this, &ConferenceView::reload);
    reload();
}

void ConferenceView::reload()
{
    const Campaign &c = m_session.campaign();
    QString html = tr("<h2>%1</h2>").arg(c.name.toHtmlEscaped());
    html += tr("<p><b>Căn cứ:</b> Kế hoạch số %1 ngày %2 của %3.</p>")
                    .arg(c.documentNumber.toHtmlEscaped(), c.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                         c.issuingBody.toHtmlEscaped());
    html += tr("<p><b>Thời gian:</b> %1, ngày %2<br><b>Địa điểm:</b> %3</p>")
                    .arg(c.conferenceTime.toHtmlEscaped(), c.conferenceDate.toString(QStringLiteral("dd/MM/yyyy")),
                         c.conferencePlace.toHtmlEscaped());
    html += tr("<h3>Thành phần</h3>") + htmlList(c.participants, false);
    html += tr("<h3>Nội dung chương trình</h3>") + htmlList(c.programme, true);
    html += tr("<p><i>Sửa các thông tin này ở Công cụ ▸ Cài đặt đợt biểu dương.</i></p>");
    m_browser->setHtml(html);
}

OutputsView::OutputsView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outputsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addStretch();
    connect(&m_session, &Session::reloaded, this, &OutputsView::reload);
    reload();
}

void OutputsView::reload()
{
    int approved = 0;
    for (const Nominee &n : m_session.nominees())
        approved += n.approved ? 1 : 0;
    QString text = tr("<h3>Xuất &amp; in</h3>");
    if (approved == 0) {
        text += tr("<p>Chưa có danh sách đã duyệt: hãy xét duyệt ở trang <b>Xét duyệt</b> trước.</p>");
    } else {
        text += tr("<p>Danh sách đã duyệt: <b>%1</b> / %2 người (chỉ tiêu).</p>")
                        .arg(approved).arg(m_session.campaign().totalQuota());
    }
    text += tr("<p>%1 hồ sơ đề nghị trong đợt này.</p>").arg(m_session.nominees().size());
    m_summary->setText(text);
}

} // namespace vd::gui
