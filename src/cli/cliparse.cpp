// The shared parser of vinhdanh-cli: every command's options and arguments are
// read with QCommandLineParser against the command's description (command.h),
// values are checked by kind, and the help texts are made from the same
// description, so no command parses or documents its arguments by hand.
#include "cliapp.h"
#include "clitext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

QString translated(const char *text) { return text ? CliText::tr(text) : QString(); }

QString dashed(const QString &name) { return (name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + name; }

// "-o TỆP", "--json", "--format xlsx|csv".
QString optionUsage(const Option &o)
{
    QString text = o.shortName ? dashed(QLatin1String(o.shortName)) : dashed(QLatin1String(o.name));
    if (o.kind != ValueKind::Flag)
        text += QLatin1Char(' ') + translated(o.valueName);
    return text;
}

QDate parseDate(const QString &value)
{
    QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(value, QStringLiteral("d/M/yyyy"));
    return date;
}

// One value of a kind, or a usage error naming `what` (the option or argument).
Result<QVariant> convert(ValueKind kind, const QString &value, const QString &what)
{
    switch (kind) {
    case ValueKind::Flag:
        return QVariant(true);
    case ValueKind::Text:
        return QVariant(value);
    case ValueKind::Date: {
        const QDate date = parseDate(value);
        if (!date.isValid()) {
            return Error::usage(CliText::tr("Ngày không hợp lệ: %1 (dùng YYYY-MM-DD hoặc dd/mm/yyyy).").arg(value));
        }
        return QVariant(date);
    }
    case ValueKind::Count:
    case ValueKind::Id: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < (kind == ValueKind::Id ? 1 : 0)) {
            if (kind == ValueKind::Id) {
                return Error::usage(CliText::tr("Mã không hợp lệ: %1 (cần một số nguyên dương).").arg(value));
            }
            return Error::usage(CliText::tr("%1 cần một số nguyên không âm: %2").arg(what, value));
        }
        return QVariant(n);
    }
    case ValueKind::IdList: {
        QList<qint64> ids;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = convert(ValueKind::Id, part.trimmed(), what);
            if (!id)
                return id.error();
            ids.append(id->toLongLong());
        }
        return QVariant::fromValue(ids);
    }
    case ValueKind::Amount: {
        QString digits = value;
        digits.remove(QLatin1Char('.'));
        bool ok = false;
        const qint64 amount = digits.toLongLong(&ok);
        if (!ok || amount <= 0)
            return Error::usage(CliText::tr("Số tiền không hợp lệ: %1").arg(value));
        return QVariant(amount);
    }
    }
    return QVariant(value);
}

// The parser's complaint in our words: the unknown option, or the option whose
// value is missing.
QString parserError(const QCommandLineParser &parser, const QStringList &rest, const QString &command)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        return CliText::tr("Tham số không hợp lệ cho lệnh %1: %2").arg(command, dashed(unknown.constFirst()));
    }
    if (!rest.isEmpty() && rest.constLast().startsWith(QLatin1Char('-')))
        return CliText::tr("Thiếu giá trị sau %1 (lệnh %2).").arg(rest.constLast(), command);
    return CliText::tr("Tham số không hợp lệ cho lệnh %1: %2").arg(command, parser.errorText());
}

QString columns(const QString &left, const QString &right)
{
    constexpr int width = 26;
    QString line = QStringLiteral("  ") + left;
    if (line.size() + 2 > width)
        line += QLatin1Char('\n') + QString(width, QLatin1Char(' '));
    else
        line = line.leftJustified(width);
    return line + right + QLatin1Char('\n');
}

QString globalUsage() { return CliText::tr("Cách dùng: vinhdanh-cli [--db TỆP] [--lang vi|en]"); }

} // namespace

Result<Parsed> parseCommandLine(Context &ctx, const QStringList &rest)
{
    const Command &command = *ctx.command;
    const QString name = ctx.name();
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QHash<QString, const Option *> byName; // every name (long and short) -> its option
    for (const Option &o : command.options) {
        QStringList names { QLatin1String(o.name) };
        if (o.shortName)
            names.prepend(QLatin1String(o.shortName));
        for (const QString &n : std::as_const(names))
            byName.insert(n, &o);
        QCommandLineOption option(names);
        if (o.kind != ValueKind::Flag)
            option.setValueName(QString::fromUtf8(o.valueName));
        parser.addOption(option);
    }
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOption(help);

    if (!parser.parse(QStringList { QStringLiteral("vinhdanh-cli") } + rest))
        return Error::usage(parserError(parser, rest, name));
    if (parser.isSet(help))
        return ParsedHelp;

    QHash<const Option *, int> seen;
    for (const QString &n : parser.optionNames()) {
        const Option *o = byName.value(n);
        if (o && ++seen[o] > 1) {
            return Error::usage(
                CliText::tr("Tùy chọn %1 chỉ được dùng một lần (lệnh %2).").arg(dashed(QLatin1String(o->name)), name));
        }
    }
    for (const Option &o : command.options) {
        const QString key = QLatin1String(o.name);
        if (!parser.isSet(key)) {
            if (o.presence == Presence::Required)
                return Error::usage(CliText::tr("Lệnh %1 cần %2.").arg(name, optionUsage(o)));
            continue;
        }
        auto value = convert(o.kind, o.kind == ValueKind::Flag ? QString() : parser.value(key), dashed(key));
        if (!value)
            return value.error();
        ctx.m_values.insert(key, *value);
    }

    const Arguments &a = command.arguments;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > (a.max < 0 ? positional.size() : a.max)) {
        return Error::usage(
            CliText::tr("Tham số không hợp lệ cho lệnh %1: %2").arg(name, positional.value(a.max < 0 ? 0 : a.max)));
    }
    if (positional.size() < a.min)
        return Error::usage(CliText::tr("Lệnh %1 cần %2.").arg(name, translated(a.name)));
    for (const QString &p : positional) {
        if (a.kind == ValueKind::Id) {
            auto id = convert(ValueKind::Id, p, translated(a.name));
            if (!id)
                return id.error();
            ctx.m_argumentIds.append(id->toLongLong());
        }
    }
    ctx.m_arguments = positional;
    return ParsedRun;
}

QString synopsis(const Command &command)
{
    if (command.synopsis)
        return translated(command.synopsis);
    QStringList parts;
    const Arguments &a = command.arguments;
    if (a.name) {
        QString args = translated(a.name);
        if (a.max != 1)
            args += QStringLiteral("...");
        parts.append(a.min > 0 ? args : QLatin1Char('[') + args + QLatin1Char(']'));
    }
    for (const Option &o : command.options) {
        const QString usage = optionUsage(o);
        parts.append(o.presence == Presence::Optional ? QLatin1Char('[') + usage + QLatin1Char(']') : usage);
    }
    return parts.join(QLatin1Char(' '));
}

QString usageText()
{
    QString text = globalUsage()
                   + CliText::tr(" LỆNH [THAM SỐ...]\n"
                                 "\n"
                                 "Quản lý hồ sơ đề nghị biểu dương Lao động giỏi, Lao động sáng tạo.\n"
                                 "\n"
                                 "Tùy chọn chung (đặt trước LỆNH):\n"
                                 "  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1), hoặc máy chủ\n"
                                 "                  postgresql://người_dùng@máy:cổng/csdl (mật khẩu trong ~/.pgpass)\n"
                                 "  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)\n"
                                 "  --help          in hướng dẫn này; LỆNH --help: hướng dẫn của một lệnh\n"
                                 "  --version       in phiên bản\n"
                                 "\n"
                                 "Lệnh:\n")
                         .arg(QDir::toNativeSeparators(Database::defaultLocation()));
    for (const Command &c : commands()) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QString(QLatin1String(c.name) + QLatin1Char(' ') + synopsis(c)).trimmed(),
                         translated(c.summary));
    }
    text += CliText::tr("\nMã thoát: 0 xong; 1 bị từ chối (dữ liệu không hợp lệ hoặc vi phạm quy tắc, không có gì "
                        "thay đổi); 2 sai cách dùng; 3 lỗi cơ sở dữ liệu hoặc tệp.\n");
    return text;
}

QString commandHelp(const Command &command)
{
    QString text
        = QStringLiteral("%1 %2\n\n%3\n")
              .arg(globalUsage(), QString(QLatin1String(command.name) + QLatin1Char(' ') + synopsis(command)).trimmed(),
                   translated(command.summary));
    const Arguments &a = command.arguments;
    if (a.name && a.help) {
        text += QLatin1Char('\n') + CliText::tr("Tham số:") + QLatin1Char('\n');
        text += columns(translated(a.name), translated(a.help));
    }
    text += QLatin1Char('\n') + CliText::tr("Tùy chọn:") + QLatin1Char('\n');
    for (const Option &o : command.options) {
        QString names = dashed(QLatin1String(o.name));
        if (o.shortName)
            names.prepend(dashed(QLatin1String(o.shortName)) + QStringLiteral(", "));
        if (o.kind != ValueKind::Flag)
            names += QLatin1Char(' ') + translated(o.valueName);
        QString help = translated(o.help);
        if (o.presence == Presence::Required)
            help += CliText::tr(" (bắt buộc)");
        text += columns(names, help);
    }
    text += columns(QStringLiteral("-h, --help"), CliText::tr("in hướng dẫn của lệnh này"));
    return text;
}

QString groupHelp(const QString &group)
{
    QString text = QStringLiteral("%1 %2 %3\n\n%4\n")
                       .arg(globalUsage(), group, CliText::tr("LỆNH_CON [THAM SỐ...]"), CliText::tr("Lệnh con:"));
    const QString prefix = group + QLatin1Char(' ');
    for (const Command &c : commands()) {
        const QString name = QLatin1String(c.name);
        if (name.startsWith(prefix)) {
            text += QStringLiteral("  %1\n      %2\n")
                        .arg(QString(name.mid(prefix.size()) + QLatin1Char(' ') + synopsis(c)).trimmed(),
                             translated(c.summary));
        }
    }
    return text;
}

} // namespace vd::cli
