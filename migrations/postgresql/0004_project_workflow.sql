-- Projects and outreach: the order of venues in a proposal, the facilities a project needs
-- (for venue suggestions), and an index for the chase list.

ALTER TABLE project_venues ADD COLUMN sort_order integer NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN required_facilities text[] NOT NULL DEFAULT '{}';

CREATE INDEX project_venues_project_order_idx ON project_venues (project_id, sort_order);
CREATE INDEX project_venues_waiting_idx ON project_venues (sent_at)
    WHERE outreach_status IN ('sent', 'awaiting');
CREATE INDEX catering_providers_live_name_idx ON catering_providers (name, id) WHERE NOT is_deleted;
