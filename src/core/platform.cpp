#include "platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <qt_windows.h>
#else
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <vector>
#endif

namespace vd::platform {

QString osUserName()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return QStringLiteral("?");
#else
    const uid_t uid = geteuid();
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    std::vector<char> buffer(static_cast<std::size_t>(bufferSize));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && found->pw_name[0] != '\0') {
        return QString::fromLocal8Bit(found->pw_name);
    }
    // An account without a passwd entry (some containers): its number is still
    // the truth, unlike an environment variable.
    return QStringLiteral("uid:%1").arg(uid);
#endif
}

FileIdentity fileIdentity(const QString &path)
{
    FileIdentity id;
    if (path.isEmpty())
        return id;
#ifdef Q_OS_WIN
    // A handle without read or write access: it takes no lock and does not
    // disturb SQLite's byte-range locks (which belong to SQLite's own handle).
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), 0,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                 FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return id;
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(h, &info)) {
        id.device = info.dwVolumeSerialNumber;
        id.index = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.valid = true;
    }
    CloseHandle(h);
#else
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.device = quint64(st.st_dev);
        id.index = quint64(st.st_ino);
        id.valid = true;
    }
#endif
    return id;
}

void restrictNewFilesToOwner()
{
#ifndef Q_OS_WIN
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool setOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.isDir())
        owner |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, owner);
}

} // namespace vd::platform
