#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
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

Error undecodable()
{
    return Error::storage(Tr::tr("Tệp CSV không phải văn bản UTF-8 hay UTF-16 hợp lệ. "
                                 "Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”."));
}

Error binary() { return Error::storage(Tr::tr("Tệp không phải tệp CSV (có byte NUL: tệp nhị phân).")); }

bool startsWithBom(QByteArrayView bytes) { return bytes.startsWith("\xEF\xBB\xBF"); }

// The text as UTF-8, decoded by BOM; without one the bytes must be valid
// UTF-8 and are used as they are (no UTF-16 copy of the whole file). The
// same files are refused as by a QStringDecoder: undecodable, or a NUL.
Result<QByteArray> utf8Text(QByteArray bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const auto encoding = bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return undecodable();
        if (text.contains(QChar(0)))
            return binary();
        return text.toUtf8();
    }
    // The decoder drops one BOM at the start of what it is given, after the
    // one skipped here.
    qsizetype skip = 0;
    for (int bom = 0; bom < 2 && startsWithBom(QByteArrayView(bytes).sliced(skip)); ++bom)
        skip += 3;
    if (!QByteArrayView(bytes).sliced(skip).isValidUtf8())
        return undecodable();
    if (QByteArrayView(bytes).sliced(skip).contains('\0'))
        return binary();
    if (skip > 0)
        bytes.remove(0, skip);
    return bytes;
}

// A cell's text. QString::fromUtf8() would drop a BOM at its start, which
// inside a file is a character of the cell (U+FEFF).
QString decodeCell(QByteArrayView bytes)
{
    QString text;
    while (startsWithBom(bytes)) {
        text += QChar(0xFEFF);
        bytes = bytes.sliced(3);
    }
    return text.isEmpty() ? QString::fromUtf8(bytes) : text + QString::fromUtf8(bytes);
}

qint64 megabytes(qint64 bytes) { return (bytes + 1024 * 1024 - 1) / (1024 * 1024); }

// UTF-16 code units of UTF-8 text (a QString's size()): one per character,
// two for one outside the BMP (a 4-byte sequence).
qsizetype utf16Units(const char *data, qsizetype size)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = uchar(data[i]);
        units += (b & 0xC0) != 0x80;
        units += b >= 0xF0;
    }
    return units;
}

// detectCsvSeparator() on UTF-8 (the characters it looks at are ASCII).
char detectSeparator(QByteArrayView text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r')
                break;
            if (c == ';')
                ++semicolons;
            else if (c == ',')
                ++commas;
            else if (c == '\t')
                ++tabs;
        }
    }
    if (tabs > semicolons && tabs > commas)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

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
    auto decoded = utf8Text(std::move(bytes));
    if (!decoded)
        return decoded.error();
    const QByteArray text = std::move(*decoded);
    const char sep = detectSeparator(text);

    SourceTable table;
    table.format = QStringLiteral("CSV");
    QVariantList cells;
    QByteArray field; // the UTF-8 of the cell being read
    qsizetype fieldUnits = 0; // its length as a QString
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false; // the record has a field (even an empty one)
    bool anyText = false; // a cell of the record has more than spaces
    int record = 1;
    int quoteRecord = 0;
    qint64 cellCount = 0;
    bool overLimit = false; // a cell too long or too many cells: stop reading
    Error limitError;
    // Equal cells share one string: a list repeats its blocs, units,
    // positions, yes/no and document columns on every row, so this keeps a
    // fraction of the memory and allocations, and each distinct cell is
    // decoded once. Looked up by the cell's bytes without copying them.
    QHash<QByteArray, QString> pool;
    auto tooLong = [&]() {
        limitError
            = Error::storage(Tr::tr("Tệp CSV bị từ chối: một ô ở dòng %1 dài %2 ký tự, quá giới hạn %3 của Excel.")
                                 .arg(record)
                                 .arg(qsizetype(limits.maxCellChars) + 1)
                                 .arg(limits.maxCellChars));
        overLimit = true;
    };
    // Appends bytes to the cell. Past the limit the reading stops where a
    // reading character by character stops: at the next character, or at the
    // end of the cell when the file ends there.
    auto append = [&](const char *data, qsizetype size) {
        field.append(data, size);
        fieldUnits += utf16Units(data, size);
        if (fieldUnits > qsizetype(limits.maxCellChars) + 1)
            tooLong();
    };
    auto clearField = [&]() {
        field.resize(0);
        fieldUnits = 0;
    };
    auto endField = [&]() {
        if (fieldUnits > limits.maxCellChars) {
            tooLong();
        } else if (++cellCount > limits.maxCells) {
            limitError = Error::storage(Tr::tr("Tệp CSV bị từ chối: hơn %1 ô (dòng %2), quá lớn cho một danh sách.")
                                            .arg(limits.maxCells)
                                            .arg(record));
            overLimit = true;
        }
        if (field.isEmpty()) {
            cells.append(QVariant());
        } else {
            const QByteArray key = QByteArray::fromRawData(field.constData(), field.size());
            auto it = pool.constFind(key);
            if (it == pool.cend())
                it = pool.insert(QByteArray(field.constData(), field.size()), decodeCell(field));
            const QString &cell = *it;
            anyText = anyText || !cell.front().isSpace() || !cell.trimmed().isEmpty();
            cells.append(QVariant(cell));
        }
        clearField();
    };
    qsizetype width = 0; // most cells seen in a record, to size the next one
    auto endRecord = [&]() {
        endField();
        width = qMax(width, cells.size());
        if (anyText)
            table.rows.append({ record, std::move(cells) });
        cells = QVariantList();
        cells.reserve(width);
        fieldStarted = false;
        anyText = false;
        ++record;
    };
    // Only spaces so far in the cell (a quote after them opens a quoted field).
    auto blankSoFar = [&]() {
        for (const char c : std::as_const(field)) {
            if (uchar(c) >= 0x80)
                return decodeCell(field).trimmed().isEmpty();
            if (c != ' ' && (c < '\t' || c > '\r'))
                return false;
        }
        return true;
    };

    // Runs of ordinary bytes are copied in one go (a field is usually one run).
    const char *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !overLimit; ++i) {
        const char c = data[i];
        // A cell that can no longer fit the limit: no need to read it to its end.
        if (fieldUnits > limits.maxCellChars) {
            tooLong();
            break;
        }
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && data[i + 1] == '"') {
                    append("\"", 1);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                const char *end = static_cast<const char *>(memchr(data + i, '"', size_t(n - i)));
                const qsizetype count = (end ? end - data : n) - i;
                append(data + i, count);
                i += count - 1;
            }
            continue;
        }
        if (c == '"' && (field.isEmpty() || blankSoFar())) {
            // RFC 4180 quote at the start of a field (spaces before it are dropped).
            clearField();
            quoted = true;
            quoteRecord = record;
            fieldStarted = true;
        } else if (c == sep) {
            endField();
            fieldStarted = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && data[i + 1] == '\n')
                ++i;
            endRecord();
        } else {
            qsizetype end = i + 1;
            while (end < n) {
                const char d = data[end];
                if (d == sep || d == '"' || d == '\r' || d == '\n')
                    break;
                ++end;
            }
            append(data + i, end - i);
            i = end - 1;
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
