#!/usr/bin/env bash
# Makes the README screenshots: runs the real program under Xvfb on a fresh copy of the sample
# database and captures its window. Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
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

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/crosswalk-cli" --database "$work/sample.db" init --sample >/dev/null
mkdir -p "$out"

# capture PAGE_SHORTCUT NAME: opens the program, goes to a page by its Ctrl+digit shortcut, saves NAME.png
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" CROSSWALK_LANG=${CROSSWALK_LANG:-en}
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0/app/crosswalk" --database "$1/sample.db" &
    pid=$!
    for _ in $(seq 1 50); do
        id=$(xwininfo -root -tree | awk "/ — Crosswalk\": \(/ {print \$1; exit}")
        [ -n "$id" ] && break
        sleep 0.2
    done
    sleep 2
    import -window "$id" "$2/frameworks.png"
    kill $pid
' "$build" "$work" "$out"
echo "wrote $out/frameworks.png"
