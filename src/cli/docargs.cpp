#include "docargs.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vd::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::cli", text); }

} // namespace

Result<DocArgs> parseDocArgs(const QString &command, const QStringList &args, const QStringList &formats,
                             int options)
{
    DocArgs out;
    auto valueAfter = [&args](int &i) -> std::optional<QString> {
        if (i + 1 >= args.size())
            return std::nullopt;
        return args.at(++i);
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto missing = [&]() { return Error::usage(tr("Thiếu giá trị sau %1 (lệnh %2).").arg(a, command)); };
        if (a == QLatin1String("--format")) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.format = v->toLower();
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.output = *v;
        } else if (a == QLatin1String("--approved") && (options & OptApproved)) {
            out.approved = true;
        } else if (a == QLatin1String("--date") && (options & OptDate)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.date = QDate::fromString(*v, Qt::ISODate);
            if (!out.date.isValid())
                out.date = QDate::fromString(*v, QStringLiteral("d/M/yyyy"));
            if (!out.date.isValid())
                return Error::usage(tr("Ngày không hợp lệ: %1 (dùng YYYY-MM-DD hoặc dd/mm/yyyy).").arg(*v));
        } else if (a == QLatin1String("--amount") && (options & OptAmount)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            QString digits = *v;
            digits.remove(QLatin1Char('.'));
            bool ok = false;
            out.amount = digits.toLongLong(&ok);
            if (!ok || out.amount <= 0)
                return Error::usage(tr("Số tiền không hợp lệ: %1").arg(*v));
        } else if (a == QLatin1String("--ids") && (options & OptIds)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            for (const QString &part : v->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return Error::usage(tr("Mã số không hợp lệ: %1").arg(part));
                out.ids.append(id);
            }
        } else if (a == QLatin1String("--test-page") && (options & OptTestPage)) {
            out.testPage = true;
        } else {
            return Error::usage(tr("Tham số không hợp lệ cho lệnh %1: %2").arg(command, a));
        }
    }
    if (out.output.isEmpty())
        return Error::usage(tr("Lệnh %1 cần -o TỆP.").arg(command));
    if (out.format.isEmpty()) {
        const QString suffix = QFileInfo(out.output).suffix().toLower();
        if (formats.contains(suffix))
            out.format = suffix;
        else
            return Error::usage(tr("Lệnh %1 cần --format %2.").arg(command, formats.join(QLatin1Char('|'))));
    }
    if (!formats.contains(out.format)) {
        return Error::usage(tr("Định dạng không hỗ trợ cho lệnh %1: %2 (chọn %3).")
                                    .arg(command, out.format, formats.join(QLatin1Char('|'))));
    }
    return out;
}

} // namespace vd::cli
