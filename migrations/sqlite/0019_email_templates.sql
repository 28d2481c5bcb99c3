-- Editable outreach email templates (issue 15), embedded mode: the subject and body of the email
-- to a venue, per language of client documents and per kind ('request': the availability and
-- quote request; 'chase': the reminder to a venue that has not answered). A language and kind
-- without a row uses the app's built-in text in that language.
--
-- Accounts are app-level in a SQLite file; the one rule kept here as well: a row is written only
-- in the name of an active admin (updated_by). Removing a row (back to the built-in text) is
-- checked by the app alone.

CREATE TABLE email_templates (
    id         TEXT PRIMARY KEY NOT NULL,
    language   TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'),
    kind       TEXT NOT NULL CHECK (kind IN ('request', 'chase')),
    subject    TEXT NOT NULL CHECK (trim(subject) <> '' AND length(subject) <= 255
                                    AND instr(subject, char(10)) = 0),
    body       TEXT NOT NULL CHECK (trim(body) <> '' AND length(body) <= 20000),
    version    INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT email_templates_one_per_language UNIQUE (language, kind)
);

CREATE TRIGGER email_templates_admins_only_insert BEFORE INSERT ON email_templates
WHEN NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.updated_by AND role = 'admin' AND is_active = 1)
BEGIN
    SELECT RAISE(ABORT, 'only an admin changes the email templates');
END;
-- Not on updated_by alone: removing a person sets it to NULL (ON DELETE SET NULL).
CREATE TRIGGER email_templates_admins_only_update
BEFORE UPDATE OF id, language, kind, subject, body, version ON email_templates
WHEN NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.updated_by AND role = 'admin' AND is_active = 1)
BEGIN
    SELECT RAISE(ABORT, 'only an admin changes the email templates');
END;
