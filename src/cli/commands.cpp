#include "commands.h"

#include <QCoreApplication>

namespace vd::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "init", "",
          QT_TRANSLATE_NOOP("vd::cli", "tạo cơ sở dữ liệu với đợt biểu dương có sẵn (chạy lại không sao)"),
          false, &runInit },
        { "list", "[--json]", QT_TRANSLATE_NOOP("vd::cli", "liệt kê mọi người được đề nghị, kèm mã số"),
          false, &runList },
        { "import", "TỆP [--dry-run] [--skip-invalid]",
          QT_TRANSLATE_NOOP("vd::cli", "nhập danh sách trích ngang (CSV hoặc XLSX); mặc định có lỗi thì không nhập gì"),
          false, &runImport },
        { "template", "-o TỆP",
          QT_TRANSLATE_NOOP("vd::cli", "ghi tệp mẫu danh sách trích ngang (XLSX) để các đơn vị điền"),
          false, &runTemplate },
        { "check", "[--json]",
          QT_TRANSLATE_NOOP("vd::cli", "kiểm tra mọi hồ sơ theo tiêu chuẩn của kế hoạch; số liệu theo khối "
                                       "(ngày kiểm tra: hôm nay, hoặc biến môi trường VINHDANH_TODAY=yyyy-mm-dd)"),
          false, &runCheck },
        { "approve", "MÃ...",
          QT_TRANSLATE_NOOP("vd::cli", "duyệt biểu dương; từ chối tất cả nếu có người chưa đủ điều kiện "
                                       "hoặc khối vượt chỉ tiêu"),
          false, &runApprove },
        { "unapprove", "MÃ...", QT_TRANSLATE_NOOP("vd::cli", "bỏ duyệt"), false, &runUnapprove },
        { "export", "--approved --format docx|xlsx|csv|pdf|odt -o TỆP [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "xuất danh sách người được duyệt biểu dương"), true, &runExport },
        { "programme", "--format docx|pdf|odt -o TỆP",
          QT_TRANSLATE_NOOP("vd::cli", "ghi chương trình hội nghị biểu dương"), true, &runProgramme },
        { "decision", "--format docx|pdf|odt -o TỆP [--amount SỐ_TIỀN] [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "ghi dự thảo quyết định khen thưởng kèm danh sách và tổng tiền thưởng"),
          true, &runDecision },
        { "invitations", "--format docx|pdf|odt -o TỆP [--ids 1,2,...] [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "ghi giấy mời người được biểu dương, mỗi người một trang"), true,
          &runInvitations },
        { "certificates", "[--format pdf] -o TỆP [--ids 1,2,...] [--date YYYY-MM-DD] [--test-page]",
          QT_TRANSLATE_NOOP("vd::cli", "in giấy khen lên phôi theo mẫu đã căn chỉnh (--test-page: trang lưới mm)"),
          true, &runCertificates },
        { "report", "--format docx|pdf|odt -o TỆP [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "ghi báo cáo thẩm định hồ sơ cho Hội đồng: số liệu theo khối, kết luận "
                                       "từng người, chi tiết các điểm chưa đạt"),
          true, &runReport },
        { "backup", "-o TỆP",
          QT_TRANSLATE_NOOP("vd::cli", "sao lưu toàn bộ cơ sở dữ liệu (nhất quán, kể cả khi đang được dùng)"),
          false, &runBackup },
        { "audit", "[--json] [--limit N]",
          QT_TRANSLATE_NOOP("vd::cli", "nhật ký thay đổi: ai đã sửa gì, lúc nào (mới nhất trước)"), false, &runAudit },
        { "purge-campaign", "MÃ_ĐỢT --yes",
          QT_TRANSLATE_NOOP("vd::cli", "xóa hẳn dữ liệu cá nhân của một đợt biểu dương đã kết thúc"), false,
          &runPurgeCampaign },
        { "migrate", "--from NGUỒN --to ĐÍCH",
          QT_TRANSLATE_NOOP("vd::cli", "chép toàn bộ dữ liệu giữa tệp SQLite và máy chủ PostgreSQL "
                                       "(postgresql://người_dùng@máy:cổng/csdl), giữ nguyên mã số, "
                                       "kiểm tra số dòng và tổng kiểm tra từng bảng"),
          false, &runMigrate },
    };
    return list;
}

} // namespace vd::cli
