#include "checkinview.h"

#include "campaignstore.h"
#include "dialogs.h"
#include "session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::gui {

DelegateTableModel::DelegateTableModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QVariant DelegateTableModel::data(const QModelIndex &index, int role) const
{
    const Delegate *d = itemAt(index);
    if (!d)
        return {};
    if (role == DelegateIdRole)
        return d->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return d->fullName;
        case TitleColumn:
            return d->title.isEmpty() ? d->body : d->body.isEmpty() ? d->title : tr("%1, %2").arg(d->title, d->body);
        case GroupColumn:
            return d->groupName;
        case SeatColumn:
            return d->seatRow;
        case PresentColumn:
            return d->present() ? tr("Có mặt %1").arg(d->checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                                : (role == Qt::AccessibleTextRole ? tr("Chưa đến") : QString());
        }
    }
    if (role == Qt::FontRole && d->present() && index.column() == PresentColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant DelegateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Họ và tên");
    case TitleColumn:
        return tr("Chức vụ, đơn vị");
    case GroupColumn:
        return tr("Thành phần");
    case SeatColumn:
        return tr("Hàng ghế");
    case PresentColumn:
        return tr("Có mặt");
    }
    return {};
}

CheckinView::CheckinView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkinSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    m_searchLabel->setBuddy(m_search);
    m_present = new QPushButton(this);
    m_present->setObjectName(QStringLiteral("checkinPresentPushButton"));
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("checkinUndoPushButton"));
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_present);
    searchRow->addWidget(m_undo);
    layout->addLayout(searchRow);

    m_model = new DelegateTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("checkinTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DelegateTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DelegateTableModel::NameColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkinStatusLabel"));
    m_status->setFont(big);
    layout->addWidget(m_status);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("checkinCountsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(false); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { markCurrent(true); });
    connect(m_present, &QPushButton::clicked, this, [this] { markCurrent(true); });
    connect(m_undo, &QPushButton::clicked, this, [this] { markCurrent(false); });
    connect(m_table, &QTableView::activated, this, [this] { markCurrent(true); });
    connect(&m_session, &Session::reloaded, this, &CheckinView::reload);
    m_search->installEventFilter(this);
    retranslate();
    reload();
}

void CheckinView::retranslate()
{
    m_searchLabel->setText(tr("Tìm đại &biểu:"));
    m_search->setPlaceholderText(tr("gõ vài chữ của tên, không cần dấu; Enter: có mặt"));
    m_search->setAccessibleName(tr("Tìm đại biểu"));
    m_present->setText(tr("Có &mặt"));
    m_undo->setText(tr("Bỏ đánh &dấu"));
    m_table->setAccessibleName(tr("Danh sách đại biểu"));
    m_counts->setAccessibleName(tr("Số đại biểu có mặt"));
    updateCounts();
}

void CheckinView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckinView::reload()
{
    auto all = DelegateStore(m_session.database()).list(m_session.campaign().id);
    m_all = all ? *all : QList<Delegate>();
    applyFilter(true);
}

void CheckinView::applyFilter(bool keepCurrent)
{
    // Typing selects the first match; a reload (another PC's check-in) keeps the row.
    const Delegate *was = keepCurrent ? m_model->delegateAt(m_table->currentIndex().row()) : nullptr;
    const qint64 current = was ? was->id : 0;
    m_model->setDelegates(searchDelegates(m_all, m_search->text()));
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->delegateAt(r)->id == current)
            row = r;
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, DelegateTableModel::NameColumn));
    updateCounts();
}

// Up and Down in the search box move through the matches.
bool CheckinView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_table->currentIndex().row() + step, qMax(0, m_model->rowCount() - 1));
            if (m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(row, DelegateTableModel::NameColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckinView::markCurrent(bool present)
{
    const Delegate *d = m_model->delegateAt(m_table->currentIndex().row());
    if (!d) {
        m_status->setText(m_search->text().isEmpty()
                              ? tr("Chưa có đại biểu nào.")
                              : tr("Không thấy đại biểu nào khớp \"%1\".").arg(m_search->text()));
        return;
    }
    auto done = DelegateStore(m_session.database()).checkIn(m_session.campaign().id, d->id, present);
    if (!done) {
        Dialogs::instance().warning(this, tr("Đón tiếp đại biểu"), done.error().message);
        return;
    }
    m_status->setText(present ? tr("✔ Có mặt: %1 — %2").arg(done->fullName, done->groupName)
                              : tr("Đã bỏ đánh dấu: %1").arg(done->fullName));
    for (Delegate &x : m_all) {
        if (x.id == done->id)
            x = *done;
    }
    if (present) {
        // Ready for the next guest.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyFilter(false);
    m_search->setFocus();
}

void CheckinView::updateCounts()
{
    const QList<DelegateGroupCount> counts = delegateCounts(m_all);
    int invited = 0, present = 0;
    QStringList groups;
    for (const DelegateGroupCount &g : counts) {
        invited += g.invited;
        present += g.present;
        groups << tr("%1: %2/%3").arg(g.groupName.isEmpty() ? tr("khác") : g.groupName).arg(g.present).arg(g.invited);
    }
    m_counts->setText(
        tr("Có mặt %1/%2 đại biểu. %3").arg(present).arg(invited).arg(groups.join(QStringLiteral(" · "))));
}

} // namespace vd::gui
