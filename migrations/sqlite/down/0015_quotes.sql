-- Reverses 0015_quotes.sql: the quotes go; project_venues.quoted_price keeps the latest quote's
-- total it had, and can be written directly again.
-- loses: quotes

DROP TRIGGER project_venues_quoted_price_follows_quotes;
DROP TABLE quotes;
