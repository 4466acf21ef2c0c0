// A spreadsheet read into memory, independent of its file format (CSV, XLSX):
// the rows that have at least one cell, each with the row number a spreadsheet
// shows (the header is row 1). Cells are QVariant: QString, double, bool or
// QDate (a real date cell of a workbook); an empty cell is an invalid QVariant.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace vd {

struct TableRow
{
    int rowNumber = 0;      // 1-based, as a spreadsheet shows it
    QVariantList cells;     // by column, 0-based; gaps are invalid QVariants

    QVariant cell(int column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QVariant(); }
};

struct SourceTable
{
    QString format;         // "CSV" or "XLSX", for messages
    QList<TableRow> rows;   // the first one is the header row

    bool isEmpty() const { return rows.isEmpty(); }
};

// Text of a cell as a user would read it: numbers without a trailing ".0"
// (whole numbers up to 15 digits print as integers), booleans as TRUE/FALSE,
// dates as dd/MM/yyyy.
QString cellText(const QVariant &cell);

} // namespace vd
