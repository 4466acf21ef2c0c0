#include "budgetview.h"

#include "adminformat.h"
#include "dialogs.h"
#include "outputactions.h"
#include "reloadwhenshown.h"
#include "session.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

// The reward box holds whole đồng up to two billion.
int spinAmount(qint64 amount) { return int(qBound(qint64(0), amount, qint64(2000000000))); }

QString money(qint64 amount) { return docs::formatAmount(amount); }

} // namespace

CostLineModel::CostLineModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QVariant CostLineModel::data(const QModelIndex &index, int role) const
{
    const CostLine *l = itemAt(index);
    if (!l)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case PositionColumn:
            return l->position;
        case NameColumn:
            return l->name;
        case UnitColumn:
            return l->unit;
        case QuantityColumn:
            return money(l->quantity);
        case UnitPriceColumn:
            return money(l->unitPrice);
        case AmountColumn:
            return money(l->amount());
        case NoteColumn:
            return l->note;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == QuantityColumn || index.column() == UnitPriceColumn || index.column() == AmountColumn
            || index.column() == PositionColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CostLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("STT");
    case NameColumn:
        return tr("Nội dung");
    case UnitColumn:
        return tr("Đơn vị tính");
    case QuantityColumn:
        return tr("Số lượng");
    case UnitPriceColumn:
        return tr("Đơn giá (đồng)");
    case AmountColumn:
        return tr("Thành tiền (đồng)");
    case NoteColumn:
        return tr("Ghi chú");
    }
    return {};
}

BudgetView::BudgetView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *rewardRow = new QHBoxLayout;
    m_rewardLabel = new QLabel(this);
    m_reward = new QSpinBox(this);
    m_reward->setObjectName(QStringLiteral("rewardAmountSpinBox"));
    m_reward->setRange(0, 2000000000);
    m_reward->setSingleStep(50000);
    m_reward->setGroupSeparatorShown(true);
    m_rewardLabel->setBuddy(m_reward);
    m_rewardLine = new QLabel(this);
    m_rewardLine->setObjectName(QStringLiteral("rewardLineLabel"));
    rewardRow->addWidget(m_rewardLabel);
    rewardRow->addWidget(m_reward);
    rewardRow->addWidget(m_rewardLine, 1);
    layout->addLayout(rewardRow);

    auto *middle = new QHBoxLayout;
    m_model = new CostLineModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("costLinesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CostLineModel::NameColumn, QHeaderView::Stretch);
    middle->addWidget(m_table, 3);

    m_formBox = new QGroupBox(this);
    m_formBox->setObjectName(QStringLiteral("costLineGroupBox"));
    auto *form = new QFormLayout(m_formBox);
    m_nameLabel = new QLabel(m_formBox);
    m_name = new QLineEdit(m_formBox);
    m_name->setObjectName(QStringLiteral("costNameLineEdit"));
    m_nameLabel->setBuddy(m_name);
    m_unitLabel = new QLabel(m_formBox);
    m_unit = new QLineEdit(m_formBox);
    m_unit->setObjectName(QStringLiteral("costUnitLineEdit"));
    m_unitLabel->setBuddy(m_unit);
    m_quantityLabel = new QLabel(m_formBox);
    m_quantity = new QSpinBox(m_formBox);
    m_quantity->setObjectName(QStringLiteral("costQuantitySpinBox"));
    // Above core's limits, so that a value too large is said, not silently cut.
    m_quantity->setRange(0, 99999999);
    m_quantity->setGroupSeparatorShown(true);
    m_quantityLabel->setBuddy(m_quantity);
    m_priceLabel = new QLabel(m_formBox);
    m_price = new QDoubleSpinBox(m_formBox);
    m_price->setObjectName(QStringLiteral("costUnitPriceSpinBox"));
    m_price->setDecimals(0);
    m_price->setRange(0, 999999999999.0);
    m_price->setSingleStep(10000);
    m_price->setGroupSeparatorShown(true);
    m_priceLabel->setBuddy(m_price);
    m_noteLabel = new QLabel(m_formBox);
    m_note = new QLineEdit(m_formBox);
    m_note->setObjectName(QStringLiteral("costNoteLineEdit"));
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_quantityLabel, m_quantity);
    form->addRow(m_priceLabel, m_price);
    form->addRow(m_noteLabel, m_note);
    m_problems = new QLabel(m_formBox);
    m_problems->setObjectName(QStringLiteral("costProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    form->addRow(m_problems);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(m_formBox);
    m_add->setObjectName(QStringLiteral("addCostLinePushButton"));
    m_save = new QPushButton(m_formBox);
    m_save->setObjectName(QStringLiteral("saveCostLinePushButton"));
    m_remove = new QPushButton(m_formBox);
    m_remove->setObjectName(QStringLiteral("removeCostLinePushButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    form->addRow(buttons);
    middle->addWidget(m_formBox, 2);
    layout->addLayout(middle, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("budgetTotalLabel"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("budgetWordsLabel"));
    m_words->setTextFormat(Qt::PlainText);
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_words);
    m_stored = new QLabel(this);
    m_stored->setObjectName(QStringLiteral("budgetStoredLabel"));
    m_stored->setWordWrap(true);
    layout->addWidget(m_stored);
    m_actions = new OutputActions(session, { docs::OutputKind::Budget }, this);
    m_actions->setObjectName(QStringLiteral("budgetOutputActions"));
    m_actions->setOptions([this] {
        docs::OutputOptions options;
        options.rewardAmount = m_reward->value();
        return options;
    });
    layout->addWidget(m_actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BudgetView::showLine);
    connect(m_reward, &QSpinBox::valueChanged, this, &BudgetView::recompute);
    connect(m_name, &QLineEdit::textChanged, this, &BudgetView::updateForm);
    connect(m_unit, &QLineEdit::textChanged, this, &BudgetView::updateForm);
    connect(m_quantity, &QSpinBox::valueChanged, this, &BudgetView::updateForm);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, &BudgetView::updateForm);
    connect(m_add, &QPushButton::clicked, this, &BudgetView::addLine);
    connect(m_save, &QPushButton::clicked, this, &BudgetView::saveLine);
    connect(m_remove, &QPushButton::clicked, this, &BudgetView::removeLine);
    // Computed for 100 000 nominees only when on screen (reloadwhenshown.h).
    (new ReloadWhenShown(this, m_session, [this] { reload(); }))->request();
    retranslate();
}

void BudgetView::retranslate()
{
    m_rewardLabel->setText(tr("&Mức thưởng mỗi người:"));
    m_reward->setSuffix(tr(" đồng"));
    m_table->setAccessibleName(tr("Các khoản chi"));
    m_formBox->setTitle(tr("Khoản chi"));
    m_nameLabel->setText(tr("Nội &dung:"));
    m_unitLabel->setText(tr("Đơn vị tính:"));
    m_quantityLabel->setText(tr("Số lượng:"));
    m_priceLabel->setText(tr("Đơn giá:"));
    m_price->setSuffix(tr(" đồng"));
    m_noteLabel->setText(tr("Ghi chú:"));
    m_add->setText(tr("Thêm &khoản chi"));
    m_save->setText(tr("&Lưu khoản chi"));
    m_remove->setText(tr("&Bỏ khoản chi"));
    m_stored->setText(tr("Các khoản chi được lưu ngay khi bấm Thêm, Lưu hoặc Bỏ (không hoàn tác bằng "
                         "Ctrl+Z). Mức thưởng ở đây chỉ dùng cho dự toán; mức mặc định đặt ở Công cụ ▸ "
                         "Cài đặt đợt biểu dương."));
    showBudget(); // the budget computed last, in the new language (no new query)
}

void BudgetView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

qint64 BudgetView::currentLineId() const
{
    const CostLine *l = m_model->lineAt(m_table->currentIndex().row());
    return l ? l->id : 0;
}

void BudgetView::reload()
{
    // A new campaign amount replaces the shown one unless the person changed it.
    const qint64 amount = m_session.campaign().rewardAmount;
    if (m_campaignAmount < 0 || m_reward->value() == spinAmount(m_campaignAmount)) {
        const QSignalBlocker blocker(m_reward);
        m_reward->setValue(spinAmount(amount));
    }
    m_campaignAmount = amount;
    recompute();
}

void BudgetView::recompute()
{
    const qint64 line = currentLineId();
    auto budget = loadBudget(m_session.database(), m_reward->value());
    m_loadError = budget ? QString() : budget.error().message;
    m_budget = budget ? *budget : Budget();
    m_model->setLines(m_budget.lines);
    if (const int row = m_model->rowOfId(line); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showBudget();
}

void BudgetView::showBudget()
{
    m_rewardLine->setText(
        tr("× %1 người được biểu dương = %2 đồng").arg(m_budget.honorees).arg(money(m_budget.rewardSubtotal)));
    if (!m_loadError.isEmpty()) {
        m_total->setText(m_loadError);
        m_words->clear();
    } else {
        m_total->setText(tr("Tiền thưởng %1 đồng + các khoản chi %2 đồng = Tổng cộng %3 đồng")
                             .arg(money(m_budget.rewardSubtotal), money(m_budget.costSubtotal), money(m_budget.total)));
        m_words->setText(tr("Bằng chữ: %1").arg(m_budget.totalInWords));
    }
    updateForm();
}

void BudgetView::showLine()
{
    if (const CostLine *l = m_model->lineAt(m_table->currentIndex().row())) {
        m_name->setText(l->name);
        m_unit->setText(l->unit);
        m_quantity->setValue(int(qMin<qint64>(l->quantity, m_quantity->maximum())));
        m_price->setValue(double(l->unitPrice));
        m_note->setText(l->note);
    }
    updateForm();
}

CostLine BudgetView::lineFromForm() const
{
    CostLine l;
    l.id = currentLineId();
    l.campaignId = m_session.campaign().id;
    l.name = m_name->text();
    l.unit = m_unit->text();
    l.quantity = m_quantity->value();
    l.unitPrice = qint64(m_price->value());
    l.note = m_note->text();
    return l;
}

void BudgetView::updateForm()
{
    const CostLine l = lineFromForm();
    const QStringList problems = costLineProblems(l);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_add->setEnabled(problems.isEmpty());
    m_save->setEnabled(problems.isEmpty() && l.id != 0);
    m_remove->setEnabled(l.id != 0);
    const QString why = problems.join(QLatin1Char('\n'));
    m_add->setToolTip(why.isEmpty() ? tr("Thêm khoản chi ở ô bên trên vào cuối dự toán") : why);
    m_save->setToolTip(why.isEmpty() ? tr("Lưu khoản chi đang chọn với các giá trị ở ô bên trên") : why);
}

bool BudgetView::done(const Status &st, const QString &title)
{
    if (!st) {
        Dialogs::instance().showError(this, title, st.error());
        return false;
    }
    (void)m_session.refresh(); // every view (the estimate in Xuất & in too) follows
    return true;
}

bool BudgetView::addLine()
{
    CostLine l = lineFromForm();
    l.id = 0;
    const Status st = BudgetStore(m_session.database()).add(l);
    if (!done(st, tr("Không thêm được khoản chi")))
        return false;
    if (const int row = m_model->rowOfId(l.id); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool BudgetView::saveLine()
{
    const CostLine l = lineFromForm();
    if (l.id == 0)
        return false;
    return done(BudgetStore(m_session.database()).update(l), tr("Không lưu được khoản chi"));
}

bool BudgetView::removeLine()
{
    const CostLine *l = m_model->lineAt(m_table->currentIndex().row());
    if (!l)
        return false;
    if (!Dialogs::instance().confirm(
            this, tr("Bỏ khoản chi"),
            tr("Bỏ khoản chi “%1” khỏi dự toán? Không hoàn tác được bằng Ctrl+Z.").arg(l->name), tr("Bỏ khoản chi"),
            tr("Không bỏ")))
        return false;
    return done(BudgetStore(m_session.database()).remove(l->campaignId, l->id), tr("Không bỏ được khoản chi"));
}

} // namespace vd::gui
