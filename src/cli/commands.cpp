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
        { "export", "--approved --format xlsx|csv|pdf|odt -o TỆP [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "xuất danh sách người được duyệt biểu dương"), true, &runExport },
        { "programme", "--format pdf|odt -o TỆP",
          QT_TRANSLATE_NOOP("vd::cli", "ghi chương trình hội nghị biểu dương"), true, &runProgramme },
        { "decision", "--format pdf|odt -o TỆP [--amount SỐ_TIỀN] [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "ghi dự thảo quyết định khen thưởng kèm danh sách và tổng tiền thưởng"),
          true, &runDecision },
        { "invitations", "--format pdf|odt -o TỆP [--ids 1,2,...] [--date YYYY-MM-DD]",
          QT_TRANSLATE_NOOP("vd::cli", "ghi giấy mời người được biểu dương, mỗi người một trang"), true,
          &runInvitations },
        { "certificates", "[--format pdf] -o TỆP [--ids 1,2,...] [--date YYYY-MM-DD] [--test-page]",
          QT_TRANSLATE_NOOP("vd::cli", "in giấy khen lên phôi theo mẫu đã căn chỉnh (--test-page: trang lưới mm)"),
          true, &runCertificates },
    };
    return list;
}

} // namespace vd::cli
