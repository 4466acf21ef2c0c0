// The documents of the conference day (docs/conference.md): the budget
// estimate, and in time the council's ballots and minutes, the delegates'
// invitations and lists, the running script and the slide deck. Each is a
// document model (docmodel.h) written as DOCX, PDF and ODT.
#pragma once

#include "budget.h"
#include "council.h"
#include "delegates.h"
#include "docmodel.h"
#include "movementstats.h"
#include "runningorder.h"

#include <QDate>

namespace vd::docs {

// "DỰ TOÁN KINH PHÍ tổ chức Hội nghị …": a table with the reward (honorees ×
// amount) and the campaign's cost lines (STT, Nội dung, Đơn vị tính, Số
// lượng, Đơn giá, Thành tiền), the total in figures and "Bằng chữ: …", the
// campaign's first signer and "Nơi nhận". `date`: the place-and-date line
// (null: today).
Document buildBudget(const Budget &budget, const QDate &date = {});

// "PHIẾU BẦU": one ballot per bloc (a new page each) listing the nominees on
// the ballot with boxes for agree / disagree, and how many may be chosen.
Document buildCouncilBallots(const CouncilResult &result, const QDate &date = {});

// "BIÊN BẢN họp Hội đồng Thi đua - Khen thưởng": who attended, the rule, the
// tally per bloc (biên bản kiểm phiếu) with each nominee's result, the ties
// left to the council, the pre-selected list; signed by the secretary and the
// chair. Validation error when no tally has been entered.
Result<Document> buildCouncilMinutes(const CouncilResult &result, const QDate &date = {});

// "GIẤY MỜI" to the delegates (guests' wording, not the honorees'), one per
// page: name, title and body, time, place, seat row, and a line for those who
// present the certificates.
Document buildDelegateInvitations(const Campaign &campaign, const QList<Delegate> &delegates, const QDate &date = {});

// Envelope labels, two across the page: "Kính gửi: Đồng chí …", title, body.
Document buildDelegateLabels(const Campaign &campaign, const QList<Delegate> &delegates);

// The reception desk's list: by group, name, title and body, seat row, a
// column to sign (or the time of arrival when already checked in).
Document buildDelegateCheckinList(const Campaign &campaign, const QList<Delegate> &delegates, const QDate &date = {});

// "KỊCH BẢN ĐIỀU HÀNH": the MC's running script in the order of
// buildRunningOrder (runningorder.h): the conference's time and place, a table
// of the items with their times, then item by item what the MC says — the
// delegates introduced, the honorees called to the stage batch by batch (a
// table each) and who presents to each batch; "Nơi nhận" and the campaign's
// first signer. `date`: the place-and-date line (null: today).
Document buildRunningScript(const RunningOrder &order, const QDate &date = {});

// "PHỤ LỤC SỐ LIỆU": the movement report's figures (movementstats.h) as
// tables — by bloc, gender, worker vs staff, category and unit — each with
// nominees, honorees and the total; the campaign's first signer.
Document buildMovementAnnex(const MovementStats &stats, const QDate &date = {});

} // namespace vd::docs
