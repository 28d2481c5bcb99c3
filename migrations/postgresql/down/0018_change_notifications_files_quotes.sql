-- Reverses 0018: date ranges, quotes and files are no longer announced (nothing is lost).
DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['project_dates', 'quotes', 'attachments']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', v_table || '_notify_insert', v_table);
        EXECUTE format('DROP TRIGGER %I ON %I', v_table || '_notify_update', v_table);
        EXECUTE format('DROP TRIGGER %I ON %I', v_table || '_notify_delete', v_table);
    END LOOP;
END
$$;
DROP FUNCTION venuemap_notify_file_changes();
