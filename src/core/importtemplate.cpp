#include "importtemplate.h"

#include "safefile.h"

#include "importmapping.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <vector>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ImportTemplate".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ImportTemplate)
};

} // namespace

namespace {

using F = ImportField;

double columnWidth(F field)
{
    switch (field) {
    case F::FullName:
    case F::Unit:
    case F::Initiative:
    case F::InitiativeDecision:
    case F::MeritAward:
        return 30;
    case F::Achievements:
    case F::CreativeTopic:
    case F::Documents:
    case F::Notes:
        return 40;
    case F::Position:
    case F::EmulationTitle:
    case F::Endorsed:
        return 22;
    case F::BirthDate:
    case F::ReceivedDate:
    case F::CitizenId:
    case F::Category:
        return 16;
    default:
        return 11;
    }
}

// A drop-down list on rows 2..1000 of one column; other values stay allowed
// (an information message only), since the importer accepts more spellings.
class ListValidation
{
public:
    explicit ListValidation(const QStringList &values)
    {
        for (const QString &v : values)
            m_bytes.push_back(v.toUtf8());
        for (QByteArray &b : m_bytes)
            m_pointers.push_back(b.data());
        m_pointers.push_back(nullptr);
    }
    lxw_error apply(lxw_worksheet *sheet, int column)
    {
        lxw_data_validation v = {};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = m_pointers.data();
        v.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
        return worksheet_data_validation_range(sheet, 1, lxw_col_t(column), 999, lxw_col_t(column), &v);
    }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

QString exampleValue(F field, const Campaign &campaign)
{
    switch (field) {
    case F::FullName:
        return QStringLiteral("Nguyễn Thị Ánh");
    case F::Gender:
        return QStringLiteral("Nữ");
    case F::CitizenId:
        return QStringLiteral("031185001234");
    case F::Position:
        return QStringLiteral("Giáo viên");
    case F::Unit:
        return QStringLiteral("Trường Mầm non Hoa Sen");
    case F::Bloc:
        return campaign.blocs.isEmpty() ? QString() : campaign.blocs.first().code;
    case F::Category:
        return QStringLiteral("Lao động giỏi");
    case F::UnionMember:
        return QStringLiteral("Có");
    case F::EmulationTitle:
        return QStringLiteral("Chiến sĩ thi đua cơ sở");
    case F::Initiative:
        return QStringLiteral("Ứng dụng trò chơi dân gian trong giáo dục thể chất cho trẻ mẫu giáo");
    case F::InitiativeDecision:
        return QStringLiteral("Quyết định số 45/QĐ-PGDĐT ngày 20/5/2023");
    case F::MeritAward:
        return QStringLiteral("Giấy khen của Chủ tịch UBND huyện");
    case F::Achievements:
        return QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học 2022-2023; sáng kiến được áp dụng toàn trường.");
    case F::Endorsed:
        return QStringLiteral("Có");
    case F::Documents: {
        QStringList codes;
        for (const DocumentType &d : campaign.documentTypes) {
            if (d.required)
                codes << d.code;
        }
        return codes.join(QStringLiteral("; "));
    }
    case F::SoftCopy:
        return QStringLiteral("Có");
    case F::Disciplined:
        return QStringLiteral("Không");
    default:
        return QString();
    }
}

Status writeWorkbook(const QString &path, const Campaign &campaign)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Error::storage(Tr::tr("Không tạo được tệp mẫu %1.").arg(path));
    lxw_doc_properties props = {};
    QByteArray title = Tr::tr("Danh sách trích ngang người được đề nghị biểu dương").toUtf8();
    props.title = title.data();
    // A fixed date keeps the file the same from one build to the next.
    props.created = QDateTime(QDate(2024, 7, 4), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    workbook_set_properties(book, &props);

    QByteArray sheetName = Tr::tr("Danh sách").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    lxw_format *required = workbook_add_format(book);
    format_set_bold(required);
    format_set_text_wrap(required);
    format_set_align(required, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(required, LXW_BORDER_THIN);
    format_set_bg_color(required, 0xFCE4D6);
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);

    QStringList blocValues, yesNo = { QStringLiteral("Có"), QStringLiteral("Không") };
    for (const Bloc &b : campaign.blocs)
        blocValues << b.code;
    ListValidation blocs(blocValues), genders({ QStringLiteral("Nam"), QStringLiteral("Nữ") }),
        categories({ QStringLiteral("Lao động giỏi"), QStringLiteral("Lao động sáng tạo") }), yes(yesNo);

    lxw_error err = LXW_NO_ERROR;
    auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    const QList<ImportColumnSpec> &columns = importColumns();
    for (int c = 0; c < columns.size(); ++c) {
        const ImportColumnSpec &spec = columns.at(c);
        const lxw_col_t col = lxw_col_t(c);
        lxw_format *columnFormat = nullptr;
        if (spec.field == F::CitizenId || spec.field == F::Documents)
            columnFormat = text;
        else if (spec.field == F::BirthDate || spec.field == F::ReceivedDate)
            columnFormat = date;
        else if (spec.field == F::Achievements)
            columnFormat = wrap;
        check(worksheet_set_column(sheet, col, col, columnWidth(spec.field), columnFormat));
        check(worksheet_write_string(sheet, 0, col, spec.header, spec.required ? required : header));

        const QByteArray value = exampleValue(spec.field, campaign).toUtf8();
        if (spec.field == F::BirthDate) {
            lxw_datetime dt = { 1985, 3, 15, 0, 0, 0 };
            check(worksheet_write_datetime(sheet, 1, col, &dt, date));
        } else if (spec.field == F::ReceivedDate) {
            const QDate received = campaign.deadline.isValid() ? campaign.deadline.addDays(-3) : QDate(2024, 7, 5);
            lxw_datetime dt = { received.year(), received.month(), received.day(), 0, 0, 0 };
            check(worksheet_write_datetime(sheet, 1, col, &dt, date));
        } else if (spec.field == F::MeritYear) {
            check(worksheet_write_number(sheet, 1, col, campaign.year > 0 ? campaign.year : 2023, nullptr));
        } else if (spec.field == F::Copies) {
            check(worksheet_write_number(sheet, 1, col, qMax(2, campaign.criteria.minCopies), nullptr));
        } else if (!value.isEmpty()) {
            check(worksheet_write_string(sheet, 1, col, value.constData(), columnFormat));
        }

        if (spec.field == F::Bloc && !blocValues.isEmpty())
            check(blocs.apply(sheet, c));
        else if (spec.field == F::Gender)
            check(genders.apply(sheet, c));
        else if (spec.field == F::Category)
            check(categories.apply(sheet, c));
        else if (spec.field == F::UnionMember || spec.field == F::Endorsed || spec.field == F::SoftCopy
                 || spec.field == F::Disciplined)
            check(yes.apply(sheet, c));
    }
    worksheet_set_row(sheet, 0, 45, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    check(workbook_close(book));
    if (err != LXW_NO_ERROR) {
        return Error::storage(Tr::tr("Không ghi được tệp mẫu %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
    }
    return {};
}

} // namespace

QString importTemplateFileName() { return QStringLiteral("danh-sach-trich-ngang.xlsx"); }

Status writeImportTemplate(const QString &path, const Campaign &campaign)
{
    // libxlsxwriter writes a file itself: build it in a private folder, then
    // put it in place with QSaveFile (atomic rename).
    QTemporaryDir work;
    if (!work.isValid())
        return Error::storage(Tr::tr("Không tạo được thư mục tạm để ghi tệp mẫu."));
    const QString temp = work.filePath(importTemplateFileName());
    if (auto st = writeWorkbook(temp, campaign); !st)
        return st;
    QFile built(temp);
    if (!built.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc lại được tệp mẫu vừa tạo: %1").arg(built.errorString()));
    return writeFileAtomically(path, built.readAll());
}

} // namespace vd
