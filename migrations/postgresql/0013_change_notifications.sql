-- Colleagues' changes, live (issue 18): every change to the rows a window shows is announced on
-- the channel venuemap_changes of this database, whoever makes it (the app, venuemapctl, the
-- agency's existing backend), so open windows update without a refresh. NOTIFY is per database:
-- a second VenueMap database on the same server has its own announcements.
--
-- One payload per changed row, JSON: {"t": table, "op": insert|update|delete, "id": row id,
-- "v": version (when the table has one), "p": the project it belongs to (when it does),
-- "by": the login that changed it}. A statement changing more than 200 rows announces itself
-- once instead ({"t": table, "op": ..., "n": rows}), so an import does not flood the listeners;
-- notifications of one transaction reach listeners at its commit, and not at all on rollback.
-- Statement-level triggers with transition tables: one trigger call per statement.

CREATE FUNCTION venuemap_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_rows bigint;
BEGIN
    SELECT count(*) INTO v_rows FROM changed;
    IF v_rows = 0 THEN
        RETURN NULL;
    END IF;
    IF v_rows > 200 THEN
        PERFORM pg_notify('venuemap_changes', json_build_object(
            't', TG_TABLE_NAME, 'op', lower(TG_OP), 'n', v_rows, 'by', session_user)::text);
        RETURN NULL;
    END IF;
    PERFORM pg_notify('venuemap_changes', json_build_object(
            't', TG_TABLE_NAME,
            'op', lower(TG_OP),
            'id', r.row ->> 'id',
            'v', (r.row ->> 'version')::integer,
            'p', coalesce(r.row ->> 'project_id',
                (SELECT pv.project_id::text FROM project_venues pv
                 WHERE pv.id = (r.row ->> 'project_venue_id')::uuid)),
            'by', session_user)::text)
    FROM (SELECT to_jsonb(c) - 'content' - 'data' AS row FROM changed c) r;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION venuemap_notify_changes() FROM PUBLIC;

DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['venues', 'projects', 'project_venues', 'holds',
        'activity_logs']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes()',
            v_table || '_notify_insert', v_table);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes()',
            v_table || '_notify_update', v_table);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes()',
            v_table || '_notify_delete', v_table);
    END LOOP;
END
$$;
