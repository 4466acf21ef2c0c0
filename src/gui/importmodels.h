// The models of the import wizard (ImportWizard): the header mapping (one row
// per column of the file, the target field editable), a preview of the first
// data rows, and the validation problems.
#pragma once

#include "importer.h"
#include "listtablemodel.h"
#include "tablesource.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <optional>

namespace vd::gui {

// One row per column of the file's header row: what the header says, a sample
// value from the first data row, and the field it is read as (editable:
// Qt::EditRole is the ImportField as int, or -1 for "(bỏ qua)").
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, SampleColumn, FieldColumn, ColumnCount };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // The value of the field choice that reads a "Chức vụ, đơn vị công tác"
    // column as both fields (split only when the user also ticks the split).
    static constexpr int PositionUnitChoice = -2;

    // `fields`: the automatic match (ImportResult::columns, field -> column);
    // `positionUnitColumn`: ImportResult::positionUnitColumn (-1: none).
    void setSource(const SourceTable &table, int headerIndex, const QMap<ImportField, int> &fields,
                   int positionUnitColumn = -1);
    // The "Chức vụ, đơn vị công tác" column when it is still read as both
    // fields (the user has not mapped it to something else), else -1.
    int positionUnitColumn() const;
    // The columns whose field the user changed from the automatic match, for
    // validateImport() (unchanged columns are matched there as usual, so an
    // unknown column still gets its warning).
    ImportColumnChoices choices() const;
    std::optional<ImportField> fieldOf(int column) const { return m_fields.value(column); }
    QString headerText(int column) const { return m_headers.value(column); }
    // Fields required by docs/import-format.md that no column is mapped to.
    QStringList missingRequired() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "(bỏ qua)" or the field's header, for a combo box value (-1 = none).
    static QString fieldLabel(int field);

signals:
    void mappingChanged();

private:
    QStringList m_headers;
    QStringList m_samples;
    QList<std::optional<ImportField>> m_fields;
    QList<std::optional<ImportField>> m_automatic;
    int m_positionUnitColumn = -1; // the combined column of the file
    bool m_positionUnitKept = false; // ... still read as position and unit
};

// The first data rows of the file as they are, with the header showing the
// file's header text and the field it is mapped to.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int maxRows = 20;

    explicit ImportPreviewModel(const ImportMappingModel *mapping, QObject *parent = nullptr);

    void setSource(const SourceTable &table, int headerIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ImportMappingModel *m_mapping;
    QList<TableRow> m_rows;
    int m_columns = 0;
};

// Every problem of a validated import: row, column, severity, message.
class ImportProblemModel : public ListTableModel<ImportProblem>
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, SeverityColumn, MessageColumn, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<ImportProblem> &problems) { setItems(problems); }
    const ImportProblem &problem(int row) const { return m_items.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// A combo box of "(bỏ qua)" and every field, for ImportMappingModel::FieldColumn.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace vd::gui
