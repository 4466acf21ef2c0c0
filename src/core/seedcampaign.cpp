#include "seedcampaign.h"

#include "campaignstore.h"
#include "database.h"

namespace vd {

Campaign builtInCampaign()
{
    Campaign c;
    c.name = QStringLiteral("Hội nghị biểu dương Lao động sáng tạo, Lao động giỏi tiêu biểu năm 2023");
    c.year = 2023;
    c.active = true;
    c.documentNumber = QStringLiteral("161/KH-LT");
    c.documentDate = QDate(2024, 7, 4);
    c.place = QStringLiteral("An Dương");
    c.issuingParent = QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG");
    c.issuingBody = QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN DƯƠNG");
    c.deadline = QDate(2024, 7, 8);
    c.deadlineInclusive = false; // "trước ngày 08/7/2024"
    c.conferenceDate = QDate(2024, 7, 26);
    c.conferenceTime = QStringLiteral("½ ngày");
    // The plan gives the day and "½ ngày" only; a morning session's usual start,
    // editable in the campaign settings.
    c.conferenceStart = QTime(7, 30);
    c.conferencePlace = QStringLiteral("Hội trường Nhà văn hóa huyện");
    c.participants = {
        QStringLiteral("Đại biểu Thường trực, lãnh đạo các Ban Liên đoàn Lao động thành phố; "
                       "Thường trực Huyện ủy, HĐND, Lãnh đạo UBND huyện"),
        QStringLiteral("Lãnh đạo các Ban xây dựng Đảng, Ban HĐND, Văn phòng Huyện ủy"),
        QStringLiteral("Chủ tịch UBMTTQ và các đoàn thể nhân dân huyện"),
        QStringLiteral("Trưởng các phòng, ban, ngành, Hội đồng TĐ-KT huyện"),
        QStringLiteral("Đại diện lãnh đạo các cơ quan, đơn vị, doanh nghiệp, trường học có tổ chức "
                       "Công đoàn trực thuộc"),
        QStringLiteral("Ủy viên Ban Chấp hành, Ủy ban Kiểm tra Liên đoàn Lao động huyện"),
        QStringLiteral("Đài Phát thanh truyền hình Hải Phòng, Thường trú Báo Lao động tại Hải Phòng, "
                       "Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
        QStringLiteral("Chủ tịch các Công đoàn cơ sở"),
        QStringLiteral("Đại biểu được biểu dương"),
    };
    c.programme = {
        QStringLiteral("Văn nghệ chào mừng"),
        QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"),
        QStringLiteral("Báo cáo kết quả phong trào thi đua “Lao động sáng tạo – Lao động giỏi” trong "
                       "cán bộ, đoàn viên, CNVCLĐ huyện"),
        QStringLiteral("Phát biểu của lãnh đạo thành phố và huyện"),
        QStringLiteral("Biểu dương, tôn vinh, khen thưởng"),
        QStringLiteral("Phát động thi đua và bế mạc hội nghị"),
    };
    c.recipients = {
        QStringLiteral("Thường trực LĐLĐ TP"),    QStringLiteral("Thường trực Huyện ủy"),
        QStringLiteral("CT, các PCT UBND huyện"), QStringLiteral("BTV LĐLĐ huyện"),
        QStringLiteral("Các CQ, ĐV, DN, TH"),     QStringLiteral("Lưu: VT VP huyện; LĐLĐ huyện"),
    };
    c.signers = {
        { QStringLiteral("TM. BTV LĐLĐ HUYỆN"), QStringLiteral("CHỦ TỊCH"), QStringLiteral("Lê Văn Thịnh") },
        { QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH"),
          QStringLiteral("Lương Thế Quý") },
    };
    c.rewardAmount = 0; // the plan leaves the amount to the council; set it in the settings

    Criteria &k = c.criteria;
    // II.1.1: "không giữ chức vụ lãnh đạo từ trưởng, phó phòng, ban ngành, đoàn thể,
    // hiệu trưởng, hiệu phó trở lên".
    k.leadershipPositions = {
        QStringLiteral("hiệu trưởng"),  QStringLiteral("phó hiệu trưởng"),  QStringLiteral("hiệu phó"),
        QStringLiteral("trưởng phòng"), QStringLiteral("phó trưởng phòng"), QStringLiteral("phó phòng"),
        QStringLiteral("trưởng ban"),   QStringLiteral("phó trưởng ban"),   QStringLiteral("phó ban"),
        QStringLiteral("giám đốc"),     QStringLiteral("phó giám đốc"),     QStringLiteral("tổng giám đốc"),
        QStringLiteral("chủ tịch"),     QStringLiteral("phó chủ tịch"),     QStringLiteral("bí thư"),
        QStringLiteral("phó bí thư"),   QStringLiteral("chánh văn phòng"),  QStringLiteral("phó chánh văn phòng"),
        QStringLiteral("trưởng ngành"), QStringLiteral("phó trưởng ngành"),
    };
    // II.1.2: the shop-floor positions the plan names for enterprises.
    k.sxkdAllowedPositions = {
        QStringLiteral("quản đốc"),   QStringLiteral("phó quản đốc"), QStringLiteral("xưởng trưởng"),
        QStringLiteral("xưởng phó"),  QStringLiteral("tổ trưởng"),    QStringLiteral("tổ phó"),
        QStringLiteral("đội trưởng"), QStringLiteral("đội phó"),      QStringLiteral("công nhân"),
    };
    k.sxkdExcludedPositions = {
        QStringLiteral("giám đốc"),          QStringLiteral("phó giám đốc"),   QStringLiteral("tổng giám đốc"),
        QStringLiteral("phó tổng giám đốc"), QStringLiteral("trưởng phòng"),   QStringLiteral("phó trưởng phòng"),
        QStringLiteral("phó phòng"),         QStringLiteral("kế toán trưởng"), QStringLiteral("chủ tịch"),
    };
    // II.2.1: "Chiến sĩ thi đua cơ sở trở lên" — every level of the title counts.
    k.emulationTitles = {
        QStringLiteral("chiến sĩ thi đua"),
        QStringLiteral("CSTĐCS"),
        QStringLiteral("CSTĐ"),
        QStringLiteral("anh hùng lao động"),
    };
    k.meritYear = 2023;
    k.minCopies = 2; // "Hồ sơ ... được lập thành 02 bộ"

    c.documentTypes = {
        { QStringLiteral("TO_TRINH"), QStringLiteral("Tờ trình đề nghị"), true },
        { QStringLiteral("BIEN_BAN"), QStringLiteral("Biên bản họp bình bầu của BCH CĐCS"), true },
        { QStringLiteral("TRICH_NGANG"), QStringLiteral("Danh sách trích ngang thành tích có xác nhận"), true },
        { QStringLiteral("QD_SANG_KIEN"), QStringLiteral("Bản sao quyết định công nhận sáng kiến"), false },
        { QStringLiteral("QD_CSTD"), QStringLiteral("Bản sao quyết định Chiến sĩ thi đua"), false },
        { QStringLiteral("GIAY_KHEN"), QStringLiteral("Bản sao giấy khen, bằng khen"), false },
        { QStringLiteral("GIAY_CHUNG_NHAN"), QStringLiteral("Giấy chứng nhận đạt giải hội thi tay nghề"), false },
    };

    auto bloc = [](const char *code, const QString &name, Sector sector, int quota, int order) {
        Bloc b;
        b.code = QString::fromLatin1(code);
        b.name = name;
        b.sector = sector;
        b.quota = quota;
        b.displayOrder = order;
        return b;
    };
    c.blocs = {
        bloc("MN", QStringLiteral("Mầm non"), Sector::Hcsn, 18, 1),
        bloc("TH", QStringLiteral("Tiểu học"), Sector::Hcsn, 17, 2),
        bloc("THCS", QStringLiteral("THCS"), Sector::Hcsn, 16, 3),
        bloc("XA", QStringLiteral("Xã, thị trấn"), Sector::Hcsn, 16, 4),
        bloc("HCSN", QStringLiteral("Cơ quan HCSN"), Sector::Hcsn, 13, 5),
        bloc("DN", QStringLiteral("Doanh nghiệp"), Sector::Sxkd, 15, 6),
    };
    return c;
}

Status insertBuiltInCampaign(Database &db)
{
    Campaign c = builtInCampaign();
    auto id = CampaignStore(db).insert(c);
    return id ? Status() : Status(id.error());
}

} // namespace vd
