// The documents VinhDanh prints and exports, built from campaign data as
// QTextDocuments in the administrative form of Nghị định 30/2020/NĐ-CP.
// Output with pagedrender.h: writePdf / writeOdt / printTo (QPrinter).
#pragma once

#include "approvedlist.h"
#include "pagedrender.h"
#include "result.h"

#include <QDate>

namespace vd::docs {

// "DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG": a heading per bloc,
// STT, Họ và tên, Chức vụ, Đơn vị, Khối, Tóm tắt thành tích; header row
// repeated on every page. `date` is the place-and-date line (null: today).
TextDocument buildApprovedListDocument(const ApprovedList &list, const QDate &date = {});

// "CHƯƠNG TRÌNH HỘI NGHỊ …": time, place, participants, the numbered agenda,
// "Nơi nhận" and the campaign's signers. Dated with the campaign's document date.
TextDocument buildProgramme(const Campaign &campaign);

// Draft award decision "QUYẾT ĐỊNH" with the attached list and the reward
// total (honorees × amount). `rewardAmount` < 0 takes the campaign's amount;
// an amount of 0 is a Validation error (set it first).
Result<TextDocument> buildDecision(const ApprovedList &list, const QDate &date = {}, qint64 rewardAmount = -1);

// "GIẤY MỜI": one honoree per page, no page numbers.
TextDocument buildInvitations(const ApprovedList &list, const QDate &date = {});

// The council's eligibility report: a summary per bloc with the quota figures,
// then every nominee rule by rule (met / not met / review / not applicable)
// with the evidence. `today` is the rules' clock and the report's date.
TextDocument buildEligibilityReport(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today);

// The HTML table of the approved list (shared by the list and the decision annex).
QString approvedTableHtml(const ApprovedList &list);

} // namespace vd::docs
