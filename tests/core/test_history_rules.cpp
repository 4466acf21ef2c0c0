// The rules that need history (docs/rules.md, docs/history.md):
// INITIATIVE_ALREADY_USED, HONOURED_BEFORE, DISCIPLINED, and the campaign's
// own severities. Two real campaigns in one SQLite file: the seed (2023) and
// one created from it (2024), with the same people and namesakes.
#include "testsupport.h"

#include "approvalservice.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "rules.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2025, 7, 10);
const QString kDecision = QStringLiteral("Quyết định số 12/QĐ-PGD ngày 15/5/2023");
const QString kTitle = QStringLiteral("Đổi mới phương pháp dạy học");
const QString kUnit = QStringLiteral("Trường Mầm non Hoa Sen");

struct History
{
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 first = 0;
    qint64 second = 0;
    Nominee honoured; // approved in 2023
    Nominee notApproved; // nominated in 2023, not approved

    History()
    {
        db = openDatabase(dir.file(QStringLiteral("history.sqlite")));
        auto seed = CampaignStore(*db).loadActive();
        REQUIRE(seed.ok());
        first = seed->id;
        honoured = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"), kUnit);
        honoured.citizenId = QStringLiteral("031185001234");
        honoured = insertNominee(*db, honoured);
        notApproved = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Thu"), kUnit);
        notApproved.birthDate = QDate(1984, 2, 2);
        notApproved = insertNominee(*db, notApproved);
        REQUIRE(NomineeStore(*db).setApproved({ honoured.id }, true).ok());
        auto copy = CampaignStore(*db).copyForYear(first, seed->year + 1);
        REQUIRE(copy.ok());
        second = *copy;
        REQUIRE(CampaignStore(*db).setActive(second).ok());
    }

    // A 2024 dossier that passes every other rule.
    Nominee next(const QString &name, const QDate &birth, const QString &cccd = QString())
    {
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), name, kUnit);
        n.birthDate = birth;
        n.citizenId = cccd;
        n.receivedDate = QDate(2025, 7, 1);
        n.initiativeDecision = QStringLiteral("Quyết định số 40/QĐ-PGD ngày 10/5/2024");
        n.initiative = QStringLiteral("Sáng kiến mới năm 2024");
        return n;
    }

    Campaign campaign()
    {
        auto c = CampaignStore(*db).load(second);
        REQUIRE(c.ok());
        return *c;
    }

    // Codes and severities of the findings of the saved nominee.
    QStringList findings(const Nominee &saved, const Campaign &c)
    {
        auto all = NomineeStore(*db).loadAll(c.id);
        REQUIRE(all.ok());
        const CampaignCheck check = checkCampaign(c, *all, kToday);
        for (int i = 0; i < all->size(); ++i) {
            if (all->at(i).id != saved.id)
                continue;
            QStringList out;
            for (const Finding &f : check.findings.at(i))
                out.append(f.code + QLatin1Char(':') + severityCode(f.severity));
            return out;
        }
        FAIL("nominee not found");
        return {};
    }
};

} // namespace

TEST_CASE("the history rules fire exactly where expected", "[rules][history]")
{
    struct Case
    {
        const char *what;
        const char *name;
        QDate birth;
        const char *cccd;
        const char *title; // nullptr: the 2024 default
        const char *decision; // nullptr: the 2024 default
        const char *unit; // nullptr: kUnit
        bool disciplined;
        int honouredBeforeYears;
        QStringList expected;
    };
    const Case cases[] = {
        { "a new person, nothing before",
          "Phạm Thị Nga",
          QDate(1990, 1, 1),
          "",
          nullptr,
          nullptr,
          nullptr,
          false,
          3,
          {} },
        { "same person (CCCD), new initiative, window off",
          "Nguyễn Thị Hoa",
          QDate(1985, 3, 12),
          "031185001234",
          nullptr,
          nullptr,
          nullptr,
          false,
          0,
          {} },
        { "same person, new initiative, honoured within 1 year",
          "Nguyễn Thị Hoa",
          QDate(1985, 3, 12),
          "031185001234",
          nullptr,
          nullptr,
          nullptr,
          false,
          1,
          { QStringLiteral("HONOURED_BEFORE:warning") } },
        { "same person by name and birth date, same decision (spelt otherwise)",
          "NGUYỄN THỊ HOA",
          QDate(1985, 3, 12),
          "",
          nullptr,
          "quyết định số 12/QĐ-PGD, ngày 15/5/2023",
          nullptr,
          false,
          0,
          { QStringLiteral("INITIATIVE_ALREADY_USED:error") } },
        { "same person, same title in the same unit, new decision",
          "Nguyễn Thị Hoa",
          QDate(1985, 3, 12),
          "031185001234",
          "đổi mới phương pháp dạy học",
          nullptr,
          nullptr,
          false,
          0,
          { QStringLiteral("INITIATIVE_ALREADY_USED:error") } },
        { "same person, same title in another unit, new decision",
          "Nguyễn Thị Hoa",
          QDate(1985, 3, 12),
          "031185001234",
          "Đổi mới phương pháp dạy học",
          nullptr,
          "Trường Mầm non Sen Hồng",
          false,
          0,
          {} },
        { "a namesake (other birth date) with the same decision",
          "Nguyễn Thị Hoa",
          QDate(1986, 6, 6),
          "",
          nullptr,
          "Quyết định số 12/QĐ-PGD ngày 15/5/2023",
          nullptr,
          false,
          5,
          {} },
        { "nominated but not approved before: nothing",
          "Lê Thị Thu",
          QDate(1984, 2, 2),
          "",
          "Đổi mới phương pháp dạy học",
          "Quyết định số 12/QĐ-PGD ngày 15/5/2023",
          nullptr,
          false,
          5,
          {} },
        { "disciplined",
          "Phạm Thị Nga",
          QDate(1990, 1, 1),
          "",
          nullptr,
          nullptr,
          nullptr,
          true,
          0,
          { QStringLiteral("DISCIPLINED:error") } },
        { "all three",
          "Nguyễn Thị Hoa",
          QDate(1985, 3, 12),
          "031185001234",
          nullptr,
          "Quyết định số 12/QĐ-PGD ngày 15/5/2023",
          nullptr,
          true,
          2,
          { QStringLiteral("INITIATIVE_ALREADY_USED:error"), QStringLiteral("DISCIPLINED:error"),
            QStringLiteral("HONOURED_BEFORE:warning") } },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            History h;
            Campaign campaign = h.campaign();
            campaign.honouredBeforeYears = c.honouredBeforeYears;
            REQUIRE(CampaignStore(*h.db).update(campaign).ok());
            Nominee n = h.next(QString::fromUtf8(c.name), c.birth, QString::fromUtf8(c.cccd));
            if (c.title)
                n.initiative = QString::fromUtf8(c.title);
            if (c.decision)
                n.initiativeDecision = QString::fromUtf8(c.decision);
            if (c.unit)
                n.unitName = QString::fromUtf8(c.unit);
            n.disciplined = c.disciplined;
            n = insertNominee(*h.db, n);
            CHECK(h.findings(n, h.campaign()) == c.expected);
        }
    }
}

TEST_CASE("the earlier campaign knows nothing of the later one", "[rules][history]")
{
    History h;
    Nominee n = h.next(QStringLiteral("Nguyễn Thị Hoa"), QDate(1985, 3, 12), QStringLiteral("031185001234"));
    n.initiativeDecision = kDecision;
    n = insertNominee(*h.db, n);
    REQUIRE(NomineeStore(*h.db).setApproved({ n.id }, true).ok());
    auto first = CampaignStore(*h.db).load(h.first);
    REQUIRE(first.ok());
    CHECK(first->priorHonours.isEmpty());
    CHECK(h.findings(h.honoured, *first).isEmpty());
    CHECK(h.campaign().priorHonours.size() == 1);
}

TEST_CASE("a campaign's severities are data: warning or off instead of the default", "[rules][history]")
{
    History h;
    Nominee n = h.next(QStringLiteral("Nguyễn Thị Hoa"), QDate(1985, 3, 12), QStringLiteral("031185001234"));
    n.initiativeDecision = kDecision;
    n.disciplined = true;
    n = insertNominee(*h.db, n);
    Campaign c = h.campaign();
    c.ruleSeverities.insert(QStringLiteral("INITIATIVE_ALREADY_USED"), QStringLiteral("warning"));
    c.ruleSeverities.insert(QStringLiteral("DISCIPLINED"), QStringLiteral("off"));
    REQUIRE(CampaignStore(*h.db).update(c).ok());
    const Campaign saved = h.campaign();
    CHECK(saved.ruleSeverities.value(QStringLiteral("DISCIPLINED")) == QStringLiteral("off"));
    CHECK(h.findings(n, saved) == QStringList { QStringLiteral("INITIATIVE_ALREADY_USED:warning") });

    // The copy for the next year takes the severities along.
    auto next = CampaignStore(*h.db).copyForYear(h.second, saved.year + 1);
    REQUIRE(next.ok());
    auto copied = CampaignStore(*h.db).load(*next);
    REQUIRE(copied.ok());
    CHECK(copied->ruleSeverities == saved.ruleSeverities);
}

TEST_CASE("approval refuses a dossier whose initiative was already used", "[rules][history]")
{
    History h;
    Nominee n = h.next(QStringLiteral("Nguyễn Thị Hoa"), QDate(1985, 3, 12), QStringLiteral("031185001234"));
    n.initiativeDecision = kDecision;
    n = insertNominee(*h.db, n);
    const Status st = ApprovalService(*h.db).approve({ n.id }, kToday);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().details.join(QLatin1Char('\n')).contains(QStringLiteral("đã là căn cứ để được biểu dương")));
    auto reloaded = NomineeStore(*h.db).load(n.id);
    REQUIRE(reloaded.ok());
    CHECK_FALSE(reloaded->approved);
}

TEST_CASE("prior honours: the approved nominees of every earlier campaign, in id order, none of this one's",
          "[rules][history]")
{
    History h;
    // More approvals in 2023, written after the campaign copy (ids above the
    // 2024 campaign's own), and an approved nominee in 2024 itself.
    QList<qint64> earlier { h.honoured.id };
    REQUIRE(CampaignStore(*h.db).setActive(h.first).ok());
    for (const QString &name : { QStringLiteral("Trần Văn Bình"), QStringLiteral("Phạm Thị Lan") }) {
        Nominee n = insertNominee(*h.db, eligibleNominee(*h.db, QStringLiteral("MN"), name, kUnit));
        REQUIRE(NomineeStore(*h.db).setApproved({ n.id }, true).ok());
        earlier.append(n.id);
    }
    REQUIRE(CampaignStore(*h.db).setActive(h.second).ok());
    Nominee now = insertNominee(*h.db, h.next(QStringLiteral("Đỗ Văn Nam"), QDate(1980, 1, 1)));
    REQUIRE(NomineeStore(*h.db).setApproved({ now.id }, true).ok());

    QList<qint64> honoured;
    for (const PriorHonour &p : h.campaign().priorHonours) {
        CHECK(p.campaignId == h.first);
        honoured.append(p.nomineeId);
    }
    CHECK(honoured == earlier); // in id order; the 2024 approval is not a prior one
    auto first = CampaignStore(*h.db).load(h.first);
    REQUIRE(first.ok());
    CHECK(first->priorHonours.isEmpty());
}
