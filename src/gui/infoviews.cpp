#include "infoviews.h"

#include "budgetview.h"
#include "checkinview.h"
#include "councilview.h"
#include "dialogs.h"
#include "presenterview.h"
#include "retranslate.h"
#include "session.h"
#include "slides.h"
#include "statsview.h"

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
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
    // The conference's details, the movement report's figures, the council,
    // the budget estimate and the reception desk's check-in.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("conferenceTabWidget"));
    m_browser = new QTextBrowser(m_tabs);
    m_browser->setObjectName(QStringLiteral("conferenceTextBrowser"));
    m_checkin = new CheckinView(session, m_tabs);
    m_checkin->setObjectName(QStringLiteral("checkinView"));
    m_stats = new StatsView(session, m_tabs);
    m_stats->setObjectName(QStringLiteral("statsView"));
    m_council = new CouncilView(session, m_tabs);
    m_council->setObjectName(QStringLiteral("councilView"));
    m_budget = new BudgetView(session, m_tabs);
    m_budget->setObjectName(QStringLiteral("budgetView"));
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_stats, QString());
    m_tabs->addTab(m_council, QString());
    m_tabs->addTab(m_budget, QString());
    m_tabs->addTab(m_checkin, QString());
    layout->addWidget(m_tabs);

    // The hall screen: which screen, and the button that starts the slides.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(6, 0, 6, 6);
    auto *screenLabel = new QLabel(this);
    screenLabel->setObjectName(QStringLiteral("screenLabel"));
    m_screens = new QComboBox(this);
    m_screens->setObjectName(QStringLiteral("screenComboBox"));
    screenLabel->setBuddy(m_screens);
    m_present = new QPushButton(this);
    m_present->setObjectName(QStringLiteral("presentPushButton"));
    row->addWidget(screenLabel);
    row->addWidget(m_screens, 1);
    row->addWidget(m_present);
    layout->addLayout(row);
    connect(m_present, &QPushButton::clicked, this, [this] { present(); });
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &ConferenceView::fillScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &ConferenceView::fillScreens);
    fillScreens();

    connect(&m_session, &Session::reloaded, this, &ConferenceView::reload);
    reload();
}

void ConferenceView::fillScreens()
{
    m_screens->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QRect g = screens.at(i)->geometry();
        m_screens->addItem(
            tr("Màn hình %1: %2 (%3×%4)").arg(i + 1).arg(screens.at(i)->name()).arg(g.width()).arg(g.height()));
    }
    // The hall screen is usually the second one.
    m_screens->setCurrentIndex(int(screens.size()) - 1);
}

PresenterView *ConferenceView::present()
{
    auto deck = docs::loadSlideDeck(m_session.database());
    if (!deck) {
        Dialogs::instance().warning(this, tr("Trình chiếu"), deck.error().message);
        return nullptr;
    }
    auto *view = new PresenterView(std::move(deck.value()));
    const QList<QScreen *> screens = QGuiApplication::screens();
    const int chosen = m_screens->currentIndex();
    view->showOnScreen(chosen >= 0 && chosen < screens.size() ? screens.at(chosen) : screen());
    return view;
}

void ConferenceView::reload()
{
    m_tabs->setTabText(0, tr("Thông tin hội nghị"));
    m_tabs->setTabText(m_tabs->indexOf(m_stats), tr("Tổng hợp"));
    m_tabs->setTabText(m_tabs->indexOf(m_council), tr("Hội đồng thi đua"));
    m_tabs->setTabText(m_tabs->indexOf(m_budget), tr("Dự toán kinh phí"));
    m_tabs->setTabText(m_tabs->indexOf(m_checkin), tr("Đón tiếp đại biểu"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("screenLabel")))
        label->setText(tr("Màn &hình hội trường:"));
    m_present->setText(tr("T&rình chiếu danh sách biểu dương"));
    m_present->setToolTip(tr("Toàn màn hình: Space hoặc → sang trang, ← lùi lại, B làm tối "
                             "màn hình, Esc thoát"));
    const Campaign &c = m_session.campaign();
    QString html = tr("<h2>%1</h2>").arg(c.name.toHtmlEscaped());
    html += tr("<p><b>Căn cứ:</b> Kế hoạch số %1 ngày %2 của %3.</p>")
                .arg(c.documentNumber.toHtmlEscaped(), c.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                     c.issuingBody.toHtmlEscaped());
    QString when = c.conferenceTime;
    if (c.conferenceStart.isValid())
        when = c.conferenceTime.isEmpty()
                   ? c.conferenceStart.toString(QStringLiteral("HH:mm"))
                   : tr("%1 (%2)").arg(c.conferenceStart.toString(QStringLiteral("HH:mm")), c.conferenceTime);
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
    if (event->type() == QEvent::LanguageChange) {
        const int screen = m_screens->currentIndex();
        fillScreens();
        m_screens->setCurrentIndex(screen);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace vd::gui
