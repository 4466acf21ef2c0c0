#include "schema.h"

#include "database.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QStringList>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Database)
};

} // namespace

namespace {

// Version 1: campaigns (several, one active), blocs, units, nominees with
// their dossier, attachments and the audit log.
Status createVersion1(Database &db)
{
    return runDdl(
        db, {
                QStringLiteral(R"(CREATE TABLE campaign (
            id {PK},
            name TEXT NOT NULL,
            year INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 0,
            document_number TEXT NOT NULL DEFAULT '',
            document_date TEXT,
            place TEXT NOT NULL DEFAULT '',
            issuing_parent TEXT NOT NULL DEFAULT '',
            issuing_body TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            deadline_inclusive INTEGER NOT NULL DEFAULT 0,
            conference_date TEXT,
            conference_time TEXT NOT NULL DEFAULT '',
            conference_place TEXT NOT NULL DEFAULT '',
            merit_year INTEGER NOT NULL DEFAULT 0,
            min_copies INTEGER NOT NULL DEFAULT 2,
            reward_amount INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))"),
                // Ordered lists of the campaign: participants, programme, recipients and
                // the criteria word lists. kind is one of CampaignTextKind.
                QStringLiteral(R"(CREATE TABLE campaign_text (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX campaign_text_campaign_idx ON campaign_text(campaign_id, kind, position)"),
                QStringLiteral(R"(CREATE TABLE signer (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            authority TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral(R"(CREATE TABLE document_type (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            required INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL,
            UNIQUE (campaign_id, code)))"),
                QStringLiteral(R"(CREATE TABLE bloc (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            sector TEXT NOT NULL CHECK (sector IN ('HCSN', 'SXKD')),
            quota INTEGER NOT NULL CHECK (quota >= 0),
            display_order INTEGER NOT NULL,
            UNIQUE (campaign_id, code)))"),
                QStringLiteral(R"(CREATE TABLE unit (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            bloc_id INTEGER REFERENCES bloc(id) ON DELETE SET NULL,
            UNIQUE (campaign_id, name_key)))"),
                QStringLiteral(R"(CREATE TABLE nominee (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            full_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            citizen_id TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            bloc_id INTEGER NOT NULL REFERENCES bloc(id),
            category TEXT NOT NULL DEFAULT 'LDG' CHECK (category IN ('LDG', 'LDST')),
            union_member INTEGER NOT NULL DEFAULT 0,
            emulation_title TEXT NOT NULL DEFAULT '',
            initiative TEXT NOT NULL DEFAULT '',
            initiative_decision TEXT NOT NULL DEFAULT '',
            merit_award TEXT NOT NULL DEFAULT '',
            merit_year INTEGER NOT NULL DEFAULT 0,
            creative_topic TEXT NOT NULL DEFAULT '',
            achievements TEXT NOT NULL DEFAULT '',
            received_date TEXT,
            endorsed INTEGER NOT NULL DEFAULT 0,
            documents TEXT NOT NULL DEFAULT '',
            copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
            soft_copy INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            approved INTEGER NOT NULL DEFAULT 0,
            approved_at TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX nominee_campaign_idx ON nominee(campaign_id, bloc_id)"),
                QStringLiteral("CREATE INDEX nominee_unit_idx ON nominee(unit_id)"),
                QStringLiteral(R"(CREATE TABLE attachment (
            id {PK},
            nominee_id INTEGER NOT NULL REFERENCES nominee(id) ON DELETE CASCADE,
            document_code TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            data {BLOB} NOT NULL,
            added_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX attachment_nominee_idx ON attachment(nominee_id)"),
                QStringLiteral(R"(CREATE TABLE audit_log (
            id {PK},
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_id INTEGER NOT NULL DEFAULT 0,
            details TEXT NOT NULL DEFAULT ''))"),
            });
}

// Version 2: a key/value table for settings that belong to the database (not to
// one PC), e.g. the certificate print layout.
Status addSettingsTable(Database &db)
{
    return runDdl(db, {
                          QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
                      });
}

// Version 3: people across campaigns (issue 18, docs/history.md). A nominee
// links to the person it is; two people a human declared different are kept in
// person_distinct so that matching never joins them again. The dossier gets the
// "đang bị kỷ luật" flag; a campaign gets the HONOURED_BEFORE window in years,
// its tie priority list, per-rule severities and a closed (read-only) flag.
Status addPeopleAndHistory(Database &db)
{
    return runDdl(
        db,
        {
            QStringLiteral(R"(CREATE TABLE person (
            id {PK},
            full_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            birth_date TEXT,
            citizen_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX person_citizen_idx ON person(citizen_id)"),
            QStringLiteral("CREATE INDEX person_name_idx ON person(name_key, birth_date)"),
            QStringLiteral(R"(CREATE TABLE person_distinct (
            id {PK},
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            UNIQUE (person_id, other_id)))"),
            QStringLiteral("ALTER TABLE nominee ADD COLUMN person_id INTEGER REFERENCES person(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE nominee ADD COLUMN disciplined INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX nominee_person_idx ON nominee(person_id)"),
            QStringLiteral("ALTER TABLE campaign ADD COLUMN honoured_before_years INTEGER NOT NULL DEFAULT 0"),
            // Comma-separated keys, most important first: "female,worker" (docs/rules.md).
            QStringLiteral("ALTER TABLE campaign ADD COLUMN tie_priority TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE campaign ADD COLUMN closed INTEGER NOT NULL DEFAULT 0"),
            // A rule's severity in one campaign when it differs from the default.
            QStringLiteral(R"(CREATE TABLE campaign_rule (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'off')),
            UNIQUE (campaign_id, code)))"),
        });
}

// Version 4: the conference day (docs/conference.md). Per campaign: the cost
// lines of the budget estimate, the council's members and its majority rule,
// each nominee's tally, the delegates with their check-in, and the running
// script's batch size.
Status addConferenceTables(Database &db)
{
    return runDdl(
        db, {
                QStringLiteral(R"(CREATE TABLE cost_line (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
            note TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral("CREATE INDEX cost_line_campaign_idx ON cost_line(campaign_id, position)"),
                // One row per campaign when anything differs from the defaults: the
                // majority is "more than numerator/denominator of the members present"
                // (majority_of 'present') or of all members ('members').
                QStringLiteral(R"(CREATE TABLE conference_setting (
            id {PK},
            campaign_id INTEGER NOT NULL UNIQUE REFERENCES campaign(id) ON DELETE CASCADE,
            majority_numerator INTEGER NOT NULL DEFAULT 1 CHECK (majority_numerator > 0),
            majority_denominator INTEGER NOT NULL DEFAULT 2 CHECK (majority_denominator > 0),
            majority_of TEXT NOT NULL DEFAULT 'present' CHECK (majority_of IN ('present', 'members')),
            council_date TEXT,
            council_place TEXT NOT NULL DEFAULT '',
            batch_size INTEGER NOT NULL DEFAULT 10 CHECK (batch_size > 0)))"),
                QStringLiteral(R"(CREATE TABLE council_member (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            full_name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            unit_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'secretary', 'member')),
            present INTEGER NOT NULL DEFAULT 1))"),
                QStringLiteral("CREATE INDEX council_member_campaign_idx ON council_member(campaign_id, position)"),
                QStringLiteral(R"(CREATE TABLE council_vote (
            id {PK},
            nominee_id INTEGER NOT NULL UNIQUE REFERENCES nominee(id) ON DELETE CASCADE,
            agree INTEGER NOT NULL CHECK (agree >= 0),
            disagree INTEGER NOT NULL CHECK (disagree >= 0),
            abstain INTEGER NOT NULL CHECK (abstain >= 0),
            entered_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE delegate (
            id {PK},
            campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            full_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            group_name TEXT NOT NULL DEFAULT '',
            seat_row TEXT NOT NULL DEFAULT '',
            presenter INTEGER NOT NULL DEFAULT 0,
            checked_in_at TEXT))"),
                QStringLiteral("CREATE INDEX delegate_campaign_idx ON delegate(campaign_id, position)"),
            });
}

// Version 5: the conference's start time ("7 giờ 30 phút"), used by the
// programme and the invitations; NULL when not set (documents give the day only).
Status addConferenceStart(Database &db)
{
    return runDdl(db, {
                          QStringLiteral("ALTER TABLE campaign ADD COLUMN conference_start TEXT"),
                      });
}

// Version 6: the review of a nominee with warnings only (docs/rules.md
// "Review"): who, when, why, which warnings and the key of the fields they
// read. reviewed_at NULL = not reviewed.
Status addNomineeReview(Database &db)
{
    return runDdl(db, {
                          QStringLiteral("ALTER TABLE nominee ADD COLUMN reviewed_at TEXT"),
                          QStringLiteral("ALTER TABLE nominee ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("ALTER TABLE nominee ADD COLUMN review_note TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("ALTER TABLE nominee ADD COLUMN review_codes TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("ALTER TABLE nominee ADD COLUMN review_key TEXT NOT NULL DEFAULT ''"),
                      });
}

} // namespace

const std::vector<MigrationStep> &schemaMigrations()
{
    static const std::vector<MigrationStep> steps = {
        { "initial schema", &createVersion1 },
        { "settings table", &addSettingsTable },
        { "people, history rules, closed campaigns", &addPeopleAndHistory },
        { "conference day", &addConferenceTables },
        { "conference start time", &addConferenceStart },
        { "nominee review", &addNomineeReview },
    };
    return steps;
}

Status runDdl(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        // {PK}, {BLOB} and INTEGER as the back-end spells them.
        auto r = db.run(db.sql().ddl(statement), {}, Tr::tr("tạo bảng"));
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace vd
