#include "xlsreader.h"

#include "xmlparts.h"

#include <freexl.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::XlsReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::XlsReader)
};

const QString kFormat = QStringLiteral("XLS");

class Handle
{
public:
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    const void **out() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

// BIFF8 puts a FILEPASS record (0x002F) right after the workbook's first BOF
// (0x0809, 16 bytes) when the workbook is encrypted; FreeXL then sees no sheet.
bool hasFilePass(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(1 << 20);
    const qsizetype bof = head.indexOf(QByteArray("\x09\x08\x10\x00", 4));
    return bof >= 0 && bof + 22 <= head.size() && head.at(bof + 20) == '\x2F' && head.at(bof + 21) == '\0';
}

Error passwordError(const QString &path)
{
    return Error::storage(Tr::tr("Tệp %1 được đặt mật khẩu (mã hóa), không đọc được: "
                                 "hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.")
                              .arg(path));
}

Error openError(int rc)
{
    if (rc == FREEXL_INSUFFICIENT_MEMORY)
        return Error::storage(Tr::tr("Tệp XLS quá lớn để đọc."));
    return Error::storage(Tr::tr("Tệp XLS hỏng hoặc không phải sổ Excel 97-2003 (FreeXL: mã lỗi %1).").arg(rc));
}

} // namespace

Result<QList<SourceTable>> readXlsSheets(const QString &path, const ReaderLimits &limits)
{
    if (!QFileInfo(path).isFile())
        return Error::storage(Tr::tr("Không có tệp %1.").arg(path));
    const QByteArray name = QFile::encodeName(path);

    // First the abbreviated parse: password, sheets and their dimensions,
    // before any cell is loaded (FreeXL allocates every sheet's whole grid).
    {
        Handle info;
        const int rc = freexl_open_info(name.constData(), info.out());
        if (rc != FREEXL_OK)
            return openError(rc);
        unsigned int password = 0, sheetCount = 0;
        if (freexl_get_info(info.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
            && password == FREEXL_BIFF_OBFUSCATED) {
            return passwordError(path);
        }
        freexl_get_info(info.get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount);
        if (sheetCount == 0 && hasFilePass(path))
            return passwordError(path);
        qint64 grid = 0;
        for (unsigned int s = 0; s < sheetCount; ++s) {
            unsigned int rows = 0;
            unsigned short columns = 0;
            if (freexl_select_active_worksheet(info.get(), (unsigned short)s) == FREEXL_OK
                && freexl_worksheet_dimensions(info.get(), &rows, &columns) == FREEXL_OK) {
                grid += qint64(rows) * columns;
            }
        }
        if (grid > limits.maxCells) {
            return Error::storage(Tr::tr("Tệp XLS bị từ chối: các trang tính rộng tổng cộng %1 ô, quá giới hạn %2 ô.")
                                      .arg(grid)
                                      .arg(limits.maxCells));
        }
    }
    Handle xls;
    const int rc = freexl_open(name.constData(), xls.out());
    if (rc != FREEXL_OK)
        return openError(rc);
    unsigned int sheets = 0, dateMode = 0;
    freexl_get_info(xls.get(), FREEXL_BIFF_SHEET_COUNT, &sheets);
    freexl_get_info(xls.get(), FREEXL_BIFF_DATEMODE, &dateMode);
    Q_UNUSED(dateMode) // FreeXL turns date cells into text dates itself

    ReaderBudget budget(limits, kFormat);
    QSet<QString> pool;
    QList<SourceTable> tables;
    for (unsigned int s = 0; s < sheets && s < 1000; ++s) {
        const char *utf8 = nullptr;
        if (freexl_get_worksheet_name(xls.get(), (unsigned short)s, &utf8) != FREEXL_OK)
            continue;
        SourceTable table;
        table.format = kFormat;
        table.sheet = QString::fromUtf8(utf8 ? utf8 : "").left(100);
        if (freexl_select_active_worksheet(xls.get(), (unsigned short)s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(xls.get(), &rows, &columns) != FREEXL_OK)
            continue;
        for (unsigned int r = 0; r < rows; ++r) {
            TableRow row;
            row.rowNumber = int(r) + 1;
            auto rowWhere = [&] {
                return Tr::tr("dòng %1 của trang “%2”").arg(row.rowNumber).arg(table.sheet);
            };
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(xls.get(), r, c, &value) != FREEXL_OK)
                    continue;
                QVariant cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell = double(value.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell = value.value.double_value;
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME: {
                    const QDate d
                        = QDate::fromString(QString::fromLatin1(value.value.text_value).left(10), Qt::ISODate);
                    cell = d.isValid() ? QVariant(d) : QVariant(QString::fromUtf8(value.value.text_value));
                    break;
                }
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_TIME: {
                    const QString text = QString::fromUtf8(value.value.text_value);
                    if (text.isEmpty())
                        break;
                    const auto where = [&] {
                        return Tr::tr("%1 (trang “%2”)")
                            .arg(spreadsheetColumnName(c) + QString::number(row.rowNumber), table.sheet);
                    };
                    if (auto st = budget.checkCellText(text, where); !st)
                        return st.error();
                    auto it = pool.constFind(text);
                    if (it == pool.constEnd()) {
                        if (auto st = budget.addText(text.size(), where); !st)
                            return st.error();
                        it = pool.insert(text);
                    }
                    cell = *it;
                    break;
                }
                default:
                    break;
                }
                if (!cell.isValid())
                    continue;
                if (!budget.cellsFit(qint64(c) + 1))
                    return budget.cellsError(rowWhere);
                while (row.cells.size() < c)
                    row.cells.append(QVariant());
                row.cells.append(cell);
            }
            bool hasValue = false;
            for (const QVariant &v : std::as_const(row.cells)) {
                if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
                    hasValue = true;
                    break;
                }
            }
            if (!hasValue)
                continue;
            if (auto st = budget.addRow(row.cells.size(), rowWhere); !st)
                return st.error();
            table.rows.append(std::move(row));
        }
        if (!table.rows.isEmpty())
            tables.append(std::move(table));
    }
    if (tables.isEmpty())
        return Error::storage(Tr::tr("Tệp XLS không có trang tính nào có dòng dữ liệu."));
    return tables;
}

} // namespace vd
