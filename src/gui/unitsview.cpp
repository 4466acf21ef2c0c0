#include "unitsview.h"

#include "ui_unitsview.h"

#include "dialogs.h"
#include "retranslate.h"
#include "session.h"
#include "textfold.h"
#include "unitstore.h"
#include "unittablemodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

#include <functional>

namespace vd::gui {

namespace {
// Unit names in Vietnamese order (Đ right after D, tones after letters).
class UnitSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == UnitTableModel::CountColumn)
            return left.data().toInt() < right.data().toInt();
        static const VietnameseCollator collator;
        const int c = collator.compare(left.data().toString(), right.data().toString());
        return c != 0 ? c < 0 : left.row() < right.row();
    }
};
} // namespace

UnitsView::UnitsView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UnitsView>()), m_session(session)
{
    m_ui->setupUi(this);
    m_model = new UnitTableModel(this);
    m_proxy = new UnitSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_ui->unitTableView->setModel(m_proxy);
    m_ui->unitTableView->verticalHeader()->setVisible(false);
    m_ui->unitTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->unitTableView->setColumnWidth(UnitTableModel::NameColumn, 420);
    m_ui->unitTableView->setColumnWidth(UnitTableModel::BlocColumn, 180);
    m_ui->unitTableView->sortByColumn(UnitTableModel::NameColumn, Qt::AscendingOrder);

    connect(m_ui->addUnitButton, &QPushButton::clicked, this, &UnitsView::addUnit);
    connect(m_ui->renameUnitButton, &QPushButton::clicked, this, &UnitsView::renameUnit);
    connect(m_ui->moveUnitButton, &QPushButton::clicked, this, &UnitsView::moveUnit);
    connect(m_ui->mergeUnitButton, &QPushButton::clicked, this, &UnitsView::mergeUnit);
    connect(m_ui->removeUnitButton, &QPushButton::clicked, this, &UnitsView::removeUnit);
    connect(m_ui->unitTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsView::updateButtons);
    connect(&m_session, &Session::reloaded, this, &UnitsView::reload);
    reload();
}

UnitsView::~UnitsView() = default;

void UnitsView::reload()
{
    const qint64 current = currentUnitId();
    m_model->setUnits(m_session.campaign(), m_session.units());
    m_ui->unitCountLabel->setText(tr("%1 đơn vị").arg(m_model->rowCount()));
    if (current)
        selectUnit(current);
    updateButtons();
}

qint64 UnitsView::currentUnitId() const
{
    const QModelIndex index = m_ui->unitTableView->currentIndex();
    return index.isValid() ? index.data(UnitTableModel::UnitIdRole).toLongLong() : 0;
}

void UnitsView::selectUnit(qint64 unitId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UnitTableModel::UnitIdRole).toLongLong() == unitId) {
            m_ui->unitTableView->setCurrentIndex(index);
            return;
        }
    }
}

void UnitsView::updateButtons()
{
    const QModelIndex index = m_ui->unitTableView->currentIndex();
    const UnitSummary *u = index.isValid() ? m_model->unitAt(m_proxy->mapToSource(index).row()) : nullptr;
    m_ui->renameUnitButton->setEnabled(u);
    m_ui->moveUnitButton->setEnabled(u);
    m_ui->mergeUnitButton->setEnabled(u && m_model->rowCount() > 1);
    m_ui->removeUnitButton->setEnabled(u && u->nomineeCount == 0);
    m_ui->removeUnitButton->setToolTip(
        u && u->nomineeCount > 0
            ? tr("Đơn vị còn %1 người được đề nghị: hãy gộp hoặc chuyển họ trước.").arg(u->nomineeCount)
            : QString());
}

namespace {

// Runs a unit change that may break approvals (approvalguard.h): first as a
// refusal; when it would break some, asks, and only on an explicit yes runs it
// again withdrawing them (docs/rules.md).
Status runConfirmingWithdrawals(QWidget *parent, const QString &title,
                                const std::function<Status(BrokenApprovals)> &change)
{
    Status st = change(BrokenApprovals::Refuse);
    if (st || st.error().code != QLatin1String(kApprovalBrokenCode))
        return st;
    if (!Dialogs::instance().askAfterError(
            parent, title, st.error(),
            UnitsView::tr("Bỏ duyệt những người này và thực hiện thay đổi? Chọn Không để giữ nguyên.")))
        return Error::cancelled(st.error().message);
    return change(BrokenApprovals::Withdraw);
}

} // namespace

bool UnitsView::report(const Status &st, const QString &title)
{
    if (!st && st.error().kind != ErrorKind::Cancelled) { // cancelled: the person said no
        Dialogs::instance().showError(this, title, st.error());
    }
    (void)m_session.refresh(); // a failed load is reported by the main window
    return st.ok();
}

void UnitsView::addUnit()
{
    const QString name = Dialogs::instance().textInput(this, tr("Thêm đơn vị"), tr("Tên đơn vị:"), QString()).trimmed();
    if (name.isEmpty())
        return;
    QStringList blocs;
    for (const Bloc &b : m_session.campaign().blocs)
        blocs.append(b.name);
    const int bloc
        = Dialogs::instance().chooseItem(this, tr("Thêm đơn vị"), tr("Khối của đơn vị %1:").arg(name), blocs, 0);
    if (bloc < 0)
        return;
    UnitStore store(m_session.database());
    if (auto existing = store.find(m_session.campaign().id, name); existing.ok() && *existing != 0) {
        Dialogs::instance().warning(this, tr("Thêm đơn vị"), tr("Đã có đơn vị %1.").arg(name));
        return;
    }
    auto id = store.findOrCreate(m_session.campaign().id, name, m_session.campaign().blocs.at(bloc).id);
    if (report(id.ok() ? Status() : Status(id.error()), tr("Thêm đơn vị")))
        selectUnit(*id);
}

void UnitsView::renameUnit()
{
    const qint64 id = currentUnitId();
    if (!id)
        return;
    const QString old
        = m_ui->unitTableView->currentIndex().siblingAtColumn(UnitTableModel::NameColumn).data().toString();
    const QString name
        = Dialogs::instance().textInput(this, tr("Đổi tên đơn vị"), tr("Tên mới của %1:").arg(old), old).trimmed();
    if (name.isEmpty() || name == old)
        return;
    report(UnitStore(m_session.database()).rename(id, name), tr("Đổi tên đơn vị"));
}

void UnitsView::moveUnit()
{
    const qint64 id = currentUnitId();
    if (!id)
        return;
    QStringList blocs;
    int current = 0;
    const QModelIndex index = m_ui->unitTableView->currentIndex();
    const UnitSummary *u = m_model->unitAt(m_proxy->mapToSource(index).row());
    for (const Bloc &b : m_session.campaign().blocs) {
        if (u && b.id == u->unit.blocId)
            current = int(blocs.size());
        blocs.append(b.name);
    }
    const int bloc = Dialogs::instance().chooseItem(
        this, tr("Chuyển khối"),
        tr("Chuyển %1 (và %2 người được đề nghị) sang khối:").arg(u->unit.name).arg(u->nomineeCount), blocs, current);
    if (bloc < 0)
        return;
    const qint64 blocId = m_session.campaign().blocs.at(bloc).id;
    report(runConfirmingWithdrawals(
               this, tr("Chuyển khối"),
               [&](BrokenApprovals policy) {
                   return UnitStore(m_session.database()).moveToBloc(id, blocId, m_session.today(), policy);
               }),
           tr("Chuyển khối"));
}

void UnitsView::mergeUnit()
{
    const qint64 id = currentUnitId();
    if (!id)
        return;
    QStringList names;
    QList<qint64> ids;
    QString from;
    for (const UnitSummary &u : m_session.units()) {
        if (u.unit.id == id) {
            from = u.unit.name;
            continue;
        }
        names.append(u.unit.name);
        ids.append(u.unit.id);
    }
    const int into = Dialogs::instance().chooseItem(
        this, tr("Gộp đơn vị"), tr("Gộp %1 vào đơn vị (người được đề nghị chuyển theo):").arg(from), names, 0);
    if (into < 0)
        return;
    if (Dialogs::instance().question(this, tr("Gộp đơn vị"),
                                     tr("Gộp %1 vào %2? Đơn vị %1 sẽ bị xóa.").arg(from, names.at(into)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const qint64 target = ids.at(into);
    if (report(runConfirmingWithdrawals(
                   this, tr("Gộp đơn vị"),
                   [&](BrokenApprovals policy) {
                       return UnitStore(m_session.database()).merge(id, target, m_session.today(), policy);
                   }),
               tr("Gộp đơn vị")))
        selectUnit(ids.at(into));
}

void UnitsView::removeUnit()
{
    const qint64 id = currentUnitId();
    if (!id)
        return;
    report(UnitStore(m_session.database()).remove(id), tr("Xóa đơn vị"));
}

void UnitsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        announceLanguageChange(m_model);
        m_ui->unitCountLabel->setText(tr("%1 đơn vị").arg(m_model->rowCount()));
        updateButtons();
    }
    QWidget::changeEvent(event);
}

} // namespace vd::gui
