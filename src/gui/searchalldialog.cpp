#include "searchalldialog.h"

#include "historypanel.h"
#include "people.h"
#include "preferences.h"
#include "privacy.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

enum Column { NameColumn, BirthColumn, CitizenIdColumn, NominationsColumn, ApprovedColumn, YearsColumn, ColumnCount };
constexpr int kPersonIdRole = Qt::UserRole + 1;
constexpr int kLimit = 200;

QString birthText(const QString &stored)
{
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : stored;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SearchAllDialog::SearchAllDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("searchAllDialog"));
    auto *layout = new QVBoxLayout(this);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchAllLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("searchAllTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_history = new HistoryPanel(session, splitter);
    m_history->setStandalone(true);
    splitter->addWidget(m_table);
    splitter->addWidget(m_history);
    layout->addWidget(splitter, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("searchAllStatusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSearchAllPushButton"));
    layout->addWidget(buttons);

    // Search as one types, once the typing pauses.
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SearchAllDialog::searchNow);
    connect(m_delay, &QTimer::timeout, this, &SearchAllDialog::searchNow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SearchAllDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(980, 640);
}

int SearchAllDialog::resultCount() const { return m_table->rowCount(); }

void SearchAllDialog::searchNow()
{
    m_delay->stop();
    m_table->setRowCount(0);
    m_history->showPerson(0, 0);
    m_history->hide();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_statusLabel->setText(tr("Gõ một phần họ tên (có dấu hay không dấu đều được) hoặc ít nhất 3 chữ số CCCD."));
        return;
    }
    bool truncated = false;
    auto hits = PersonStore(m_session.database()).search(text, kLimit, &truncated);
    if (!hits) {
        m_statusLabel->setText(hits.error().message);
        return;
    }
    const bool mask = Preferences::load().maskCitizenId;
    m_table->setRowCount(int(hits->size()));
    for (int row = 0; row < hits->size(); ++row) {
        const PersonSearchHit &h = hits->at(row);
        auto *name = new QTableWidgetItem(h.person.fullName);
        name->setData(kPersonIdRole, h.person.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, BirthColumn, new QTableWidgetItem(birthText(h.person.birthDate)));
        m_table->setItem(row, CitizenIdColumn,
                         new QTableWidgetItem(mask ? maskCitizenId(h.person.citizenId) : h.person.citizenId));
        m_table->setItem(row, NominationsColumn, numberItem(h.nominations));
        m_table->setItem(row, ApprovedColumn, numberItem(h.approved));
        m_table->setItem(row, YearsColumn,
                         new QTableWidgetItem(h.firstYear == h.lastYear
                                                  ? QString::number(h.firstYear)
                                                  : tr("%1–%2").arg(h.firstYear).arg(h.lastYear)));
    }
    m_table->resizeColumnsToContents();
    if (hits->isEmpty())
        m_statusLabel->setText(tr("Không có ai trong mọi đợt khớp với “%1”.").arg(text));
    else if (truncated)
        m_statusLabel->setText(tr("Chỉ hiện %1 người đầu tiên: gõ thêm để thu hẹp.").arg(kLimit));
    else
        m_statusLabel->setText(tr("%1 người khớp; chọn một người để xem các lần được đề nghị.").arg(hits->size()));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void SearchAllDialog::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_history->hide();
        return;
    }
    const QTableWidgetItem *name = m_table->item(selected.first()->row(), NameColumn);
    m_history->show();
    m_history->showPerson(name->data(kPersonIdRole).toLongLong(), 0);
    m_history->setTitle(tr("Lịch sử của %1").arg(name->text()));
}

void SearchAllDialog::retranslate()
{
    setWindowTitle(tr("Tìm trong mọi đợt"));
    m_searchLabel->setText(tr("&Họ tên hoặc số CCCD:"));
    m_search->setPlaceholderText(tr("ví dụ: nguyen thi hoa, 1234"));
    m_table->setAccessibleName(tr("Người tìm thấy trong mọi đợt"));
    m_table->setHorizontalHeaderLabels(
        { tr("Họ và tên"), tr("Ngày sinh"), tr("Số CCCD"), tr("Số lần đề nghị"), tr("Được duyệt"), tr("Năm") });
}

void SearchAllDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        searchNow();
    }
    QDialog::changeEvent(event);
}

} // namespace vd::gui
