// Hội nghị ▸ Dự toán kinh phí: the reward per honoree × the approved
// honorees, the campaign's cost lines (name, unit, quantity, unit price,
// note) added, changed and removed here with the problems core finds said in
// the form, the total in figures and in Vietnamese words, and the estimate
// printed or written to a file (as `vinhdanh-cli budget -o`). The lines are
// stored at once (not undo steps). docs/conference.md, "Budget estimate".
#pragma once

#include "budget.h"
#include "listtablemodel.h"

#include <QWidget>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vd::gui {

class OutputActions;
class Session;

class CostLineModel : public ListTableModel<CostLine>
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        NameColumn,
        UnitColumn,
        QuantityColumn,
        UnitPriceColumn,
        AmountColumn,
        NoteColumn,
        ColumnCount
    };

    explicit CostLineModel(QObject *parent = nullptr);

    void setLines(const QList<CostLine> &lines) { setItems(lines); }
    const CostLine *lineAt(int row) const { return itemAt(row); }
    // -1 when absent.
    int rowOfId(qint64 id) const
    {
        return rowWhere([id](const CostLine &item) { return item.id == id; });
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

class BudgetView : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetView(Session &session, QWidget *parent = nullptr);

    const Budget &budget() const { return m_budget; }
    CostLineModel *model() const { return m_model; }
    OutputActions *outputActions() const { return m_actions; }
    // The estimate again from the database (after a change, another PC's too).
    void reload();

    // The buttons' actions (true when core accepted the change).
    bool addLine();
    bool saveLine();
    bool removeLine();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recompute();
    // m_budget into the labels (after recompute(), or in a new language).
    void showBudget();
    void showLine();
    void updateForm();
    CostLine lineFromForm() const;
    qint64 currentLineId() const;
    bool done(const Status &st, const QString &title);

    Session &m_session;
    Budget m_budget;
    QString m_loadError;
    qint64 m_campaignAmount = -1; // the campaign's amount the reward box started from
    CostLineModel *m_model = nullptr;

    QLabel *m_rewardLabel = nullptr;
    QSpinBox *m_reward = nullptr;
    QLabel *m_rewardLine = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_formBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_priceLabel = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_stored = nullptr;
    OutputActions *m_actions = nullptr;
};

} // namespace vd::gui
