-- Colleagues' changes, live (issue 18), for the tables issue 14 added after 0013: a project's
-- date ranges, quotes and files are announced on venuemap_changes like the rest (one payload per
-- row with its project; one per statement above 200 rows). Date ranges and quotes use 0013's
-- function; files have their own, which never reads a file's content (to_jsonb of a row would
-- turn 25 MB of bytes into text just to drop them).

CREATE FUNCTION venuemap_notify_file_changes() RETURNS trigger
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
            'id', c.id,
            'p', (SELECT pv.project_id FROM project_venues pv WHERE pv.id = c.project_venue_id),
            'by', session_user)::text)
    FROM changed c;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION venuemap_notify_file_changes() FROM PUBLIC;

DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['project_dates', 'quotes', 'attachments']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION %I()', v_table || '_notify_insert', v_table,
            CASE v_table WHEN 'attachments' THEN 'venuemap_notify_file_changes'
                         ELSE 'venuemap_notify_changes' END);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION %I()', v_table || '_notify_update', v_table,
            CASE v_table WHEN 'attachments' THEN 'venuemap_notify_file_changes'
                         ELSE 'venuemap_notify_changes' END);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
            'FOR EACH STATEMENT EXECUTE FUNCTION %I()', v_table || '_notify_delete', v_table,
            CASE v_table WHEN 'attachments' THEN 'venuemap_notify_file_changes'
                         ELSE 'venuemap_notify_changes' END);
    END LOOP;
END
$$;
