// Vietnamese administrative document conventions (Nghị định 30/2020/NĐ-CP)
// shared by every generated document. QtGui only, no widgets.
#pragma once

#include <QDate>
#include <QString>

namespace vd::docs {

// "An Dương, ngày 04 tháng 7 năm 2024": a leading zero for days under 10 and
// for months 1 and 2 (Nghị định 30/2020, Phụ lục I, mục II.5).
QString placeDateLine(const QString &place, const QDate &date);

// "ngày 26 tháng 7 năm 2024" (the same leading-zero rule, no place).
QString longDate(const QDate &date);

} // namespace vd::docs
