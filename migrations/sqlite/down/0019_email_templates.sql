-- Reverses 0019_email_templates.sql (SQLite): the team's own email templates go; the outreach
-- emails use the built-in texts again.
-- loses: email_templates

DROP TABLE email_templates;
