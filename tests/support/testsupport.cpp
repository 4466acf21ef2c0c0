#include "testsupport.h"

#include "backends.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vd::test {

TempDir::TempDir() { REQUIRE(m_dir.isValid()); }

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto db = Database::open(backendLocationFor(path));
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

Nominee eligibleNominee(Database &db, const QString &blocCode, const QString &fullName, const QString &unitName)
{
    auto campaign = CampaignStore(db).loadActive();
    REQUIRE(campaign.ok());
    const Bloc *bloc = campaign->blocByCode(blocCode);
    REQUIRE(bloc != nullptr);
    Nominee n;
    n.campaignId = campaign->id;
    n.fullName = fullName;
    n.gender = Gender::Female;
    n.birthDate = QDate(1985, 3, 12);
    n.position = bloc->sector == Sector::Sxkd ? QStringLiteral("Công nhân") : QStringLiteral("Giáo viên");
    n.unitName = unitName;
    n.blocId = bloc->id;
    n.category = Category::Ldg;
    n.unionMember = true;
    n.emulationTitle = QStringLiteral("Chiến sĩ thi đua cơ sở");
    n.initiative = QStringLiteral("Đổi mới phương pháp dạy học");
    n.initiativeDecision = QStringLiteral("Quyết định số 12/QĐ-PGD ngày 15/5/2023");
    n.meritAward = QStringLiteral("Giấy khen của Giám đốc Công ty");
    n.meritYear = campaign->criteria.meritYear;
    n.achievements = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học 2022-2023");
    n.receivedDate = QDate(2024, 7, 5);
    n.endorsed = true;
    n.documents = campaign->requiredDocumentCodes();
    n.copies = 2;
    n.softCopy = true;
    return n;
}

qint64 setBlocQuota(Database &db, const QString &blocCode, int quota)
{
    auto c = CampaignStore(db).loadActive();
    REQUIRE(c.ok());
    qint64 id = 0;
    for (Bloc &b : c->blocs) {
        if (b.code == blocCode) {
            b.quota = quota;
            id = b.id;
        }
    }
    REQUIRE(id != 0);
    REQUIRE(CampaignStore(db).update(*c).ok());
    return id;
}

Nominee insertNominee(Database &db, Nominee n)
{
    auto unit = UnitStore(db).findOrCreate(n.campaignId, n.unitName, n.blocId);
    REQUIRE(unit.ok());
    n.unitId = *unit;
    auto id = NomineeStore(db).insert(n);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return n;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

void addAuditEntries(Database &db, int count)
{
    REQUIRE(db.transaction([&]() -> Status {
                  for (int i = 0; i < count; ++i) {
                      if (auto st = AuditLog(db).record(QStringLiteral("edit"), QStringLiteral("nominee"), 1,
                                                        QStringLiteral("Sửa hồ sơ lần %1: đổi đơn vị, "
                                                                       "đổi chức vụ, thêm sáng kiến")
                                                            .arg(i));
                          !st)
                          return st;
                  }
                  return {};
              }).ok());
}

int damageTablePage(const QString &path, const QString &table)
{
    QList<int> pages;
    int pageSize = 0;
    const QString name = QStringLiteral("damage-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toInt();
        // dbstat (Debian's SQLite has it) lists the pages of each b-tree.
        REQUIRE(q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                         "ORDER BY pageno")));
        q.addBindValue(table);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        while (q.next())
            pages.append(q.value(0).toInt());
        REQUIRE(q.lastError().type() == QSqlError::NoError);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    INFO("leaf pages of " << table.toStdString() << ": " << pages.size());
    REQUIRE(pages.size() >= 3);
    const int page = pages.at(pages.size() / 2);
    QByteArray garbage(pageSize, Qt::Uninitialized);
    QRandomGenerator random(20240710);
    for (char &c : garbage)
        c = char(random.bounded(256));
    garbage[0] = char(0x42); // never a valid b-tree page type
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(qint64(page - 1) * pageSize));
    REQUIRE(f.write(garbage) == garbage.size());
    f.close();
    return page;
}

QString dataFile(const QString &name) { return QStringLiteral(VINHDANH_TEST_DATA_DIR "/") + name; }

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VINHDANH_CLI_PATH), arguments);
    REQUIRE(p.waitForStarted(10000));
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace vd::test
