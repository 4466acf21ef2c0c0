// The document buttons of the conference tabs (Tổng hợp, Hội đồng thi đua, Dự
// toán kinh phí): a choice of document when there are several, "In…" and
// "Xuất tệp…". The document is built by docs::buildOutput as the Xuất & in
// page and the CLI build it; the file name is asked through Dialogs (filters
// from the document's formats, Word first; the folder shared with Xuất & in).
#pragma once

#include "outputs.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace vd::gui {

class Session;

class OutputActions : public QWidget
{
    Q_OBJECT

public:
    // `kinds`: the documents offered (a combo box when more than one).
    OutputActions(Session &session, const QList<docs::OutputKind> &kinds, QWidget *parent = nullptr);

    // Called before each build: the options (the reward amount…); the date is the session's day.
    void setOptions(std::function<docs::OutputOptions()> options) { m_options = std::move(options); }
    docs::OutputKind currentKind() const;
    void setCurrentKind(docs::OutputKind kind);

    // Builds the chosen document and asks where to write it; the path written,
    // empty when cancelled or refused (a warning says why).
    QString exportFile();
    // Builds the chosen document and prints it through Dialogs::print.
    bool print();

    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<docs::Output> build();
    void retranslate();

    Session &m_session;
    QList<docs::OutputKind> m_kinds;
    std::function<docs::OutputOptions()> m_options;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vd::gui
