#include "attachmentstore.h"

#include "auditlog.h"
#include "database.h"
#include "openfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::AttachmentStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::AttachmentStore)
};

} // namespace

namespace {

Attachment fromQuery(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.nomineeId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.mimeType = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.addedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return a;
}

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); }

} // namespace

QStringList AttachmentStore::acceptedMimeTypes()
{
    return { QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"), QStringLiteral("image/png") };
}

Result<QString> AttachmentStore::check(const QString &fileName, const QByteArray &data)
{
    if (fileName.trimmed().isEmpty())
        return Error::validation(Tr::tr("Tệp đính kèm không có tên."));
    if (data.isEmpty())
        return Error::validation(Tr::tr("Tệp %1 rỗng.").arg(fileName));
    if (data.size() > maxFileSize) {
        return Error::validation(Tr::tr("Tệp %1 lớn %2 MB, quá giới hạn %3 MB.")
                                     .arg(fileName, megabytes(data.size()), megabytes(maxFileSize)));
    }
    const QString mime = QMimeDatabase().mimeTypeForData(data).name();
    if (!acceptedMimeTypes().contains(mime)) {
        return Error::validation(Tr::tr("Tệp %1 không phải PDF, JPG hay PNG (nội dung là %2).").arg(fileName, mime));
    }
    return mime;
}

Result<QList<Attachment>> AttachmentStore::list(qint64 nomineeId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, nominee_id, file_name, mime_type, size, added_at "
                                     "FROM attachment WHERE nominee_id = ? ORDER BY id"),
                      { nomineeId }, Tr::tr("đọc danh sách tệp đính kèm"));
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out.append(fromQuery(*q));
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách tệp đính kèm")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<Attachment> AttachmentStore::addFile(qint64 nomineeId, const QString &filePath, const QString &documentCode)
{
    QFileInfo info(filePath);
    if (!info.isFile())
        return Error::validation(Tr::tr("Không có tệp %1.").arg(filePath));
    if (info.size() > maxFileSize) {
        return Error::validation(Tr::tr("Tệp %1 lớn %2 MB, quá giới hạn %3 MB.")
                                     .arg(info.fileName(), megabytes(info.size()), megabytes(maxFileSize)));
    }
    if (auto st = ensureNotOpenDatabase(filePath); !st)
        return st.error();
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc được tệp %1: %2").arg(filePath, f.errorString()));
    return add(nomineeId, info.fileName(), f.readAll(), documentCode);
}

Result<Attachment> AttachmentStore::add(qint64 nomineeId, const QString &fileName, const QByteArray &data,
                                        const QString &documentCode)
{
    const QString name = fileName.normalized(QString::NormalizationForm_C).trimmed();
    auto mime = check(name, data);
    if (!mime)
        return mime.error();
    Attachment a;
    a.nomineeId = nomineeId;
    a.fileName = name;
    a.mimeType = *mime;
    a.size = data.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.addedAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    Status st = m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("INSERT INTO attachment (nominee_id, document_code, file_name, "
                                         "mime_type, size, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          { nomineeId, Database::bindable(documentCode), name, a.mimeType, a.size, data,
                            a.addedAt.toString(Qt::ISODate) },
                          Tr::tr("lưu tệp đính kèm %1").arg(name));
        if (!q)
            return q.error();
        a.id = q->lastInsertId().toLongLong();
        return AuditLog(m_db).record(QStringLiteral("attachment.add"), QStringLiteral("nominee"), nomineeId, name);
    });
    if (!st)
        return st.error();
    return a;
}

Result<QByteArray> AttachmentStore::data(qint64 attachmentId) const
{
    auto q = m_db.run(QStringLiteral("SELECT data FROM attachment WHERE id = ?"), { attachmentId },
                      Tr::tr("đọc tệp đính kèm"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::validation(Tr::tr("Không có tệp đính kèm mã %1.").arg(attachmentId));
    return q->value(0).toByteArray();
}

Status AttachmentStore::remove(qint64 attachmentId)
{
    return m_db.transaction([&]() -> Status {
        auto existing = m_db.run(QStringLiteral("SELECT nominee_id, file_name FROM attachment WHERE id = ?"),
                                 { attachmentId }, Tr::tr("xóa tệp đính kèm"));
        if (!existing)
            return existing.error();
        if (!existing->next())
            return Error::validation(Tr::tr("Không có tệp đính kèm mã %1.").arg(attachmentId));
        const qint64 nomineeId = existing->value(0).toLongLong();
        const QString name = existing->value(1).toString();
        auto del = m_db.run(QStringLiteral("DELETE FROM attachment WHERE id = ?"), { attachmentId },
                            Tr::tr("xóa tệp đính kèm %1").arg(name));
        if (!del)
            return del.error();
        return AuditLog(m_db).record(QStringLiteral("attachment.remove"), QStringLiteral("nominee"), nomineeId, name);
    });
}

Result<QList<AttachmentData>> AttachmentStore::loadWithData(qint64 nomineeId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, nominee_id, file_name, mime_type, size, added_at, "
                                     "document_code, data FROM attachment WHERE nominee_id = ? ORDER BY id"),
                      { nomineeId }, Tr::tr("đọc tệp đính kèm"));
    if (!q)
        return q.error();
    QList<AttachmentData> out;
    while (q->next())
        out.append(AttachmentData { fromQuery(*q), q->value(6).toString(), q->value(7).toByteArray() });
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc tệp đính kèm")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Status AttachmentStore::restore(const QList<AttachmentData> &attachments)
{
    return m_db.transaction([&]() -> Status {
        for (const AttachmentData &a : attachments) {
            auto q = m_db.run(QStringLiteral("INSERT INTO attachment (id, nominee_id, document_code, "
                                             "file_name, mime_type, size, data, added_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              { a.info.id, a.info.nomineeId, Database::bindable(a.documentCode), a.info.fileName,
                                a.info.mimeType, a.info.size, a.data, a.info.addedAt.toString(Qt::ISODate) },
                              Tr::tr("khôi phục tệp đính kèm %1").arg(a.info.fileName));
            if (!q)
                return q.error();
        }
        return {};
    });
}

} // namespace vd
