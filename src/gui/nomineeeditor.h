// The dossier form (ui/nomineeeditor.ui): every field of docs/import-format.md, inline
// validation with the reason next to the field, the dossier checklist,
// attachments, live rule findings and duplicate hints. Saves through undoable
// commands; nothing half-valid is saved, and a save conflict is shown, not
// overwritten.
#pragma once

#include "domain.h"

#include <QDialog>
#include <QPair>

#include <memory>

namespace Ui {
class NomineeEditor;
}

class QCheckBox;
class QLabel;

namespace vd::gui {

class ReviewPanel;
class HistoryPanel;
class Session;

class NomineeEditor : public QDialog
{
    Q_OBJECT

public:
    explicit NomineeEditor(Session &session, QWidget *parent = nullptr);
    ~NomineeEditor() override;

    // An empty form for a new nominee (bloc preselected when given).
    void startNew(qint64 blocId = 0);
    // The form for an existing nominee, as loaded now.
    void edit(const Nominee &nominee);

    // The nominee as the form says (normalised as core will store it).
    Nominee formNominee() const;
    // Problems that block saving, one per field ("Họ và tên: bắt buộc").
    QStringList problems() const { return m_problems; }
    bool isDirty() const { return m_dirty; }
    qint64 nomineeId() const { return m_original.id; }

    // Adds files (after checking type and size) as attachments.
    void addAttachmentFiles(const QStringList &paths);

public slots:
    // Saves; returns false (and says why) when refused.
    bool save();
    void reject() override;

signals:
    void saved(qint64 nomineeId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fillChoices();
    // Screen-reader names of what has no label of its own (issue 16).
    void setAccessibleNames();
    void setForm(const Nominee &n);
    void onChanged();
    void validate();
    void refreshFindings(const Nominee &n);
    void refreshDuplicates(const Nominee &n);
    void refreshAttachments();
    void openAttachment();
    void removeAttachment();
    void setError(QLabel *label, const QString &text);
    bool confirmDiscard();

    std::unique_ptr<Ui::NomineeEditor> m_ui;
    Session &m_session;
    Nominee m_original;
    QList<QCheckBox *> m_documentChecks;
    ReviewPanel *m_reviewPanel = nullptr;
    QCheckBox *m_disciplinedCheckBox = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QList<QPair<QString, QByteArray>> m_pendingFiles; // new nominee: stored on save
    QStringList m_problems;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace vd::gui
