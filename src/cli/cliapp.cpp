#include "cliapp.h"
#include "clitext.h"

#include "buildinfo.h"
#include "campaignstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace vd::cli {

namespace {

// The global part of the command line: options before the command's name,
// then the command's name and everything after it, untouched.
struct Invocation
{
    QString dbPath;
    QString lang = QStringLiteral("vi");
    bool help = false;
    bool version = false;
    QStringList words; // the command's name and its own arguments
    QString error; // a usage error, already in words
};

Invocation splitArguments(const QStringList &arguments)
{
    Invocation inv;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({ db, lang, help, version });
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            inv.error = CliText::tr("Tùy chọn không hợp lệ: %1")
                            .arg((name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + name);
        } else {
            inv.error = CliText::tr("Thiếu giá trị sau %1.").arg(arguments.constLast());
        }
        return inv;
    }
    inv.dbPath = parser.value(db);
    if (parser.isSet(lang))
        inv.lang = parser.value(lang);
    inv.help = parser.isSet(help);
    inv.version = parser.isSet(version);
    inv.words = parser.positionalArguments();
    return inv;
}

// The command the words name: "campaign new ..." when that sub-command exists,
// else "list ..."; *consumed says how many words the name took.
const Command *resolveCommand(const QStringList &words, int *consumed)
{
    *consumed = 0;
    if (words.isEmpty())
        return nullptr;
    if (words.size() > 1) {
        if (const Command *c = findCommand(words.at(0) + QLatin1Char(' ') + words.at(1))) {
            *consumed = 2;
            return c;
        }
    }
    if (const Command *c = findCommand(words.at(0))) {
        *consumed = 1;
        return c;
    }
    return nullptr;
}

bool isGroup(const QString &word)
{
    const QString prefix = word + QLatin1Char(' ');
    for (const Command &c : commands()) {
        if (QLatin1String(c.name).startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

Option outputOption(Presence presence)
{
    return { "output",
             "o",
             ValueKind::Text,
             QT_TRANSLATE_NOOP("vd::cli", "TỆP"),
             QT_TRANSLATE_NOOP("vd::cli", "tệp sẽ ghi (ghi trọn vẹn hoặc không ghi gì)"),
             presence };
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const Command *commandFromArgv(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    int consumed = 0;
    return resolveCommand(splitArguments(arguments).words, &consumed);
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Validation:
        return ExitRefused;
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Storage:
        return ExitStorage;
    case ErrorKind::Cancelled:
        return ExitRefused;
    }
    return ExitStorage;
}

QString Context::name() const { return command ? QString::fromLatin1(command->name) : QString(); }

bool Context::isSet(const char *option) const { return m_values.contains(QLatin1String(option)); }

QString Context::text(const char *option) const { return m_values.value(QLatin1String(option)).toString(); }

QDate Context::date(const char *option) const { return m_values.value(QLatin1String(option)).toDate(); }

qint64 Context::number(const char *option, qint64 fallback) const
{
    const auto it = m_values.constFind(QLatin1String(option));
    return it == m_values.cend() ? fallback : it->toLongLong();
}

QList<qint64> Context::ids(const char *option) const
{
    return m_values.value(QLatin1String(option)).value<QList<qint64>>();
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

Result<Workspace> Context::workspace()
{
    auto db = database();
    if (!db)
        return db.error();
    if (!m_campaign) {
        auto campaign = CampaignStore(**db).loadActive();
        if (!campaign)
            return campaign.error();
        m_campaign = std::move(campaign.value());
    }
    return Workspace { *db, &*m_campaign };
}

Result<QDate> Context::today() const
{
    const QString value = qEnvironmentVariable("VINHDANH_TODAY").trimmed();
    if (value.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return Error::usage(CliText::tr("VINHDANH_TODAY không phải ngày dạng yyyy-mm-dd: %1").arg(value));
    return date;
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
    if (command) {
        err << CliText::tr("Xem: vinhdanh-cli %1 --help").arg(name()) << Qt::endl;
    } else {
        err << CliText::tr("Xem: vinhdanh-cli --help") << Qt::endl;
    }
    return ExitUsage;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx(out, err);

    const Invocation inv = splitArguments(arguments);
    if (!inv.error.isEmpty())
        return ctx.usage(inv.error);
    if (inv.lang != QLatin1String("vi") && inv.lang != QLatin1String("en"))
        return ctx.usage(CliText::tr("Ngôn ngữ không hỗ trợ: %1 (chọn vi hoặc en).").arg(inv.lang));
    ctx.english = inv.lang == QLatin1String("en");
    static QTranslator translator;
    if (ctx.english && translator.load(QStringLiteral(":/i18n/vinhdanh_en.qm")))
        QCoreApplication::installTranslator(&translator);

    if (inv.version) {
        out << "vinhdanh-cli " << versionLine() << Qt::endl;
        return ExitOk;
    }
    QStringList words = inv.words;
    if (inv.help || words.value(0) == QLatin1String("help")) {
        // "help" alone, or "help COMMAND" as "COMMAND --help".
        if (inv.help || words.size() < 2) {
            out << usageText();
            return ExitOk;
        }
        words = words.mid(1) << QStringLiteral("--help");
    }
    if (words.isEmpty()) {
        err << usageText();
        return ExitUsage;
    }
    int consumed = 0;
    ctx.command = resolveCommand(words, &consumed);
    if (!ctx.command) {
        const QString group = words.at(0);
        if (isGroup(group)) {
            const QString next = words.value(1);
            if (next == QLatin1String("--help") || next == QLatin1String("-h")) {
                out << groupHelp(group);
                return ExitOk;
            }
            err << (next.isEmpty() ? CliText::tr("Lệnh %1 cần một lệnh con.").arg(group)
                                   : CliText::tr("Lệnh không tồn tại: %1 %2").arg(group, next))
                << Qt::endl
                << groupHelp(group);
            return ExitUsage;
        }
        return ctx.usage(CliText::tr("Lệnh không tồn tại: %1").arg(group));
    }
    auto parsed = parseCommandLine(ctx, words.mid(consumed));
    if (!parsed)
        return ctx.usage(parsed.error().message);
    if (*parsed == ParsedHelp) {
        out << commandHelp(*ctx.command);
        return ExitOk;
    }
    ctx.dbPath = inv.dbPath;
    if (ctx.dbPath.isEmpty()) {
        ctx.dbPath = Database::defaultLocation();
        QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
    }
    return ctx.command->handler(ctx);
}

} // namespace vd::cli
