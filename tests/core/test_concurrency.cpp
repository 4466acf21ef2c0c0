// Two writers (two connections, two threads, as two PCs would be) racing to
// approve the last free place of a bloc: with Database::lockForApproval
// exactly one wins, on both back-ends, in every round.
#include "approvalservice.h"
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace vd;
using namespace vd::test;

namespace {

// Lets two threads continue only when both have arrived.
class Rendezvous
{
public:
    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (++m_arrived == 2) {
            m_cv.notify_all();
            return;
        }
        m_cv.wait(lock, [this] { return m_arrived >= 2; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_arrived = 0;
};

enum class Outcome { Won, Full, Failed };

struct Race
{
    bool viaApprovalService = false; // the real ApprovalService instead of the bare hook
    QString location;
    qint64 campaignId = 0;
    qint64 blocId = 0;
    bool useLock = true;
    bool meetInsideTransaction = false; // PostgreSQL only: BEGIN, meet, then lock
};

// One approver: approve `nomineeId` if the bloc still has a free place.
Outcome approveIfRoom(const Race &race, qint64 nomineeId, Rendezvous &meet, QString *error)
{
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(race.location, options);
    if (!opened) {
        *error = opened.error().message;
        return Outcome::Failed;
    }
    Database &db = **opened;
    if (!race.meetInsideTransaction)
        meet.arriveAndWait();
    if (race.viaApprovalService) {
        Status st = ApprovalService(db).approve({ nomineeId }, QDate(2024, 7, 10));
        if (st)
            return Outcome::Won;
        if (st.error().kind == ErrorKind::Validation
            && st.error().details.join(QString()).contains(QStringLiteral("chỉ tiêu")))
            return Outcome::Full;
        *error = st.error().message + QLatin1Char(' ') + st.error().details.join(QLatin1Char(' '));
        return Outcome::Failed;
    }
    bool full = false;
    Status st = db.transaction([&]() -> Status {
        if (race.meetInsideTransaction && race.useLock)
            meet.arriveAndWait(); // both are inside BEGIN before either locks
        if (race.useLock) {
            if (auto s = db.lockForApproval(race.campaignId); !s)
                return s;
        }
        auto counts = db.run(QStringLiteral("SELECT (SELECT quota FROM bloc WHERE id = ?), "
                                            "(SELECT count(*) FROM nominee WHERE bloc_id = ? AND approved = 1)"),
                             { race.blocId, race.blocId }, QStringLiteral("đếm"));
        if (!counts)
            return counts.error();
        counts->next();
        const int quota = counts->value(0).toInt();
        const int approved = counts->value(1).toInt();
        counts->finish();
        if (race.meetInsideTransaction && !race.useLock)
            meet.arriveAndWait(); // both have counted before either writes
        if (approved >= quota) {
            full = true;
            return {};
        }
        return NomineeStore(db).setApproved({ nomineeId }, true);
    });
    if (!st) {
        *error = st.error().message;
        return Outcome::Failed;
    }
    return full ? Outcome::Full : Outcome::Won;
}

struct RaceTally
{
    int rounds = 0;
    int singleWinner = 0;
    int bothWon = 0;
    int noneWon = 0;
    int failures = 0;
    int overQuota = 0;
    QStringList errors;
};

RaceTally runRaces(Database &db, const Race &base, int rounds)
{
    RaceTally tally;
    NomineeStore nominees(db);
    for (int round = 0; round < rounds; ++round) {
        // The bloc has exactly one free place: quota = approved so far + 1.
        auto approvedSoFar = db.run(QStringLiteral("SELECT count(*) FROM nominee WHERE bloc_id = ? AND approved = 1"),
                                    { base.blocId }, QStringLiteral("đếm"));
        REQUIRE(approvedSoFar.ok());
        approvedSoFar->next();
        const int approved = approvedSoFar->value(0).toInt();
        approvedSoFar->finish();
        REQUIRE(db.transaction([&]() -> Status {
                      auto r = db.run(QStringLiteral("UPDATE bloc SET quota = ? WHERE id = ?"),
                                      { approved + 1, base.blocId }, QStringLiteral("đặt chỉ tiêu"));
                      return r ? Status() : Status(r.error());
                  }).ok());
        const Nominee a = insertNominee(
            db, eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("Người A vòng %1").arg(round)));
        const Nominee b = insertNominee(
            db, eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("Người B vòng %1").arg(round)));

        Rendezvous meet;
        Outcome outA = Outcome::Failed, outB = Outcome::Failed;
        QString errA, errB;
        std::thread ta([&] { outA = approveIfRoom(base, a.id, meet, &errA); });
        std::thread tb([&] { outB = approveIfRoom(base, b.id, meet, &errB); });
        ta.join();
        tb.join();

        ++tally.rounds;
        const int won = (outA == Outcome::Won) + (outB == Outcome::Won);
        if (outA == Outcome::Failed || outB == Outcome::Failed) {
            ++tally.failures;
            tally.errors << errA << errB;
        }
        if (won == 1)
            ++tally.singleWinner;
        else if (won == 2)
            ++tally.bothWon;
        else
            ++tally.noneWon;
        auto after = db.run(QStringLiteral("SELECT count(*) FROM nominee WHERE bloc_id = ? AND approved = 1"),
                            { base.blocId }, QStringLiteral("đếm"));
        REQUIRE(after.ok());
        after->next();
        if (after->value(0).toInt() > approved + 1)
            ++tally.overQuota;
    }
    return tally;
}

} // namespace

TEST_CASE("two approvers racing for the last place in a bloc - exactly one wins in each of 100 rounds",
          "[concurrency][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    auto campaign = CampaignStore(**db).loadActive();
    REQUIRE(campaign.ok());

    Race race;
    race.location = where.location();
    race.campaignId = campaign->id;
    race.blocId = campaign->blocByCode(QStringLiteral("MN"))->id;
    race.useLock = true;
    race.meetInsideTransaction = backend == Backend::Postgres;

    const RaceTally tally = runRaces(**db, race, 100);
    INFO(tally.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(tally.rounds == 100);
    CHECK(tally.singleWinner == 100);
    CHECK(tally.bothWon == 0);
    CHECK(tally.overQuota == 0);
    CHECK(tally.failures == 0);
    WARN(backendName(backend) << " race: " << tally.rounds << " rounds, " << tally.singleWinner
                              << " with exactly one winner, " << tally.bothWon << " with two, " << tally.overQuota
                              << " over quota, " << tally.failures << " errors");
}

TEST_CASE("without the approval lock two PostgreSQL approvers can both take the last place", "[concurrency][pg]")
{
    // The control experiment: it shows that the race test above would catch a
    // missing lock (READ COMMITTED lets both count before either writes).
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    auto campaign = CampaignStore(**db).loadActive();
    REQUIRE(campaign.ok());
    Race race;
    race.location = where.location();
    race.campaignId = campaign->id;
    race.blocId = campaign->blocByCode(QStringLiteral("MN"))->id;
    race.useLock = false;
    race.meetInsideTransaction = true;
    const RaceTally tally = runRaces(**db, race, 5);
    CHECK(tally.failures == 0);
    CHECK(tally.bothWon == 5);
    CHECK(tally.overQuota == 5);
}

TEST_CASE("two ApprovalService approvers racing for the last place - exactly one wins in each of 100 rounds",
          "[concurrency][approval][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    auto campaign = CampaignStore(**db).loadActive();
    REQUIRE(campaign.ok());
    Race race;
    race.viaApprovalService = true;
    race.location = where.location();
    race.campaignId = campaign->id;
    race.blocId = campaign->blocByCode(QStringLiteral("MN"))->id;

    const RaceTally tally = runRaces(**db, race, 100);
    INFO(tally.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(tally.singleWinner == 100);
    CHECK(tally.overQuota == 0);
    CHECK(tally.failures == 0);
    WARN(backendName(backend) << " ApprovalService race: " << tally.rounds << " rounds, " << tally.singleWinner
                              << " with exactly one winner, " << tally.bothWon << " with two, " << tally.overQuota
                              << " over quota, " << tally.failures << " errors");
}
