#include "safetysupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vd::safety {

namespace {

std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->start(program, arguments);
    REQUIRE(p->waitForStarted(10000));
    p->closeWriteChannel();
    return p;
}

// Runs `body` with a fresh connection to `path`.
template<typename Body> void withConnection(const QString &path, Body body)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        REQUIRE(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("VINHDANH_TODAY"), QStringLiteral("2024-07-20"));
    return env;
}

std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    return start(QStringLiteral(VINHDANH_CLI_PATH), arguments, env);
}

std::unique_ptr<QProcess> startDatagen(const QStringList &arguments)
{
    return start(QStringLiteral(VINHDANH_DATAGEN_PATH), arguments, childEnvironment());
}

Finished finish(QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    // waitForFinished() is false for a process already seen to end.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(120000));
    Finished f;
    f.elapsedMs = timer.elapsed();
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    f.out = QString::fromUtf8(process.readAllStandardOutput());
    f.err = QString::fromUtf8(process.readAllStandardError());
    return f;
}

Finished runCliToEnd(const QStringList &arguments, const QProcessEnvironment &env)
{
    QElapsedTimer timer;
    timer.start();
    auto p = startCli(arguments, env);
    Finished f = finish(*p);
    f.elapsedMs = timer.elapsed();
    return f;
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && suffix != QLatin1String("-shm"))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

QString integrityCheck(const QString &path)
{
    QStringList lines;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        while (q.next())
            lines.append(q.value(0).toString());
    });
    return lines.join(QLatin1Char('\n'));
}

qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
    });
    return value;
}

void execute(const QString &path, const QString &sql)
{
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    });
}

} // namespace vd::safety
