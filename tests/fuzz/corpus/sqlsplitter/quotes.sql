SELECT 'a;b'; /* c; /* d */ */ SELECT $t$ x; $t$; -- e;
SELECT "f;"