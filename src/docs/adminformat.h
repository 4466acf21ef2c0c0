// Vietnamese administrative document conventions (Nghị định 30/2020/NĐ-CP)
// shared by every generated document. QtCore only.
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace vd::docs {

// "An Dương, ngày 04 tháng 7 năm 2024": a leading zero for days under 10 and
// for months 1 and 2 (Nghị định 30/2020, Phụ lục I, mục II.5).
QString placeDateLine(const QString &place, const QDate &date);

// "ngày 26 tháng 7 năm 2024" (the same leading-zero rule, no place).
QString longDate(const QDate &date);

// "7 giờ 30 phút" / "14 giờ" (no minutes when on the hour); "" for a null time.
QString clockTime(const QTime &time);

// Vietnamese thousands separators: 1500000 -> "1.500.000".
QString formatAmount(qint64 amount);

// Roman numerals for group headings (I, II, ... up to 39).
QString romanNumeral(int n);

} // namespace vd::docs
