// People across campaigns (docs/history.md): who is linked to whom, what is
// flagged, and merge / split with their undo.
#include "testsupport.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "history.h"
#include "nomineestore.h"
#include "people.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace vd;
using namespace vd::test;

namespace {

struct Identity
{
    const char *name;
    const char *birth; // "yyyy-MM-dd", "yyyy" or ""
    const char *citizenId;
};

// The seed campaign (2023) and one created from it (2024), both kept.
struct TwoCampaigns
{
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 first = 0;
    qint64 second = 0;

    TwoCampaigns()
    {
        db = openDatabase(dir.file(QStringLiteral("people.sqlite")));
        auto seed = CampaignStore(*db).loadActive();
        REQUIRE(seed.ok());
        first = seed->id;
        auto copy = CampaignStore(*db).copyForYear(first, seed->year + 1);
        REQUIRE(copy.ok());
        second = *copy;
    }

    Nominee make(qint64 campaignId, const Identity &who, const QString &unit = QStringLiteral("Trường Mầm non Hoa Sen"))
    {
        auto campaign = CampaignStore(*db).load(campaignId);
        REQUIRE(campaign.ok());
        const Bloc *bloc = campaign->blocByCode(QStringLiteral("MN"));
        REQUIRE(bloc != nullptr);
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QString::fromUtf8(who.name), unit);
        n.campaignId = campaignId;
        n.blocId = bloc->id;
        n.meritYear = campaign->criteria.meritYear;
        n.documents = campaign->requiredDocumentCodes();
        const QString birth = QString::fromUtf8(who.birth);
        n.birthDate = birth.size() == 10 ? QDate::fromString(birth, Qt::ISODate) : QDate();
        n.birthYear = birth.size() == 4 ? birth.toInt() : 0;
        n.citizenId = QString::fromUtf8(who.citizenId);
        return n;
    }

    Nominee add(qint64 campaignId, const Identity &who, const QString &unit = QStringLiteral("Trường Mầm non Hoa Sen"))
    {
        return insertNominee(*db, make(campaignId, who, unit));
    }

    Nominee reload(qint64 id)
    {
        auto n = NomineeStore(*db).load(id);
        REQUIRE(n.ok());
        return *n;
    }

    QList<PersonConflict> conflicts()
    {
        auto list = PersonStore(*db).conflicts();
        REQUIRE(list.ok());
        return *list;
    }
};

// Female, born 1985: century/sex digit 1, year 85.
const char *const kCccdA = "031185001234";
const char *const kCccdB = "031185009876";

} // namespace

TEST_CASE("a person is recognised across campaigns by CCCD, else by name and birth date", "[people]")
{
    struct Case
    {
        const char *what;
        Identity earlier;
        Identity later;
        bool samePerson;
        std::optional<PersonConflictKind> conflict;
    };
    using K = PersonConflictKind;
    const Case cases[] = {
        { "same CCCD and birth date, name spelt differently",
          { "Nguyễn Thị Hoa", "1985-03-12", kCccdA },
          { "NGUYỄN THỊ HOA", "1985-03-12", kCccdA },
          true,
          {} },
        { "same CCCD, name corrected",
          { "Nguyễn Thi Hoa", "1985-03-12", kCccdA },
          { "Nguyễn Thị Hoà", "1985-03-12", kCccdA },
          true,
          {} },
        { "same CCCD, different birth date: flagged, not linked",
          { "Nguyễn Thị Hoa", "1985-03-12", kCccdA },
          { "Nguyễn Thị Hoa", "1985-04-20", kCccdA },
          false,
          K::SameCitizenIdOtherBirth },
        { "no CCCD, same name and birth date",
          { "Đặng Thị Hoa", "1985-03-12", "" },
          { "đặng thị  hoa", "1985-03-12", "" },
          true,
          {} },
        { "CCCD on one side only: name and birth date decide",
          { "Trần Thị Lan", "1985-03-12", "" },
          { "Trần Thị Lan", "1985-03-12", kCccdA },
          true,
          {} },
        { "same name and birth date, different CCCDs: namesakes flagged",
          { "Trần Thị Lan", "1985-03-12", kCccdA },
          { "Trần Thị Lan", "1985-03-12", kCccdB },
          false,
          K::SameNameBirthOtherCitizenId },
        { "same name, different birth dates: namesakes",
          { "Trần Thị Lan", "1985-03-12", "" },
          { "Trần Thị Lan", "1986-07-01", "" },
          false,
          {} },
        { "same name, no birth date: never by the name alone",
          { "Trần Thị Lan", "", "" },
          { "Trần Thị Lan", "", "" },
          false,
          {} },
        { "same name, only the same birth year: suggested, not linked",
          { "Trần Thị Lan", "1985", "" },
          { "Trần Thị Lan", "1985", "" },
          false,
          K::SameNameBirthYear },
        { "same name, a year and a full date of it: not linked",
          { "Trần Thị Lan", "1985", "" },
          { "Trần Thị Lan", "1985-03-12", "" },
          false,
          {} },
        { "same CCCD, a year and a full date of that year",
          { "Trần Thị Lan", "1985", kCccdA },
          { "Trần Thị Lan", "1985-03-12", kCccdA },
          true,
          {} },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TwoCampaigns t;
            const Nominee a = t.add(t.first, c.earlier);
            const Nominee b = t.add(t.second, c.later);
            REQUIRE(a.personId > 0);
            REQUIRE(b.personId > 0);
            CHECK(t.reload(a.id).personId == a.personId);
            CHECK((a.personId == b.personId) == c.samePerson);
            const QList<PersonConflict> conflicts = t.conflicts();
            if (c.conflict) {
                REQUIRE(conflicts.size() == 1);
                CHECK(conflicts.at(0).kind == *c.conflict);
                CHECK(conflicts.at(0).first.id == a.personId);
                CHECK(conflicts.at(0).second.id == b.personId);
            } else {
                CHECK(conflicts.isEmpty());
            }
        }
    }
}

TEST_CASE("the NFD spelling of a name folds like the NFC one", "[people]")
{
    // "Đặng" typed in NFD (base letters and combining marks).
    TwoCampaigns t;
    const Nominee a = t.add(t.first, { "Đặng Thị Hoa", "1985-03-12", "" });
    const Nominee b = t.add(t.second, { "\u0110a\u0323\u0306ng Thi\u0323 Hoa", "1985-03-12", "" });
    CHECK(a.personId == b.personId);
}

TEST_CASE("an edit relinks only when name, birth date or CCCD change", "[people]")
{
    TwoCampaigns t;
    Nominee a = t.add(t.first, { "Lê Thị Thu", "1985-03-12", "" });
    Nominee b = t.add(t.second, { "Lê Thị Thu", "1986-01-01", "" });
    REQUIRE(a.personId != b.personId);
    const qint64 bPerson = b.personId;

    // The later dossier's birth date was a typo: corrected, it is the same person.
    b.birthDate = QDate(1985, 3, 12);
    REQUIRE(NomineeStore(*t.db).update(b).ok());
    CHECK(t.reload(b.id).personId == a.personId);
    // Its old person had no other dossier and is not shown anywhere.
    CHECK(t.conflicts().isEmpty());

    // Changing the notes keeps the link.
    b = t.reload(b.id);
    b.notes = QStringLiteral("Bổ sung hồ sơ");
    REQUIRE(NomineeStore(*t.db).update(b).ok());
    CHECK(t.reload(b.id).personId == a.personId);

    // A new identity re-uses the dossier's own person when nobody else has it.
    Nominee c = t.add(t.second, { "Phạm Văn Nam", "1985-05-05", "" });
    const qint64 cPerson = c.personId;
    c.birthDate = QDate(1985, 5, 6);
    REQUIRE(NomineeStore(*t.db).update(c).ok());
    CHECK(t.reload(c.id).personId == cPerson);
    auto person = PersonStore(*t.db).load(cPerson);
    REQUIRE(person.ok());
    CHECK(person->birthDate == QStringLiteral("1985-05-06"));
    (void)bPerson;
}

TEST_CASE("merge joins two people, undo parts them again; both audit-logged", "[people]")
{
    TwoCampaigns t;
    const Nominee a = t.add(t.first, { "Trần Thị Lan", "1985-03-12", kCccdA });
    const Nominee b = t.add(t.second, { "Trần Thị Lan", "1985-03-12", kCccdB });
    REQUIRE(a.personId != b.personId);
    REQUIRE(t.conflicts().size() == 1);

    PersonStore people(*t.db);
    CHECK_FALSE(people.merge(a.personId, a.personId).ok());
    auto merge = people.merge(a.personId, b.personId);
    REQUIRE(merge.ok());
    CHECK(t.reload(b.id).personId == a.personId);
    CHECK(t.conflicts().isEmpty());
    auto history = people.history(a.personId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).campaignId == t.first);
    CHECK(history->at(1).campaignId == t.second);
    CHECK(history->at(1).nominee.id == b.id);

    // Saving the merged dossier unchanged keeps the human's decision.
    Nominee edited = t.reload(b.id);
    edited.notes = QStringLiteral("đã gộp");
    REQUIRE(NomineeStore(*t.db).update(edited).ok());
    CHECK(t.reload(b.id).personId == a.personId);

    REQUIRE(people.undoMerge(*merge).ok());
    CHECK(t.reload(b.id).personId == b.personId);
    CHECK(t.conflicts().size() == 1);

    auto log = AuditLog(*t.db).entries(3);
    REQUIRE(log.ok());
    QStringList actions;
    for (const AuditEntry &e : *log)
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("person.merge")));
    CHECK(actions.contains(QStringLiteral("person.unmerge")));
}

TEST_CASE("split keeps two people apart for good; undo joins them again", "[people]")
{
    TwoCampaigns t;
    const Nominee a = t.add(t.first, { "Hoàng Thị Mai", "1985-03-12", "" });
    const Nominee b = t.add(t.second, { "Hoàng Thị Mai", "1985-03-12", "" });
    REQUIRE(a.personId == b.personId);
    PersonStore people(*t.db);

    CHECK_FALSE(people.split(a.personId, { a.id, b.id }).ok()); // not all of them
    CHECK_FALSE(people.split(a.personId, { 999999 }).ok());
    auto split = people.split(a.personId, { b.id });
    REQUIRE(split.ok());
    const qint64 other = t.reload(b.id).personId;
    CHECK(other == split->newId);
    CHECK(other != a.personId);
    // Kept apart: not listed as a conflict, and a re-save does not join them.
    CHECK(t.conflicts().isEmpty());
    Nominee edited = t.reload(b.id);
    edited.birthDate = QDate(1985, 3, 13);
    REQUIRE(NomineeStore(*t.db).update(edited).ok());
    edited = t.reload(b.id);
    edited.birthDate = QDate(1985, 3, 12);
    REQUIRE(NomineeStore(*t.db).update(edited).ok());
    CHECK(t.reload(b.id).personId == other);
    // A third dossier of the same identity matches both: none is picked, it
    // gets its own person and both pairs are listed for a human.
    const Nominee c = t.add(t.second, { "Hoàng Thị Mai", "1985-03-12", "" }, QStringLiteral("Trường Mầm non Sen Hồng"));
    CHECK(c.personId != a.personId);
    CHECK(c.personId != other);
    CHECK(t.conflicts().size() == 2);

    REQUIRE(people.undoSplit(*split).ok());
    CHECK(t.reload(b.id).personId == a.personId);
    CHECK_FALSE(people.load(split->newId).ok());
}

TEST_CASE("history lists a person's nominations with each campaign's verdict", "[people]")
{
    TwoCampaigns t;
    Nominee a = t.add(t.first, { "Vũ Thị Hạnh", "1985-03-12", kCccdA });
    REQUIRE(NomineeStore(*t.db).setApproved({ a.id }, true).ok());
    Nominee b = t.make(t.second, { "Vũ Thị Hạnh", "1985-03-12", kCccdA });
    b.initiativeDecision = QStringLiteral("Quyết định số 99/QĐ-PGD ngày 01/6/2024");
    b.receivedDate = QDate(2025, 7, 1);
    b = insertNominee(*t.db, b);
    REQUIRE(b.personId == a.personId);
    // A namesake born another day is someone else.
    const Nominee namesake = t.add(t.second, { "Vũ Thị Hạnh", "1985-09-09", "" });
    CHECK(namesake.personId != a.personId);

    auto h = personHistory(*t.db, a.personId, QDate(2025, 7, 10));
    REQUIRE(h.ok());
    REQUIRE(h->size() == 2);
    CHECK(h->at(0).nomination.nominee.approved);
    CHECK(h->at(0).verdict == Verdict::Eligible);
    CHECK(h->at(1).nomination.campaignId == t.second);
    CHECK_FALSE(h->at(1).nomination.nominee.approved);
}
