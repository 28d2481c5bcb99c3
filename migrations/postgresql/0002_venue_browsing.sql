-- Venue browsing (issue 3): the orders of the "show deleted" list get their own small partial
-- indexes, and the planner's row estimate is readable with bound values (for the count label).

CREATE INDEX venues_deleted_city_idx ON venues (city, name, id) WHERE is_deleted;
CREATE INDEX venues_deleted_capacity_idx ON venues (capacity, id) WHERE is_deleted;
CREATE INDEX venues_deleted_rating_idx ON venues (rating, id) WHERE is_deleted;

-- The planner's plan for `query` (a SELECT written by the application, never by a person),
-- whose values arrive as $1, a text array, so EXPLAIN never sees user text as SQL. It runs with
-- the caller's rights and only plans the query: the count label's estimate and the plan tests.
CREATE FUNCTION venuemap_plan(query text, args text[]) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan USING args;
    RETURN plan;
END;
$$;

CREATE FUNCTION venuemap_plan_rows(query text, args text[]) RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    SELECT (venuemap_plan(query, args) -> 0 -> 'Plan' ->> 'Plan Rows')::numeric::bigint
$$;
