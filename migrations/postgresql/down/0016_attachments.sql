-- Reverses 0016_attachments.sql: the venues' and shortlisted venues' files go.
-- loses: attachments

DROP TABLE attachments;
