#include "zipreader.h"

#include <minizip/unzip.h>

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ZipReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ZipReader)
};

} // namespace

class ZipPartDevice : public QIODevice
{
public:
    ZipPartDevice(ZipReader *reader, const QString &name, qint64 maxBytes, qint64 maxRun)
        : m_reader(reader), m_name(name), m_maxBytes(maxBytes), m_maxRun(maxRun)
    {
    }
    ~ZipPartDevice() override
    {
        if (!m_closed)
            unzCloseCurrentFile(m_reader->m_zip);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return (m_closed || m_failed) && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_closed || maxSize <= 0)
            return 0;
        const int got = unzReadCurrentFile(m_reader->m_zip, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
        if (got < 0)
            return fail(Tr::tr("Tệp %1 hỏng: không giải nén được phần %2.").arg(m_reader->m_format, m_name));
        if (got == 0) {
            if (!m_closed) {
                m_closed = true;
                if (unzCloseCurrentFile(m_reader->m_zip) != UNZ_OK) // UNZ_CRCERROR: damaged data
                    return fail(Tr::tr("Tệp %1 hỏng: phần %2 sai mã kiểm tra (CRC).").arg(m_reader->m_format, m_name));
            }
            return 0;
        }
        // The size in the zip directory can lie: count what really comes out.
        m_total += got;
        if (m_total > m_maxBytes) {
            return fail(Tr::tr("Tệp %1 bị từ chối: phần %2 giải nén ra hơn %3 MB.")
                            .arg(m_reader->m_format, m_name)
                            .arg(m_maxBytes / (1024 * 1024)));
        }
        // Each run must end within m_maxRun bytes: look for the last '<' of
        // the bytes that may still come before one is needed (memrchr finds it
        // at once), rather than at every byte (docs/performance-xlsx.md).
        const char *p = data;
        const char *end = data + got;
        while (end - p > m_maxRun - m_run) {
            const qint64 window = m_maxRun - m_run + 1;
            const void *lt = memrchr(p, '<', size_t(window));
            if (!lt) {
                return fail(Tr::tr("Tệp %1 bị từ chối: phần %2 có một ô hoặc thẻ dài hơn %3 KB "
                                   "(một ô dài nhất cũng chỉ 32 767 ký tự).")
                                .arg(m_reader->m_format, m_name)
                                .arg(m_maxRun / 1024));
            }
            m_run = 0;
            p = static_cast<const char *>(lt) + 1;
        }
        const void *last = memrchr(p, '<', size_t(end - p));
        m_run = last ? end - (static_cast<const char *>(last) + 1) : m_run + (end - p);
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        if (m_reader->m_partError.isEmpty())
            m_reader->m_partError = message;
        setErrorString(message);
        return -1;
    }

    ZipReader *m_reader;
    QString m_name;
    qint64 m_maxBytes;
    qint64 m_maxRun;
    qint64 m_total = 0;
    qint64 m_run = 0;
    bool m_failed = false;
    bool m_closed = false;
};

ZipReader::ZipReader(const QString &path, const QString &format) : m_format(format)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipReader::contains(const QString &name)
{
    return m_zip && unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK;
}

QString ZipReader::partError() const { return m_partError; }

Result<std::unique_ptr<QIODevice>> ZipReader::open(const QString &name, qint64 maxBytes, qint64 maxRun)
{
    m_partError.clear();
    if (!contains(name))
        return Error::storage(Tr::tr("Tệp %1 hỏng: thiếu phần %2.").arg(m_format, name));
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Error::storage(Tr::tr("Tệp %1 hỏng: không đọc được mục lục của phần %2.").arg(m_format, name));
    if (info.uncompressed_size > quint64(maxBytes)) {
        return Error::storage(Tr::tr("Tệp %1 bị từ chối: phần %2 giải nén ra %3 MB, vượt giới hạn %4 MB.")
                                  .arg(m_format, name)
                                  .arg(info.uncompressed_size / (1024 * 1024))
                                  .arg(maxBytes / (1024 * 1024)));
    }
    if (info.flag & 1) // traditional PKWARE encryption
        return Error::storage(
            Tr::tr("Tệp %1 có mật khẩu (phần %2 được mã hóa): hãy bỏ mật khẩu rồi lưu lại.").arg(m_format, name));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Error::storage(Tr::tr("Tệp %1 hỏng: không giải nén được phần %2.").arg(m_format, name));
    auto device = std::make_unique<ZipPartDevice>(this, name, maxBytes, maxRun);
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes)
{
    auto device = open(name, maxBytes, maxBytes);
    if (!device)
        return device.error();
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const qint64 got = (*device)->read(buffer, sizeof buffer);
        if (got < 0)
            return Error::storage(m_partError);
        if (got == 0)
            break;
        data.append(buffer, got);
    }
    if (!m_partError.isEmpty())
        return Error::storage(m_partError);
    return data;
}

} // namespace vd
