#include "importwriter.h"

#include "approvalguard.h"

#include "auditlog.h"
#include "bulkindexes.h"
#include "database.h"
#include "nomineestore.h"
#include "platform.h"
#include "preparedwrite.h"
#include "textfold.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ImportWriter".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ImportWriter)
};

// SQLite's page cache for an import of `rows` rows, in KiB: a quarter of a KiB
// per row holds the index pages the rows go into (docs/performance-import.md),
// at most 64 MiB.
qint64 bulkCacheKib(qint64 rows) { return qBound(qint64(2000), rows / 4, qint64(64 * 1024)); }

// Why the import is refused as a whole before anything is written (the same
// checks, in the same order, for both ways of writing).
Status refusal(const ImportResult &import, const ImportWriteOptions &options)
{
    if (!import.headerComplete) {
        return Error::validation(Tr::tr("Không nhập được: tệp thiếu cột bắt buộc."));
    }
    const int skipped = import.invalidCount();
    if (skipped > 0 && !options.skipInvalid) {
        return Error::validation(Tr::tr("Không nhập gì: %1 dòng có lỗi (%2 lỗi). Sửa tệp rồi nhập lại, "
                                        "hoặc chỉ nhập các dòng hợp lệ.")
                                     .arg(skipped)
                                     .arg(import.errorCount()));
    }
    return {};
}

// The rows of one import, written one by one inside its transaction: the unit
// found or created on first use, then the nominee (NomineeBulkInsert); at the
// end the audit entries and the approval guard.
class RowWriter
{
public:
    RowWriter(Database &db, const Campaign &campaign, qint64 rows)
        : m_db(db), m_campaign(campaign), m_units(db), m_bulk(db), m_indexes(db), m_rows(rows)
    {
    }

    // Inside the transaction, before the first row.
    Status start()
    {
        // An import adds no approval: when the campaign has none either, the
        // approval guard has nothing to re-check (approvalguard.h), and need
        // not read the campaign back after the rows are in.
        auto q
            = m_db.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM nominee WHERE campaign_id = ? AND approved = 1)"),
                       { m_campaign.id }, Tr::tr("đọc danh sách đã duyệt"));
        if (!q)
            return q.error();
        m_approvals = q->next() && q->value(0).toLongLong() != 0;
        q->finish(); // no statement may be active when an index is dropped
        if (m_approvals)
            m_written.reserve(m_rows);
        // Many new people into a small person table: its indexes (random
        // keys: folded names, CCCDs) are built once at the end, by flush()
        // (bulkindexes.h). The nominee indexes stay: their keys (campaign,
        // bloc, unit, new person) mostly append, and building them again
        // reads the whole wide table three times (docs/performance-import.md).
        return m_indexes.defer({ QStringLiteral("person") }, m_rows);
    }

    Status write(Nominee n)
    {
        const QString unitName = n.unitName;
        return write(unitName, NomineeBulkInsert::prepare(std::move(n)));
    }

    // A row prepared ahead (NomineeBulkInsert::prepare()); `unitName` is its
    // unit as the file names it (before the row was normalised).
    Status write(const QString &unitName, NomineeBulkInsert::Prepared row)
    {
        Nominee &n = row.nominee;
        n.campaignId = m_campaign.id;
        // A list names its units the same way row after row: the exact name
        // finds its unit without folding it again.
        if (auto known = m_unitByName.constFind(unitName); known != m_unitByName.constEnd()) {
            n.unitId = known.value();
            return insert(row);
        }
        const QString key = foldText(unitName);
        auto it = m_unitIds.constFind(key);
        if (it == m_unitIds.constEnd()) {
            auto existing = m_units.find(m_campaign.id, unitName);
            if (!existing)
                return existing.error();
            qint64 id = *existing;
            if (id == 0) {
                auto created = m_units.findOrCreate(m_campaign.id, unitName, n.blocId);
                if (!created)
                    return created.error();
                id = *created;
                ++m_unitsCreated;
            }
            it = m_unitIds.insert(key, id);
        }
        n.unitId = it.value();
        m_unitByName.insert(unitName, n.unitId);
        return insert(row);
    }

    // The rows still waiting for their batch.
    Status flush()
    {
        if (auto st = m_bulk.finish(); !st)
            return st;
        if (auto st = m_indexes.rebuild(); !st)
            return st;
        for (qsizetype i = 0; i < m_written.size(); ++i)
            m_written[i].id = m_bulk.ids().at(i);
        return {};
    }

    // The audit entries and the approval guard, once every row is written.
    Status finish(const ImportSummary &counts, const QString &file, const ImportWriteOptions &options,
                  QList<qint64> *withdrawnOut)
    {
        const QString details = Tr::tr("tệp %1: nhập %2, bỏ qua %3, cảnh báo %4, đơn vị mới %5")
                                    .arg(file)
                                    .arg(counts.imported)
                                    .arg(counts.skipped)
                                    .arg(counts.warnings)
                                    .arg(m_unitsCreated);
        if (auto st
            = AuditLog(m_db).record(QStringLiteral("nominee.create_many"), QStringLiteral("nominee"), 0, details);
            !st)
            return st;
        if (!m_approvals)
            return AuditLog(m_db).record(QStringLiteral("import"), QStringLiteral("file"), 0, details);
        // A new dossier that duplicates an approved nominee makes that
        // approval wrong: refused, or withdrawn when asked (approvalguard.h).
        auto withdrawn
            = guardApprovals(m_db, m_campaign.id, ApprovalChange { m_written, {} },
                             options.today.isValid() ? options.today : QDate::currentDate(),
                             options.withdrawBrokenApprovals ? BrokenApprovals::Withdraw : BrokenApprovals::Refuse);
        if (!withdrawn)
            return withdrawn.error();
        *withdrawnOut = *withdrawn;
        return AuditLog(m_db).record(QStringLiteral("import"), QStringLiteral("file"), 0, details);
    }

    int unitsCreated() const { return m_unitsCreated; }
    const QList<qint64> &ids() const { return m_bulk.ids(); }

private:
    // write() once the unit is known.
    Status insert(NomineeBulkInsert::Prepared &row)
    {
        // The row is kept only when the approval guard will need it (below).
        const bool keep = m_approvals || row.nominee.approved;
        if (auto st = m_bulk.insert(row, !keep); !st)
            return st;
        if (!keep)
            return {};
        Nominee &n = row.nominee;
        if (n.approved && !m_approvals) {
            // The guard now has work: it needs the rows written so far too.
            m_approvals = true;
            if (auto st = m_bulk.finish(); !st)
                return st;
            NomineeStore store(m_db);
            const QList<qint64> ids = m_bulk.ids();
            for (const qint64 id : ids) {
                if (id == ids.constLast())
                    break; // this row: appended below
                auto earlier = store.load(id);
                if (!earlier)
                    return earlier.error();
                m_written.append(*earlier);
            }
        }
        // The guard re-checks approvals against the new rows; without any
        // approval only their ids are kept (NomineeBulkInsert::ids()).
        if (m_approvals)
            m_written.append(std::move(n));
        return {};
    }

    Database &m_db;
    const Campaign &m_campaign;
    UnitStore m_units;
    NomineeBulkInsert m_bulk;
    DeferredIndexes m_indexes;
    QHash<QString, qint64> m_unitIds; // folded name -> id
    QHash<QString, qint64> m_unitByName; // name as written -> id
    int m_unitsCreated = 0;
    bool m_approvals = false; // the campaign has approved nominees, or will have
    qint64 m_rows; // expected
    QList<Nominee> m_written; // the rows written, when m_approvals
};

} // namespace

Result<ImportSummary> writeImport(Database &db, const Campaign &campaign, const ImportResult &import,
                                  const ImportWriteOptions &options)
{
    ImportSummary summary;
    summary.warnings = import.warningCount();
    summary.skipped = import.invalidCount();
    if (auto st = refusal(import, options); !st)
        return st.error();
    QList<Nominee> nominees;
    nominees.reserve(import.validCount());
    for (const ImportRecord &r : import.records) {
        if (r.valid)
            nominees.append(r.nominee);
    }
    summary.imported = int(nominees.size());
    if (options.dryRun)
        return summary;

    const QString file = QFileInfo(options.fileName).fileName();
    const BulkWriteCache cache(db, bulkCacheKib(nominees.size()));
    RowWriter writer(db, campaign, nominees.size());
    Status st = db.transaction([&]() -> Status {
        // Many rows go in: first make sure the file is sound (under the write
        // lock, so no other writer can change what was checked).
        if (auto sound = db.checkIntegrity(); !sound)
            return sound;
        if (auto s = writer.start(); !s)
            return s;
        const int total = int(nominees.size());
        for (int i = 0; i < total; ++i) {
            if (auto s = writer.write(nominees.at(i)); !s)
                return s;
            if (options.progress && ((i + 1) % 500 == 0 || i + 1 == total) && !options.progress(i + 1, total))
                return Error::cancelled(Tr::tr("Đã hủy; không lưu hồ sơ nào."));
        }
        if (auto s = writer.flush(); !s)
            return s;
        summary.unitsCreated = writer.unitsCreated();
        return writer.finish(summary, file, options, &summary.approvalsWithdrawn);
    });
    if (!st)
        return st.error();
    summary.nomineeIds = writer.ids();
    return summary;
}

namespace {

// A valid row as the validating thread hands it over: made ready for the
// insert there (NomineeBulkInsert::prepare()), with its unit as the file names it.
struct ReadyRow
{
    QString unitName;
    NomineeBulkInsert::Prepared row;
};

// The valid rows on their way from the validating thread to the writing one,
// in batches; at most kMaxBatches wait, so memory stays bounded whichever
// side is faster.
class RecordQueue
{
public:
    static constexpr int kBatch = 256;
    static constexpr std::size_t kMaxBatches = 64;

    // Validating thread.
    void put(ReadyRow &&n)
    {
        m_filling.append(std::move(n));
        if (m_filling.size() >= kBatch)
            flush();
    }
    void close()
    {
        flush();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // Writing thread: the next batch; empty when there is none left.
    QList<ReadyRow> take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return {};
        QList<ReadyRow> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    // Writing thread: nothing more is wanted (the validating side drops what comes).
    void abandon()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    void flush()
    {
        if (m_filling.isEmpty())
            return;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kMaxBatches || m_abandoned; });
        if (!m_abandoned) {
            m_batches.push_back(std::move(m_filling));
            m_changed.notify_all();
        }
        m_filling = QList<ReadyRow>();
        m_filling.reserve(kBatch);
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ReadyRow>> m_batches;
    QList<ReadyRow> m_filling; // validating thread only
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace

Result<ImportSummary> validateAndWriteImport(Database &db, const Campaign &campaign, const QList<SourceTable> &tables,
                                             const QDate &today, const ImportOptions &importOptions,
                                             const ImportWriteOptions &options, Result<ImportResult> *validation)
{
    RecordQueue queue;
    qint64 rows = 0;
    for (const SourceTable &table : tables)
        rows += table.rows.size();
    // Once a row is invalid and invalid rows are not skipped, nothing will be
    // written: the writer stops early.
    std::atomic<bool> refused { false };
    const ImportRecordFeed feed = [&](ImportRecord &record) {
        if (record.valid) {
            QString unitName = record.nominee.unitName;
            queue.put({ std::move(unitName), NomineeBulkInsert::prepare(std::move(record.nominee)) });
        } else if (!options.skipInvalid)
            refused = true;
        return true;
    };
    std::thread validating([&] {
        // The rows it hands over take about a quarter of a KiB each until written.
        platform::prepareThreadHeap(rows * 256);
        *validation = validateImportTables(tables, campaign, today, importOptions, feed);
        queue.close();
    });

    ImportSummary summary;
    const QString file = QFileInfo(options.fileName).fileName();
    const BulkWriteCache cache(db, bulkCacheKib(rows));
    RowWriter writer(db, campaign, rows);
    // The error of the writing side, told only when the validation does not
    // refuse the import itself (writeImport() checks that first).
    Status written;
    Status st = db.transaction([&]() -> Status {
        written = db.checkIntegrity();
        if (written)
            written = writer.start();
        while (written) {
            QList<ReadyRow> batch = queue.take();
            if (batch.isEmpty() || refused)
                break;
            for (ReadyRow &ready : batch) {
                if (written = writer.write(ready.unitName, std::move(ready.row)); !written)
                    break;
            }
        }
        queue.abandon();
        validating.join();
        if (!*validation)
            return validation->error();
        summary.warnings = (*validation)->warningCount();
        summary.skipped = (*validation)->invalidCount();
        summary.imported = (*validation)->validCount();
        if (auto s = refusal(**validation, options); !s)
            return s;
        if (written)
            written = writer.flush();
        if (!written)
            return written;
        summary.unitsCreated = writer.unitsCreated();
        return writer.finish(summary, file, options, &summary.approvalsWithdrawn);
    });
    if (validating.joinable()) { // the transaction did not start
        queue.abandon();
        validating.join();
    }
    if (!st)
        return st.error();
    summary.nomineeIds = writer.ids();
    return summary;
}

} // namespace vd
