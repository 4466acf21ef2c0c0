// Editable list of a campaign's blocs (code, name, sector, quota) for the
// campaign settings dialog. Rows keep their database ids so units and
// nominees stay attached when a bloc is renamed or reordered.
#pragma once

#include "domain.h"
#include "listtablemodel.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace vd::gui {

class BlocTableModel : public ListTableModel<Bloc>
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, SectorColumn, QuotaColumn, ColumnCount };

    explicit BlocTableModel(QObject *parent = nullptr);

    void setBlocs(const QList<Bloc> &blocs);
    QList<Bloc> blocs() const { return m_items; }
    int totalQuota() const;

    void addBloc();
    bool removeBloc(int row);
    bool moveBloc(int row, int delta);
    // Empty when valid; otherwise the first problem, naming the row.
    QString validationError() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalQuotaChanged(int total);
};

// Edits the sector column with a combo box (HCSN / SXKD).
class SectorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace vd::gui
