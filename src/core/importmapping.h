// The columns of a "danh sách trích ngang" (docs/import-format.md) and how header cells
// are recognised: folded (case, diacritics, spacing and punctuation ignored),
// Vietnamese header or English key, plus a few spellings units really use.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vd {

enum class ImportField {
    FullName,
    Gender,
    BirthDate,
    CitizenId,
    Position,
    Unit,
    Bloc,
    Category,
    UnionMember,
    EmulationTitle,
    Initiative,
    InitiativeDecision,
    MeritAward,
    MeritYear,
    CreativeTopic,
    Achievements,
    ReceivedDate,
    Endorsed,
    Documents,
    Copies,
    SoftCopy,
    Notes,
    Disciplined
};

struct ImportColumnSpec
{
    ImportField field;
    const char *header; // Vietnamese header (UTF-8), as in docs/import-format.md
    const char *key; // English key
    bool required;
    QStringList aliases; // further folded keys
    QString headerText() const { return QString::fromUtf8(header); }
    QString keyText() const { return QString::fromLatin1(key); }
};

// Every column, in the order of docs/import-format.md (the template's order).
const QList<ImportColumnSpec> &importColumns();
const ImportColumnSpec &importColumn(ImportField field);

// The column a header cell names; false when it names none. `ignored` is set
// for columns that are known but carry nothing to import (STT, "số thứ tự").
bool matchImportHeader(const QString &headerCell, ImportField *field, bool *ignored = nullptr);

// A header naming the position and the unit in one column: "Chức vụ, đơn vị
// công tác", "Chức vụ - Đơn vị", "Chức danh và nơi công tác" (folded like
// matchImportHeader()). Such a column is split only when the user asks for it
// (ImportOptions::splitPositionUnit, docs/import-format.md).
bool isPositionUnitHeader(const QString &headerCell);

// "Giáo viên, Trường Mầm non Hoa Sen" -> "Giáo viên" and "Trường Mầm non Hoa
// Sen": cut at the first comma; in a cell without a comma, at the first " - "
// (or " – "), so that "Công chức Văn phòng - Thống kê, UBND xã An Hồng" keeps
// its position whole. Both sides trimmed. False when there is no separator or
// a side is empty.
bool splitPositionUnit(const QString &cell, QString *position, QString *unit);

} // namespace vd
