#include "ziparchive.h"
#include "doctext.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace vd::docs {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;

quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }

void put16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

Result<QByteArray> inflateRaw(const QByteArray &input, quint32 expectedSize)
{
    QByteArray out(qsizetype(expectedSize), Qt::Uninitialized);
    z_stream s = {};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return Error::storage(DocText::tr("Không giải nén được gói zip."));
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    s.avail_in = uInt(input.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    if (rc != Z_STREAM_END || s.total_out != expectedSize)
        return Error::storage(DocText::tr("Gói zip bị hỏng."));
    return out;
}

Result<QByteArray> deflateRaw(const QByteArray &input)
{
    z_stream s = {};
    if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error::storage(DocText::tr("Không nén được gói zip."));
    QByteArray out(qsizetype(deflateBound(&s, uLong(input.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    s.avail_in = uInt(input.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    deflateEnd(&s);
    if (rc != Z_STREAM_END)
        return Error::storage(DocText::tr("Không nén được gói zip."));
    out.truncate(qsizetype(s.total_out));
    return out;
}

} // namespace

Result<QList<ZipEntry>> readZip(const QByteArray &a)
{
    const Error bad = Error::storage(DocText::tr("Gói zip bị hỏng."));
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    qsizetype end = -1;
    for (qsizetype i = a.size() - 22; i >= 0 && i >= a.size() - 22 - 65535; --i) {
        if (u32(a, i) == kEndOfCentral) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return bad;
    const int count = u16(a, end + 10);
    qsizetype at = qsizetype(u32(a, end + 16));
    QList<ZipEntry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > a.size() || u32(a, at) != kCentralHeader)
            return bad;
        const quint16 method = u16(a, at + 10);
        const quint32 crc = u32(a, at + 16);
        const quint32 packed = u32(a, at + 20);
        const quint32 size = u32(a, at + 24);
        const quint16 nameLength = u16(a, at + 28);
        const quint16 extraLength = u16(a, at + 30);
        const quint16 commentLength = u16(a, at + 32);
        const qsizetype local = qsizetype(u32(a, at + 42));
        ZipEntry entry;
        entry.name = QString::fromUtf8(a.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;

        if (local + 30 > a.size() || u32(a, local) != kLocalHeader)
            return bad;
        const qsizetype data = local + 30 + u16(a, local + 26) + u16(a, local + 28);
        if (data + qsizetype(packed) > a.size())
            return bad;
        const QByteArray raw = a.mid(data, packed);
        if (method == 0) {
            entry.data = raw;
            entry.compress = false;
        } else if (method == Z_DEFLATED) {
            auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return inflated.error();
            entry.data = *inflated;
        } else {
            return bad;
        }
        if (crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()), uInt(entry.data.size())) != crc)
            return bad;
        entries.append(entry);
    }
    return entries;
}

Result<QByteArray> writeZip(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    // 1 January 2024, 00:00 in MS-DOS form: fixed, so equal input gives equal bytes.
    const quint16 dosTime = 0;
    const quint16 dosDate = quint16(((2024 - 1980) << 9) | (1 << 5) | 1);
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        QByteArray packed = e.data;
        if (e.compress) {
            auto deflated = deflateRaw(e.data);
            if (!deflated)
                return deflated.error();
            packed = *deflated;
        }
        const quint16 method = e.compress ? Z_DEFLATED : 0;
        const quint32 offset = quint32(out.size());

        put32(out, kLocalHeader);
        put16(out, 20); // version needed
        put16(out, 1 << 11); // UTF-8 names
        put16(out, method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, quint32(packed.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0);
        out += name;
        out += packed;

        put32(central, kCentralHeader);
        put16(central, 20); // made by
        put16(central, 20); // version needed
        put16(central, 1 << 11);
        put16(central, method);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, crc);
        put32(central, quint32(packed.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, kEndOfCentral);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace vd::docs
