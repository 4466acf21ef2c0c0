// The documents VinhDanh prints and exports, built from campaign data as
// document models (docmodel.h) in the administrative form of Nghị định
// 30/2020/NĐ-CP. Output: docwriters.h (DOCX, PDF, ODT) and pagedrender.h
// (printing).
#pragma once

#include "approvedlist.h"
#include "docmodel.h"
#include "result.h"

#include <QDate>

namespace vd::docs {

// "DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG": a heading row per bloc,
// STT, Họ và tên, Chức vụ, Đơn vị, Khối, Tóm tắt thành tích; header row
// repeated on every page. `date` is the place-and-date line (null: today).
Document buildApprovedListDocument(const ApprovedList &list, const QDate &date = {});

// "CHƯƠNG TRÌNH HỘI NGHỊ …": time, place, participants, the numbered agenda,
// "Nơi nhận" and the campaign's signers. Dated with the campaign's document date.
Document buildProgramme(const Campaign &campaign);

// Draft award decision "QUYẾT ĐỊNH" with the attached list (an annex on a new
// page) and the reward total (honorees × amount). `rewardAmount` < 0 takes the
// campaign's amount; an amount of 0 is a Validation error (set it first).
Result<Document> buildDecision(const ApprovedList &list, const QDate &date = {}, qint64 rewardAmount = -1);

// "GIẤY MỜI": one honoree per page, no page numbers.
Document buildInvitations(const ApprovedList &list, const QDate &date = {});

// The council's eligibility report: figures per bloc, one summary table of
// every nominee (verdict, finding codes) by bloc, then the findings in detail
// only for the nominees that have any or are under review (CCCD masked).
// `today` is the rules' clock and the report's date.
Document buildEligibilityReport(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today);

// The table of the approved list (shared by the list and the decision annex).
Table approvedTable(const ApprovedList &list);

// "7 giờ 30 phút, ngày 26 tháng 7 năm 2024" from the campaign's conference
// start and date (the programme, the invitations); without a start time, its
// duration ("½ ngày, ngày 26 tháng 7 năm 2024").
QString conferenceWhen(const Campaign &campaign);

} // namespace vd::docs
