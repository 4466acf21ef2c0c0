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
    };
    return list;
}

} // namespace vd::cli
