#include "importlayout.h"

#include "importvalues.h"
#include "textfold.h"

#include <QRegularExpression>

namespace vd {

namespace {

int recognisedColumns(const TableRow &row)
{
    int n = 0;
    for (const QVariant &cell : row.cells) {
        ImportField field;
        const QString text = importText(cell);
        if (matchImportHeader(text, &field) || isPositionUnitHeader(text))
            ++n;
    }
    return n;
}

bool isSubLabel(const QString &text)
{
    const QString key = foldKey(text);
    ImportField field;
    return key == QLatin1String("nam") || key == QLatin1String("nu") || matchImportHeader(text, &field);
}

// "(1)", "1", "[2]": a cell of the row that numbers the columns.
bool isColumnNumber(const QVariant &cell, int *number)
{
    static const QRegularExpression re(QStringLiteral("^[\\(\\[]?\\s*(\\d{1,2})\\s*[\\)\\]]?$"));
    const auto m = re.match(importText(cell));
    if (!m.hasMatch())
        return false;
    *number = m.captured(1).toInt();
    return true;
}

bool isNumberRow(const TableRow &row)
{
    int count = 0, previous = 0;
    for (const QVariant &cell : row.cells) {
        if (importText(cell).isEmpty())
            continue;
        int n = 0;
        if (!isColumnNumber(cell, &n) || n <= previous)
            return false;
        previous = n;
        ++count;
    }
    return count >= 3;
}

bool isBirthGroup(const QString &group)
{
    const QString key = foldKey(group);
    return key == QLatin1String("namsinh") || key == QLatin1String("ngaysinh")
           || key == QLatin1String("ngaythangnamsinh") || key == QLatin1String("sinhngay");
}

// Folded text of a signature-block cell: titles, the "(Ký, ghi rõ họ tên)"
// line, a place-and-date line.
bool isSignatureText(const QString &text)
{
    const QString folded = foldText(text);
    static const QStringList starts = {
        QStringLiteral("nguoi lap"),  QStringLiteral("tm."),         QStringLiteral("tm "),
        QStringLiteral("t/m"),        QStringLiteral("chu tich"),    QStringLiteral("pho chu tich"),
        QStringLiteral("thu truong"), QStringLiteral("hieu truong"), QStringLiteral("giam doc"),
        QStringLiteral("ke toan"),    QStringLiteral("xac nhan"),    QStringLiteral("(ky"),
        QStringLiteral("ky ten"),     QStringLiteral("ky,"),         QStringLiteral("kt."),
        QStringLiteral("kt "),        QStringLiteral("q."),          QStringLiteral("ban chap hanh"),
        QStringLiteral("noi nhan"),   QStringLiteral("truong ban"),  QStringLiteral("bi thu"),
    };
    for (const QString &s : starts) {
        if (folded.startsWith(s))
            return true;
    }
    // "An Dương, ngày 05 tháng 7 năm 2024", "ngày ... tháng ... năm 2024"
    static const QRegularExpression dateLine(QStringLiteral("ngay[\\s\\.…\\d/]*thang[\\s\\.…\\d/]*nam"));
    return dateLine.match(folded).hasMatch();
}

bool hasValue(const TableRow &row, int column) { return column >= 0 && !importText(row.cell(column)).isEmpty(); }

} // namespace

Gender birthColumnGender(const QString &group, const QString &label)
{
    if (!isBirthGroup(group))
        return Gender::Unknown;
    const QString key = foldKey(label);
    if (key == QLatin1String("nam"))
        return Gender::Male;
    if (key == QLatin1String("nu"))
        return Gender::Female;
    return Gender::Unknown;
}

ImportHeaderLayout findImportHeader(const SourceTable &table)
{
    ImportHeaderLayout layout;
    if (table.rows.isEmpty())
        return layout;
    if (recognisedColumns(table.rows.first()) > 0) {
        layout.headerIndex = 0;
    } else {
        for (int i = 1; i < qMin<qsizetype>(table.rows.size(), 20); ++i) {
            if (recognisedColumns(table.rows.at(i)) >= 2) {
                layout.headerIndex = i;
                break;
            }
        }
    }
    if (layout.headerIndex < 0)
        return layout;
    const TableRow &header = table.rows.at(layout.headerIndex);
    int next = layout.headerIndex + 1;
    // The second header row: sub-column labels under empty (merged) cells of
    // the header or under a birth group, and nothing under the name column.
    if (next < table.rows.size() && table.rows.at(next).rowNumber == header.rowNumber + 1) {
        const TableRow &sub = table.rows.at(next);
        bool subHeader = false, nameFilled = false;
        for (int c = 0; c < sub.cells.size(); ++c) {
            const QString below = importText(sub.cell(c));
            if (below.isEmpty())
                continue;
            const QString above = importText(header.cell(c));
            ImportField field;
            if (matchImportHeader(above, &field) && field == ImportField::FullName)
                nameFilled = true;
            if (isSubLabel(below) && (above.isEmpty() || isBirthGroup(above)))
                subHeader = true;
        }
        if (subHeader && !nameFilled)
            layout.subHeaderIndex = next++;
    }
    if (next < table.rows.size() && isNumberRow(table.rows.at(next)))
        layout.numberRowIndex = next++;
    layout.firstDataIndex = next;

    int columns = int(header.cells.size());
    if (layout.subHeaderIndex >= 0)
        columns = qMax(columns, int(table.rows.at(layout.subHeaderIndex).cells.size()));
    QString group;
    for (int c = 0; c < columns; ++c) {
        const QString above = importText(header.cell(c));
        const QString below
            = layout.subHeaderIndex >= 0 ? importText(table.rows.at(layout.subHeaderIndex).cell(c)) : QString();
        if (!above.isEmpty())
            group = above; // a merged group cell stands in its first column
        if (below.isEmpty()) {
            layout.labels.append(above);
            layout.groups.append(QString());
        } else {
            layout.labels.append(below);
            layout.groups.append(group);
        }
    }
    return layout;
}

int findImportFooter(const SourceTable &table, int firstDataIndex, const QList<int> &required, int nameColumn)
{
    const int size = int(table.rows.size());
    auto requiredCount = [&](const TableRow &row) {
        int n = 0;
        for (int column : required) {
            if (column != nameColumn && hasValue(row, column))
                ++n;
        }
        return n;
    };
    auto signatureRow = [&](const TableRow &row) {
        int filled = 0;
        bool signature = false;
        for (const QVariant &cell : row.cells) {
            const QString text = importText(cell);
            if (text.isEmpty())
                continue;
            ++filled;
            signature = signature || isSignatureText(text);
        }
        return signature && filled <= 4;
    };
    // The footer is a run at the end; walk back while rows can belong to it,
    // and start it at the first row that opens one (a signature row or a row
    // without name and required cells).
    int start = size;
    for (int i = size - 1; i >= firstDataIndex; --i) {
        const TableRow &row = table.rows.at(i);
        const bool opens = signatureRow(row) || (!hasValue(row, nameColumn) && requiredCount(row) == 0);
        const bool fullData = hasValue(row, nameColumn) && requiredCount(row) >= 2 && !signatureRow(row);
        if (fullData)
            break;
        if (opens)
            start = i;
    }
    // Keep at least one data row before the footer.
    if (start <= firstDataIndex)
        return size;
    return start;
}

} // namespace vd
