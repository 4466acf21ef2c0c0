#include "settingsstore.h"

#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::SettingsStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::SettingsStore)
};

} // namespace

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    auto q = m_db.run(QStringLiteral("SELECT value FROM setting WHERE key = ?"), { key }, Tr::tr("đọc thiết lập"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Status {
        // Portable upsert: delete then insert, inside one transaction.
        auto del = m_db.run(QStringLiteral("DELETE FROM setting WHERE key = ?"), { key }, Tr::tr("ghi thiết lập"));
        if (!del)
            return del.error();
        auto ins = m_db.run(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"), { key, value },
                            Tr::tr("ghi thiết lập"));
        if (!ins)
            return ins.error();
        return AuditLog(m_db).record(QStringLiteral("setting.set"), QStringLiteral("setting"), 0, key);
    });
}

Status SettingsStore::remove(const QString &key)
{
    return m_db.transaction([&]() -> Status {
        auto del = m_db.run(QStringLiteral("DELETE FROM setting WHERE key = ?"), { key }, Tr::tr("xóa thiết lập"));
        return del ? Status() : Status(del.error());
    });
}

} // namespace vd
