-- VinhDanh on a shared PostgreSQL server: the three staff roles, enforced by
-- the server itself (not only by hidden buttons).
--
--   vinhdanh_entry     data entry: reads everything; adds, edits and deletes
--                      dossiers (nominees), units and attachments; cannot
--                      approve, and cannot change or delete an approved
--                      dossier (except its link to a person).
--   vinhdanh_approver  everything vinhdanh_entry may do, and approve/unapprove
--                      through vinhdanh_set_approved() only: it checks the
--                      bloc's quota and the criteria the row shows, and
--                      writes the audit row. An approved dossier cannot be
--                      moved to another bloc (unapprove first).
--   vinhdanh_admin     also the campaign, blocs and quotas, settings; the
--                      same limits on approval as approvers.
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
-- Audit: audit_log is append-only for every staff role (no UPDATE, DELETE,
-- TRUNCATE; triggers cannot be disabled without owning the table). Triggers
-- write the login (session_user) and the server's time into every row, and
-- add a row for every change staff make to nominee, bloc and campaign, so a
-- change sent with psql is logged too. The owner of the tables is outside
-- these limits (it can alter the tables anyway): keep it for upgrades.
-- docs/multi-user.md describes what the server checks and how it is tested.

SET client_min_messages = warning;

-- Staff create nothing in the schema (no look-alike tables or functions).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

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
-- The review of a nominee with warnings only ("đã xem xét", docs/rules.md "Review"),
-- recorded by staff and withdrawn when a dossier edit changes what it was about.
GRANT UPDATE (reviewed_at, reviewed_by, review_note, review_codes, review_key) ON nominee TO vinhdanh_entry;
-- The conference day: budget cost lines, council members and tally, delegates
-- and their check-in. The council's majority rule (conference_setting) is the
-- admins'.
GRANT INSERT, UPDATE, DELETE ON cost_line, council_member, council_vote, delegate TO vinhdanh_entry;


-- Approvers: approve and unapprove, only through vinhdanh_set_approved()
-- below (it checks the quota and the stored criteria and writes the audit
-- row). Neither they nor the admins may write nominee.approved/approved_at
-- directly; the column grants of vinhdanh_entry are all they have on nominee.
-- (Earlier versions of this script granted UPDATE on the whole table.)
REVOKE UPDATE ON nominee FROM vinhdanh_approver;

-- Admins: the campaign, lists, blocs and quotas, settings; but not the audit
-- log (append-only), not TRUNCATE (it would skip the row triggers), not
-- TRIGGER (a trigger of their own could rewrite audit rows), and on nominee
-- only the columns data entry has (approval goes through the function).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM vinhdanh_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM vinhdanh_admin;
GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON ALL TABLES IN SCHEMA public TO vinhdanh_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vinhdanh_admin;
REVOKE UPDATE ON nominee FROM vinhdanh_admin;
REVOKE UPDATE, DELETE, REFERENCES ON audit_log FROM vinhdanh_admin;
-- Nobody but the owner changes the audit log, whatever was granted before.
REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON audit_log FROM PUBLIC, vinhdanh_entry,
    vinhdanh_approver, vinhdanh_admin;
REVOKE TRUNCATE, TRIGGER ON ALL TABLES IN SCHEMA public FROM PUBLIC, vinhdanh_entry, vinhdanh_approver;

-- True for the owner of the tables (who migrates and copies data), a
-- superuser, or a member of `role`.
CREATE OR REPLACE FUNCTION vinhdanh_may(role name, tbl regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_has_role(current_user, role, 'MEMBER')
        OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = tbl), 'MEMBER')
$$;

-- True for the owner of the tables or a superuser: also inside the SECURITY
-- DEFINER functions below, which run as the owner.
CREATE OR REPLACE FUNCTION vinhdanh_owns(tbl regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = tbl), 'MEMBER')
$$;

-- The time written into audit rows: the server's clock, in the program's
-- format (ISO 8601 UTC with milliseconds).
CREATE OR REPLACE FUNCTION vinhdanh_now() RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Approving and unapproving: the only way for staff. Runs as the owner of
-- the tables. In one go, all or nothing:
--   * waits for its turn per campaign (the same advisory lock as the program,
--     Database::lockForApproval) and locks the blocs concerned (FOR UPDATE);
--   * approving: refuses unknown ids, nominees that fail a criterion the row
--     itself shows (NOT_UNION_MEMBER, NO_APPLIED_INITIATIVE, NOT_RECEIVED,
--     LATE_SUBMISSION, NO_ENDORSEMENT) and any bloc whose approved count would
--     pass its quota;
--   * writes approved/approved_at and one audit row per nominee, with the
--     login (session_user) that called it.
-- Returns how many nominees changed. Nominees already in the wanted state are
-- left alone. Errors: SQLSTATE 23514 (a rule or the quota), 22023 (unknown id).
CREATE OR REPLACE FUNCTION vinhdanh_set_approved(p_ids bigint[], p_approved boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_now text := vinhdanh_now();
    v_missing bigint;
    v_problems text[] := '{}';
    v_changed bigint[];
    r record;
BEGIN
    IF p_ids IS NULL OR p_approved IS NULL THEN
        RAISE EXCEPTION 'vinhdanh_set_approved: thiếu danh sách mã hoặc trạng thái duyệt'
            USING ERRCODE = '22023';
    END IF;
    -- Turns per campaign (two int4 keys, as pg_advisory_xact_lock(int, int) in the program).
    FOR r IN SELECT DISTINCT campaign_id FROM nominee WHERE id = ANY (p_ids) ORDER BY campaign_id LOOP
        PERFORM pg_advisory_xact_lock(1447317064, r.campaign_id::integer);
    END LOOP;
    PERFORM 1 FROM bloc WHERE id IN (SELECT bloc_id FROM nominee WHERE id = ANY (p_ids))
        ORDER BY id FOR UPDATE;

    SELECT i INTO v_missing FROM unnest(p_ids) AS i WHERE NOT EXISTS (SELECT 1 FROM nominee WHERE id = i) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Không có người được đề nghị mã %.', v_missing USING ERRCODE = '22023';
    END IF;

    SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO v_changed FROM nominee
        WHERE id = ANY (p_ids) AND (approved <> 0) IS DISTINCT FROM p_approved;
    IF cardinality(v_changed) = 0 THEN
        RETURN 0;
    END IF;

    IF p_approved THEN
        FOR r IN
            SELECT n.id, n.full_name,
                   array_remove(ARRAY[
                       CASE WHEN n.union_member = 0 THEN 'NOT_UNION_MEMBER' END,
                       CASE WHEN n.initiative ~ '^\s*$' OR n.initiative_decision ~ '^\s*$'
                            THEN 'NO_APPLIED_INITIATIVE' END,
                       CASE WHEN coalesce(n.received_date, '') = '' THEN 'NOT_RECEIVED' END,
                       CASE WHEN coalesce(n.received_date, '') <> '' AND coalesce(c.deadline, '') <> ''
                                 AND (n.received_date > c.deadline
                                      OR (c.deadline_inclusive = 0 AND n.received_date = c.deadline))
                            THEN 'LATE_SUBMISSION' END,
                       CASE WHEN n.endorsed = 0 THEN 'NO_ENDORSEMENT' END], NULL) AS codes
            FROM nominee n JOIN campaign c ON c.id = n.campaign_id
            WHERE n.id = ANY (v_changed)
            ORDER BY n.id
        LOOP
            IF cardinality(r.codes) > 0 THEN
                v_problems := v_problems || format('%s (mã %s): %s', r.full_name, r.id, array_to_string(r.codes, ', '));
            END IF;
        END LOOP;
        FOR r IN
            SELECT b.name, b.quota,
                   (SELECT count(*) FROM nominee a WHERE a.bloc_id = b.id AND a.approved <> 0) AS approved,
                   (SELECT count(*) FROM nominee a WHERE a.bloc_id = b.id AND a.id = ANY (v_changed)) AS added
            FROM bloc b
            WHERE b.id IN (SELECT bloc_id FROM nominee WHERE id = ANY (v_changed))
            ORDER BY b.display_order, b.id
        LOOP
            IF r.approved + r.added > r.quota THEN
                v_problems := v_problems || format('Khối %s: chỉ tiêu %s, đã duyệt %s, đề nghị thêm %s',
                                                   r.name, r.quota, r.approved, r.added);
            END IF;
        END LOOP;
        IF cardinality(v_problems) > 0 THEN
            RAISE EXCEPTION 'Không duyệt được (không có gì thay đổi): %', array_to_string(v_problems, '; ')
                USING ERRCODE = '23514';
        END IF;
    END IF;

    UPDATE nominee
        SET approved = CASE WHEN p_approved THEN 1 ELSE 0 END,
            approved_at = CASE WHEN p_approved THEN v_now END,
            version = version + 1, updated_at = v_now
        WHERE id = ANY (v_changed);
    INSERT INTO audit_log (at, os_user, action, entity, entity_id, details)
        SELECT v_now, session_user, CASE WHEN p_approved THEN 'approve' ELSE 'unapprove' END, 'nominee', i, ''
        FROM unnest(v_changed) AS i ORDER BY i;
    RETURN cardinality(v_changed);
END
$$;
REVOKE ALL ON FUNCTION vinhdanh_set_approved(bigint[], boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vinhdanh_set_approved(bigint[], boolean) TO vinhdanh_approver;
-- A SECURITY DEFINER function runs as its owner: the owner of the tables, even
-- when a superuser runs this script.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION vinhdanh_set_approved(bigint[], boolean) OWNER TO %I',
                   (SELECT relowner::regrole::text FROM pg_class WHERE oid = 'nominee'::regclass));
END
$$;

-- What staff may do to a nominee row, whatever they send (the owner and the
-- functions above are not limited):
--   * nobody approves directly: not by INSERT of an approved row, not by UPDATE;
--   * an approved row: data entry may change nothing but its person link, nor
--     delete it; approvers and admins may not move it to another bloc or
--     campaign (unapprove first, so that the quota is checked again).
CREATE OR REPLACE FUNCTION vinhdanh_guard_approval() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_changed text[];
BEGIN
    IF vinhdanh_owns(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.approved <> 0 THEN
            RAISE EXCEPTION 'permission denied: % không được thêm hồ sơ đã duyệt; duyệt qua vinhdanh_set_approved()',
                session_user USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.approved <> 0 AND NOT vinhdanh_may('vinhdanh_approver', TG_RELID) THEN
            RAISE EXCEPTION 'permission denied: % không được xóa hồ sơ đã duyệt (mã %)', session_user, OLD.id
                USING ERRCODE = '42501';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.approved IS DISTINCT FROM OLD.approved OR NEW.approved_at IS DISTINCT FROM OLD.approved_at THEN
        RAISE EXCEPTION 'permission denied: % không được ghi duyệt trực tiếp (mã %); duyệt qua vinhdanh_set_approved()',
            session_user, OLD.id USING ERRCODE = '42501';
    END IF;
    IF OLD.approved <> 0 THEN
        IF NOT vinhdanh_may('vinhdanh_approver', TG_RELID) THEN
            SELECT array_agg(n.key ORDER BY n.key) INTO v_changed
                FROM jsonb_each(to_jsonb(NEW)) AS n
                WHERE n.key NOT IN ('person_id', 'version', 'updated_at')
                  AND to_jsonb(OLD) -> n.key IS DISTINCT FROM n.value;
            IF v_changed IS NOT NULL THEN
                RAISE EXCEPTION 'permission denied: % không được sửa hồ sơ đã duyệt (mã %, cột %)',
                    session_user, OLD.id, array_to_string(v_changed, ', ') USING ERRCODE = '42501';
            END IF;
        ELSIF NEW.bloc_id IS DISTINCT FROM OLD.bloc_id OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id THEN
            RAISE EXCEPTION 'permission denied: % không được chuyển hồ sơ đã duyệt sang khối khác (mã %); bỏ duyệt trước',
                session_user, OLD.id USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS vinhdanh_guard_approval ON nominee;
CREATE TRIGGER vinhdanh_guard_approval BEFORE INSERT OR UPDATE OR DELETE ON nominee
    FOR EACH ROW EXECUTE FUNCTION vinhdanh_guard_approval();

-- Every change staff make to nominees, blocs (quotas) and campaigns leaves an
-- audit row, whichever program sent it: action db.insert / db.update /
-- db.delete, entity = the table, details = the changed columns (db.update) or
-- the name (db.delete). The program's own rows (approve, nominee.update, ...)
-- come on top. Changes made by the owner of the tables (schema upgrades,
-- `migrate`) and inside vinhdanh_set_approved() (which writes its own rows)
-- are not repeated here.
CREATE OR REPLACE FUNCTION vinhdanh_audit_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_row jsonb;
    v_details text := '';
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(string_agg(n.key, ',' ORDER BY n.key), '') INTO v_details
            FROM jsonb_each(to_jsonb(NEW)) AS n
            WHERE n.key NOT IN ('version', 'updated_at') AND to_jsonb(OLD) -> n.key IS DISTINCT FROM n.value;
        IF v_details = '' THEN
            RETURN NULL;
        END IF;
        v_row := to_jsonb(NEW);
    ELSIF TG_OP = 'DELETE' THEN
        v_row := to_jsonb(OLD);
        v_details := coalesce(v_row ->> 'full_name', v_row ->> 'name', '');
    ELSE
        v_row := to_jsonb(NEW);
    END IF;
    INSERT INTO audit_log (at, os_user, action, entity, entity_id, details)
        VALUES (vinhdanh_now(), session_user, 'db.' || lower(TG_OP), TG_TABLE_NAME, (v_row ->> 'id')::bigint, v_details);
    RETURN NULL;
END
$$;
-- Constraint triggers, deferred to COMMIT: an audit row written at once would
-- take the next value of audit_log's sequence, and libpq clients (Qt's QPSQL
-- among them) read the id of a row just inserted with lastval(). WHEN is
-- decided at the time of the change, so changes the owner or
-- vinhdanh_set_approved() make are never queued.
DROP TRIGGER IF EXISTS vinhdanh_audit_change ON nominee;
CREATE CONSTRAINT TRIGGER vinhdanh_audit_change AFTER INSERT OR UPDATE OR DELETE ON nominee
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT vinhdanh_owns('nominee'))
    EXECUTE FUNCTION vinhdanh_audit_change();
DROP TRIGGER IF EXISTS vinhdanh_audit_change ON bloc;
CREATE CONSTRAINT TRIGGER vinhdanh_audit_change AFTER INSERT OR UPDATE OR DELETE ON bloc
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT vinhdanh_owns('bloc'))
    EXECUTE FUNCTION vinhdanh_audit_change();
DROP TRIGGER IF EXISTS vinhdanh_audit_change ON campaign;
CREATE CONSTRAINT TRIGGER vinhdanh_audit_change AFTER INSERT OR UPDATE OR DELETE ON campaign
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT vinhdanh_owns('campaign'))
    EXECUTE FUNCTION vinhdanh_audit_change();

-- The audit log names the login (session_user, which SET ROLE does not
-- change) and the server's time; staff cannot write another name or date.
-- Only the owner of the tables (copying a history in with `migrate`) keeps
-- what it sends.
CREATE OR REPLACE FUNCTION vinhdanh_audit_user() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT vinhdanh_owns(TG_RELID) THEN
        NEW.os_user := session_user;
        NEW.at := vinhdanh_now();
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS vinhdanh_audit_user ON audit_log;
CREATE TRIGGER vinhdanh_audit_user BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vinhdanh_audit_user();
-- A belt to the grants' braces: no UPDATE, DELETE or TRUNCATE of the audit
-- log by anyone but the owner, even if someone grants it later.
CREATE OR REPLACE FUNCTION vinhdanh_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT vinhdanh_owns(TG_RELID) THEN
        RAISE EXCEPTION 'permission denied: nhật ký thao tác chỉ được ghi thêm (% bị từ chối)', TG_OP
            USING ERRCODE = '42501';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
DROP TRIGGER IF EXISTS vinhdanh_audit_append_only ON audit_log;
CREATE TRIGGER vinhdanh_audit_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vinhdanh_audit_append_only();
DROP TRIGGER IF EXISTS vinhdanh_audit_no_truncate ON audit_log;
CREATE TRIGGER vinhdanh_audit_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vinhdanh_audit_append_only();
