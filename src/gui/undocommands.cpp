#include "undocommands.h"

#include "approvalservice.h"
#include "database.h"
#include "dialogs.h"
#include "nomineestore.h"
#include "session.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace vd::gui {

namespace {

// This file's translations, lupdate context "vd::gui::UndoCommands".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::gui::UndoCommands)
};

// The unit named in the nominee, created on first use (the editor's editable combo).
Status resolveUnit(Database &db, Nominee &n)
{
    auto unit = UnitStore(db).findOrCreate(n.campaignId, n.unitName, n.blocId);
    if (!unit)
        return unit.error();
    n.unitId = *unit;
    return {};
}
} // namespace

Status CreateNomineeCommand::guard(const Nominee &nominee, BrokenApprovals policy)
{
    auto withdrawn = guardApprovals(m_session.database(), nominee.campaignId, ApprovalChange { { nominee }, {} },
                                    m_session.today(), policy);
    return withdrawn ? Status() : Status(withdrawn.error());
}

DatabaseCommand::DatabaseCommand(Session &session, std::function<QString()> text)
    : m_session(session), m_text(std::move(text))
{
    setText(m_text());
}

void DatabaseCommand::retranslateStack(QUndoStack *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        // The stack only hands out const commands; each one is ours to rename.
        auto *command = dynamic_cast<DatabaseCommand *>(const_cast<QUndoCommand *>(stack->command(i)));
        if (command)
            command->setText(command->m_text());
    }
}

Status DatabaseCommand::execute(Session &session, DatabaseCommand *command)
{
    Status st = command->apply();
    if (!st) {
        delete command;
        return st;
    }
    command->m_done = true;
    session.undoStack()->push(command); // redo() skips the run that already happened
    // The change is saved; a failed reload is reported by the session, not as a refusal.
    (void)session.refresh();
    return {};
}

void DatabaseCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    finish(apply());
}

void DatabaseCommand::undo() { finish(revert()); }

void DatabaseCommand::finish(const Status &st)
{
    if (!st) {
        Dialogs::instance().showError(nullptr, Tr::tr("Không hoàn tác được"), st.error());
        setObsolete(true);
    }
    (void)m_session.refresh();
}

CreateNomineeCommand::CreateNomineeCommand(Session &session, const Nominee &nominee,
                                           const QList<QPair<QString, QByteArray>> &files, BrokenApprovals policy)
    : DatabaseCommand(session, [name = nominee.fullName] { return Tr::tr("Thêm hồ sơ %1").arg(name); }),
      m_nominee(nominee), m_files(files), m_policy(policy)
{
}

Status CreateNomineeCommand::apply()
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        if (auto st = resolveUnit(db, m_nominee); !st)
            return st;
        if (!m_inserted) {
            auto id = NomineeStore(db).insert(m_nominee);
            if (!id)
                return id.error();
            for (const auto &file : std::as_const(m_files)) {
                auto added = AttachmentStore(db).add(m_nominee.id, file.first, file.second);
                if (!added)
                    return added.error();
            }
            if (auto st = guard(m_nominee, m_policy); !st)
                return st;
            m_policy = BrokenApprovals::Refuse; // redo after undo asks again
            m_inserted = true;
            return {};
        }
        if (auto st = NomineeStore(db).restore(m_nominee); !st)
            return st;
        if (auto st = guard(m_nominee, BrokenApprovals::Refuse); !st)
            return st;
        return AttachmentStore(db).restore(m_attachments);
    });
}

Status CreateNomineeCommand::revert()
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        auto current = NomineeStore(db).load(m_nominee.id);
        if (!current)
            return current.error();
        m_nominee = *current;
        auto files = AttachmentStore(db).loadWithData(m_nominee.id);
        if (!files)
            return files.error();
        m_attachments = *files;
        return NomineeStore(db).remove(m_nominee.id);
    });
}

EditNomineeCommand::EditNomineeCommand(Session &session, const Nominee &before, const Nominee &after,
                                       BrokenApprovals policy)
    : DatabaseCommand(session, [name = after.fullName] { return Tr::tr("Sửa hồ sơ %1").arg(name); }), m_before(before),
      m_after(after), m_version(before.version), m_policy(policy)
{
}

Status EditNomineeCommand::save(Nominee target, const Nominee &previous, BrokenApprovals policy)
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        if (auto st = resolveUnit(db, target); !st)
            return st;
        target.version = m_version; // refused if someone else wrote since our last write
        if (auto st = NomineeStore(db).update(target); !st)
            return st;
        // The approval (if any) must still hold, in this same transaction.
        ApprovalChange change { { target }, {} };
        if (target.blocId != previous.blocId)
            change.movedToAnotherBloc.insert(target.id);
        auto withdrawn = guardApprovals(db, target.campaignId, change, m_session.today(), policy);
        if (!withdrawn)
            return withdrawn.error();
        // Withdrawing this nominee's approval bumped its version once more.
        m_version = target.version + (withdrawn->contains(target.id) ? 1 : 0);
        return {};
    });
}

Status EditNomineeCommand::apply()
{
    const Status st = save(m_after, m_before, m_policy);
    if (st)
        m_policy = BrokenApprovals::Refuse; // redo after undo asks again
    return st;
}
Status EditNomineeCommand::revert() { return save(m_before, m_after, BrokenApprovals::Refuse); }

DeleteNomineesCommand::DeleteNomineesCommand(Session &session, const QList<qint64> &ids)
    : DatabaseCommand(session,
                      [n = ids.size()] { return n == 1 ? Tr::tr("Xóa 1 hồ sơ") : Tr::tr("Xóa %1 hồ sơ").arg(n); }),
      m_ids(ids)
{
}

Status DeleteNomineesCommand::apply()
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        m_nominees.clear();
        m_attachments.clear();
        for (qint64 id : std::as_const(m_ids)) {
            auto n = NomineeStore(db).load(id);
            if (!n)
                return n.error();
            auto files = AttachmentStore(db).loadWithData(id);
            if (!files)
                return files.error();
            m_nominees.append(*n);
            m_attachments += *files;
            if (auto st = NomineeStore(db).remove(id); !st)
                return st;
        }
        return {};
    });
}

Status DeleteNomineesCommand::revert()
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        for (const Nominee &n : std::as_const(m_nominees)) {
            if (auto st = NomineeStore(db).restore(n); !st)
                return st;
        }
        return AttachmentStore(db).restore(m_attachments);
    });
}

ApprovalCommand::ApprovalCommand(Session &session, const QList<qint64> &ids, bool approve)
    : DatabaseCommand(session,
                      [n = ids.size(), approve] {
                          return approve ? Tr::tr("Duyệt %1 người").arg(n) : Tr::tr("Bỏ duyệt %1 người").arg(n);
                      }),
      m_ids(ids), m_approve(approve)
{
}

Status ApprovalCommand::set(bool approve)
{
    ApprovalService service(m_session.database());
    return approve ? service.approve(m_ids, m_session.today()) : service.unapprove(m_ids);
}

Status ApprovalCommand::apply() { return set(m_approve); }
Status ApprovalCommand::revert() { return set(!m_approve); }

} // namespace vd::gui
