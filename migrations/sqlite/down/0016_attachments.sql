-- Reverses 0016_attachments.sql: the venues' and shortlisted venues' files go.
-- loses: attachments

DROP TRIGGER attachments_leave_shortlist;
DROP TABLE attachments;
