#include "importmodels.h"

#include <QBrush>
#include <QComboBox>
#include <QGuiApplication>
#include <QPalette>

namespace vd::gui {

// ---- ImportMappingModel ----------------------------------------------------

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportMappingModel::setSource(const SourceTable &table, int headerIndex, const QMap<ImportField, int> &fields,
                                   int positionUnitColumn)
{
    beginResetModel();
    m_headers.clear();
    m_samples.clear();
    m_fields.clear();
    m_automatic.clear();
    if (headerIndex >= 0 && headerIndex < table.rows.size()) {
        const TableRow &header = table.rows.at(headerIndex);
        const TableRow *first = headerIndex + 1 < table.rows.size() ? &table.rows.at(headerIndex + 1) : nullptr;
        int columns = int(header.cells.size());
        for (int column : fields)
            columns = qMax(columns, column + 1);
        for (int c = 0; c < columns; ++c) {
            m_headers.append(cellText(header.cell(c)).simplified());
            m_samples.append(first ? cellText(first->cell(c)).simplified() : QString());
            m_fields.append(std::nullopt);
        }
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            m_fields[it.value()] = it.key();
    }
    m_automatic = m_fields;
    m_positionUnitColumn = positionUnitColumn < m_fields.size() ? positionUnitColumn : -1;
    m_positionUnitKept = m_positionUnitColumn >= 0;
    endResetModel();
}

int ImportMappingModel::positionUnitColumn() const { return m_positionUnitKept ? m_positionUnitColumn : -1; }

ImportColumnChoices ImportMappingModel::choices() const
{
    ImportColumnChoices result;
    for (int c = 0; c < m_fields.size(); ++c) {
        // The combined column mapped to one field, or skipped, is a choice too.
        if (m_fields.at(c) != m_automatic.at(c) || (c == m_positionUnitColumn && !m_positionUnitKept))
            result.insert(c, m_fields.at(c));
    }
    return result;
}

QStringList ImportMappingModel::missingRequired() const
{
    QStringList missing;
    for (const ImportColumnSpec &spec : importColumns()) {
        const bool combined
            = m_positionUnitKept && (spec.field == ImportField::Position || spec.field == ImportField::Unit);
        if (spec.required && !combined && !m_fields.contains(spec.field))
            missing.append(spec.headerText());
    }
    return missing;
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ImportMappingModel::fieldLabel(int field)
{
    if (field == PositionUnitChoice)
        return tr("Chức vụ + Đơn vị (một ô)");
    if (field < 0)
        return tr("(bỏ qua)");
    const ImportColumnSpec &spec = importColumn(ImportField(field));
    return spec.required ? tr("%1 (bắt buộc)").arg(spec.headerText()) : spec.headerText();
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const std::optional<ImportField> field = m_fields.at(row);
    const int choice = row == positionUnitColumn() ? PositionUnitChoice : field ? int(*field) : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case FileColumn:
            return m_headers.at(row).isEmpty() ? tr("(cột %1 không có tiêu đề)").arg(row + 1) : m_headers.at(row);
        case SampleColumn:
            return m_samples.at(row);
        case FieldColumn:
            return fieldLabel(choice);
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return choice;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && choice == -1)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::UserRole: // the combo box offers "Chức vụ + Đơn vị (một ô)" on this row
        return index.column() == FieldColumn && row == m_positionUnitColumn;
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return tr("Chọn trường mà cột “%1” được đọc vào, hoặc “(bỏ qua)”.").arg(m_headers.at(row));
        break;
    case Qt::AccessibleTextRole:
        // A screen reader reads the choice with the column it is for (issue 16).
        if (index.column() == FieldColumn)
            return tr("Cột “%1” nhập vào trường: %2")
                .arg(data(this->index(row, FileColumn), Qt::DisplayRole).toString(), fieldLabel(choice));
        break;
    default:
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int field = value.toInt(&ok);
    if (!ok || field >= int(importColumns().size()))
        return false;
    const bool combined = index.row() == m_positionUnitColumn;
    if (field == PositionUnitChoice && !combined)
        return false;
    const bool kept = combined && field == PositionUnitChoice;
    const std::optional<ImportField> chosen = field < 0 ? std::nullopt : std::optional<ImportField>(ImportField(field));
    if (m_fields.at(index.row()) == chosen && (!combined || kept == m_positionUnitKept))
        return true;
    m_fields[index.row()] = chosen;
    if (combined)
        m_positionUnitKept = kept;
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case FileColumn:
        return tr("Cột trong tệp");
    case SampleColumn:
        return tr("Giá trị dòng đầu");
    case FieldColumn:
        return tr("Nhập vào trường");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- ImportPreviewModel ----------------------------------------------------

ImportPreviewModel::ImportPreviewModel(const ImportMappingModel *mapping, QObject *parent)
    : QAbstractTableModel(parent), m_mapping(mapping)
{
    connect(m_mapping, &ImportMappingModel::mappingChanged, this, [this] {
        if (m_columns > 0)
            emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    });
}

void ImportPreviewModel::setSource(const SourceTable &table, int headerIndex)
{
    beginResetModel();
    m_rows.clear();
    m_columns = m_mapping->rowCount();
    for (qsizetype i = headerIndex + 1; i < table.rows.size() && m_rows.size() < maxRows; ++i) {
        m_rows.append(table.rows.at(i));
        m_columns = qMax(m_columns, int(table.rows.at(i).cells.size()));
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ImportPreviewModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_columns; }

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant cell = m_rows.at(index.row()).cell(index.column());
    if (role == Qt::DisplayRole)
        return cellText(cell).simplified();
    if (role == Qt::ToolTipRole)
        return cellText(cell);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).rowNumber) : QVariant();
    const std::optional<ImportField> field = m_mapping->fieldOf(section);
    const QString header = m_mapping->headerText(section);
    const QString target = section == m_mapping->positionUnitColumn()
                               ? ImportMappingModel::fieldLabel(ImportMappingModel::PositionUnitChoice)
                           : field ? importColumn(*field).headerText()
                                   : tr("(bỏ qua)");
    if (role == Qt::ToolTipRole)
        return tr("Cột “%1” của tệp → %2").arg(header, target);
    return tr("%1\n→ %2").arg(header, target);
}

// ---- ImportProblemModel ----------------------------------------------------

ImportProblemModel::ImportProblemModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &p = m_items.at(index.row());
    const bool error = p.severity == ImportSeverity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RowColumn:
            return p.row;
        case ColumnColumn:
            return p.column;
        case SeverityColumn:
            return error ? tr("Lỗi") : tr("Cảnh báo");
        case MessageColumn:
            return p.message;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return p.message;
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case RowColumn:
        return tr("Dòng");
    case ColumnColumn:
        return tr("Cột");
    case SeverityColumn:
        return tr("Mức");
    case MessageColumn:
        return tr("Vấn đề");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- ImportFieldDelegate ---------------------------------------------------

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldComboBox"));
    const QString column = index.siblingAtColumn(ImportMappingModel::FileColumn).data().toString();
    combo->setAccessibleName(tr("Trường nhập cho cột “%1”").arg(column));
    combo->setAccessibleDescription(
        tr("Cột %1 của tệp, “%2”: chọn trường được đọc vào, hoặc “(bỏ qua)”.").arg(index.row() + 1).arg(column));
    combo->addItem(ImportMappingModel::fieldLabel(-1), -1);
    if (index.data(Qt::UserRole).toBool())
        combo->addItem(ImportMappingModel::fieldLabel(ImportMappingModel::PositionUnitChoice),
                       ImportMappingModel::PositionUnitChoice);
    for (const ImportColumnSpec &spec : importColumns())
        combo->addItem(ImportMappingModel::fieldLabel(int(spec.field)), int(spec.field));
    // Write the choice at once, so the preview's header follows.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ImportFieldDelegate *>(this)->commitData(combo); });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace vd::gui
