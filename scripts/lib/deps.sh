# Installs the Debian packages VenueMap needs to build, run and test, when they are missing.
# Sourced by scripts/run, scripts/test and scripts/bench.

venuemap_build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qtkeychain-qt6-dev libgl-dev
    libqt6sql6-psql libqt6sql6-sqlite libsodium-dev
    fonts-dejavu-core
)
venuemap_test_packages=(
    postgresql-15 postgresql-client-15 poppler-utils sqlite3 xvfb xauth
    clang libclang-rt-14-dev
)

venuemap_ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
