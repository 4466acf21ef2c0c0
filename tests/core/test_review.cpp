// The review step for "Cần xem xét" (docs/rules.md "Review"): who, when, why,
// audit-logged; a reviewed nominee is eligible for approval; editing a field a
// reviewed warning read withdraws the review; errors cannot be reviewed.
#include "testsupport.h"

#include "approvalservice.h"
#include "auditlog.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "review.h"
#include "rules.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

// A nominee whose only findings are FEWER_COPIES and NO_SOFT_COPY (warnings).
qint64 insertWarningsOnly(Database &db, const QString &name = QStringLiteral("Trần Thị Lan"))
{
    Nominee n = eligibleNominee(db, QStringLiteral("MN"), name, QStringLiteral("Trường Mầm non Hoa Sen"));
    n.copies = 1;
    n.softCopy = false;
    return insertNominee(db, n).id;
}

Verdict verdictNow(Database &db, qint64 id)
{
    auto campaign = CampaignStore(db).loadActive();
    REQUIRE(campaign.ok());
    auto nominees = NomineeStore(db).loadAll(campaign->id);
    REQUIRE(nominees.ok());
    const CampaignCheck check = checkCampaign(*campaign, *nominees, kToday);
    for (int i = 0; i < nominees->size(); ++i) {
        if (nominees->at(i).id == id)
            return check.verdicts.at(i);
    }
    FAIL("no nominee " << id);
    return Verdict::Ineligible;
}

QStringList actions(Database &db)
{
    auto entries = AuditLog(db).entries();
    REQUIRE(entries.ok());
    QStringList out;
    for (const AuditEntry &e : *entries)
        out.prepend(e.action);
    return out;
}

} // namespace

TEST_CASE("a review records who, when and why, makes the nominee eligible and approvable", "[review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    const qint64 id = insertWarningsOnly(*db);
    CHECK(verdictNow(*db, id) == Verdict::Review);
    // Not approvable before: the refusal says what is wrong in words, not codes.
    Status st = ApprovalService(*db).approve({ id }, kToday);
    REQUIRE_FALSE(st.ok());
    const QString refusal = st.error().details.join(QLatin1Char('\n'));
    CHECK(refusal.contains(QStringLiteral("Cần xem xét")));
    CHECK_FALSE(refusal.contains(QStringLiteral("FEWER_COPIES")));
    CHECK(refusal.contains(QStringLiteral("đã xem xét")));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto saved = ReviewService(*db).review(id, QStringLiteral("  Đơn vị nộp bổ sung bản giấy ngày 12/7  "), kToday);
    REQUIRE(saved.ok());
    CHECK(saved->review.note == QStringLiteral("Đơn vị nộp bổ sung bản giấy ngày 12/7"));
    CHECK(saved->review.codes == QStringList { QStringLiteral("FEWER_COPIES"), QStringLiteral("NO_SOFT_COPY") });

    auto loaded = NomineeStore(*db).load(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->review.isSet());
    CHECK(loaded->review.by == db->userName());
    CHECK(loaded->review.at >= before);
    CHECK(loaded->review.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK(verdictNow(*db, id) == Verdict::Eligible);
    CHECK(actions(*db).contains(QStringLiteral("nominee.review")));

    REQUIRE(ApprovalService(*db).approve({ id }, kToday).ok());
    // Approved: the review cannot be withdrawn under the approval.
    auto refused = ReviewService(*db).unreview(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("bỏ duyệt trước")));
    REQUIRE(ApprovalService(*db).unapprove({ id }).ok());
    REQUIRE(ReviewService(*db).unreview(id).ok());
    CHECK_FALSE(NomineeStore(*db).load(id)->review.isSet());
    CHECK(verdictNow(*db, id) == Verdict::Review);
    CHECK(actions(*db).contains(QStringLiteral("nominee.unreview")));
}

TEST_CASE("only warnings can be reviewed, with a reason; nothing changes when refused", "[review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    Nominee late
        = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lê Văn Hải"), QStringLiteral("Trường TH A"));
    late.receivedDate = QDate(2024, 7, 9);
    late.copies = 1;
    const qint64 lateId = insertNominee(*db, late).id;
    const qint64 fine = insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Phạm Thu Hà"),
                                                           QStringLiteral("Trường TH B")))
                            .id;
    const qint64 warned = insertWarningsOnly(*db);
    const int auditBefore = int(actions(*db).size());

    struct Case
    {
        qint64 id;
        QString note;
        QString says;
    };
    const QList<Case> cases = {
        { lateId, QStringLiteral("lý do"), QStringLiteral("không đủ điều kiện") },
        { fine, QStringLiteral("lý do"), QStringLiteral("không có cảnh báo") },
        { warned, QStringLiteral("   "), QStringLiteral("lý do") },
        { 99999, QStringLiteral("lý do"), QStringLiteral("Mã 99999") },
    };
    for (const Case &c : cases) {
        INFO("nominee " << c.id);
        auto r = ReviewService(*db).review(c.id, c.note, kToday);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Validation);
        CHECK(r.error().message.contains(c.says));
    }
    // The late one's message is the rule's words, not its code.
    auto r = ReviewService(*db).review(lateId, QStringLiteral("x"), kToday);
    CHECK_FALSE(r.error().message.contains(QStringLiteral("LATE_SUBMISSION")));
    CHECK(actions(*db).size() == auditBefore);
    CHECK_FALSE(ReviewService(*db).unreview(warned).ok());
}

TEST_CASE("editing a field a reviewed warning read withdraws the review; other fields keep it", "[review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    struct Edit
    {
        const char *what;
        std::function<void(Nominee &)> change;
        bool keeps;
    };
    const QList<Edit> edits = {
        { "achievements", [](Nominee &n) { n.achievements += QStringLiteral(" Thêm."); }, true },
        { "notes", [](Nominee &n) { n.notes = QStringLiteral("ghi chú"); }, true },
        { "copies", [](Nominee &n) { n.copies = 0; }, false },
        { "soft copy", [](Nominee &n) { n.softCopy = true; }, false },
    };
    int i = 0;
    for (const Edit &e : edits) {
        INFO(e.what);
        const qint64 id = insertWarningsOnly(*db, QStringLiteral("Người số %1").arg(++i));
        REQUIRE(ReviewService(*db).review(id, QStringLiteral("đã gọi điện xác minh"), kToday).ok());
        Nominee n = *NomineeStore(*db).load(id);
        e.change(n);
        REQUIRE(NomineeStore(*db).update(n).ok());
        CHECK(n.review.isSet() == e.keeps);
        CHECK(NomineeStore(*db).load(id)->review.isSet() == e.keeps);
        if (!e.keeps)
            CHECK(actions(*db).constLast() == QStringLiteral("nominee.review_withdrawn"));
    }
}

TEST_CASE("a position warning's review stops counting when the position or the bloc changes", "[review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    Nominee n = eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Vũ Văn Long"), QStringLiteral("Công ty A"));
    n.position = QStringLiteral("Trưởng ca sản xuất");
    const qint64 id = insertNominee(*db, n).id;
    REQUIRE(verdictNow(*db, id) == Verdict::Review);
    auto saved = ReviewService(*db).review(id, QStringLiteral("Trưởng ca là công nhân trực tiếp"), kToday);
    REQUIRE(saved.ok());
    CHECK(saved->review.codes == QStringList { QStringLiteral("POSITION_UNCLEAR") });
    CHECK(verdictNow(*db, id) == Verdict::Eligible);

    // The review's own fields, changed behind the store's back (a unit moved to
    // another bloc rewrites bloc_id in bulk): the review no longer holds.
    Nominee moved = *NomineeStore(*db).load(id);
    const QList<Finding> none;
    CHECK_FALSE(reviewHolds(moved, none));
    auto campaign = CampaignStore(*db).loadActive();
    const QList<Finding> findings = RulesEngine(*campaign).check(moved, DuplicateIndex({ moved }), kToday);
    CHECK(reviewHolds(moved, findings));
    moved.position = QStringLiteral("Phó ca sản xuất");
    CHECK_FALSE(reviewHolds(moved, RulesEngine(*campaign).check(moved, DuplicateIndex({ moved }), kToday)));
}

TEST_CASE("undo of a deletion puts the review back", "[review]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    const qint64 id = insertWarningsOnly(*db);
    REQUIRE(ReviewService(*db).review(id, QStringLiteral("đủ"), kToday).ok());
    const Nominee n = *NomineeStore(*db).load(id);
    REQUIRE(NomineeStore(*db).remove(id).ok());
    REQUIRE(NomineeStore(*db).restore(n).ok());
    const Nominee back = *NomineeStore(*db).load(id);
    CHECK(back.review.note == QStringLiteral("đủ"));
    CHECK(verdictNow(*db, id) == Verdict::Eligible);
}
