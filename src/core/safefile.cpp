#include "safefile.h"

#include "openfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ApprovedExport".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ApprovedExport)
};

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto st = ensureNotOpenDatabase(path); !st)
        return st;
    auto failed = [&path](const QString &why) {
        return Error::storage(Tr::tr("Không ghi được tệp %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // On the temporary file, before a byte is written; the rename keeps it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    return {};
}

} // namespace vd
