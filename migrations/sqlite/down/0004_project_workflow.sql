-- Down step of 0004_project_workflow.sql: the proposal order of shortlisted venues and the
-- facilities a project needs go.
-- loses: project_venues.sort_order when sort_order <> 0
-- loses: projects.required_facilities when required_facilities <> '[]'
DROP INDEX catering_providers_live_name_idx;
DROP INDEX project_venues_waiting_idx;
DROP INDEX project_venues_project_order_idx;
ALTER TABLE projects DROP COLUMN required_facilities;
ALTER TABLE project_venues DROP COLUMN sort_order;
