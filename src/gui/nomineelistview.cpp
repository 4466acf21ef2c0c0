#include "nomineelistview.h"

#include "ui_nomineelistview.h"

#include "nomineefilterproxy.h"
#include "nomineetablemodel.h"
#include "retranslate.h"
#include "session.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

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
    for (QComboBox *combo : { m_ui->unitFilterComboBox, m_ui->verdictFilterComboBox, m_ui->statusFilterComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &NomineeListView::applyFilters);
    // A bloc chosen: the unit filter lists only that bloc's units (issue 16).
    connect(m_ui->blocFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillUnitFilter();
        applyFilters();
    });
    connect(m_ui->clearFiltersPushButton, &QPushButton::clicked, this, &NomineeListView::clearFilters);
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
    // Sửa and Xóa only with a selected row (issue 16, "First day").
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NomineeListView::updateButtons);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NomineeListView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NomineeListView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NomineeListView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NomineeListView::updateButtons);
    updateButtons();
    setUpEmptyHint();
    setUpNoMatchHint();

    // A large campaign's rows come first, their verdicts after (session.h).
    connect(&m_session, &Session::rowsLoaded, this, &NomineeListView::reload);
    // While a large campaign loads the list is still empty: say it is loading,
    // not that the campaign has no dossier (docs/gui.md "Large campaigns").
    connect(&m_session, &Session::loadingChanged, this, &NomineeListView::updateCount);
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
    if (m_model->isChecking() && !m_session.isChecking() && m_model->showsRows(m_session.nominees())) {
        // The verdicts of the rows on screen: filled in where they stand, the
        // search, filters, selection and scrolling as the user left them.
        m_model->setVerdicts(m_session.verdicts(), m_session.listKeys());
        m_modelLoadMs = timer.elapsed();
        updateCount();
        return;
    }
    m_model->setNominees(m_session.campaign(), m_session.nominees(), m_session.verdicts(), m_session.listKeys(),
                         m_session.isChecking());
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
    m_ui->blocFilterComboBox->setCurrentIndex(qMax(0, m_ui->blocFilterComboBox->findData(bloc)));
    fillUnitFilter();
    m_ui->unitFilterComboBox->setCurrentIndex(qMax(0, m_ui->unitFilterComboBox->findData(unit)));
    applyFilters();
}

void NomineeListView::fillUnitFilter()
{
    const qint64 bloc = m_ui->blocFilterComboBox->currentData().toLongLong();
    // A unit belongs to a bloc by its own bloc or by a nominee filed in it.
    QSet<qint64> inBloc;
    if (bloc != 0) {
        for (const Nominee &n : m_session.nominees()) {
            if (n.blocId == bloc)
                inBloc.insert(n.unitId);
        }
    }
    QComboBox *combo = m_ui->unitFilterComboBox;
    const QVariant unit = combo->currentData();
    QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(bloc != 0 ? tr("Mọi đơn vị của khối") : tr("Mọi đơn vị"), qint64(0));
    for (const UnitSummary &u : m_session.units()) {
        if (bloc == 0 || u.unit.blocId == bloc || inBloc.contains(u.unit.id))
            combo->addItem(u.unit.name, u.unit.id);
    }
    // The chosen unit stays when it is in the bloc; otherwise every unit of the bloc.
    combo->setCurrentIndex(qMax(0, combo->findData(unit)));
}

void NomineeListView::clearFilters()
{
    {
        QSignalBlocker b1(m_ui->searchLineEdit);
        QSignalBlocker b2(m_ui->blocFilterComboBox);
        QSignalBlocker b3(m_ui->verdictFilterComboBox);
        QSignalBlocker b4(m_ui->statusFilterComboBox);
        m_ui->searchLineEdit->clear();
        m_proxy->setSearchText(QString());
        m_ui->blocFilterComboBox->setCurrentIndex(0);
        m_ui->verdictFilterComboBox->setCurrentIndex(0);
        m_ui->statusFilterComboBox->setCurrentIndex(0);
        fillUnitFilter();
        QSignalBlocker b5(m_ui->unitFilterComboBox);
        m_ui->unitFilterComboBox->setCurrentIndex(0);
    }
    applyFilters();
}

bool NomineeListView::isFiltered() const
{
    return !m_ui->searchLineEdit->text().trimmed().isEmpty() || m_ui->blocFilterComboBox->currentIndex() > 0
           || m_ui->unitFilterComboBox->currentIndex() > 0 || m_ui->verdictFilterComboBox->currentIndex() > 0
           || m_ui->statusFilterComboBox->currentIndex() > 0;
}

QString NomineeListView::activeFiltersText() const
{
    QStringList parts;
    const QString search = m_ui->searchLineEdit->text().trimmed();
    if (!search.isEmpty())
        parts << tr("tìm “%1”").arg(search);
    const auto chosen = [&parts](const QComboBox *combo, const QString &what) {
        if (combo->currentIndex() > 0)
            parts << what.arg(combo->currentText());
    };
    chosen(m_ui->blocFilterComboBox, tr("khối %1"));
    chosen(m_ui->unitFilterComboBox, tr("đơn vị %1"));
    chosen(m_ui->verdictFilterComboBox, tr("kết quả xét: %1"));
    chosen(m_ui->statusFilterComboBox, tr("duyệt: %1"));
    return parts.join(QStringLiteral("; "));
}

void NomineeListView::applyFilters()
{
    m_proxy->setBlocId(m_ui->blocFilterComboBox->currentData().toLongLong());
    m_proxy->setUnitId(m_ui->unitFilterComboBox->currentData().toLongLong());
    m_proxy->setVerdict(m_ui->verdictFilterComboBox->currentData().toInt());
    m_proxy->setApproval(NomineeFilterProxy::Approval(m_ui->statusFilterComboBox->currentData().toInt()));
    updateCount();
}

void NomineeListView::setUpEmptyHint()
{
    // An empty list says what to do, in the list's place (issue 16, "First day").
    m_emptyHint = new QWidget(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHintWidget"));
    auto *layout = new QVBoxLayout(m_emptyHint);
    m_emptyLabel = new QLabel(m_emptyHint);
    m_emptyLabel->setObjectName(QStringLiteral("emptyHintLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_emptyNewButton = new QPushButton(m_emptyHint);
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewPushButton"));
    m_emptyImportButton = new QPushButton(m_emptyHint);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportPushButton"));
    m_emptyTemplateButton = new QPushButton(m_emptyHint);
    m_emptyTemplateButton->setObjectName(QStringLiteral("emptyTemplatePushButton"));
    for (QPushButton *b : { m_emptyNewButton, m_emptyImportButton, m_emptyTemplateButton })
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    m_ui->listLayout->insertWidget(m_ui->listLayout->indexOf(m_ui->nomineeTableView) + 1, m_emptyHint);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &NomineeListView::newRequested);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &NomineeListView::importRequested);
    connect(m_emptyTemplateButton, &QPushButton::clicked, this, &NomineeListView::templateRequested);
    retranslateEmptyHint();
    m_emptyHint->hide();
}

void NomineeListView::retranslateEmptyHint()
{
    for (QPushButton *b : { m_emptyNewButton, m_emptyImportButton, m_emptyTemplateButton })
        b->setVisible(!m_emptyHintLoading);
    if (m_emptyHintLoading) {
        m_emptyLabel->setText(tr("Đang tải hồ sơ đề nghị của đợt…"));
        return;
    }
    m_emptyLabel->setText(tr("Chưa có hồ sơ đề nghị nào. Thêm từng hồ sơ, nhập danh sách trích ngang "
                             "(tệp Excel hoặc CSV) của đơn vị, hoặc lưu tệp mẫu để gửi cho các đơn vị điền."));
    m_emptyNewButton->setText(tr("Thêm hồ sơ…"));
    m_emptyImportButton->setText(tr("Nhập từ tệp của đơn vị…"));
    m_emptyTemplateButton->setText(tr("Lưu tệp mẫu…"));
}

void NomineeListView::setUpNoMatchHint()
{
    // Filters that leave nothing say so, and undo themselves in one click (issue 16).
    m_noMatchHint = new QWidget(this);
    m_noMatchHint->setObjectName(QStringLiteral("noMatchHintWidget"));
    auto *layout = new QVBoxLayout(m_noMatchHint);
    m_noMatchLabel = new QLabel(m_noMatchHint);
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchClearButton = new QPushButton(m_noMatchHint);
    m_noMatchClearButton->setObjectName(QStringLiteral("noMatchClearPushButton"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_noMatchClearButton);
    row->addStretch(1);
    layout->addStretch(1);
    layout->addWidget(m_noMatchLabel);
    layout->addLayout(row);
    layout->addStretch(2);
    m_ui->listLayout->insertWidget(m_ui->listLayout->indexOf(m_ui->nomineeTableView) + 1, m_noMatchHint);
    connect(m_noMatchClearButton, &QPushButton::clicked, this, &NomineeListView::clearFilters);
    m_noMatchClearButton->setText(tr("Bỏ lọc, xem tất cả hồ sơ"));
    m_noMatchHint->hide();
}

void NomineeListView::updateButtons()
{
    const bool selected = m_ui->nomineeTableView->selectionModel()->hasSelection();
    m_ui->editNomineeButton->setEnabled(selected && currentId() != 0);
    m_ui->deleteNomineeButton->setEnabled(selected);
    emit selectionChanged();
}

void NomineeListView::updateCount()
{
    const bool filtered = isFiltered();
    if (m_emptyHint && m_noMatchHint) {
        const bool empty = m_model->rowCount() == 0;
        const bool noMatch = !empty && m_proxy->rowCount() == 0;
        const bool loading = empty && m_session.isLoading();
        if (loading != m_emptyHintLoading) {
            m_emptyHintLoading = loading;
            retranslateEmptyHint();
        }
        m_emptyHint->setVisible(empty);
        m_noMatchHint->setVisible(noMatch);
        m_ui->nomineeTableView->setVisible(!empty && !noMatch);
        if (noMatch) {
            m_noMatchLabel->setText(tr("Không có hồ sơ nào khớp bộ lọc (%1) trong %2 hồ sơ của đợt.")
                                        .arg(activeFiltersText())
                                        .arg(m_model->rowCount()));
        }
    }
    m_ui->clearFiltersPushButton->setEnabled(filtered);
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
            m_ui->verdictFilterComboBox->setItemText(
                i, verdictName(Verdict(m_ui->verdictFilterComboBox->itemData(i).toInt())));
        m_ui->blocFilterComboBox->setItemText(0, tr("Mọi khối"));
        m_ui->unitFilterComboBox->setItemText(
            0, m_ui->blocFilterComboBox->currentIndex() > 0 ? tr("Mọi đơn vị của khối") : tr("Mọi đơn vị"));
        m_noMatchClearButton->setText(tr("Bỏ lọc, xem tất cả hồ sơ"));
        announceLanguageChange(m_model);
        if (m_emptyHint)
            retranslateEmptyHint();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace vd::gui
