#!/usr/bin/env bash
# The set-up scripts' answers when they cannot do their job (issue: delivery). Each case runs the
# real scripts/lib/deps.sh or scripts/check-fresh with stand-in commands on PATH that behave like
# a machine without network, without root, or without privileges.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The stand-ins below go into $work/bin: without a folder of its own (mktemp failing on a full
# disk) they would land in /bin and replace the machine's apt-get, dpkg-query and id. Stop instead.
work=$(mktemp -d) || { echo "FAIL!  : cannot make a temporary folder (disk full?)"; exit 1; }
if [ -z "$work" ] || [ ! -d "$work" ] || [ "$work" = / ]; then
    echo "FAIL!  : no temporary folder to work in"
    exit 1
fi
trap 'rm -rf "$work"' EXIT
failures=0
passed=0
check() { # check NAME CONDITION-EXIT-CODE
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS   : $1"; else failures=$((failures + 1)); echo "FAIL!  : $1"; fi
}

# A PATH with the system's commands except sudo (this test must never reach the real one), and
# stand-ins in front: every package is missing; apt-get fails as it does without network.
mkdir -p "$work/bin" "$work/sys"
for dir in /usr/sbin /usr/bin /sbin /bin; do
    for cmd in "$dir"/*; do
        name=${cmd##*/}
        [ "$name" = sudo ] || [ -e "$work/sys/$name" ] || ln -s "$cmd" "$work/sys/$name"
    done
done
cat > "$work/bin/dpkg-query" <<'SH'
#!/bin/sh
exit 1
SH
cat > "$work/bin/apt-get" <<'SH'
#!/bin/sh
case "$*" in
  *update*) echo "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'" >&2; exit 0 ;;
  *) echo "E: Unable to locate package libqt6opengl6-dev" >&2; exit 100 ;;
esac
SH
cat > "$work/bin/id" <<'SH'
#!/bin/sh
[ "$1" = "-u" ] && { echo "${FAKE_UID:-0}"; exit 0; }
exec /usr/bin/id "$@"
SH
chmod +x "$work/bin/"*

# 1. No network: one sentence naming the packages, exit 1, nothing else.
out=$(PATH="$work/bin:$work/sys" bash -c "source '$top/scripts/lib/deps.sh'; venuemap_ensure_packages qt6-base-dev libqt6opengl6-dev" 2>&1 >/dev/null)
status=$?
echo "$out"
[ $status -eq 1 ] && [ "$(echo "$out" | wc -l)" -eq 1 ] && [[ "$out" == *"qt6-base-dev libqt6opengl6-dev"* ]] && [[ "$out" == *"package registry"* ]]
check "noNetworkNamesThePackagesInOneSentence" $?

# 2. Not root and no sudo: says which packages to install, exit 1, runs no apt-get.
rm -f "$work/apt-ran"
cat > "$work/bin/apt-get" <<SH
#!/bin/sh
touch "$work/apt-ran"; exit 0
SH
out=$(FAKE_UID=1000 PATH="$work/bin:$work/sys" bash -c "source '$top/scripts/lib/deps.sh'; venuemap_ensure_packages qt6-base-dev postgresql-15" 2>&1)
status=$?
echo "$out"
[ $status -eq 1 ] && [[ "$out" == *"apt-get install --no-install-recommends qt6-base-dev postgresql-15"* ]] && [ ! -e "$work/apt-ran" ]
check "withoutRootOrSudoSaysWhatToInstall" $?

# 3. scripts/run stops with that sentence and exit 1 (before any build).
out=$(FAKE_UID=1000 PATH="$work/bin:$work/sys" "$top/scripts/run" --version 2>&1)
status=$?
[ $status -eq 1 ] && [[ "$out" == *"needs root or sudo"* ]]
check "scriptsRunExitsOneWithTheSentence" $?

# 4. scripts/check-fresh without privileges: says why, exit 2, no mounts, no root left behind.
before=$(findmnt -n -l -o TARGET | grep -c venuemap-fresh)
out=$(FAKE_UID=1000 PATH="$work/bin:$work/sys" "$top/scripts/check-fresh" 2>&1)
status=$?
echo "$out"
after=$(findmnt -n -l -o TARGET | grep -c venuemap-fresh)
[ $status -eq 2 ] && [[ "$out" == *"needs root"* ]] && [ "$before" -eq "$after" ]
check "checkFreshWithoutPrivilegesExitsTwo" $?

echo "Totals: $passed passed, $failures failed"
[ $failures -eq 0 ]
