#!/usr/bin/env bash
# Importing venues with venuemapctl against psql's \copy of the same file (the budget: the import
# takes at most 3x the time of \copy). Not part of the test run.
#   tests/bench/import_vs_copy.sh VENUEMAPCTL POSTGRESQL_URL_OF_A_SUPERUSER [ROWS]
# Creates two scratch databases on that server, writes ROWS valid venues (default 100,000) as
# CSV, loads one database with \copy and the other with `venuemapctl import venues`, prints both
# times and the ratio, and drops the scratch databases.
set -euo pipefail
ctl=${1:?venuemapctl path}
admin=${2:?postgresql:// URL of a superuser}
rows=${3:-100000}
work=$(mktemp -d)
base=${admin%/*}
suffix=$$
copy_db=vm_bench_copy_$suffix
import_db=vm_bench_import_$suffix
cleanup() {
    psql -q "$admin" -c "DROP DATABASE IF EXISTS $copy_db" -c "DROP DATABASE IF EXISTS $import_db" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 - "$work/venues.csv" "$rows" <<'PY'
import csv, random, sys
path, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(6)
cities = [("Lisbon", "Portugal"), ("Porto", "Portugal"), ("Madrid", "Spain"), ("Berlin", "Germany"),
          ("Lyon", "France"), ("Amsterdam", "Netherlands"), ("Vienna", "Austria"), ("Milan", "Italy")]
kinds = ["Hall", "Loft", "Palace", "Warehouse", "Gardens", "Rooftop", "Cellars", "Pavilion"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "address", "city", "country", "capacity", "rating", "contact_name", "contact_email",
                "contact_phone", "website", "notes", "latitude", "longitude"])
    for i in range(rows):
        city, country = cities[i % len(cities)]
        name = f"{rng.choice(kinds)} {i:06d}"
        w.writerow([name, f"{rng.randint(1, 400)} Rua \"Nova\", {rng.randint(1, 9)}F", city, country,
                    rng.randint(20, 3000), f"{rng.randint(0, 50) / 10:.1f}", "Dana Contact",
                    f"events{i}@venue{i % 977}.example", "+351 21 000 0000", f"www.venue{i}.example",
                    "Terrace, stage and a quiet room; loading dock at the rear.",
                    f"{rng.uniform(36, 55):.6f}", f"{rng.uniform(-9, 20):.6f}"])
PY

psql -q "$admin" -c "CREATE DATABASE $copy_db" -c "CREATE DATABASE $import_db" >/dev/null
"$ctl" --db "$base/$copy_db" migrate up >/dev/null
"$ctl" --db "$base/$import_db" migrate up >/dev/null

columns="name, address, city, country, capacity, rating, contact_name, contact_email, contact_phone, website, notes, latitude, longitude"
start=$(date +%s.%N)
psql -q "$base/$copy_db" -c "\\copy venues ($columns) FROM '$work/venues.csv' WITH (FORMAT csv, HEADER true)"
copy_s=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
"$ctl" --db "$base/$import_db" import venues "$work/venues.csv" | tail -1
import_s=$(echo "$(date +%s.%N) - $start" | bc)

copied=$(psql -qtA "$base/$copy_db" -c "SELECT count(*) FROM venues")
imported=$(psql -qtA "$base/$import_db" -c "SELECT count(*) FROM venues")
printf 'rows: %s\npsql \\copy: %.2f s (%s venues)\nvenuemapctl import: %.2f s (%s venues)\nratio: %.2f (budget 3.00)\n' \
    "$rows" "$copy_s" "$copied" "$import_s" "$imported" "$(echo "$import_s / $copy_s" | bc -l)"
