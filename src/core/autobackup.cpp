#include "autobackup.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::AutoBackup".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::AutoBackup)
};

} // namespace

namespace {

QString prefixFor(const QString &databasePath) { return QFileInfo(databasePath).completeBaseName() + QLatin1Char('-'); }

} // namespace

QString AutoBackup::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QStringList AutoBackup::existing(const QString &databasePath)
{
    QDir dir(folderFor(databasePath));
    const QStringList names
        = dir.entryList({ prefixFor(databasePath) + QStringLiteral("????????.sqlite") }, QDir::Files, QDir::Name);
    QStringList out;
    for (const QString &n : names)
        out.append(dir.filePath(n));
    return out;
}

Result<QString> AutoBackup::runDaily(Database &db, const QDate &today, int keep)
{
    if (db.dialect() != Dialect::Sqlite)
        return QString();
    const QString folder = folderFor(db.location());
    if (!QDir().mkpath(folder)) {
        return Error::storage(Tr::tr("Không tạo được thư mục sao lưu %1.").arg(QDir::toNativeSeparators(folder)));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(folder).filePath(prefixFor(db.location()) + today.toString(QStringLiteral("yyyyMMdd"))
                                                 + QStringLiteral(".sqlite"));
    QString written;
    if (!QFile::exists(target)) {
        if (auto st = db.backupTo(target); !st)
            return st.error();
        written = target;
    }
    QStringList all = existing(db.location());
    const int limit = qMax(1, keep);
    while (all.size() > limit)
        QFile::remove(all.takeFirst());
    return written;
}

} // namespace vd
