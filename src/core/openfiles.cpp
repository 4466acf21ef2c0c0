#include "openfiles.h"

#include "platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Database)
};

} // namespace

namespace {

const char *const kWorkingSuffixes[] = { "-wal", "-shm", "-journal" };

struct Registry
{
    QMutex mutex;
    QHash<QString, int> counts; // absolute path -> open connections
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void OpenDatabaseFiles::add(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.counts[QFileInfo(path).absoluteFilePath()];
}

void OpenDatabaseFiles::remove(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = QFileInfo(path).absoluteFilePath();
    auto it = r.counts.find(key);
    if (it != r.counts.end() && --it.value() <= 0)
        r.counts.erase(it);
}

bool OpenDatabaseFiles::contains(const QString &path)
{
    const platform::FileIdentity target = platform::fileIdentity(path);
    if (!target.valid)
        return false; // a file that does not exist is nobody's database
    QStringList open;
    {
        Registry &r = registry();
        const QMutexLocker lock(&r.mutex);
        open = r.counts.keys();
    }
    for (const QString &db : std::as_const(open)) {
        if (platform::fileIdentity(db) == target)
            return true;
        for (const char *suffix : kWorkingSuffixes) {
            if (platform::fileIdentity(db + QLatin1String(suffix)) == target)
                return true;
        }
    }
    return false;
}

Status ensureNotOpenDatabase(const QString &path)
{
    if (!OpenDatabaseFiles::contains(path))
        return {};
    return Error::storage(Tr::tr("Tệp %1 là cơ sở dữ liệu đang mở (hoặc tệp làm việc -wal/-shm của nó); "
                                 "không đọc hay ghi đè nó như một tệp thường. Hãy chọn tệp khác.")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

bool isSqliteWorkingFileName(const QString &path)
{
    for (const char *suffix : kWorkingSuffixes) {
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vd
