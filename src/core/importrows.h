// Reading the data rows of one sheet of a "danh sách trích ngang" into
// records and problems (docs/import-format.md): every cell of a row against
// the campaign, the "Năm sinh" under "Nam"/"Nữ" columns and the "Chức vụ, đơn
// vị công tác" column split on request. Internal to importer.cpp.
#pragma once

#include "importer.h"
#include "importvalues.h"

#include <QHash>

namespace vd {

// The "Chức vụ, đơn vị công tác" column of a sheet, when it is read split
// (ImportOptions::splitPositionUnit): which of the two fields it gives (the
// other may have a column of its own).
struct PositionUnitSplit
{
    int column = -1; // -1: no such column, or not split
    bool givesPosition = false; // no separate "Chức vụ" column
    bool givesUnit = false; // no separate "Đơn vị" column
};

class RowReader
{
    using F = ImportField;

public:
    RowReader(ImportResult &result, const QHash<int, QString> &headers, const Campaign &campaign, const QDate &today,
              const QString &sheet, const PositionUnitSplit &split = {}, const ImportRecordFeed *feed = nullptr)
        : m_result(result), m_headers(headers), m_campaign(campaign), m_documentTypes(campaign), m_today(today),
          m_sheet(sheet), m_split(split), m_feed(feed)
    {
    }

    void read(const TableRow &row);

private:
    // The column a field is read from: its own, or the split column.
    int columnOf(F field) const
    {
        if ((field == F::Position && m_split.givesPosition) || (field == F::Unit && m_split.givesUnit))
            return m_split.column;
        return m_result.columns.value(field, -1);
    }
    QVariant cell(F field) const
    {
        const int column = m_result.columns.value(field, -1);
        return column < 0 ? QVariant() : m_row->cell(column);
    }
    bool present(F field) const { return columnOf(field) >= 0; }
    void problem(F field, ImportSeverity severity, const QString &message)
    {
        if (message.isEmpty())
            return;
        const int column = columnOf(field);
        problemAt(column, m_headers.value(column, importColumn(field).headerText()), severity, message);
        if (severity == ImportSeverity::Error)
            m_errorFields |= 1u << int(field);
    }
    void problemAt(int column, const QString &header, ImportSeverity severity, const QString &message)
    {
        if (message.isEmpty())
            return;
        m_result.problems.append({ m_sheet, m_row->rowNumber, header, column, severity, message });
        if (severity == ImportSeverity::Error)
            m_valid = false;
    }
    // A note that a value was mended ("đã thêm lại thành 0…"): dropped again
    // when the row is rejected, whose report then says only why (issue 16).
    void fixUp(F field, const QString &message)
    {
        const qsizetype before = m_result.problems.size();
        problem(field, ImportSeverity::Warning, message);
        if (m_result.problems.size() > before)
            m_fixUps.append(before);
    }
    void readBirthColumns(Nominee *n);
    void readPositionUnit(Nominee *n);
    void error(F field, const QString &message) { problem(field, ImportSeverity::Error, message); }
    QString text(F field, bool longText = false)
    {
        return longText ? importLongText(cell(field)) : importText(cell(field));
    }
    // The checks every nominee passes before it is stored (nomineevalidation.h),
    // on the fields of this file that read without an error.
    void validate(const Nominee &n);
    QString required(F field);

    ImportResult &m_result;
    const QHash<int, QString> &m_headers;
    const Campaign &m_campaign;
    const DocumentTypeKeys m_documentTypes; // folded once, not per row
    QDate m_today;
    QString m_sheet;
    PositionUnitSplit m_split;
    const ImportRecordFeed *m_feed; // null: none
    QHash<QString, int> m_citizenIds; // CCCD -> first row
    const TableRow *m_row = nullptr;
    bool m_valid = true;
    QList<qsizetype> m_fixUps; // indices in m_result.problems of this row's fix-up notes
    quint32 m_errorFields = 0; // bit per field of this row with an error already
};

} // namespace vd
