#include "cliapp.h"

#include "buildinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace vd::cli {

namespace {


bool takesValue(const QString &option)
{
    return option == QLatin1String("--db") || option == QLatin1String("--lang");
}

} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString commandNameFromArgv(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            continue;
        return a;
    }
    return {};
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Validation: return ExitRefused;
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::Storage: return ExitStorage;
    case ErrorKind::Cancelled: return ExitRefused;
    }
    return ExitStorage;
}

Result<Database *> Context::database()
{
    if (!m_db) {
        // VINHDANH_BUSY_TIMEOUT_MS: how long to wait for another program's
        // write lock before "đang bận" (exit 3); default OpenOptions::busyTimeoutMs.
        OpenOptions options;
        bool ok = false;
        const int timeout = qEnvironmentVariableIntValue("VINHDANH_BUSY_TIMEOUT_MS", &ok);
        if (ok && timeout >= 0)
            options.busyTimeoutMs = timeout;
        auto opened = Database::open(dbPath, options);
        if (!opened)
            return opened.error();
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

int Context::fail(const Error &error)
{
    if (!error.message.isEmpty())
        err << error.message << Qt::endl;
    for (const QString &line : error.details)
        err << line << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message)
{
    err << message << Qt::endl;
    err << QCoreApplication::translate("vd::cli", "Xem: vinhdanh-cli --help") << Qt::endl;
    return ExitUsage;
}

QString usageText()
{
    QString text = QCoreApplication::translate("vd::cli", "Cách dùng: vinhdanh-cli [--db TỆP] [--lang vi|en] LỆNH [THAM SỐ...]\n"
                      "\n"
                      "Quản lý hồ sơ đề nghị biểu dương Lao động giỏi, Lao động sáng tạo.\n"
                      "\n"
                      "Tùy chọn chung:\n"
                      "  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1), hoặc máy chủ\n"
                      "                  postgresql://người_dùng@máy:cổng/csdl (mật khẩu trong ~/.pgpass)\n"
                      "  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)\n"
                      "  --help          in hướng dẫn này\n"
                      "  --version       in phiên bản\n"
                      "\n"
                      "Lệnh:\n")
                           .arg(QDir::toNativeSeparators(Database::defaultLocation()));
    for (const Command &c : commands()) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                        .arg(QLatin1String(c.name), QString::fromUtf8(c.arguments),
                             QCoreApplication::translate("vd::cli", c.synopsis));
    }
    text += QCoreApplication::translate("vd::cli", "\nMã thoát: 0 xong; 1 bị từ chối (dữ liệu không hợp lệ hoặc vi phạm quy tắc, không có gì "
               "thay đổi); 2 sai cách dùng; 3 lỗi cơ sở dữ liệu hoặc tệp.\n");
    return text;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx(out, err);

    QString lang = QStringLiteral("vi");
    QStringList rest;
    bool help = false;
    bool version = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (ctx.command.isEmpty() && takesValue(a)) {
            if (i + 1 >= arguments.size())
                return ctx.usage(QCoreApplication::translate("vd::cli", "Thiếu giá trị sau %1.").arg(a));
            const QString value = arguments.at(++i);
            if (a == QLatin1String("--db"))
                ctx.dbPath = value;
            else
                lang = value;
        } else if (ctx.command.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            help = true;
        } else if (ctx.command.isEmpty() && a == QLatin1String("--version")) {
            version = true;
        } else if (ctx.command.isEmpty() && a.startsWith(QLatin1String("--"))) {
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tùy chọn không hợp lệ: %1").arg(a));
        } else if (ctx.command.isEmpty()) {
            ctx.command = a;
        } else {
            rest.append(a);
        }
    }

    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return ctx.usage(QCoreApplication::translate("vd::cli", "Ngôn ngữ không hỗ trợ: %1 (chọn vi hoặc en).").arg(lang));
    ctx.english = lang == QLatin1String("en");
    static QTranslator translator;
    if (ctx.english && translator.load(QStringLiteral(":/i18n/vinhdanh_en.qm")))
        QCoreApplication::installTranslator(&translator);

    if (version) {
        out << "vinhdanh-cli " << versionLine() << Qt::endl;
        return ExitOk;
    }
    if (help || ctx.command == QLatin1String("help")) {
        out << usageText();
        return ExitOk;
    }
    if (ctx.command.isEmpty()) {
        err << usageText();
        return ExitUsage;
    }
    const Command *command = findCommand(ctx.command);
    if (!command)
        return ctx.usage(QCoreApplication::translate("vd::cli", "Lệnh không tồn tại: %1").arg(ctx.command));
    if (ctx.dbPath.isEmpty()) {
        ctx.dbPath = Database::defaultLocation();
        QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
    }
    ctx.args = rest;
    return command->handler(ctx);
}

} // namespace vd::cli
