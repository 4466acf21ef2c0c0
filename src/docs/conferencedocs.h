// The documents of the conference day (docs/conference.md): the budget
// estimate, and in time the council's ballots and minutes, the delegates'
// invitations and lists, the running script and the slide deck. Each is a
// document model (docmodel.h) written as DOCX, PDF and ODT.
#pragma once

#include "budget.h"
#include "docmodel.h"

#include <QDate>

namespace vd::docs {

// "DỰ TOÁN KINH PHÍ tổ chức Hội nghị …": a table with the reward (honorees ×
// amount) and the campaign's cost lines (STT, Nội dung, Đơn vị tính, Số
// lượng, Đơn giá, Thành tiền), the total in figures and "Bằng chữ: …", the
// campaign's first signer and "Nơi nhận". `date`: the place-and-date line
// (null: today).
Document buildBudget(const Budget &budget, const QDate &date = {});

} // namespace vd::docs
