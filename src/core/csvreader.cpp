#include "csvreader.h"

#include "exitleftovers.h"
#include "platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <thread>

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

// The text as UTF-8, decoded by BOM. UTF-16 is checked here; without a BOM
// the bytes are used as they are (no UTF-16 copy of the whole file), and
// checkUtf8() checks them, a part at a time (readCsv()). The same files are
// refused as by a QStringDecoder: undecodable, or a NUL.
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
    if (skip > 0)
        bytes.remove(0, skip);
    return bytes;
}

// What checkUtf8() found in a part of the text.
struct Utf8Check
{
    bool valid = true;
    bool nul = false;
};

Utf8Check checkUtf8(QByteArrayView part) { return { part.isValidUtf8(), part.contains('\0') }; }

// The error for the parts of a text, as checking it whole would give:
// undecodable before binary. Parts split after a line break, so no UTF-8
// sequence is cut.
Status utf8Status(std::initializer_list<Utf8Check> parts)
{
    for (const Utf8Check &part : parts) {
        if (!part.valid)
            return undecodable();
    }
    for (const Utf8Check &part : parts) {
        if (part.nul)
            return binary();
    }
    return {};
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

namespace {

// One reading of the text from the start of a record: the state machine of
// RFC 4180 reading, resumable at any byte (run()), so that a text can be read
// in two parts at once (readCsv()).
class CsvParse
{
public:
    CsvParse(QByteArrayView text, char sep, const CsvLimits &limits) : m_text(text), m_sep(sep), m_limits(limits) { }
    // A program about to exit leaves the pool of cells to the system
    // (exitleftovers.h): freeing it took a tenth of the reading at 100 000 rows.
    ~CsvParse() { ExitLeftovers::keep(m_pool); }
    CsvParse(const CsvParse &) = delete;
    CsvParse &operator=(const CsvParse &) = delete;

    // Reads on from `from` until `to` (or until a limit stops it); returns
    // where it stopped, which is past `to` when a quoted cell goes on past it.
    qsizetype run(qsizetype from, qsizetype to);
    // Nothing of a record read: the state reading starts with.
    bool atRecordStart() const { return !m_quoted && !m_fieldStarted && m_field.isEmpty() && m_cells.isEmpty(); }
    // A limit stopped the reading (finish() tells which).
    bool stopped() const { return m_overLimit; }
    // After run() to the end of the text: the table, or why the file is refused.
    Status finish();

    SourceTable table;
    int record = 1;
    qint64 cellCount = 0;

private:
    void tooLong();
    void append(const char *data, qsizetype size);
    void clearField()
    {
        m_field.resize(0);
        m_fieldUnits = 0;
        m_counted = false;
    }
    void endField();
    void endRecord();
    bool blankSoFar() const;

    QByteArrayView m_text;
    char m_sep;
    const CsvLimits &m_limits;
    QVariantList m_cells;
    QByteArray m_field; // the UTF-8 of the cell being read
    qsizetype m_fieldUnits = 0; // its length as a QString, once m_counted (0 before)
    bool m_counted = false; // the cell is longer than maxCellChars bytes: its units are counted
    bool m_quoted = false; // inside a quoted field
    bool m_fieldStarted = false; // the record has a field (even an empty one)
    bool m_anyText = false; // a cell of the record has more than spaces
    int m_quoteRecord = 0;
    bool m_overLimit = false; // a cell too long or too many cells: stop reading
    Error m_limitError;
    // Equal cells share one string: a list repeats its blocs, units,
    // positions, yes/no and document columns on every row, so this keeps a
    // fraction of the memory and allocations, and each distinct cell is
    // decoded once. Looked up by the cell's bytes without copying them.
    QHash<QByteArray, QString> m_pool;
    qsizetype m_width = 0; // most cells seen in a record, to size the next one
};

void CsvParse::tooLong()
{
    m_limitError = Error::storage(Tr::tr("Tệp CSV bị từ chối: một ô ở dòng %1 dài %2 ký tự, quá giới hạn %3 của Excel.")
                                      .arg(record)
                                      .arg(qsizetype(m_limits.maxCellChars) + 1)
                                      .arg(m_limits.maxCellChars));
    m_overLimit = true;
}

// Appends bytes to the cell. Past the limit the reading stops where a reading
// character by character stops: at the next character, or at the end of the
// cell when the file ends there.
void CsvParse::append(const char *data, qsizetype size)
{
    m_field.append(data, size);
    // A UTF-8 byte is at most one UTF-16 unit: up to maxCellChars bytes the
    // cell is within the limit and its units need not be counted.
    if (m_field.size() <= m_limits.maxCellChars)
        return;
    m_fieldUnits = m_counted ? m_fieldUnits + utf16Units(data, size) : utf16Units(m_field.constData(), m_field.size());
    m_counted = true;
    if (m_fieldUnits > qsizetype(m_limits.maxCellChars) + 1)
        tooLong();
}

void CsvParse::endField()
{
    if (m_fieldUnits > m_limits.maxCellChars) {
        tooLong();
    } else if (++cellCount > m_limits.maxCells) {
        m_limitError = Error::storage(Tr::tr("Tệp CSV bị từ chối: hơn %1 ô (dòng %2), quá lớn cho một danh sách.")
                                          .arg(m_limits.maxCells)
                                          .arg(record));
        m_overLimit = true;
    }
    if (m_field.isEmpty()) {
        m_cells.append(QVariant());
    } else {
        const QByteArray key = QByteArray::fromRawData(m_field.constData(), m_field.size());
        auto it = m_pool.constFind(key);
        if (it == m_pool.cend())
            it = m_pool.insert(QByteArray(m_field.constData(), m_field.size()), decodeCell(m_field));
        const QString &cell = *it;
        m_anyText = m_anyText || !cell.front().isSpace() || !cell.trimmed().isEmpty();
        m_cells.append(QVariant(cell));
    }
    clearField();
}

void CsvParse::endRecord()
{
    endField();
    m_width = qMax(m_width, m_cells.size());
    if (m_anyText)
        table.rows.append({ record, std::move(m_cells) });
    m_cells = QVariantList();
    m_cells.reserve(m_width);
    m_fieldStarted = false;
    m_anyText = false;
    ++record;
}

// Only spaces so far in the cell (a quote after them opens a quoted field).
bool CsvParse::blankSoFar() const
{
    for (const char c : std::as_const(m_field)) {
        if (uchar(c) >= 0x80)
            return decodeCell(m_field).trimmed().isEmpty();
        if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return true;
}

qsizetype CsvParse::run(qsizetype from, qsizetype to)
{
    // Runs of ordinary bytes are copied in one go (a field is usually one run).
    const char *data = m_text.data();
    const qsizetype n = m_text.size();
    const char sep = m_sep;
    qsizetype i = from;
    for (; i < to && !m_overLimit; ++i) {
        const char c = data[i];
        // A cell that can no longer fit the limit: no need to read it to its end.
        if (m_fieldUnits > m_limits.maxCellChars) {
            tooLong();
            break;
        }
        if (m_quoted) {
            if (c == '"') {
                if (i + 1 < n && data[i + 1] == '"') {
                    append("\"", 1);
                    ++i;
                } else {
                    m_quoted = false;
                }
            } else {
                const char *end = static_cast<const char *>(memchr(data + i, '"', size_t(n - i)));
                const qsizetype count = (end ? end - data : n) - i;
                append(data + i, count);
                i += count - 1;
            }
            continue;
        }
        if (c == '"' && (m_field.isEmpty() || blankSoFar())) {
            // RFC 4180 quote at the start of a field (spaces before it are dropped).
            clearField();
            m_quoted = true;
            m_quoteRecord = record;
            m_fieldStarted = true;
        } else if (c == sep) {
            endField();
            m_fieldStarted = true;
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
            m_fieldStarted = true;
        }
    }
    return i;
}

Status CsvParse::finish()
{
    if (m_overLimit)
        return m_limitError;
    if (m_quoted) {
        return Error::storage(Tr::tr("Tệp CSV hỏng: dấu ngoặc kép mở ở dòng %1 không được đóng.").arg(m_quoteRecord));
    }
    if (m_fieldStarted || !m_field.isEmpty())
        endRecord();
    if (m_overLimit)
        return m_limitError;
    return {};
}

// Where the second part of a two-part reading starts: just after the first
// line break past the middle (0: none).
qsizetype splitPoint(QByteArrayView text)
{
    const qsizetype middle = text.size() / 2;
    const void *lf = memchr(text.data() + middle, '\n', size_t(text.size() - middle));
    if (!lf)
        return 0;
    const qsizetype at = static_cast<const char *>(lf) - text.data() + 1;
    return at < text.size() ? at : 0;
}

} // namespace

Result<SourceTable> readCsv(QByteArray bytes, const CsvLimits &limits, qsizetype splitFrom)
{
    if (bytes.size() > limits.maxBytes)
        return csvTooLargeError(bytes.size(), limits);
    auto decoded = utf8Text(std::move(bytes));
    if (!decoded)
        return decoded.error();
    const QByteArray text = std::move(*decoded);
    const char sep = detectSeparator(text);
    const qsizetype n = text.size();

    // A large text is read in two parts at once, the second from the first
    // line break past the middle as if a record started there. The first
    // part's reading then checks that one does: it is kept only when the
    // first part ends there outside quotes, and the second part was read
    // without an error and within the cell limit. Otherwise the first
    // reading simply goes on to the end, as a single reading would: the
    // rows, row numbers and errors are the same either way.
    const qsizetype split = splitFrom > 0 && n >= splitFrom ? splitPoint(text) : 0;
    CsvParse first(text, sep, limits);
    if (split > 0) {
        // Each part is also checked as UTF-8 on its own thread, before it is
        // read; what is read is dropped when either part is not valid.
        CsvParse second(text, sep, limits);
        Status secondDone;
        Utf8Check secondUtf8;
        std::thread reading([&] {
            // Its cells and rows take about two and a half times its bytes.
            platform::prepareThreadHeap((n - split) * 5 / 2);
            secondUtf8 = checkUtf8(QByteArrayView(text).sliced(split));
            second.run(split, n);
            secondDone = second.finish();
        });
        const Utf8Check firstUtf8 = checkUtf8(QByteArrayView(text).first(split));
        const qsizetype at = first.run(0, split);
        reading.join();
        if (auto st = utf8Status({ firstUtf8, secondUtf8 }); !st)
            return st.error();
        if (at == split && !first.stopped() && first.atRecordStart() && secondDone
            && first.cellCount + second.cellCount <= limits.maxCells) {
            const int offset = first.record - 1;
            first.table.rows.reserve(first.table.rows.size() + second.table.rows.size());
            for (TableRow &row : second.table.rows) {
                row.rowNumber += offset;
                first.table.rows.append(std::move(row));
            }
        } else {
            if (at < n)
                first.run(at, n);
            if (auto st = first.finish(); !st)
                return st.error();
        }
    } else {
        if (auto st = utf8Status({ checkUtf8(text) }); !st)
            return st.error();
        first.run(0, n);
        if (auto st = first.finish(); !st)
            return st.error();
    }
    SourceTable table = std::move(first.table);
    table.format = QStringLiteral("CSV");
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
