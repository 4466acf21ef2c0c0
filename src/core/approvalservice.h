// Approval against the rules and the bloc quotas (CONTRACT §1 approve/unapprove,
// §4.4). All or nothing; the checks run inside the write transaction, so two
// processes approving at once can never exceed a quota together.
#pragma once

#include "result.h"

#include <QDate>
#include <QList>

namespace vd {

class Database;

class ApprovalService
{
public:
    explicit ApprovalService(Database &db) : m_db(db) { }

    // Refused (Validation error, nothing changed) if any id is unknown, not
    // `eligible`, or if a bloc's approved count would exceed its quota; the
    // error names the bloc and the numbers ("Khối Mầm non: chỉ tiêu 18, đã
    // duyệt 18, đề nghị thêm 2").
    Status approve(const QList<qint64> &ids, const QDate &today);
    Status unapprove(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace vd
