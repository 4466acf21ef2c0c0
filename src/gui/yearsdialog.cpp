#include "yearsdialog.h"

#include "chartaxes.h"
#include "session.h"
#include "stats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace vd::gui {

namespace {

QChartView *chartView(QChart *chart, const QString &objectName, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 230);
    view->setAccessibleName(chart->title());
    return view;
}

// One bar set per series over the campaign years on the x axis.
QChart *barChart(const QString &title, const QStringList &years, const QList<QBarSet *> &sets)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QBarSeries;
    int top = 1;
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            top = qMax(top, int(set->at(i)));
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(years);
    QValueAxis *y = countAxis(top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace

YearsDialog::YearsDialog(Session &session, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("yearsDialog"));
    setWindowTitle(tr("Qua các năm"));
    auto *layout = new QVBoxLayout(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("yearsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto stats = statsByYear(session.database());
    if (!stats) {
        m_errorLabel->setText(stats.error().message);
    } else {
        m_errorLabel->hide();
        m_campaigns = int(stats->size());
        QStringList years;
        for (const CampaignStats &s : std::as_const(*stats))
            years.append(QString::number(s.year));

        // Nominees and honorees per year, one bar set per bloc code.
        QStringList blocCodes;
        for (const CampaignStats &s : std::as_const(*stats)) {
            for (const YearStatsRow &b : s.blocs) {
                if (!blocCodes.contains(b.key))
                    blocCodes.append(b.key);
            }
        }
        QList<QBarSet *> nominated, approved;
        for (const QString &code : std::as_const(blocCodes)) {
            auto *n = new QBarSet(code);
            auto *a = new QBarSet(code);
            for (const CampaignStats &s : std::as_const(*stats)) {
                int nominees = 0, honorees = 0;
                for (const YearStatsRow &b : s.blocs) {
                    if (b.key == code) {
                        nominees = b.nominees;
                        honorees = b.approved;
                    }
                }
                *n << nominees;
                *a << honorees;
            }
            nominated.append(n);
            approved.append(a);
        }
        QList<QBarSet *> units { new QBarSet(tr("Đơn vị tham gia")) };
        QList<QBarSet *> repeat { new QBarSet(tr("Đề nghị lại")), new QBarSet(tr("Được biểu dương lại")) };
        QList<QBarSet *> initiatives { new QBarSet(tr("Được công nhận")), new QBarSet(tr("Được duyệt")) };
        for (const CampaignStats &s : std::as_const(*stats)) {
            *units[0] << s.participatingUnits;
            *repeat[0] << s.repeatNominees;
            *repeat[1] << s.repeatHonorees;
            *initiatives[0] << s.initiatives;
            *initiatives[1] << s.approvedInitiatives;
        }
        auto *grid = new QGridLayout;
        // Three charts a row: the dialog fits a 1366×768 screen (docs/gui.md).
        grid->addWidget(chartView(barChart(tr("Người được đề nghị theo khối"), years, nominated),
                                  QStringLiteral("nominatedChartView"), this),
                        0, 0);
        grid->addWidget(chartView(barChart(tr("Người được biểu dương theo khối"), years, approved),
                                  QStringLiteral("approvedChartView"), this),
                        0, 1);
        grid->addWidget(
            chartView(barChart(tr("Đơn vị tham gia"), years, units), QStringLiteral("unitsChartView"), this), 0, 2);
        grid->addWidget(chartView(barChart(tr("Người được biểu dương nhiều lần"), years, repeat),
                                  QStringLiteral("repeatChartView"), this),
                        1, 0);
        grid->addWidget(
            chartView(barChart(tr("Sáng kiến"), years, initiatives), QStringLiteral("initiativesChartView"), this), 1,
            1);
        layout->addLayout(grid);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("yearsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace vd::gui
