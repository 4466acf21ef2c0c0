// Đơn vị: list, add, rename, move between blocs, merge, remove (via UnitStore).
#pragma once

#include "result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UnitsView;
}

class QSortFilterProxyModel;

namespace vd::gui {

class Session;
class UnitTableModel;

class UnitsView : public QWidget
{
    Q_OBJECT

public:
    explicit UnitsView(Session &session, QWidget *parent = nullptr);
    ~UnitsView() override;

    UnitTableModel *model() const { return m_model; }
    qint64 currentUnitId() const;
    void selectUnit(qint64 unitId);

    void addUnit();
    void renameUnit();
    void moveUnit();
    void mergeUnit();
    void removeUnit();

private:
    void reload();
    void updateButtons();
    bool report(const Status &st, const QString &title);

    std::unique_ptr<Ui::UnitsView> m_ui;
    Session &m_session;
    UnitTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace vd::gui
