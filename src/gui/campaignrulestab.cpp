#include "campaignrulestab.h"

#include "council.h"
#include "rules.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

// The rules' own texts (field names), translated in their context "vd::RulesEngine".
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(vd::RulesEngine)
};

// The choices of the tie priority box: each a list of keys (council.h).
const QList<QStringList> &tieChoices()
{
    static const QList<QStringList> choices {
        {},
        { QStringLiteral("female") },
        { QStringLiteral("worker") },
        { QStringLiteral("female"), QStringLiteral("worker") },
        { QStringLiteral("worker"), QStringLiteral("female") },
    };
    return choices;
}

// The choices of the severity box, in order; "" is the plan's default.
const QStringList kSeverityCodes { QString(), QStringLiteral("error"), QStringLiteral("warning"),
                                   QStringLiteral("off") };

enum Column { CodeColumn, FieldColumn, DefaultColumn, AppliedColumn, ColumnCount };

} // namespace

CampaignRulesTab::CampaignRulesTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rulesTab"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_yearsLabel = new QLabel(this);
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("honouredBeforeYearsSpinBox"));
    m_years->setRange(0, 50);
    m_yearsLabel->setBuddy(m_years);
    form->addRow(m_yearsLabel, m_years);
    m_tieLabel = new QLabel(this);
    m_tie = new QComboBox(this);
    m_tie->setObjectName(QStringLiteral("tiePriorityComboBox"));
    m_tieLabel->setBuddy(m_tie);
    form->addRow(m_tieLabel, m_tie);
    layout->addLayout(form);

    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setWordWrap(true);
    layout->addWidget(m_rulesLabel);
    m_rules = new QTableWidget(this);
    m_rules->setObjectName(QStringLiteral("ruleSeveritiesTableWidget"));
    m_rules->setColumnCount(ColumnCount);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setTabKeyNavigation(false);
    m_rules->verticalHeader()->setVisible(false);
    m_rules->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    m_rulesLabel->setBuddy(m_rules);
    layout->addWidget(m_rules, 1);

    auto *row = new QFormLayout;
    m_severityLabel = new QLabel(this);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("ruleSeverityComboBox"));
    m_severityLabel->setBuddy(m_severity);
    row->addRow(m_severityLabel, m_severity);
    layout->addLayout(row);

    connect(m_rules, &QTableWidget::currentCellChanged, this, &CampaignRulesTab::showCurrentSeverity);
    connect(m_severity, &QComboBox::activated, this, &CampaignRulesTab::setCurrentSeverity);
    retranslate();
}

void CampaignRulesTab::load(const Campaign &campaign)
{
    m_years->setValue(campaign.honouredBeforeYears);
    const int tie = int(tieChoices().indexOf(campaign.tiePriority));
    m_tie->setCurrentIndex(qMax(0, tie));
    m_severities = campaign.ruleSeverities;
    fillRows();
    m_rules->setCurrentCell(0, CodeColumn);
    showCurrentSeverity();
}

void CampaignRulesTab::apply(Campaign &campaign) const
{
    campaign.honouredBeforeYears = m_years->value();
    campaign.tiePriority = tieChoices().value(m_tie->currentIndex());
    campaign.ruleSeverities = m_severities;
}

void CampaignRulesTab::fillRows()
{
    auto severityName = [](const QString &code) {
        if (code == QLatin1String("error"))
            return tr("Lỗi");
        if (code == QLatin1String("warning"))
            return tr("Cảnh báo");
        return tr("Không áp dụng");
    };
    const QList<RuleSpec> &specs = ruleSpecs();
    m_rules->setRowCount(int(specs.size()));
    for (int i = 0; i < specs.size(); ++i) {
        const RuleSpec &spec = specs.at(i);
        const QString set = m_severities.value(spec.code);
        const QString applied = set.isEmpty() ? severityCode(spec.severity) : set;
        m_rules->setItem(i, CodeColumn, new QTableWidgetItem(spec.code));
        m_rules->setItem(i, FieldColumn, new QTableWidgetItem(RuleText::tr(spec.field)));
        m_rules->setItem(i, DefaultColumn, new QTableWidgetItem(severityName(severityCode(spec.severity))));
        auto *item = new QTableWidgetItem(set.isEmpty() ? severityName(applied)
                                                        : tr("%1 (của đợt)").arg(severityName(applied)));
        QFont font = item->font();
        font.setBold(!set.isEmpty());
        item->setFont(font);
        m_rules->setItem(i, AppliedColumn, item);
    }
    m_rules->resizeColumnToContents(CodeColumn);
}

void CampaignRulesTab::showCurrentSeverity()
{
    const int row = m_rules->currentRow();
    m_severity->setEnabled(row >= 0);
    if (row < 0)
        return;
    const QSignalBlocker block(m_severity);
    m_severity->setCurrentIndex(qMax(0, int(kSeverityCodes.indexOf(m_severities.value(ruleSpecs().at(row).code)))));
}

void CampaignRulesTab::setCurrentSeverity(int choice)
{
    const int row = m_rules->currentRow();
    if (row < 0 || choice < 0)
        return;
    const QString code = ruleSpecs().at(row).code;
    if (kSeverityCodes.value(choice).isEmpty())
        m_severities.remove(code);
    else
        m_severities.insert(code, kSeverityCodes.value(choice));
    fillRows();
    m_rules->setCurrentCell(row, CodeColumn);
}

void CampaignRulesTab::retranslate()
{
    m_yearsLabel->setText(tr("Đã được khen trong &số năm gần đây (cảnh báo):"));
    m_years->setSpecialValueText(tr("không xét"));
    m_years->setSuffix(tr(" năm"));
    m_tieLabel->setText(tr("Ư&u tiên gợi ý khi bằng phiếu:"));
    const int tie = m_tie->currentIndex();
    m_tie->clear();
    for (const QStringList &keys : tieChoices()) {
        const QStringList names = tiePriorityNames(keys);
        m_tie->addItem(names.isEmpty() ? tr("Không ưu tiên (Hội đồng tự quyết định)")
                                       : tr("Trước hết: %1").arg(names.join(tr(", rồi "))));
    }
    m_tie->setCurrentIndex(qMax(0, tie));
    m_rulesLabel->setText(tr("Quy &tắc xét và mức áp dụng của đợt này (chọn một dòng, rồi đổi mức ở dưới):"));
    m_rules->setAccessibleName(tr("Quy tắc xét và mức áp dụng"));
    m_rules->setHorizontalHeaderLabels({ tr("Mã quy tắc"), tr("Trường xét"), tr("Mặc định"), tr("Đợt này") });
    m_severityLabel->setText(tr("&Mức của quy tắc đang chọn:"));
    const int severity = m_severity->currentIndex();
    m_severity->clear();
    m_severity->addItems({ tr("Theo mặc định của Kế hoạch"), tr("Lỗi (không đủ điều kiện)"),
                           tr("Cảnh báo (cần xem xét)"), tr("Không áp dụng") });
    m_severity->setCurrentIndex(qMax(0, severity));
    fillRows();
}

void CampaignRulesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vd::gui
