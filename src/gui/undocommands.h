// Undoable changes (QUndoStack). Each command changes the database through core,
// in one transaction, then reloads the session. A command is pushed only after
// its first run succeeded (execute()), so a refused change never enters the stack;
// a later undo/redo that core refuses (someone else changed the row) is shown
// and the command is dropped.
#pragma once

#include "approvalguard.h"
#include "attachmentstore.h"
#include "domain.h"
#include "result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace vd::gui {

class Session;

class DatabaseCommand : public QUndoCommand
{
public:
    // `text` makes the command's translated text ("Duyệt 18 người"): called now
    // and again after the interface language changed (retranslateStack()).
    DatabaseCommand(Session &session, std::function<QString()> text);
    void undo() override;
    void redo() override;

    // Runs the command once and, when core accepts it, pushes it on the session's stack.
    static Status execute(Session &session, DatabaseCommand *command);
    // Gives every command on the stack its text in the current language; make
    // the undo/redo actions after it (they copy the text).
    static void retranslateStack(QUndoStack *stack);

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Session &m_session;

private:
    void finish(const Status &st);
    std::function<QString()> m_text;
    bool m_done = false;
};

// A new nominee (its unit is created when new).
class CreateNomineeCommand : public DatabaseCommand
{
public:
    // `files` (name, bytes) are stored with the new nominee, in the same transaction.
    // A new dossier that duplicates an approved nominee: refused or, with
    // BrokenApprovals::Withdraw, that approval is withdrawn (approvalguard.h).
    CreateNomineeCommand(Session &session, const Nominee &nominee, const QList<QPair<QString, QByteArray>> &files = {},
                         BrokenApprovals policy = BrokenApprovals::Refuse);
    qint64 nomineeId() const { return m_nominee.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Nominee m_nominee;
    QList<QPair<QString, QByteArray>> m_files;
    QList<AttachmentData> m_attachments;
    bool m_inserted = false;
    BrokenApprovals m_policy = BrokenApprovals::Refuse; // for the first apply() only
    Status guard(const Nominee &nominee, BrokenApprovals policy);
};

// Saves an edited nominee; refuses (shown, not overwritten) when the row changed
// since it was loaded.
// An approved nominee the edit would leave not approvable (approvalguard.h):
// refused with Error::code kApprovalBrokenCode, or with
// BrokenApprovals::Withdraw (after the person confirmed) the approval is
// withdrawn in the same transaction. Undo and redo always refuse.
class EditNomineeCommand : public DatabaseCommand
{
public:
    EditNomineeCommand(Session &session, const Nominee &before, const Nominee &after,
                       BrokenApprovals policy = BrokenApprovals::Refuse);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status save(Nominee target, const Nominee &previous, BrokenApprovals policy);
    Nominee m_before;
    Nominee m_after;
    int m_version = 0; // the row's version after our last write
    BrokenApprovals m_policy = BrokenApprovals::Refuse; // for the first apply() only
};

// Deletes nominees (with their attachments); undo puts them back with their ids.
class DeleteNomineesCommand : public DatabaseCommand
{
public:
    DeleteNomineesCommand(Session &session, const QList<qint64> &ids);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<qint64> m_ids;
    QList<Nominee> m_nominees;
    QList<AttachmentData> m_attachments;
};

// Approves (or withdraws the approval of) nominees through ApprovalService:
// all or nothing, refused over a quota or for a nominee who is not eligible.
class ApprovalCommand : public DatabaseCommand
{
public:
    ApprovalCommand(Session &session, const QList<qint64> &ids, bool approve);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status set(bool approve);
    QList<qint64> m_ids;
    bool m_approve;
};

} // namespace vd::gui
