// The core storage behaviour, run on both back-ends: an SQLite file and a
// PostgreSQL database (skipped with a warning when no test server runs).
#include "auditlog.h"
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QUrl>

using namespace vd;
using namespace vd::test;

namespace {

std::unique_ptr<Database> open(const FreshLocation &where, const OpenOptions &options = {})
{
    auto db = Database::open(where.location(), options);
    INFO((db ? QString() : db.error().message + QLatin1Char(' ') + db.error().details.join(QLatin1Char(' ')))
             .toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

} // namespace

TEST_CASE("both back-ends create the schema and seed the built-in campaign once", "[storage][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    {
        auto db = open(where);
        CHECK(db->dialect() == (backend == Backend::Sqlite ? Dialect::Sqlite : Dialect::Postgres));
        CHECK(db->schemaVersion() == Database::currentSchemaVersion());
        auto c = CampaignStore(*db).loadActive();
        REQUIRE(c.ok());
        CHECK(c->documentNumber == QStringLiteral("161/KH-LT"));
        CHECK(c->blocs.size() == 6);
        CHECK(c->totalQuota() == 95);
        CHECK(c->issuingBody == QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN DƯƠNG"));
        CHECK(c->documentTypes.size() == 7);
        CHECK(c->signers.size() == 2);
    }
    auto again = open(where);
    auto list = CampaignStore(*again).list();
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
    auto another = again->openAnother();
    REQUIRE(another.ok());
    CHECK(CampaignStore(**another).loadActive().ok());
}

TEST_CASE("both back-ends round-trip nominees and refuse a stale edit", "[storage][nominee][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);

    Nominee n = eligibleNominee(*db, QStringLiteral("MN"),
                                QStringLiteral("  Nguyễn   Thị Ánh ").normalized(QString::NormalizationForm_D));
    n.citizenId = QStringLiteral("031185001234");
    n.notes = QStringLiteral("Ghi chú có dấu nháy ' và \" và \\ và ;");
    n = insertNominee(*db, n);
    const Nominee second
        = insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Trần Văn Bình"),
                                             QStringLiteral("Trường Tiểu học An Hồng")));
    // lastInsertId works on both (PostgreSQL: lastval() of the id sequence).
    REQUIRE(n.id > 0);
    CHECK(second.id == n.id + 1);

    auto loaded = NomineeStore(*db).load(n.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(loaded->unitName == QStringLiteral("Trường Mầm non Hoa Sen"));
    CHECK(loaded->notes == n.notes);
    CHECK(loaded->citizenId == QStringLiteral("031185001234"));
    CHECK(loaded->birthDate == QDate(1985, 3, 12));
    CHECK(loaded->unionMember);
    CHECK(loaded->softCopy);
    CHECK_FALSE(loaded->approved);
    CHECK(loaded->version == 1);
    CHECK(loaded->createdAt.isValid());

    Nominee first = *loaded;
    Nominee stale = *loaded;
    first.position = QStringLiteral("Giáo viên mầm non");
    REQUIRE(NomineeStore(*db).update(first).ok());
    CHECK(first.version == 2);
    stale.position = QStringLiteral("Nhân viên");
    auto refused = NomineeStore(*db).update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(NomineeStore(*db).load(n.id)->position == QStringLiteral("Giáo viên mầm non"));

    // A stale edit from another connection (another PC) is refused too.
    auto other = db->openAnother();
    INFO((other ? QString() : other.error().message).toStdString());
    REQUIRE(other.ok());
    Nominee theirs = *NomineeStore(**other).load(second.id);
    Nominee mine = *NomineeStore(*db).load(second.id);
    theirs.notes = QStringLiteral("sửa ở máy khác");
    REQUIRE(NomineeStore(**other).update(theirs).ok());
    mine.notes = QStringLiteral("sửa ở máy này");
    CHECK(NomineeStore(*db).update(mine).error().kind == ErrorKind::Validation);

    REQUIRE(NomineeStore(*db).setApproved({ n.id }, true).ok());
    CHECK(NomineeStore(*db).load(n.id)->approved);
    REQUIRE(NomineeStore(*db).remove(n.id).ok());
    CHECK_FALSE(NomineeStore(*db).load(n.id).ok());
    REQUIRE(NomineeStore(*db).restore(first).ok());
    CHECK(NomineeStore(*db).load(n.id)->fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(*NomineeStore(*db).count(first.campaignId) == 2);

    auto log = AuditLog(*db).entries(3);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 3);
    CHECK(log->first().action == QStringLiteral("nominee.restore"));
    // The audit log names the database user on PostgreSQL, the OS user on SQLite.
    CHECK(log->first().user == db->userName());
    if (backend == Backend::Postgres)
        CHECK(db->userName() == QUrl(pgTestUrl()).userName());
    else
        CHECK(db->userName() == Database::currentUser());
    CHECK(AuditLog(*db).entries()->size() > 3);
}

TEST_CASE("both back-ends find, rename, move and merge units", "[storage][unit][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);
    auto c = CampaignStore(*db).loadActive();
    REQUIRE(c.ok());
    const qint64 mn = c->blocByCode(QStringLiteral("MN"))->id;
    const qint64 th = c->blocByCode(QStringLiteral("TH"))->id;
    UnitStore units(*db);
    auto a = units.findOrCreate(c->id, QStringLiteral("Trường Mầm non Hoa Sen"), mn);
    auto b = units.findOrCreate(c->id, QStringLiteral("TRUONG MAM NON HOA SEN"), mn);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(*a == *b);

    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa"),
                                       QStringLiteral("Trường MN Hoa Sen")));
    auto other = units.find(c->id, QStringLiteral("Trường MN Hoa Sen"));
    REQUIRE(other.ok());
    REQUIRE(*other > 0);
    REQUIRE(units.merge(*other, *a).ok());
    CHECK_FALSE(units.merge(*other, *a).ok()); // already gone
    auto list = units.list(c->id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().nomineeCount == 1);

    REQUIRE(units.rename(*a, QStringLiteral("Trường Mầm non Hoa Sen An Dương")).ok());
    REQUIRE(units.moveToBloc(*a, th).ok());
    auto nominees = NomineeStore(*db).loadAll(c->id);
    REQUIRE(nominees.ok());
    CHECK(nominees->first().blocId == th);
    CHECK(nominees->first().unitName == QStringLiteral("Trường Mầm non Hoa Sen An Dương"));
    CHECK(nominees->first().version > 1);
    CHECK_FALSE(units.remove(*a).ok());
}

TEST_CASE("both back-ends save campaign edits and copy a campaign for next year", "[storage][campaign][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);
    CampaignStore store(*db);
    Campaign c = *store.loadActive();
    c.deadline = QDate(2024, 7, 10);
    c.deadlineInclusive = true;
    c.rewardAmount = 5000000000LL; // beyond 32 bits: PostgreSQL columns are BIGINT
    c.blocs[0].quota = 20;
    c.programme.append(QStringLiteral("Chụp ảnh lưu niệm"));
    Bloc extra;
    extra.code = QStringLiteral("YTE");
    extra.name = QStringLiteral("Y tế");
    extra.quota = 5;
    c.blocs.append(extra);
    REQUIRE(store.update(c).ok());

    Campaign again = *store.loadActive();
    CHECK(again.deadline == QDate(2024, 7, 10));
    CHECK(again.deadlineInclusive);
    CHECK(again.rewardAmount == 5000000000LL);
    CHECK(again.blocs.first().quota == 20);
    CHECK(again.blocs.size() == 7);
    CHECK(again.totalQuota() == 102);
    CHECK(again.programme.last() == QStringLiteral("Chụp ảnh lưu niệm"));

    // A bloc still used cannot be removed; the refusal rolls everything back.
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("YTE"), QStringLiteral("Phạm Văn Nam"),
                                       QStringLiteral("Trung tâm Y tế huyện")));
    Campaign shrink = again;
    shrink.name = QStringLiteral("không được lưu");
    shrink.blocs.removeLast();
    CHECK(store.update(shrink).error().kind == ErrorKind::Validation);
    CHECK(store.loadActive()->name == again.name);
    CHECK(store.loadActive()->blocs.size() == 7);

    auto next = store.copyForYear(again.id, 2024);
    REQUIRE(next.ok());
    Campaign copy = *store.load(*next);
    CHECK(copy.year == 2024);
    CHECK(copy.deadline == QDate(2025, 7, 10));
    CHECK(copy.blocs.size() == 7);
    CHECK_FALSE(copy.active);
    REQUIRE(store.setActive(copy.id).ok());
    CHECK(store.loadActive()->id == copy.id);
    CHECK(store.list()->size() == 2);
}

TEST_CASE("both back-ends keep database-wide settings", "[storage][settings][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);
    SettingsStore settings(*db);
    CHECK(*settings.value(QStringLiteral("print.layout"), QStringLiteral("mặc định")) == QStringLiteral("mặc định"));
    REQUIRE(settings.setValue(QStringLiteral("print.layout"), QStringLiteral("A4 ngang")).ok());
    REQUIRE(settings.setValue(QStringLiteral("print.layout"), QStringLiteral("A4 dọc")).ok());
    REQUIRE(settings.setValue(QStringLiteral("print.font"), QString()).ok());
    CHECK(*settings.value(QStringLiteral("print.layout")) == QStringLiteral("A4 dọc"));
    CHECK(*settings.value(QStringLiteral("print.font"), QStringLiteral("x")) == QString());
    auto other = db->openAnother();
    INFO((other ? QString() : other.error().message).toStdString());
    REQUIRE(other.ok());
    CHECK(*SettingsStore(**other).value(QStringLiteral("print.layout")) == QStringLiteral("A4 dọc"));
    REQUIRE(settings.remove(QStringLiteral("print.layout")).ok());
    CHECK(*settings.value(QStringLiteral("print.layout"), QStringLiteral("-")) == QStringLiteral("-"));
}

TEST_CASE("a failed write rolls back on both back-ends and the connection stays usable", "[storage][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);
    const qint64 campaignId = CampaignStore(*db).loadActive()->id;
    Status st = db->transaction([&]() -> Status {
        auto ins = db->run(QStringLiteral("INSERT INTO unit (campaign_id, name, name_key) VALUES (?, ?, ?)"),
                           { campaignId, QStringLiteral("Đơn vị tạm"), QStringLiteral("don vi tam") },
                           QStringLiteral("thêm"));
        REQUIRE(ins.ok());
        // A constraint violation (no such bloc) fails the statement and the transaction.
        auto bad = db->run(QStringLiteral("INSERT INTO bloc (campaign_id, code, name, sector, quota, display_order) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           { campaignId, QStringLiteral("X"), QStringLiteral("X"), QStringLiteral("SAI"), 1, 9 },
                           QStringLiteral("thêm khối"));
        return bad ? Status() : Status(bad.error());
    });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Storage);
    CHECK_FALSE(db->inTransaction());
    CHECK(*UnitStore(*db).find(campaignId, QStringLiteral("Đơn vị tạm")) == 0);
    CHECK(UnitStore(*db).findOrCreate(campaignId, QStringLiteral("Đơn vị sau lỗi"), 0).ok());
}

namespace {

// Every stored column of a nominee but its id, person and time stamps, as text
// with NULL kept apart from '' ("<null>").
QStringList storedColumns(Database &db, qint64 id)
{
    const QStringList columns = { QStringLiteral("campaign_id"),    QStringLiteral("full_name"),
                                  QStringLiteral("name_key"),       QStringLiteral("gender"),
                                  QStringLiteral("birth_date"),     QStringLiteral("citizen_id"),
                                  QStringLiteral("position"),       QStringLiteral("unit_id"),
                                  QStringLiteral("bloc_id"),        QStringLiteral("category"),
                                  QStringLiteral("union_member"),   QStringLiteral("emulation_title"),
                                  QStringLiteral("initiative"),     QStringLiteral("initiative_decision"),
                                  QStringLiteral("merit_award"),    QStringLiteral("merit_year"),
                                  QStringLiteral("creative_topic"), QStringLiteral("achievements"),
                                  QStringLiteral("received_date"),  QStringLiteral("endorsed"),
                                  QStringLiteral("documents"),      QStringLiteral("copies"),
                                  QStringLiteral("soft_copy"),      QStringLiteral("notes"),
                                  QStringLiteral("approved"),       QStringLiteral("approved_at"),
                                  QStringLiteral("version"),        QStringLiteral("disciplined") };
    auto q = db.run(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                        + QStringLiteral(" FROM nominee WHERE id = ?"),
                    { id }, QStringLiteral("đọc"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    QStringList out;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant v = q->value(i);
        out.append(columns.at(i) + QLatin1Char('=') + (v.isNull() ? QStringLiteral("<null>") : v.toString()));
    }
    return out;
}

} // namespace

TEST_CASE("both back-ends store the same columns from insert and from a bulk insertMany", "[storage][nominee][pg]")
{
    // insertMany binds its values straight through SQLite's C API
    // (preparedwrite.h); what it stores must be what insert() stores.
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);

    // Unknown texts and dates: '' and NULL as the schema wants them.
    Nominee sparse = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Đỗ Thị Ngọc Ánh"));
    sparse.birthDate = QDate();
    sparse.birthYear = 1979;
    sparse.receivedDate = QDate();
    sparse.initiative = QString();
    sparse.initiativeDecision = QString();
    sparse.notes = QStringLiteral("nháy ' \" ; và \\ 🌸");
    Nominee full = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Văn Tâm"));
    full.citizenId = QStringLiteral("031085001234");
    full.gender = Gender::Male;
    full.birthDate = QDate(1985, 1, 12);

    const Nominee one = insertNominee(*db, sparse);
    const Nominee two = insertNominee(*db, full);
    QList<Nominee> bulk = { sparse, full };
    for (Nominee &n : bulk)
        n.unitId = *UnitStore(*db).find(n.campaignId, n.unitName);
    REQUIRE(NomineeStore(*db).insertMany(bulk, QStringLiteral("thử")).ok());
    REQUIRE(bulk.size() == 2);
    CHECK(bulk.at(0).id == two.id + 1);
    CHECK(bulk.at(1).id == two.id + 2);
    CHECK(storedColumns(*db, bulk.at(0).id) == storedColumns(*db, one.id));
    CHECK(storedColumns(*db, bulk.at(1).id) == storedColumns(*db, two.id));
    const QStringList stored = storedColumns(*db, bulk.at(0).id);
    CHECK(stored.contains(QStringLiteral("birth_date=1979")));
    CHECK(stored.contains(QStringLiteral("received_date=<null>")));
    CHECK(stored.contains(QStringLiteral("initiative=")));
    CHECK(stored.contains(QStringLiteral("approved_at=<null>")));
    CHECK(stored.contains(QStringLiteral("notes=nháy ' \" ; và \\ 🌸")));

    // The people the bulk insert created: linked, with their birth and CCCD.
    auto people = db->run(QStringLiteral("SELECT p.birth_date, p.citizen_id, p.created_at FROM nominee n "
                                         "JOIN person p ON p.id = n.person_id WHERE n.id IN (?, ?) ORDER BY n.id"),
                          { bulk.at(0).id, bulk.at(1).id }, QStringLiteral("đọc"));
    REQUIRE(people.ok());
    REQUIRE(people->next());
    CHECK(people->value(0).toString() == QStringLiteral("1979"));
    CHECK(people->value(1).toString().isEmpty());
    CHECK_FALSE(people->value(2).toString().isEmpty());
    REQUIRE(people->next());
    CHECK(people->value(0).toString() == QStringLiteral("1985-01-12"));
    CHECK(people->value(1).toString() == QStringLiteral("031085001234"));
    // Same CCCD and birth date: the bulk row joined the person insert() made.
    CHECK(bulk.at(1).personId == NomineeStore(*db).load(two.id)->personId);
}

TEST_CASE("a failed row of insertMany names the dossier and rolls back on both back-ends", "[storage][nominee][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = open(where);
    const Nominee good = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Phạm Thu Hà")));
    QList<Nominee> bulk = { eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Vũ Minh Khôi")),
                            eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Hoàng Thị Lan")) };
    bulk[0].unitId = good.unitId;
    bulk[1].unitId = good.unitId + 1000; // no such unit: the foreign key refuses the row
    auto st = NomineeStore(*db).insertMany(bulk, QStringLiteral("thử"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Storage);
    CHECK(st.error().message.contains(QStringLiteral("Hoàng Thị Lan")));
    CHECK_FALSE(db->inTransaction());
    CHECK(*NomineeStore(*db).count(good.campaignId) == 1);
    // The connection is still usable, and the same statement works again.
    bulk[1].unitId = good.unitId;
    REQUIRE(NomineeStore(*db).insertMany(bulk, QStringLiteral("thử")).ok());
    CHECK(*NomineeStore(*db).count(good.campaignId) == 3);
}
