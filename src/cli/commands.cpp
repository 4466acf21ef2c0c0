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
        { "check", "[--json]",
          QT_TRANSLATE_NOOP("vd::cli", "kiểm tra mọi hồ sơ theo tiêu chuẩn của kế hoạch; số liệu theo khối "
                                       "(ngày kiểm tra: hôm nay, hoặc biến môi trường VINHDANH_TODAY=yyyy-mm-dd)"),
          false, &runCheck },
        { "approve", "MÃ...",
          QT_TRANSLATE_NOOP("vd::cli", "duyệt biểu dương; từ chối tất cả nếu có người chưa đủ điều kiện "
                                       "hoặc khối vượt chỉ tiêu"),
          false, &runApprove },
        { "unapprove", "MÃ...", QT_TRANSLATE_NOOP("vd::cli", "bỏ duyệt"), false, &runUnapprove },
    };
    return list;
}

} // namespace vd::cli
