// The council session: members, the majority rule as data, the tally, the
// ranking per bloc, the pre-selection within the quota and ties at the cut-off.
#include "testsupport.h"

#include "campaignstore.h"
#include "council.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

struct Session
{
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 campaignId = 0;
    QMap<QString, qint64> ids; // nominee ids by name

    Session()
    {
        db = openDatabase(dir.file(QStringLiteral("c.sqlite")));
        auto c = CampaignStore(*db).loadActive();
        REQUIRE(c.ok());
        campaignId = c->id;
        setBlocQuota(*db, QStringLiteral("MN"), 2);
        const QStringList names = { QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Thị Bình"),
                                    QStringLiteral("Lê Thị Cúc"), QStringLiteral("Phạm Thị Dung") };
        for (int i = 0; i < names.size(); ++i) {
            Nominee n = eligibleNominee(*db, QStringLiteral("MN"), names.at(i),
                                        i == 3 ? QStringLiteral("Trường Mầm non Hoa Sen")
                                               : QStringLiteral("Trường Mầm non số %1").arg(i + 1));
            n.birthDate = QDate(1985, 3, 1).addDays(i);
            ids.insert(names.at(i), insertNominee(*db, n).id);
        }
        Nominee late = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Vũ Thị Muộn"),
                                       QStringLiteral("Trường Mầm non số 9"));
        late.receivedDate = QDate(2024, 7, 9); // on or after the deadline: not on the ballot
        ids.insert(late.fullName, insertNominee(*db, late).id);

        CouncilStore store(*db);
        addMember(QStringLiteral("Lương Thế Quý"), CouncilRole::Chair, QStringLiteral("UBND huyện"));
        addMember(QStringLiteral("Lê Văn Thịnh"), CouncilRole::Member, QStringLiteral("LĐLĐ huyện"));
        addMember(QStringLiteral("Đỗ Thị Hoa"), CouncilRole::Member, QStringLiteral("Trường mầm non HOA SEN"));
        addMember(QStringLiteral("Ngô Văn Tư"), CouncilRole::Secretary, QStringLiteral("Phòng Nội vụ"));
        const qint64 absent = addMember(QStringLiteral("Hà Văn Vắng"), CouncilRole::Member, QString());
        REQUIRE(store.setPresent(campaignId, absent, false).ok());
    }

    qint64 addMember(const QString &name, CouncilRole role, const QString &unit)
    {
        CouncilMember m;
        m.campaignId = campaignId;
        m.fullName = name;
        m.role = role;
        m.unitName = unit;
        REQUIRE(CouncilStore(*db).addMember(m).ok());
        return m.id;
    }

    Status vote(const QString &name, int agree, int disagree = 0, int abstain = 0)
    {
        return CouncilStore(*db).setVote(campaignId, ids.value(name), { agree, disagree, abstain }, kToday);
    }

    const TallyRow &row(const CouncilResult &r, const QString &name)
    {
        for (const CouncilBloc &b : r.blocs) {
            for (const TallyRow &t : b.rows) {
                if (t.nominee.fullName == name)
                    return t;
            }
        }
        FAIL("not on the ballot: " << name.toStdString());
        static TallyRow none;
        return none;
    }
};

} // namespace

TEST_CASE("council: recusal, majority of members present, ranking, quota and a tie at the cut-off", "[council]")
{
    Session s;
    // 4 present; the member from Hoa Sen recuses for Phạm Thị Dung: 3 may vote on her.
    auto refused = s.vote(QStringLiteral("Phạm Thị Dung"), 2, 1, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("chỉ 3 thành viên")));
    // Not eligible (late): not on the ballot.
    CHECK_FALSE(s.vote(QStringLiteral("Vũ Thị Muộn"), 4).ok());

    REQUIRE(s.vote(QStringLiteral("Nguyễn Thị An"), 4).ok());
    REQUIRE(s.vote(QStringLiteral("Trần Thị Bình"), 3, 1).ok());
    REQUIRE(s.vote(QStringLiteral("Lê Thị Cúc"), 2, 2).ok()); // 2 of 4 is not more than half
    REQUIRE(s.vote(QStringLiteral("Phạm Thị Dung"), 3).ok()); // 3 of 3

    auto result = loadCouncilResult(*s.db, kToday);
    REQUIRE(result.ok());
    CHECK(result->present == 4);
    REQUIRE(result->blocs.size() == 1);
    const CouncilBloc &mn = result->blocs.first();
    CHECK(mn.bloc.code == QStringLiteral("MN"));
    CHECK(mn.places == 2);
    REQUIRE(mn.rows.size() == 4);
    CHECK(mn.rows.at(0).nominee.fullName == QStringLiteral("Nguyễn Thị An"));
    CHECK(mn.rows.at(3).nominee.fullName == QStringLiteral("Lê Thị Cúc"));
    CHECK_FALSE(s.row(*result, QStringLiteral("Lê Thị Cúc")).passes);
    CHECK(s.row(*result, QStringLiteral("Phạm Thị Dung")).recused == 1);
    CHECK(s.row(*result, QStringLiteral("Phạm Thị Dung")).base == 3);

    // Bình and Dung both have 3 votes for the last place: shown as tied, not broken.
    CHECK(s.row(*result, QStringLiteral("Nguyễn Thị An")).rank == 1);
    CHECK(s.row(*result, QStringLiteral("Nguyễn Thị An")).preselected);
    for (const QString &tied : { QStringLiteral("Trần Thị Bình"), QStringLiteral("Phạm Thị Dung") }) {
        CHECK(s.row(*result, tied).rank == 2);
        CHECK(s.row(*result, tied).tiedAtCutoff);
        CHECK_FALSE(s.row(*result, tied).preselected);
    }
    CHECK(result->hasTies());
    CHECK(result->preselectedIds() == QList<qint64> { s.ids.value(QStringLiteral("Nguyễn Thị An")) });

    // A recount breaks the tie: both places are pre-selected, no tie left.
    REQUIRE(s.vote(QStringLiteral("Trần Thị Bình"), 4).ok());
    result = loadCouncilResult(*s.db, kToday);
    REQUIRE(result.ok());
    CHECK_FALSE(result->hasTies());
    CHECK(result->preselectedIds().size() == 2);
    CHECK(result->preselectedIds().contains(s.ids.value(QStringLiteral("Trần Thị Bình"))));
    CHECK_FALSE(s.row(*result, QStringLiteral("Phạm Thị Dung")).preselected);
}

TEST_CASE("council: the majority rule is campaign data", "[council]")
{
    Session s;
    CouncilStore store(*s.db);
    REQUIRE(s.vote(QStringLiteral("Nguyễn Thị An"), 3, 1).ok());
    auto result = loadCouncilResult(*s.db, kToday);
    REQUIRE(result.ok());
    CHECK(s.row(*result, QStringLiteral("Nguyễn Thị An")).passes); // 3 > 4/2

    // More than 2/3 of all 5 members: 3 is not enough.
    ConferenceSettings settings = *store.settings(s.campaignId);
    CHECK(settings.majority.numerator == 1);
    CHECK(settings.majority.denominator == 2);
    settings.majority = { 2, 3, false };
    REQUIRE(store.saveSettings(s.campaignId, settings).ok());
    CHECK(store.settings(s.campaignId)->majority.describe() == QStringLiteral("quá 2/3 tổng số thành viên"));
    result = loadCouncilResult(*s.db, kToday);
    REQUIRE(result.ok());
    CHECK(s.row(*result, QStringLiteral("Nguyễn Thị An")).base == 5);
    CHECK_FALSE(s.row(*result, QStringLiteral("Nguyễn Thị An")).passes);

    // Refused with every problem listed (the GUI shows the same list while
    // typing) and nothing written: the stored rule is still 2/3 of all.
    settings.majority = { 3, 2, true };
    settings.batchSize = 0;
    CHECK(conferenceSettingsProblems(settings).size() == 2);
    const Status refused = store.saveSettings(s.campaignId, settings);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == conferenceSettingsProblems(settings));
    CHECK(store.settings(s.campaignId)->majority.describe() == QStringLiteral("quá 2/3 tổng số thành viên"));
    settings.majority = { 1, 2, true };
    CHECK(conferenceSettingsProblems(settings).size() == 1);
    CHECK_FALSE(store.saveSettings(s.campaignId, settings).ok());
    settings.batchSize = 10;
    CHECK(conferenceSettingsProblems(settings).isEmpty());

    // A second chair is refused.
    CouncilMember m;
    m.campaignId = s.campaignId;
    m.fullName = QStringLiteral("Chủ Tịch Khác");
    m.role = CouncilRole::Chair;
    CHECK_FALSE(store.addMember(m).ok());
}

TEST_CASE("council: a member is edited in place, refused with nothing written", "[council]")
{
    Session s;
    CouncilStore store(*s.db);
    auto before = store.members(s.campaignId);
    REQUIRE(before.ok());
    CouncilMember hoa;
    for (const CouncilMember &m : std::as_const(*before)) {
        if (m.fullName == QStringLiteral("Đỗ Thị Hoa"))
            hoa = m;
    }
    REQUIRE(hoa.id != 0);

    // Moved to another unit: she no longer recuses for Phạm Thị Dung.
    CouncilMember edited = hoa;
    edited.unitName = QStringLiteral("Phòng Giáo dục");
    edited.title = QStringLiteral("  Phó Trưởng phòng ");
    REQUIRE(store.updateMember(edited).ok());
    CHECK(edited.position == hoa.position);
    auto after = store.members(s.campaignId);
    REQUIRE(after.ok());
    REQUIRE(after->size() == before->size());
    for (const CouncilMember &m : std::as_const(*after)) {
        if (m.id == hoa.id)
            CHECK(m.title == QStringLiteral("Phó Trưởng phòng"));
    }
    REQUIRE(s.vote(QStringLiteral("Phạm Thị Dung"), 4).ok()); // 4 may vote on her now

    // A second chair, an empty name, another campaign's member: refused, unchanged.
    CouncilMember chair = edited;
    chair.role = CouncilRole::Chair;
    auto refused = store.updateMember(chair);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("Lương Thế Quý")));
    CouncilMember empty = edited;
    empty.fullName = QStringLiteral("   ");
    CHECK_FALSE(store.updateMember(empty).ok());
    CouncilMember stranger = edited;
    stranger.id = 99999;
    CHECK_FALSE(store.updateMember(stranger).ok());
    auto unchanged = store.members(s.campaignId);
    REQUIRE(unchanged.ok());
    for (const CouncilMember &m : std::as_const(*unchanged)) {
        if (m.id == hoa.id) {
            CHECK(m.role == CouncilRole::Member);
            CHECK(m.fullName == QStringLiteral("Đỗ Thị Hoa"));
            CHECK(m.unitName == QStringLiteral("Phòng Giáo dục"));
        }
    }
}

TEST_CASE("council: tie priorities suggest an order among the tied, never apply it", "[council]")
{
    Session s;
    REQUIRE(s.vote(QStringLiteral("Nguyễn Thị An"), 4).ok());
    REQUIRE(s.vote(QStringLiteral("Trần Thị Bình"), 3, 1).ok());
    REQUIRE(s.vote(QStringLiteral("Phạm Thị Dung"), 3).ok());
    auto loaded = loadCouncilResult(*s.db, kToday);
    REQUIRE(loaded.ok());
    QList<Nominee> nominees;
    QHash<qint64, CouncilVote> votes;
    for (const TallyRow &r : loaded->blocs.first().rows) {
        nominees.append(r.nominee);
        if (r.counted)
            votes.insert(r.nominee.id, r.vote);
    }

    struct Case
    {
        QStringList priorities;
        Gender binh;
        int binhPlace;
        int dungPlace;
    };
    const Case cases[] = {
        { {}, Gender::Male, 0, 0 }, // no priorities: no suggestion
        { { QStringLiteral("female") }, Gender::Male, 2, 1 },
        { { QStringLiteral("female") }, Gender::Female, 1, 1 }, // not told apart: they share the place
        { { QStringLiteral("worker"), QStringLiteral("female") }, Gender::Male, 2, 1 }, // no worker: next key
    };
    for (const Case &c : cases) {
        INFO(c.priorities.join(QLatin1Char(',')).toStdString() << " Bình male=" << (c.binh == Gender::Male));
        Campaign campaign = loaded->campaign;
        campaign.tiePriority = c.priorities;
        QList<Nominee> list = nominees;
        for (Nominee &n : list) {
            if (n.fullName == QStringLiteral("Trần Thị Bình"))
                n.gender = c.binh;
            else
                n.gender = Gender::Female;
        }
        const CouncilResult r = computeCouncilResult(campaign, loaded->settings, loaded->members, list, votes, kToday);
        const CouncilBloc &mn = r.blocs.first();
        CHECK(mn.tiedPlaces == 1);
        CHECK(s.row(r, QStringLiteral("Trần Thị Bình")).suggestedPlace == c.binhPlace);
        CHECK(s.row(r, QStringLiteral("Phạm Thị Dung")).suggestedPlace == c.dungPlace);
        CHECK(s.row(r, QStringLiteral("Nguyễn Thị An")).suggestedPlace == 0); // not tied
        // Never applied: both stay tied, neither pre-selected.
        CHECK(r.preselectedIds() == QList<qint64> { s.ids.value(QStringLiteral("Nguyễn Thị An")) });
        CHECK(s.row(r, QStringLiteral("Phạm Thị Dung")).tiedAtCutoff);
    }
}

TEST_CASE("council: tie priority keys are checked and mean what they say", "[council]")
{
    auto ok = parseTiePriority(QStringLiteral(" Female , worker"));
    REQUIRE(ok.ok());
    CHECK(*ok == QStringList { QStringLiteral("female"), QStringLiteral("worker") });
    CHECK(parseTiePriority(QString())->isEmpty());
    auto unknown = parseTiePriority(QStringLiteral("female,age"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("\"age\"")));
    CHECK_FALSE(parseTiePriority(QStringLiteral("worker,worker")).ok());

    Nominee n;
    n.position = QStringLiteral("Công nhân vận hành");
    CHECK(matchesTiePriority(n, QStringLiteral("worker")));
    n.position = QStringLiteral("Giáo viên");
    CHECK_FALSE(matchesTiePriority(n, QStringLiteral("worker")));
    n.gender = Gender::Female;
    CHECK(matchesTiePriority(n, QStringLiteral("female")));
}
