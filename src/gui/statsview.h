// Hội nghị ▸ Tổng hợp: the figures of the movement report (movementstats.h) —
// nominees and honorees by bloc, unit, gender, worker vs staff, LĐG/LĐST and
// the initiatives — as a table and a Qt Charts bar chart per grouping, and the
// annex (Phụ lục số liệu phong trào) printed or written to a file.
// docs/conference.md, "Movement report figures".
#pragma once

#include "listtablemodel.h"
#include "movementstats.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace vd::gui {

class OutputActions;
class Session;

// One grouping of the figures: a label, nominees, honorees per row.
class StatsTableModel : public ListTableModel<StatsRow>
{
    Q_OBJECT

public:
    enum Column { LabelColumn, NomineesColumn, HonoreesColumn, ColumnCount };

    explicit StatsTableModel(QObject *parent = nullptr);

    // `heading`: the first column's header ("Khối", "Đơn vị"…).
    void setRows(const QString &heading, const QList<StatsRow> &rows);
    const QList<StatsRow> &rows() const { return m_items; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_heading;
};

class StatsView : public QWidget
{
    Q_OBJECT

public:
    enum Grouping { ByBloc, ByUnit, ByGender, ByWorker, ByCategory, Initiatives, GroupingCount };

    explicit StatsView(Session &session, QWidget *parent = nullptr);

    const MovementStats &stats() const { return m_stats; }
    StatsTableModel *model() const { return m_model; }
    QChart *chart() const;
    OutputActions *outputActions() const { return m_actions; }
    void setGrouping(Grouping grouping);
    // The figures again from the session's snapshot.
    void reload();

    // At most this many units in the chart (the table has them all).
    static constexpr int kChartUnits = 12;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showGrouping();
    QString heading(Grouping grouping) const;
    QList<StatsRow> rowsOf(Grouping grouping) const;

    Session &m_session;
    MovementStats m_stats;
    StatsTableModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    OutputActions *m_actions = nullptr;
};

} // namespace vd::gui
