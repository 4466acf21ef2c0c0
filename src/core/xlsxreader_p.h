// Inside the XLSX reader (xlsxreader.cpp, xlsxfastread.cpp): the workbook and
// its two ways of reading the big parts. The shared strings and the worksheets
// are first read with XmlScanner (fast, for the plain XML spreadsheet programs
// write); a part it leaves (anything outside its subset) is read again from
// the start with QXmlStreamReader, which also words every XML error. Both
// build the same table and refuse the same files with the same messages
// (tests/core/test_xlsx_fastpath.cpp and fuzz/fuzz_xlsx.cpp compare them;
// docs/performance-xlsx.md). The fast one only ever accepts: any refusal is
// the general one's.
#pragma once

#include "xlsxreader.h"
#include "xmlparts.h"
#include "zipreader.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace vd {

class XmlScanner;

namespace xlsx {

// Excel's sheet size: rows 1..1048576, columns A..XFD.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// The longest run of bytes without a '<' a part may have: a cell of 32 767
// characters written as numeric character references fits.
constexpr qint64 kMaxRun = 32767LL * 10 + 4096;

enum class PartReader {
    Fast, // XmlScanner, QXmlStreamReader for the parts it leaves
    General, // QXmlStreamReader only
};

// Which reader read the shared strings and the worksheets of a workbook.
struct ReadStats
{
    int fastParts = 0;
    int generalParts = 0;
};

// readXlsxFile (firstOnly) and readXlsxSheets, with the choice of reader.
Result<QList<SourceTable>> readWorkbook(const QString &path, const XlsxLimits &limits, bool firstOnly,
                                        PartReader reader, ReadStats *stats = nullptr);

struct SheetRef
{
    QString name;
    QString path;
};

class Workbook
{
public:
    Workbook(const QString &path, const XlsxLimits &limits, PartReader reader)
        : m_zip(path, QStringLiteral("XLSX")), m_limits(limits), m_budget(limits, QStringLiteral("XLSX")),
          m_reader(reader)
    {
    }

    Result<QList<SourceTable>> read(bool firstOnly);
    const ReadStats &stats() const { return m_stats; }
    static Error missingFile(const QString &path);

private:
    // Opens a part for streaming, its prologue read (a DTD refused).
    Result<std::unique_ptr<QIODevice>> openPart(const QString &name, QXmlStreamReader &xml);
    Result<QList<SheetRef>> sheetRefs();
    Status readSharedStrings();
    Status readStyles();
    Result<SourceTable> readSheet(const SheetRef &sheet);
    // After a part read to its end with QXmlStreamReader: the zip device's
    // error (a CRC found wrong at the end of the part), if any.
    Status finishPart(QIODevice &device);
    // The fast readers (xlsxfastread.cpp): false or no table when the part
    // must be read again by the general one (which words every refusal).
    bool fastSharedStrings();
    std::optional<SourceTable> fastSheet(const SheetRef &sheet);
    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles.at(styleIndex);
    }

    // The messages of the general reader.
    Error tooManySharedStrings() const;
    Error sharedStringTooLong(qsizetype index, qsizetype chars) const;
    static QString sharedStringWhere(qsizetype index);
    static QString cellWhere(const SheetRef &sheet, int column, int row);
    static QString rowWhere(const SheetRef &sheet, int row);
    static Error rowBeyondSheet(int row);
    static Error strangeCellRef(const QString &ref);
    static Error columnBeyondSheet(int row);
    static Error missingSharedString(const QString &where, const QString &value);

    ZipReader m_zip;
    XlsxLimits m_limits;
    ReaderBudget m_budget;
    EntityMarker m_entities;
    PartReader m_reader;
    ReadStats m_stats;
    bool m_date1904 = false;
    QStringList m_shared;
    // By shared string: whether ReaderBudget::checkCellText() could refuse it
    // (too long, or an undeclared entity's marker), so cells that use the
    // others need not check it again.
    std::vector<bool> m_sharedToCheck;
    QList<bool> m_dateStyles; // by cellXfs index
};

} // namespace xlsx

} // namespace vd
