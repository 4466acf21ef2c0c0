// vinhdanh-cli migrate --from SOURCE --to TARGET: copies a whole database
// (every campaign with its lists, blocs, units, nominees, attachments, audit
// log and settings) between an SQLite file and a PostgreSQL server, keeping
// ids, and verifies each table by row count and checksum before committing.
#include "clitext.h"
#include "commands.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vd::cli {

namespace {

QString shown(const QString &location)
{
    return Database::isServerLocation(location) ? location : QDir::toNativeSeparators(location);
}

int runMigrate(Context &ctx)
{
    const QString from = ctx.text("from");
    const QString to = ctx.text("to");

    OpenOptions sourceOptions;
    sourceOptions.createIfMissing = false; // never create an empty source
    auto source = Database::open(from, sourceOptions);
    if (!source)
        return ctx.fail(source.error());

    Result<TransferReport> report = Error::storage(QString());
    if (Database::isServerLocation(to)) {
        OpenOptions targetOptions;
        targetOptions.seedBuiltInCampaign = false; // the copy brings its own campaigns
        auto target = Database::open(to, targetOptions);
        if (!target)
            return ctx.fail(target.error());
        report = copyDatabase(**source, **target);
    } else {
        const QString path = QFileInfo(to).absoluteFilePath();
        if (QFileInfo::exists(path)) {
            return ctx.fail(Error::storage(CliText::tr("Tệp đích %1 đã có; lệnh migrate chỉ chép vào tệp mới.")
                                               .arg(QDir::toNativeSeparators(path))));
        }
        report = copyToNewSqliteFile(**source, path);
    }
    if (!report)
        return ctx.fail(report.error());

    qint64 rows = 0;
    for (const TableSummary &t : std::as_const(*report)) {
        ctx.out
            << CliText::tr("  %1: %2 dòng, SHA-256 %3").arg(t.table).arg(t.rows).arg(QString::fromLatin1(t.checksum))
            << Qt::endl;
        rows += t.rows;
    }
    ctx.out << CliText::tr(
                   "Đã chép %1 sang %2: %3 bảng, %4 dòng; số dòng và tổng kiểm tra của từng bảng khớp với nguồn.")
                   .arg(shown((*source)->location()), shown(to))
                   .arg(report->size())
                   .arg(rows)
            << Qt::endl;
    return ExitOk;
}

} // namespace

Command migrateCommand()
{
    return { "migrate",
             QT_TRANSLATE_NOOP("vd::cli", "chép toàn bộ dữ liệu giữa tệp SQLite và máy chủ PostgreSQL "
                                          "(postgresql://người_dùng@máy:cổng/csdl), giữ nguyên mã số, "
                                          "kiểm tra số dòng và tổng kiểm tra từng bảng"),
             { valueOption("from", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "NGUỒN"),
                           QT_TRANSLATE_NOOP("vd::cli", "cơ sở dữ liệu nguồn (tệp SQLite hoặc postgresql://...)"),
                           Presence::Required),
               valueOption(
                   "to", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "ĐÍCH"),
                   QT_TRANSLATE_NOOP("vd::cli", "đích: tệp SQLite mới hoặc máy chủ postgresql://... chưa có dữ liệu"),
                   Presence::Required) },
             {},
             &runMigrate };
}

} // namespace vd::cli
