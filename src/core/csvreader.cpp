#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::CsvReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::CsvReader)
};

} // namespace

namespace {

// Decodes by BOM; without one the bytes must be valid UTF-8.
Result<QString> decode(const QByteArray &bytes)
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError()) {
        return Error::storage(Tr::tr("Tệp CSV không phải văn bản UTF-8 hay UTF-16 hợp lệ. "
                                     "Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”."));
    }
    if (text.contains(QChar(0)))
        return Error::storage(Tr::tr("Tệp không phải tệp CSV (có byte NUL: tệp nhị phân)."));
    return text;
}

qint64 megabytes(qint64 bytes) { return (bytes + 1024 * 1024 - 1) / (1024 * 1024); }

} // namespace

Error csvTooLargeError(qint64 size, const CsvLimits &limits)
{
    return Error::storage(Tr::tr("Tệp CSV bị từ chối: %1 MB, vượt giới hạn %2 MB.")
                              .arg(megabytes(size))
                              .arg(limits.maxBytes / (1024 * 1024)));
}

QChar detectCsvSeparator(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no harm
        } else if (!quoted) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            if (c == QLatin1Char(';'))
                ++semicolons;
            else if (c == QLatin1Char(','))
                ++commas;
            else if (c == QLatin1Char('\t'))
                ++tabs;
        }
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<SourceTable> readCsv(QByteArray bytes, const CsvLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return csvTooLargeError(bytes.size(), limits);
    auto decoded = decode(bytes);
    bytes = QByteArray(); // the text is all that is needed now
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const QChar sep = detectCsvSeparator(text);

    SourceTable table;
    table.format = QStringLiteral("CSV");
    QVariantList cells;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false; // the record has a field (even an empty one)
    int record = 1;
    int quoteRecord = 0;
    qint64 cellCount = 0;
    bool overLimit = false; // a cell too long or too many cells: stop reading
    Error limitError;
    // Equal cells share one string: a list repeats its blocs, units,
    // positions, yes/no and document columns on every row, so this keeps a
    // fraction of the memory and allocations; `field` keeps its buffer.
    QSet<QString> pool;
    auto endField = [&]() {
        if (field.size() > limits.maxCellChars) {
            limitError
                = Error::storage(Tr::tr("Tệp CSV bị từ chối: một ô ở dòng %1 dài %2 ký tự, quá giới hạn %3 của Excel.")
                                     .arg(record)
                                     .arg(field.size())
                                     .arg(limits.maxCellChars));
            overLimit = true;
        } else if (++cellCount > limits.maxCells) {
            limitError = Error::storage(Tr::tr("Tệp CSV bị từ chối: hơn %1 ô (dòng %2), quá lớn cho một danh sách.")
                                            .arg(limits.maxCells)
                                            .arg(record));
            overLimit = true;
        }
        if (field.isEmpty()) {
            cells.append(QVariant());
        } else {
            auto it = pool.constFind(field);
            if (it == pool.cend())
                it = pool.insert(QString(field.constData(), field.size()));
            cells.append(QVariant(*it));
        }
        field.resize(0);
    };
    qsizetype width = 0; // most cells seen in a record, to size the next one
    auto endRecord = [&]() {
        endField();
        bool any = false;
        for (const QVariant &v : std::as_const(cells)) {
            if (v.isValid() && !v.toString().trimmed().isEmpty()) {
                any = true;
                break;
            }
        }
        width = qMax(width, cells.size());
        if (any)
            table.rows.append({ record, std::move(cells) });
        cells = QVariantList();
        cells.reserve(width);
        fieldStarted = false;
        ++record;
    };

    // Runs of ordinary characters are copied in one go (a field is usually one
    // run), never past one character over the cell limit, so the limit is
    // found exactly where a character-by-character reading finds it.
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    auto runEnd = [&](qsizetype end) {
        const qsizetype room = qsizetype(limits.maxCellChars) + 1 - field.size();
        return qMin(end, room);
    };
    for (qsizetype i = 0; i < n && !overLimit; ++i) {
        const QChar c = data[i];
        // A cell that can no longer fit the limit: no need to read it to its end.
        if (field.size() > limits.maxCellChars) {
            endField();
            break;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                qsizetype end = i + 1;
                while (end < n && data[end] != QLatin1Char('"'))
                    ++end;
                const qsizetype count = qMax<qsizetype>(1, runEnd(end - i));
                field.append(data + i, count);
                i += count - 1;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            // RFC 4180 quote at the start of a field (spaces before it are dropped).
            field.clear();
            quoted = true;
            quoteRecord = record;
            fieldStarted = true;
        } else if (c == sep) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = data[end];
                if (d == sep || d == QLatin1Char('"') || d == QLatin1Char('\r') || d == QLatin1Char('\n'))
                    break;
                ++end;
            }
            const qsizetype count = qMax<qsizetype>(1, runEnd(end - i));
            field.append(data + i, count);
            i += count - 1;
            fieldStarted = true;
        }
    }
    if (overLimit)
        return limitError;
    if (quoted) {
        return Error::storage(Tr::tr("Tệp CSV hỏng: dấu ngoặc kép mở ở dòng %1 không được đóng.").arg(quoteRecord));
    }
    if (fieldStarted || !field.isEmpty())
        endRecord();
    if (overLimit)
        return limitError;
    if (table.rows.isEmpty())
        return Error::storage(Tr::tr("Tệp CSV không có dòng nào."));
    return table;
}

Result<SourceTable> readCsvFile(const QString &path, const CsvLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc được tệp %1: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxBytes)
        return csvTooLargeError(file.size(), limits);
    return readCsv(file.readAll(), limits);
}

} // namespace vd
