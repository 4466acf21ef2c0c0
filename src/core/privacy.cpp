#include "privacy.h"

#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Privacy".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Privacy)
};

} // namespace

QString maskCitizenId(const QString &citizenId)
{
    const QString id = citizenId.trimmed();
    if (id.size() <= 4)
        return id;
    return QString(id.size() - 4, QLatin1Char('*')) + id.right(4);
}

Result<int> purgeCampaignPersonalData(Database &db, qint64 campaignId)
{
    int removed = 0;
    Status st = db.transaction([&]() -> Status {
        auto c = db.run(QStringLiteral("SELECT active, name FROM campaign WHERE id = ?"), { campaignId },
                        Tr::tr("đọc đợt biểu dương"));
        if (!c)
            return c.error();
        if (!c->next())
            return Error::validation(Tr::tr("Không có đợt biểu dương số %1.").arg(campaignId));
        if (c->value(0).toInt() != 0) {
            return Error::validation(Tr::tr("Đợt “%1” đang được dùng; chỉ xóa dữ liệu cá nhân của đợt đã kết thúc.")
                                         .arg(c->value(1).toString()));
        }
        const QString name = c->value(1).toString();
        c->finish();
        auto count = db.run(QStringLiteral("SELECT count(*) FROM nominee WHERE campaign_id = ?"), { campaignId },
                            Tr::tr("đếm hồ sơ"));
        if (!count)
            return count.error();
        removed = count->next() ? count->value(0).toInt() : 0;
        count->finish();
        const QList<QPair<QString, QString>> steps = {
            { QStringLiteral("UPDATE audit_log SET details = '' WHERE entity = 'nominee' AND entity_id IN "
                             "(SELECT id FROM nominee WHERE campaign_id = ?)"),
              Tr::tr("xóa tên trong nhật ký") },
            { QStringLiteral("DELETE FROM nominee WHERE campaign_id = ?"), Tr::tr("xóa hồ sơ") },
            { QStringLiteral("DELETE FROM unit WHERE campaign_id = ?"), Tr::tr("xóa đơn vị") },
        };
        for (const auto &step : steps) {
            auto q = db.run(step.first, { campaignId }, step.second);
            if (!q)
                return q.error();
        }
        // People no other campaign's dossier refers to go too (name, birth date, CCCD).
        auto people = db.run(QStringLiteral("DELETE FROM person WHERE NOT EXISTS "
                                            "(SELECT 1 FROM nominee n WHERE n.person_id = person.id)"),
                             {}, Tr::tr("xóa hồ sơ"));
        if (!people)
            return people.error();
        return AuditLog(db).record(QStringLiteral("campaign.purge"), QStringLiteral("campaign"), campaignId,
                                   Tr::tr("%1: xóa %2 hồ sơ").arg(name).arg(removed));
    });
    if (!st)
        return st.error();
    if (db.dialect() == Dialect::Sqlite) {
        // Rewrite the file so deleted rows do not linger in free pages or the WAL.
        for (const QString &sql : { QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }) {
            auto q = db.run(sql, {}, Tr::tr("dọn tệp cơ sở dữ liệu"));
            if (!q)
                return q.error();
        }
    }
    return removed;
}

} // namespace vd
