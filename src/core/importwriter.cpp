#include "importwriter.h"

#include "approvalguard.h"

#include "auditlog.h"
#include "database.h"
#include "nomineestore.h"
#include "textfold.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ImportWriter".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ImportWriter)
};

} // namespace

Result<ImportSummary> writeImport(Database &db, const Campaign &campaign, const ImportResult &import,
                                  const ImportWriteOptions &options)
{
    ImportSummary summary;
    summary.warnings = import.warningCount();
    summary.skipped = import.invalidCount();
    if (!import.headerComplete) {
        return Error::validation(Tr::tr("Không nhập được: tệp thiếu cột bắt buộc."));
    }
    if (summary.skipped > 0 && !options.skipInvalid) {
        return Error::validation(Tr::tr("Không nhập gì: %1 dòng có lỗi (%2 lỗi). Sửa tệp rồi nhập lại, "
                                        "hoặc chỉ nhập các dòng hợp lệ.")
                                     .arg(summary.skipped)
                                     .arg(import.errorCount()));
    }
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
    Status st = db.transaction([&]() -> Status {
        // Many rows go in: first make sure the file is sound (under the write
        // lock, so no other writer can change what was checked).
        if (auto sound = db.checkIntegrity(); !sound)
            return sound;
        UnitStore units(db);
        QHash<QString, qint64> unitIds; // folded name -> id
        for (Nominee &n : nominees) {
            n.campaignId = campaign.id;
            const QString key = foldText(n.unitName);
            auto it = unitIds.constFind(key);
            if (it == unitIds.constEnd()) {
                auto existing = units.find(campaign.id, n.unitName);
                if (!existing)
                    return existing.error();
                qint64 id = *existing;
                if (id == 0) {
                    auto created = units.findOrCreate(campaign.id, n.unitName, n.blocId);
                    if (!created)
                        return created.error();
                    id = *created;
                    ++summary.unitsCreated;
                }
                it = unitIds.insert(key, id);
            }
            n.unitId = it.value();
        }
        const QString details = Tr::tr("tệp %1: nhập %2, bỏ qua %3, cảnh báo %4, đơn vị mới %5")
                                    .arg(file)
                                    .arg(summary.imported)
                                    .arg(summary.skipped)
                                    .arg(summary.warnings)
                                    .arg(summary.unitsCreated);
        if (auto s = NomineeStore(db).insertMany(nominees, details, options.progress); !s)
            return s;
        // A new dossier that duplicates an approved nominee makes that
        // approval wrong: refused, or withdrawn when asked (approvalguard.h).
        auto withdrawn
            = guardApprovals(db, campaign.id, ApprovalChange { nominees, {} },
                             options.today.isValid() ? options.today : QDate::currentDate(),
                             options.withdrawBrokenApprovals ? BrokenApprovals::Withdraw : BrokenApprovals::Refuse);
        if (!withdrawn)
            return withdrawn.error();
        summary.approvalsWithdrawn = *withdrawn;
        return AuditLog(db).record(QStringLiteral("import"), QStringLiteral("file"), 0, details);
    });
    if (!st)
        return st.error();
    for (const Nominee &n : std::as_const(nominees))
        summary.nomineeIds.append(n.id);
    return summary;
}

} // namespace vd
