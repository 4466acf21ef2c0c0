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

DatabaseCommand::DatabaseCommand(Session &session, const QString &text) : m_session(session)
{
    setText(text);
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

void DatabaseCommand::undo()
{
    finish(revert());
}

void DatabaseCommand::finish(const Status &st)
{
    if (!st) {
        QStringList lines { st.error().message };
        lines += st.error().details;
        Dialogs::instance().warning(nullptr, QCoreApplication::translate("vd::gui::UndoCommands", "Không hoàn tác được"), lines.join(QLatin1Char('\n')));
        setObsolete(true);
    }
    (void)m_session.refresh();
}

CreateNomineeCommand::CreateNomineeCommand(Session &session, const Nominee &nominee,
                                           const QList<QPair<QString, QByteArray>> &files)
    : DatabaseCommand(session, QCoreApplication::translate("vd::gui::UndoCommands", "Thêm hồ sơ %1").arg(nominee.fullName)), m_nominee(nominee), m_files(files)
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
            m_inserted = true;
            return {};
        }
        if (auto st = NomineeStore(db).restore(m_nominee); !st)
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

EditNomineeCommand::EditNomineeCommand(Session &session, const Nominee &before, const Nominee &after)
    : DatabaseCommand(session, QCoreApplication::translate("vd::gui::UndoCommands", "Sửa hồ sơ %1").arg(after.fullName)),
      m_before(before), m_after(after), m_version(before.version)
{
}

Status EditNomineeCommand::save(Nominee target)
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        if (auto st = resolveUnit(db, target); !st)
            return st;
        target.version = m_version; // refused if someone else wrote since our last write
        if (auto st = NomineeStore(db).update(target); !st)
            return st;
        m_version = target.version;
        return {};
    });
}

Status EditNomineeCommand::apply() { return save(m_after); }
Status EditNomineeCommand::revert() { return save(m_before); }

DeleteNomineesCommand::DeleteNomineesCommand(Session &session, const QList<qint64> &ids)
    : DatabaseCommand(session, ids.size() == 1 ? QCoreApplication::translate("vd::gui::UndoCommands", "Xóa 1 hồ sơ") : QCoreApplication::translate("vd::gui::UndoCommands", "Xóa %1 hồ sơ").arg(ids.size())),
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
    : DatabaseCommand(session, approve ? QCoreApplication::translate("vd::gui::UndoCommands", "Duyệt %1 người").arg(ids.size())
                                       : QCoreApplication::translate("vd::gui::UndoCommands", "Bỏ duyệt %1 người").arg(ids.size())),
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
