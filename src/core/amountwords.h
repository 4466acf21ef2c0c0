// Numbers and sums of money in Vietnamese words, as budget estimates and
// payment documents write them under the figures ("Bằng chữ: …"):
// 47 500 000 -> "Bốn mươi bảy triệu năm trăm nghìn đồng". docs/conference.md
// lists the reading rules (linh, mười, mốt, lăm, không trăm). QtCore only.
#pragma once

#include <QString>

namespace vd {

// The number in lower-case words: 0 "không", 21 "hai mươi mốt", 105 "một trăm
// linh năm", 1005 "một nghìn không trăm linh năm", 2e12 "hai nghìn tỷ".
// Negative numbers start with "âm".
QString numberInWords(qint64 n);

// A sum in đồng, capitalised, ending in "đồng": "Một triệu năm trăm nghìn đồng".
QString amountInWords(qint64 dong);

} // namespace vd
