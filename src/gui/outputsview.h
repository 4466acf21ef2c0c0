// The Xuất & in page: the documents VinhDanh produces (docs::allOutputKinds),
// a preview of the chosen one, Xem trước khi in…, In… and Xuất tệp… (the file
// type picks the format; the last folder is remembered in QSettings
// "outputs/lastFolder"). Documents are built by docs::buildOutput from the
// database when the page is shown and after every reload; when one cannot be
// built (nothing approved yet, no reward amount) the page says why and the
// buttons are disabled.
#pragma once

#include "outputs.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class OutputsView;
}

namespace vd::gui {

class Session;

class OutputsView : public QWidget
{
    Q_OBJECT

public:
    explicit OutputsView(Session &session, QWidget *parent = nullptr);
    ~OutputsView() override;

    // The chosen document; selects it in the list and builds it.
    void setCurrentKind(docs::OutputKind kind);
    docs::OutputKind currentKind() const;
    // The built document (null when it could not be built: see errorMessage()).
    const docs::Output *output() const { return m_output ? &*m_output : nullptr; }
    QString errorMessage() const { return m_error; }

    // The buttons' actions (also callable from tests and menus).
    void printPreview();
    bool print();
    // Asks for a file name (filters from the document's formats) and writes it.
    bool exportFile();
    // Writes the document to `path` (format from the suffix); warns on error.
    bool exportTo(const QString &path);

    // "PDF (*.pdf);;OpenDocument (*.odt)" for the formats, preferred first.
    static QString fileFilter(const QStringList &formats);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showPreview();
    void updateControls();
    void paintOn(QPrinter *printer);
    void calibrateCertificates();

    std::unique_ptr<Ui::OutputsView> m_ui;
    Session &m_session;
    std::optional<docs::Output> m_output;
    QString m_error;
    bool m_stale = true;
    bool m_shownOnce = false;
    qint64 m_campaignAmount = 0; // the reward amount the spin box started from
};

} // namespace vd::gui
