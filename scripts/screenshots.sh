#!/usr/bin/env bash
# Makes the README screenshots: runs the real program under Xvfb on a fresh copy of the sample
# database, opens it on each page shown in the README and captures its window.
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}

for tool in xvfb-run import xwininfo; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshots.sh: $tool is missing (apt-get install xvfb imagemagick x11-utils)" >&2
        exit 1
    fi
done
for program in "$build/app/crosswalk" "$build/app/crosswalk-cli"; do
    if [ ! -x "$program" ]; then
        echo "screenshots.sh: $program is missing; build it first (cmake --build $build)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/crosswalk-cli" --database "$work/sample.db" init --sample >/dev/null
mkdir -p "$out"

# A clean home: no remembered window state, page or settings of the user's.
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" CROSSWALK_LANG=${CROSSWALK_LANG:-en}
export XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# Each page in turn: PAGE_KEY:FILE_NAME. The program opens on the page (--page), the window is found
# by its title and captured once it has settled.
xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" bash -c '
    set -euo pipefail
    build=$1 work=$2 out=$3
    shift 3
    for shot in "$@"; do
        page=${shot%%:*} name=${shot#*:}
        "$build/app/crosswalk" --database "$work/sample.db" --page "$page" &
        pid=$!
        id=
        for _ in $(seq 1 100); do
            id=$(xwininfo -root -tree | awk "/ — Crosswalk\": \(/ {print \$1; exit}")
            [ -n "$id" ] && break
            sleep 0.1
        done
        if [ -z "$id" ]; then
            echo "screenshots.sh: the window did not appear for page $page" >&2
            kill "$pid" 2>/dev/null || true
            exit 1
        fi
        sleep 2
        import -window "$id" "$out/$name.png"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        echo "wrote $out/$name.png"
    done
' bash "$build" "$work" "$out" frameworks:frameworks commitments:commitments crosswalk:crosswalk matrix:matrix \
    dashboard:dashboard reports:reports
