#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

namespace vd {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::CsvReader", text); }

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
        return Error::storage(tr("Tệp CSV không phải văn bản UTF-8 hay UTF-16 hợp lệ. "
                                 "Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”."));
    }
    if (text.contains(QChar(0)))
        return Error::storage(tr("Tệp không phải tệp CSV (có byte NUL: tệp nhị phân)."));
    return text;
}

} // namespace

QChar detectCsvSeparator(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;  // a doubled quote toggles twice: no harm
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

Result<SourceTable> readCsv(QByteArray bytes)
{
    auto decoded = decode(bytes);
    bytes = QByteArray();
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const QChar sep = detectCsvSeparator(text);

    SourceTable table;
    table.format = QStringLiteral("CSV");
    QVariantList cells;
    QString field;
    bool quoted = false;        // inside a quoted field
    bool fieldStarted = false;  // the record has a field (even an empty one)
    int record = 1;
    int quoteRecord = 0;
    // Equal cells share one string: a list repeats its blocs, units,
    // positions, yes/no and document columns on every row, so this keeps a
    // fraction of the memory and allocations; `field` keeps its buffer.
    QSet<QString> pool;
    auto endField = [&]() {
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
    qsizetype width = 0;        // most cells seen in a record, to size the next one
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
    // run: one allocation per cell).
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
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
                field.append(data + i, end - i);
                i = end - 1;
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
            field.append(data + i, end - i);
            i = end - 1;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error::storage(tr("Tệp CSV hỏng: dấu ngoặc kép mở ở dòng %1 không được đóng.")
                                      .arg(quoteRecord));
    }
    if (fieldStarted || !field.isEmpty())
        endRecord();
    if (table.rows.isEmpty())
        return Error::storage(tr("Tệp CSV không có dòng nào."));
    return table;
}

Result<SourceTable> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("Không đọc được tệp %1: %2").arg(path, file.errorString()));
    return readCsv(file.readAll());
}

} // namespace vd
