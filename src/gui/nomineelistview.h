// Hồ sơ đề nghị: the nominee list with its search box and filters.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class NomineeListView;
}

class QLabel;
class QPushButton;
class QTableView;

namespace vd::gui {

class NomineeFilterProxy;
class NomineeTableModel;
class Session;

class NomineeListView : public QWidget
{
    Q_OBJECT

public:
    explicit NomineeListView(Session &session, QWidget *parent = nullptr);
    ~NomineeListView() override;

    QTableView *tableView() const;
    NomineeTableModel *model() const { return m_model; }
    NomineeFilterProxy *proxy() const { return m_proxy; }
    // Ids of the selected rows (in view order).
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectId(qint64 id);
    // Resets the search box and every filter (the "Bỏ lọc" button).
    void clearFilters();
    // True when the search box or a filter leaves rows out.
    bool isFiltered() const;
    // Milliseconds the last model load took.
    qint64 lastModelLoadMs() const { return m_modelLoadMs; }

signals:
    void newRequested();
    void editRequested(qint64 id);
    void deleteRequested(const QList<qint64> &ids);
    // The selection changed (Sửa and Xóa need a selected row).
    void selectionChanged();
    // From the empty list's hint: File ▸ Nhập danh sách trích ngang… / Lưu tệp mẫu….
    void importRequested();
    void templateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillFilters();
    // The unit filter's items: the units of the chosen bloc (all units without one).
    void fillUnitFilter();
    void applyFilters();
    void updateCount();
    void updateButtons();
    void setUpEmptyHint();
    void retranslateEmptyHint();
    void setUpNoMatchHint();
    // Why nothing is listed: the filters that are on, in words.
    QString activeFiltersText() const;

    std::unique_ptr<Ui::NomineeListView> m_ui;
    Session &m_session;
    NomineeTableModel *m_model = nullptr;
    NomineeFilterProxy *m_proxy = nullptr;
    qint64 m_modelLoadMs = 0;
    QWidget *m_emptyHint = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyNewButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QPushButton *m_emptyTemplateButton = nullptr;
    // The hint says "loading" instead of "no dossier yet" while the session loads.
    bool m_emptyHintLoading = false;
    QWidget *m_noMatchHint = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QPushButton *m_noMatchClearButton = nullptr;
};

} // namespace vd::gui
