#!/bin/sh
# Installs the C libraries bilateral builds against, if they are missing:
# libxml2, SQLite, zlib and jemalloc development files, and pkg-config.
# Works on a fresh Debian/Ubuntu machine that has only the Swift toolchain.
set -eu
missing=""
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"
for pc in libxml-2.0:libxml2-dev sqlite3:libsqlite3-dev zlib:zlib1g-dev jemalloc:libjemalloc-dev; do
    module=${pc%%:*}
    package=${pc#*:}
    if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists "$module"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    echo "bootstrap: installing$missing" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
else
    echo "bootstrap: libxml2, SQLite, zlib and jemalloc development files present" >&2
fi
