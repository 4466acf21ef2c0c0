// A table model over a list of values, one row each: what every such model of
// the GUI shared (the list, its reset, the row and column counts, the value of
// a row, the row of a value). A model adds its columns: data() and headerData().
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace vd::gui {

template<typename T> class ListTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    ListTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) { }

    // Replaces the list (a model reset).
    void setItems(const QList<T> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    // The value of `row`; null outside the list.
    const T *itemAt(int row) const { return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr; }
    // The value of a valid index's row, or null.
    const T *itemAt(const QModelIndex &index) const { return index.isValid() ? itemAt(index.row()) : nullptr; }
    // The first row whose value `matches`; -1 when none does.
    template<typename Predicate> int rowWhere(Predicate matches) const
    {
        for (int r = 0; r < m_items.size(); ++r) {
            if (matches(m_items.at(r)))
                return r;
        }
        return -1;
    }

    QList<T> m_items;

private:
    int m_columns;
};

} // namespace vd::gui
