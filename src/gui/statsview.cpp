#include "statsview.h"

#include "chartaxes.h"
#include "outputactions.h"
#include "retranslate.h"
#include "session.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace vd::gui {

StatsTableModel::StatsTableModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

void StatsTableModel::setRows(const QString &heading, const QList<StatsRow> &rows)
{
    beginResetModel();
    m_heading = heading;
    m_items = rows;
    endResetModel();
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const StatsRow &r = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LabelColumn:
            return r.label;
        case NomineesColumn:
            return r.nominees;
        case HonoreesColumn:
            return r.honorees;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return m_heading;
    case NomineesColumn:
        return tr("Được đề nghị");
    case HonoreesColumn:
        return tr("Được biểu dương");
    }
    return {};
}

StatsView::StatsView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *row = new QHBoxLayout;
    m_groupingLabel = new QLabel(this);
    m_groupingLabel->setObjectName(QStringLiteral("statsGroupingLabel"));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("statsGroupingComboBox"));
    m_groupingLabel->setBuddy(m_grouping);
    row->addWidget(m_groupingLabel);
    row->addWidget(m_grouping);
    row->addStretch(1);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("statsSplitter"));
    m_model = new StatsTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("statsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StatsTableModel::LabelColumn, QHeaderView::Stretch);
    // The figures' headers are read whole, whatever the language.
    m_table->horizontalHeader()->setSectionResizeMode(StatsTableModel::NomineesColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatsTableModel::HonoreesColumn, QHeaderView::ResizeToContents);
    m_chartView = new QChartView(new QChart, splitter);
    m_chartView->setObjectName(QStringLiteral("statsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus); // a picture; the table holds the same figures
    m_chartView->setMinimumSize(380, 260);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_actions = new OutputActions(session, { docs::OutputKind::MovementAnnex }, this);
    m_actions->setObjectName(QStringLiteral("statsOutputActions"));
    layout->addWidget(m_actions);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { showGrouping(); });
    connect(&m_session, &Session::reloaded, this, &StatsView::reload);
    retranslate();
    reload();
}

QChart *StatsView::chart() const { return m_chartView->chart(); }

void StatsView::setGrouping(Grouping grouping) { m_grouping->setCurrentIndex(int(grouping)); }

void StatsView::retranslate()
{
    const int current = qMax(0, m_grouping->currentIndex());
    {
        const QSignalBlocker blocker(m_grouping);
        m_grouping->clear();
        for (int g = 0; g < GroupingCount; ++g)
            m_grouping->addItem(heading(Grouping(g)));
        m_grouping->setCurrentIndex(current);
    }
    m_groupingLabel->setText(tr("&Nhóm theo:"));
    m_table->setAccessibleName(tr("Số liệu theo nhóm"));
    m_chartView->setAccessibleName(tr("Biểu đồ số liệu theo nhóm"));
    // The rows' labels (Nữ, Nam, Lao động giỏi…) come from core in the language of the load.
    m_stats = computeMovementStats(m_session.campaign(), m_session.nominees());
    showGrouping();
}

void StatsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatsView::reload()
{
    m_stats = computeMovementStats(m_session.campaign(), m_session.nominees());
    showGrouping();
}

QString StatsView::heading(Grouping grouping) const
{
    switch (grouping) {
    case ByBloc:
        return tr("Khối");
    case ByUnit:
        return tr("Đơn vị");
    case ByGender:
        return tr("Giới tính");
    case ByWorker:
        return tr("Công nhân lao động / cán bộ, viên chức");
    case ByCategory:
        return tr("Danh hiệu (LĐG, LĐST)");
    case Initiatives:
        return tr("Sáng kiến");
    case GroupingCount:
        break;
    }
    return {};
}

QList<StatsRow> StatsView::rowsOf(Grouping grouping) const
{
    switch (grouping) {
    case ByBloc:
        return m_stats.byBloc;
    case ByUnit:
        return m_stats.byUnit;
    case ByGender:
        return m_stats.byGender;
    case ByWorker:
        return m_stats.byWorker;
    case ByCategory:
        return m_stats.byCategory;
    case Initiatives: {
        StatsRow with;
        with.key = QStringLiteral("initiative");
        with.label = tr("Có sáng kiến");
        with.nominees = m_stats.initiatives;
        with.honorees = m_stats.honoreeInitiatives;
        StatsRow without;
        without.key = QStringLiteral("none");
        without.label = tr("Không nêu sáng kiến");
        without.nominees = m_stats.nominees - m_stats.initiatives;
        without.honorees = m_stats.honorees - m_stats.honoreeInitiatives;
        return { with, without };
    }
    case GroupingCount:
        break;
    }
    return {};
}

void StatsView::showGrouping()
{
    const auto grouping = Grouping(qBound(0, m_grouping->currentIndex(), GroupingCount - 1));
    const QList<StatsRow> rows = rowsOf(grouping);
    m_model->setRows(heading(grouping), rows);
    m_summary->setText(tr("%1: %2 người được đề nghị, %3 người được biểu dương (đã duyệt); "
                          "%4 người có sáng kiến, trong đó %5 người được biểu dương.")
                           .arg(m_stats.campaign.name)
                           .arg(m_stats.nominees)
                           .arg(m_stats.honorees)
                           .arg(m_stats.initiatives)
                           .arg(m_stats.honoreeInitiatives));

    // Horizontal bars: long unit names read on the left; the first row on top.
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QList<StatsRow> shown = rows;
    QString title = heading(grouping);
    if (grouping == ByUnit && shown.size() > kChartUnits) {
        shown = shown.mid(0, kChartUnits);
        title = tr("%1 (%2 đơn vị nhiều nhất)").arg(title).arg(kChartUnits);
    }
    chart->setTitle(title);
    auto *nominated = new QBarSet(tr("Được đề nghị"));
    auto *honoured = new QBarSet(tr("Được biểu dương"));
    QStringList labels;
    int top = 1;
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const StatsRow &r = shown.at(i);
        // Category labels must differ; a unit name longer than the chart is cut.
        QString label = r.label.size() > 40 ? r.label.left(38) + QStringLiteral("…") : r.label;
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels.append(label);
        *nominated << r.nominees;
        *honoured << r.honorees;
        top = qMax(top, qMax(r.nominees, r.honorees));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(nominated);
    series->append(honoured);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis *counts = countAxis(top);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setAccessibleDescription(title);
}

} // namespace vd::gui
