// Scanned dossier documents (PDF/JPG/PNG) kept in the database (table
// `attachment`). The list never carries the bytes; data() loads them on demand.
#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace vd {

class Database;

// One attachment with its bytes, e.g. to put a removed nominee's files back.
struct AttachmentData
{
    Attachment info;
    QString documentCode;
    QByteArray data;
};

class AttachmentStore
{
public:
    explicit AttachmentStore(Database &db) : m_db(db) { }

    // Largest file accepted, in bytes (20 MB).
    static constexpr qint64 maxFileSize = 20 * 1024 * 1024;
    // MIME types accepted (sniffed from the content, not the file name).
    static QStringList acceptedMimeTypes();

    // The sniffed MIME type when `data` may be stored under `fileName`, else
    // a Validation error that says why (empty, too large, not PDF/JPG/PNG).
    static Result<QString> check(const QString &fileName, const QByteArray &data);

    Result<QList<Attachment>> list(qint64 nomineeId) const;
    // Reads the file, checks its size and content type, stores it under its own
    // (Vietnamese) file name. Fills and returns the new attachment.
    Result<Attachment> addFile(qint64 nomineeId, const QString &filePath, const QString &documentCode = {});
    // Same check and store for bytes already in memory.
    Result<Attachment> add(qint64 nomineeId, const QString &fileName, const QByteArray &data,
                           const QString &documentCode = {});
    Result<QByteArray> data(qint64 attachmentId) const;
    Status remove(qint64 attachmentId);

    // Every attachment of a nominee with its bytes (before a deletion), and
    // putting them back with their old ids (undo of the deletion).
    Result<QList<AttachmentData>> loadWithData(qint64 nomineeId) const;
    Status restore(const QList<AttachmentData> &attachments);

private:
    Database &m_db;
};

} // namespace vd
