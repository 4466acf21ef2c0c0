#include "nomineelistview.h"

#include "ui_nomineelistview.h"

#include "nomineefilterproxy.h"
#include "nomineetablemodel.h"
#include "retranslate.h"
#include "session.h"

#include <QEvent>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>

namespace vd::gui {

NomineeListView::NomineeListView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NomineeListView>()), m_session(session)
{
    m_ui->setupUi(this);
    m_model = new NomineeTableModel(this);
    m_proxy = new NomineeFilterProxy(this);
    m_proxy->setNomineeModel(m_model);
    QTableView *view = m_ui->nomineeTableView;
    view->setModel(m_proxy);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(NomineeTableModel::NameColumn, 200);
    view->setColumnWidth(NomineeTableModel::BlocColumn, 110);
    view->setColumnWidth(NomineeTableModel::UnitColumn, 240);
    view->setColumnWidth(NomineeTableModel::PositionColumn, 150);
    view->setColumnWidth(NomineeTableModel::ReceivedColumn, 120);
    view->setColumnWidth(NomineeTableModel::VerdictColumn, 170);
    view->sortByColumn(NomineeTableModel::NameColumn, Qt::AscendingOrder);

    m_ui->statusFilterComboBox->addItem(tr("Mọi trạng thái"), int(NomineeFilterProxy::Approval::Any));
    m_ui->statusFilterComboBox->addItem(tr("Đã duyệt"), int(NomineeFilterProxy::Approval::Approved));
    m_ui->statusFilterComboBox->addItem(tr("Chưa duyệt"), int(NomineeFilterProxy::Approval::NotApproved));
    m_ui->verdictFilterComboBox->addItem(tr("Mọi kết quả"), -1);
    for (Verdict v : { Verdict::Eligible, Verdict::Review, Verdict::Ineligible })
        m_ui->verdictFilterComboBox->addItem(NomineeTableModel::verdictIcon(v), verdictName(v), int(v));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    for (QComboBox *combo : { m_ui->blocFilterComboBox, m_ui->unitFilterComboBox, m_ui->verdictFilterComboBox,
                              m_ui->statusFilterComboBox }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &NomineeListView::applyFilters);
    }
    connect(m_ui->newNomineeButton, &QPushButton::clicked, this, &NomineeListView::newRequested);
    connect(m_ui->editNomineeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_ui->deleteNomineeButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(NomineeTableModel::NomineeIdRole).toLongLong());
    });
    setFocusProxy(m_ui->searchLineEdit);

    connect(&m_session, &Session::reloaded, this, &NomineeListView::reload);
    reload();
}

NomineeListView::~NomineeListView() = default;

QTableView *NomineeListView::tableView() const { return m_ui->nomineeTableView; }

void NomineeListView::reload()
{
    const qint64 current = currentId();
    QElapsedTimer timer;
    timer.start();
    m_model->setNominees(m_session.campaign(), m_session.nominees(), m_session.verdicts(), m_session.listKeys());
    m_modelLoadMs = timer.elapsed();
    fillFilters();
    if (current)
        selectId(current);
    updateCount();
}

void NomineeListView::fillFilters()
{
    const QVariant bloc = m_ui->blocFilterComboBox->currentData();
    const QVariant unit = m_ui->unitFilterComboBox->currentData();
    QSignalBlocker b1(m_ui->blocFilterComboBox);
    QSignalBlocker b2(m_ui->unitFilterComboBox);
    m_ui->blocFilterComboBox->clear();
    m_ui->blocFilterComboBox->addItem(tr("Mọi khối"), qint64(0));
    for (const Bloc &b : m_session.campaign().blocs)
        m_ui->blocFilterComboBox->addItem(b.name, b.id);
    m_ui->unitFilterComboBox->clear();
    m_ui->unitFilterComboBox->addItem(tr("Mọi đơn vị"), qint64(0));
    for (const UnitSummary &u : m_session.units())
        m_ui->unitFilterComboBox->addItem(u.unit.name, u.unit.id);
    m_ui->blocFilterComboBox->setCurrentIndex(qMax(0, m_ui->blocFilterComboBox->findData(bloc)));
    m_ui->unitFilterComboBox->setCurrentIndex(qMax(0, m_ui->unitFilterComboBox->findData(unit)));
    applyFilters();
}

void NomineeListView::applyFilters()
{
    m_proxy->setBlocId(m_ui->blocFilterComboBox->currentData().toLongLong());
    m_proxy->setUnitId(m_ui->unitFilterComboBox->currentData().toLongLong());
    m_proxy->setVerdict(m_ui->verdictFilterComboBox->currentData().toInt());
    m_proxy->setApproval(NomineeFilterProxy::Approval(m_ui->statusFilterComboBox->currentData().toInt()));
    updateCount();
}

void NomineeListView::updateCount()
{
    m_ui->countLabel->setText(tr("Hiển thị %1 / %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QList<qint64> NomineeListView::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_ui->nomineeTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(NomineeTableModel::NomineeIdRole).toLongLong());
    return ids;
}

qint64 NomineeListView::currentId() const
{
    const QModelIndex index = m_ui->nomineeTableView->currentIndex();
    return index.isValid() ? index.data(NomineeTableModel::NomineeIdRole).toLongLong() : 0;
}

void NomineeListView::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->nomineeTableView->setCurrentIndex(index);
        m_ui->nomineeTableView->scrollTo(index);
    }
}

void NomineeListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const QStringList statuses { tr("Mọi trạng thái"), tr("Đã duyệt"), tr("Chưa duyệt") };
        for (int i = 0; i < statuses.size() && i < m_ui->statusFilterComboBox->count(); ++i)
            m_ui->statusFilterComboBox->setItemText(i, statuses.at(i));
        m_ui->verdictFilterComboBox->setItemText(0, tr("Mọi kết quả"));
        for (int i = 1; i < m_ui->verdictFilterComboBox->count(); ++i)
            m_ui->verdictFilterComboBox->setItemText(i, verdictName(Verdict(m_ui->verdictFilterComboBox->itemData(i).toInt())));
        m_ui->blocFilterComboBox->setItemText(0, tr("Mọi khối"));
        m_ui->unitFilterComboBox->setItemText(0, tr("Mọi đơn vị"));
        announceLanguageChange(m_model);
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace vd::gui
