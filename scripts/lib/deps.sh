# Installs the Debian packages VenueMap needs to build, run and test, when they are missing.
# Sourced by scripts/run, scripts/test, scripts/bench, scripts/package and scripts/check-fresh.
# Installs with --no-install-recommends, so every package the build reads is named here even
# when another package merely recommends it (qt6-charts-dev's CMake config needs Qt6OpenGL,
# which only libqt6opengl6-dev ships). scripts/check-fresh proves the lists on a clean root.

venuemap_build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    libqt6sql6-psql libqt6sql6-sqlite libsodium-dev
    fonts-dejavu-core
    # Translations: Qt6LinguistTools (CMake) and lupdate/lrelease; Qt's own for its dialogs.
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)
venuemap_test_packages=(
    postgresql-15 postgresql-client-15 poppler-utils sqlite3 xvfb xauth pgbouncer
    clang clang-format libclang-rt-14-dev desktop-file-utils appstream
)
# scripts/package: CPack's dpkg-shlibdeps computes Depends and reads `file`; lintian checks the .deb.
venuemap_package_packages=(dpkg-dev file lintian)

# venuemap_ensure_packages PKG...: installs the missing ones (with sudo when not root). Returns 1
# with one sentence on stderr when it cannot: not root and no sudo, or no package registry.
venuemap_ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "VenueMap needs these Debian packages, and installing them needs root or sudo:" >&2
            echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    local log
    log=$(mktemp)
    "${sudo[@]}" apt-get update -qq >"$log" 2>&1 || true
    if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        local still=()
        for pkg in "${missing[@]}"; do
            dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || still+=("$pkg")
        done
        if [ ${#still[@]} -gt 0 ]; then
            echo "Could not install ${still[*]} from the package registry (no network access to it?); apt said: $(grep -E '^(E|W):' "$log" | head -1)" >&2
            [ -n "${VENUEMAP_VERBOSE:-}" ] && cat "$log" >&2
            rm -f "$log"
            return 1
        fi
    fi
    rm -f "$log"
}
