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
        { "migrate", "--from NGUỒN --to ĐÍCH",
          QT_TRANSLATE_NOOP("vd::cli", "chép toàn bộ dữ liệu giữa tệp SQLite và máy chủ PostgreSQL "
                                       "(postgresql://người_dùng@máy:cổng/csdl), giữ nguyên mã số, "
                                       "kiểm tra số dòng và tổng kiểm tra từng bảng"),
          false, &runMigrate },
    };
    return list;
}

} // namespace vd::cli
