-- VinhDanh on a shared PostgreSQL server: the three staff roles, enforced by
-- the server itself (not only by hidden buttons).
--
--   vinhdanh_entry     data entry: reads everything; adds, edits and deletes
--                      dossiers (nominees), units and attachments; cannot
--                      approve (no UPDATE on nominee.approved/approved_at, and
--                      a trigger refuses inserting an approved nominee).
--   vinhdanh_approver  everything vinhdanh_entry may do, and approve/unapprove.
--   vinhdanh_admin     everything: campaign, blocs and quotas, settings.
--
-- The three are group roles (NOLOGIN). Each member of staff gets a login in
-- one of them, for example:
--   CREATE ROLE nguyen_van_a LOGIN PASSWORD '...' IN ROLE vinhdanh_entry;
--
-- Run it in the VinhDanh database AFTER the tables exist (first
-- `vinhdanh-cli --db postgresql://OWNER@SERVER/DB init`), as the owner of the
-- tables or a superuser; creating the roles needs CREATEROLE. It can be run
-- again at any time (and must be, after an upgrade of VinhDanh adds tables):
--   psql "postgresql://OWNER@SERVER/DB" -v ON_ERROR_STOP=1 -f pg-setup-roles.sql
-- Audit: every row of audit_log written by a staff login records the
-- database user (current_user); a trigger makes sure it cannot be forged.

SET client_min_messages = warning;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vinhdanh_entry') THEN
        CREATE ROLE vinhdanh_entry NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vinhdanh_approver') THEN
        CREATE ROLE vinhdanh_approver NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vinhdanh_admin') THEN
        CREATE ROLE vinhdanh_admin NOLOGIN;
    END IF;
END
$$;

GRANT vinhdanh_entry TO vinhdanh_approver;
GRANT vinhdanh_approver TO vinhdanh_admin;

-- Everyone: read every table (including vinhdanh_meta, the schema version).
GRANT USAGE ON SCHEMA public TO vinhdanh_entry;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO vinhdanh_entry;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vinhdanh_entry;

-- Data entry: dossiers, units, attachments; the audit log is append-only.
GRANT INSERT, UPDATE, DELETE ON unit, attachment TO vinhdanh_entry;
GRANT INSERT, DELETE ON nominee TO vinhdanh_entry;
GRANT UPDATE (campaign_id, full_name, name_key, gender, birth_date, citizen_id, position, unit_id,
              bloc_id, category, union_member, emulation_title, initiative, initiative_decision,
              merit_award, merit_year, creative_topic, achievements, received_date, endorsed,
              documents, copies, soft_copy, notes, version, created_at, updated_at)
    ON nominee TO vinhdanh_entry;
GRANT INSERT ON audit_log TO vinhdanh_entry;
-- People across campaigns (matching, merge and split are data entry's work).
GRANT INSERT, UPDATE, DELETE ON person, person_distinct TO vinhdanh_entry;
GRANT UPDATE (person_id, disciplined) ON nominee TO vinhdanh_entry;
-- The conference day: budget cost lines, council members and tally, delegates
-- and their check-in. The council's majority rule (conference_setting) is the
-- admins'.
GRANT INSERT, UPDATE, DELETE ON cost_line, council_member, council_vote, delegate TO vinhdanh_entry;

-- Approvers: also the approval columns.
GRANT UPDATE ON nominee TO vinhdanh_approver;

-- Admins: everything (campaign, lists, blocs and quotas, settings).
GRANT ALL ON ALL TABLES IN SCHEMA public TO vinhdanh_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO vinhdanh_admin;

-- True for the owner of the tables (who migrates and copies data), a
-- superuser, or a member of `role`.
CREATE OR REPLACE FUNCTION vinhdanh_may(role name, tbl regclass) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, role, 'MEMBER')
        OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = tbl), 'MEMBER')
$$;

-- Inserting an already approved nominee is approving it.
CREATE OR REPLACE FUNCTION vinhdanh_guard_approval() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.approved <> 0 AND NOT vinhdanh_may('vinhdanh_approver', TG_RELID) THEN
        RAISE EXCEPTION 'permission denied: % may not approve nominees (role vinhdanh_approver)', current_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS vinhdanh_guard_approval ON nominee;
CREATE TRIGGER vinhdanh_guard_approval BEFORE INSERT ON nominee
    FOR EACH ROW EXECUTE FUNCTION vinhdanh_guard_approval();

-- The audit log names the database user; staff cannot write another name.
CREATE OR REPLACE FUNCTION vinhdanh_audit_user() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT vinhdanh_may('vinhdanh_admin', TG_RELID) THEN
        NEW.os_user := current_user;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS vinhdanh_audit_user ON audit_log;
CREATE TRIGGER vinhdanh_audit_user BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vinhdanh_audit_user();
