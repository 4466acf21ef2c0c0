// Delegates of the conference (Kế hoạch mục III.3 "Thành phần hội nghị", VI.2
// "phát hành giấy mời; đón tiếp đại biểu"): who is invited, in which group,
// on which seat row, who presents the certificates, and who has arrived.
// Imported from CSV/XLSX with the importer's readers; checked in at the
// reception desk. docs/conference.md.
#pragma once

#include "domain.h"
#include "result.h"

#include <QDateTime>

namespace vd {

class Database;

struct Delegate
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0; // list order, from 1
    QString fullName;
    QString title; // chức vụ
    QString body; // cơ quan, đơn vị
    QString groupName; // the "Thành phần hội nghị" line they belong to
    QString seatRow; // "Hàng 1", "A"
    int presenter = 0; // > 0: presents certificates, in this order (running script)
    QDateTime checkedInAt; // null: not arrived

    bool present() const { return checkedInAt.isValid(); }
};

// Present / invited of one group, in the order groups first appear in the list.
struct DelegateGroupCount
{
    QString groupName;
    int invited = 0;
    int present = 0;
};

struct DelegateImportReport
{
    int imported = 0;
    QStringList problems; // "FILE:ROW:COLUMN: message", one per problem
    QStringList warnings; // unknown columns
};

class DelegateStore
{
public:
    explicit DelegateStore(Database &db) : m_db(db) { }

    Result<QList<Delegate>> list(qint64 campaignId) const;
    // Appends; Validation error for an empty name.
    Status add(Delegate &delegate);
    Status remove(qint64 campaignId, qint64 delegateId);
    // Reads a CSV or XLSX list (header row: Họ và tên, Chức vụ, Cơ quan/Đơn vị,
    // Thành phần, Hàng ghế, Trao thưởng). All or nothing: any row error → a
    // Validation error listing every problem, nothing written. `replace`
    // removes the campaign's delegates first (in the same transaction).
    Result<DelegateImportReport> importFile(qint64 campaignId, const QString &path, bool replace = false);
    // Marks present (now) or not present. Returns the delegate as stored.
    Result<Delegate> checkIn(qint64 campaignId, qint64 delegateId, bool present = true);

private:
    Database &m_db;
};

// The delegates whose name (or body) contains every typed word, compared
// without diacritics, case or NFC/NFD differences ("ng van a" finds "Nguyễn
// Văn An"); an empty query matches all. Pure.
QList<Delegate> searchDelegates(const QList<Delegate> &delegates, const QString &query);

// Present / invited per group. Pure.
QList<DelegateGroupCount> delegateCounts(const QList<Delegate> &delegates);

} // namespace vd
