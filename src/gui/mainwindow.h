#pragma once

#include "database.h"
#include "domain.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace vd::gui {

class NomineeTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_db; }
    const Campaign &campaign() const { return m_campaign; }
    // Reloads the campaign and the nominees from the database.
    Status reload();

private:
    void openDatabase();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    Campaign m_campaign;
    NomineeTableModel *m_model = nullptr;
};

} // namespace vd::gui
