#include "importer.h"

#include "citizenid.h"
#include "csvreader.h"
#include "importvalues.h"
#include "nomineevalidation.h"
#include "openfiles.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Importer".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Importer)
};

} // namespace

namespace {


using F = ImportField;

class RowReader
{
public:
    RowReader(ImportResult &result, const QHash<int, QString> &headers, const Campaign &campaign,
              const QDate &today)
        : m_result(result), m_headers(headers), m_campaign(campaign), m_documentTypes(campaign), m_today(today)
    {
    }

    void read(const TableRow &row);

private:
    QVariant cell(F field) const
    {
        const int column = m_result.columns.value(field, -1);
        return column < 0 ? QVariant() : m_row->cell(column);
    }
    bool present(F field) const { return m_result.columns.contains(field); }
    void problem(F field, ImportSeverity severity, const QString &message)
    {
        if (message.isEmpty())
            return;
        const int column = m_result.columns.value(field, -1);
        m_result.problems.append({ m_row->rowNumber, m_headers.value(column, importColumn(field).headerText()),
                                   column, severity, message });
        if (severity == ImportSeverity::Error) {
            m_valid = false;
            m_errorFields |= 1u << int(field);
        }
    }
    void error(F field, const QString &message) { problem(field, ImportSeverity::Error, message); }
    QString text(F field, bool longText = false)
    {
        return longText ? importLongText(cell(field)) : importText(cell(field));
    }
    // The checks every nominee passes before it is stored (nomineevalidation.h),
    // on the fields of this file that read without an error.
    void validate(const Nominee &n)
    {
        for (const FieldProblem &p : validateNominee(n, m_campaign, m_today, false)) {
            if (present(p.field) && !(m_errorFields & (1u << int(p.field))))
                error(p.field, p.message);
        }
    }
    QString required(F field)
    {
        const QString value = text(field);
        if (value.isEmpty() && present(field))
            error(field, Tr::tr("Ô bắt buộc “%1” đang trống.").arg(importColumn(field).headerText()));
        return value;
    }

    ImportResult &m_result;
    const QHash<int, QString> &m_headers;
    const Campaign &m_campaign;
    const DocumentTypeKeys m_documentTypes;   // folded once, not per row
    QDate m_today;
    QHash<QString, int> m_citizenIds;   // CCCD -> first row
    const TableRow *m_row = nullptr;
    bool m_valid = true;
    quint32 m_errorFields = 0; // bit per field of this row with an error already
};

void RowReader::read(const TableRow &row)
{
    m_row = &row;
    m_valid = true;
    m_errorFields = 0;
    Nominee n;
    n.campaignId = m_campaign.id;
    n.fullName = required(F::FullName);
    error(F::Gender, parseImportGender(cell(F::Gender), &n.gender));
    error(F::BirthDate, parseImportDate(cell(F::BirthDate), m_today, &n.birthDate));
    QString warning;
    const QString idShape = parseImportCitizenId(cell(F::CitizenId), &n.citizenId, &warning);
    error(F::CitizenId, idShape);
    problem(F::CitizenId, ImportSeverity::Warning, warning);
    if (idShape.isEmpty() && !n.citizenId.isEmpty()) {
        const QString structure = citizenIdProblem(n.citizenId, n.gender, n.birthDate);
        error(F::CitizenId, structure);
        if (structure.isEmpty()) {
            const auto seen = m_citizenIds.constFind(n.citizenId);
            if (seen != m_citizenIds.constEnd())
                problem(F::CitizenId, ImportSeverity::Warning,
                        Tr::tr("Số CCCD %1 trùng với dòng %2.").arg(n.citizenId).arg(seen.value()));
            else
                m_citizenIds.insert(n.citizenId, row.rowNumber);
        }
    }
    n.position = required(F::Position);
    n.unitName = required(F::Unit);
    if (present(F::Bloc))
        error(F::Bloc, parseImportBloc(cell(F::Bloc), m_campaign, &n.blocId));
    error(F::Category, parseImportCategory(cell(F::Category), &n.category));
    error(F::UnionMember, parseImportYesNo(cell(F::UnionMember), &n.unionMember));
    if (present(F::UnionMember) && importText(cell(F::UnionMember)).isEmpty()
        && cell(F::UnionMember).typeId() != QMetaType::Bool) {
        problem(F::UnionMember, ImportSeverity::Warning,
                Tr::tr("Ô “Đoàn viên công đoàn” để trống: hiểu là Không."));
    }
    n.emulationTitle = text(F::EmulationTitle);
    n.initiative = text(F::Initiative);
    n.initiativeDecision = text(F::InitiativeDecision);
    n.meritAward = text(F::MeritAward);
    error(F::MeritYear, parseImportYear(cell(F::MeritYear), m_today, &n.meritYear));
    n.creativeTopic = text(F::CreativeTopic, true);
    n.achievements = text(F::Achievements, true);
    error(F::ReceivedDate, parseImportDate(cell(F::ReceivedDate), m_today, &n.receivedDate));
    error(F::Endorsed, parseImportYesNo(cell(F::Endorsed), &n.endorsed));
    error(F::Documents, parseImportDocuments(cell(F::Documents), m_documentTypes, &n.documents));
    error(F::Copies, parseImportCount(cell(F::Copies), &n.copies));
    error(F::SoftCopy, parseImportYesNo(cell(F::SoftCopy), &n.softCopy));
    n.notes = text(F::Notes, true);
    validate(n);
    m_result.records.append({ row.rowNumber, n, m_valid });
}

bool startsWith(const QByteArray &bytes, const char *magic, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), magic, size) == 0;
}

// An OLE compound file holding an "EncryptedPackage" stream: how Excel (and
// LibreOffice) save an XLSX, DOCX or ODS... with a password ([MS-OFFCRYPTO]
// 2.3.4.1). The name is in the directory, read in bounded chunks.
bool isEncryptedPackage(QFile &file)
{
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(1 << 20);
        if (chunk.size() == tail.size())
            break;
        if (chunk.contains(name))
            return true;
        tail = chunk.right(name.size());
    }
    return false;
}

} // namespace

int ImportResult::validCount() const
{
    return int(std::count_if(records.cbegin(), records.cend(), [](const ImportRecord &r) { return r.valid; }));
}

int ImportResult::invalidCount() const { return int(records.size()) - validCount(); }

int ImportResult::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const ImportProblem &p) { return p.severity == ImportSeverity::Error; }));
}

int ImportResult::warningCount() const { return int(problems.size()) - errorCount(); }

Result<SourceTable> readImportTable(const QString &path, const ReaderLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::storage(Tr::tr("Không có tệp %1.").arg(path));
    if (!info.isFile())
        return Error::storage(Tr::tr("%1 không phải một tệp.").arg(path));
    if (auto st = ensureNotOpenDatabase(path); !st)
        return st.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc được tệp %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(8);
    if (head.isEmpty())
        return Error::storage(Tr::tr("Tệp %1 rỗng.").arg(path));
    if (startsWith(head, "PK\x03\x04", 4)) {
        file.close();
        return readXlsxFile(path, limits);
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0", 4) && isEncryptedPackage(file)) {
        return Error::storage(Tr::tr("Tệp %1 được đặt mật khẩu (mã hóa), không đọc được: "
                                 "hãy mở bằng Excel, bỏ mật khẩu (Tệp ▸ Thông tin ▸ Bảo vệ sổ làm việc) rồi lưu lại.")
                                      .arg(path));
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0", 4)) {
        return Error::storage(Tr::tr("Tệp %1 là sổ Excel 97-2003 (.xls), chưa đọc được: "
                                 "hãy lưu lại dạng .xlsx hoặc CSV UTF-8.")
                                      .arg(path));
    }
    if (startsWith(head, "%PDF", 4)) {
        return Error::storage(Tr::tr("Tệp %1 là tệp PDF, không phải danh sách CSV hay XLSX.").arg(path));
    }
    CsvLimits csvLimits;
    csvLimits.maxCells = limits.maxCells;
    csvLimits.maxCellChars = limits.maxCellChars;
    if (file.size() > csvLimits.maxBytes) {   // refused before it is read into memory
        Error e = csvTooLargeError(file.size(), csvLimits);
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return e;
    }
    auto table = readCsv(file.readAll(), csvLimits);
    if (!table) {
        Error e = table.error();
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return e;
    }
    if (table->rows.size() > limits.maxRows) {
        return Error::storage(Tr::tr("%1: tệp CSV bị từ chối: hơn %2 dòng có dữ liệu, "
                                 "quá lớn cho một danh sách (giới hạn đổi được, xem docs/import-format.md).")
                                      .arg(path)
                                      .arg(limits.maxRows));
    }
    return table;
}

int importHeaderIndex(const SourceTable &table)
{
    auto recognised = [&table](int index) {
        int n = 0;
        for (const QVariant &cell : table.rows.at(index).cells) {
            ImportField field;
            if (matchImportHeader(importText(cell), &field))
                ++n;
        }
        return n;
    };
    if (table.rows.isEmpty())
        return -1;
    if (recognised(0) > 0)
        return 0;
    // Title rows above the header ("DANH SÁCH TRÍCH NGANG ..."): a later row
    // among the first ten that names at least two columns is the header.
    for (int i = 1; i < qMin<qsizetype>(table.rows.size(), 10); ++i) {
        if (recognised(i) >= 2)
            return i;
    }
    return -1;
}

Status checkImportHeader(const SourceTable &table)
{
    if (table.rows.isEmpty())
        return Error::storage(Tr::tr("Tệp không có dòng nào."));
    if (importHeaderIndex(table) >= 0)
        return {};
    return Error::storage(Tr::tr("Đây không phải danh sách trích ngang: dòng %1 không có cột nào của mẫu "
                             "(Họ và tên, Chức vụ, Đơn vị, Khối, ...).")
                                  .arg(table.rows.first().rowNumber));
}

Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today)
{
    return validateImport(table, campaign, today, {});
}

Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today,
                                    const ImportColumnChoices &choices)
{
    ImportResult result;
    result.format = table.format;
    if (auto st = checkImportHeader(table); !st)
        return st.error();
    const int headerIndex = importHeaderIndex(table);
    const TableRow &header = table.rows.at(headerIndex);
    QHash<int, QString> headers;   // column -> header text as in the file
    QList<ImportProblem> unknown;
    int columnCount = int(header.cells.size());
    if (!choices.isEmpty())
        columnCount = qMax(columnCount, choices.lastKey() + 1);
    for (int column = 0; column < columnCount; ++column) {
        const auto choice = choices.constFind(column);
        const bool chosen = choice != choices.constEnd();
        QString text = importText(header.cell(column));
        if (chosen && !choice.value())
            continue;   // the user skips this column
        if (text.isEmpty() && !chosen)
            continue;
        if (text.isEmpty())
            text = importColumn(*choice.value()).headerText();
        headers.insert(column, text);
        ImportField field {};
        bool ignored = false;
        const bool matched = chosen ? (field = *choice.value(), true) : matchImportHeader(text, &field, &ignored);
        if (matched) {
            if (result.columns.contains(field)) {
                result.problems.append(
                        { header.rowNumber, text, column, ImportSeverity::Error,
                          Tr::tr("Cột “%1” trùng với cột “%2” đã có: chỉ được có một cột %3.")
                                  .arg(text, headers.value(result.columns.value(field)),
                                       importColumn(field).headerText()) });
            } else {
                result.columns.insert(field, column);
            }
        } else if (!ignored) {
            unknown.append({ header.rowNumber, text, column, ImportSeverity::Warning,
                             Tr::tr("Cột “%1” không thuộc mẫu danh sách trích ngang: bỏ qua.").arg(text) });
        }
    }
    result.problems += unknown;
    for (const ImportColumnSpec &spec : importColumns()) {
        if (spec.required && !result.columns.contains(spec.field)) {
            result.headerComplete = false;
            result.problems.append({ header.rowNumber, spec.headerText(), -1, ImportSeverity::Error,
                                     Tr::tr("Thiếu cột bắt buộc “%1” (%2).").arg(spec.headerText(), spec.keyText()) });
        }
    }

    RowReader reader(result, headers, campaign, today);
    result.records.reserve(table.rows.size() - 1);
    if (headerIndex > 0) {
        result.problems.append({ header.rowNumber, Tr::tr("(tiêu đề)"), -1, ImportSeverity::Warning,
                                 Tr::tr("Dòng tiêu đề là dòng %1: bỏ qua %2 dòng phía trên (tên bảng).")
                                         .arg(header.rowNumber)
                                         .arg(headerIndex) });
    }
    for (qsizetype i = headerIndex + 1; i < table.rows.size(); ++i)
        reader.read(table.rows.at(i));

    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.row != b.row ? a.row < b.row : a.columnIndex < b.columnIndex;
                     });
    return result;
}

Result<ImportResult> parseImportFile(const QString &path, const Campaign &campaign, const QDate &today)
{
    auto table = readImportTable(path);
    if (!table)
        return table.error();
    return validateImport(*table, campaign, today);
}

} // namespace vd
