#!/usr/bin/env bash
# Renders the report pictures in docs/img from a real run, so that anyone can see (and re-check) what the
# report looks like:
#   docs/img/report-page1.png     first page of report.pdf (the summary), by pdftoppm
#   docs/img/report-page2.png     second page of report.pdf (the first analysis), by pdftoppm
#   docs/img/report-html.png      report.html in headless Chromium, 1200 px wide
#   docs/img/report-html-fi.png   report.fi.html, the Finnish report, likewise
#
# Usage: docs/render-report-images.sh [JOB.yaml]     (default: scenarios/kanta-hame/job.yaml)
# Needs: pdftoppm (Debian: poppler-utils) and chromium (Debian: chromium).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
job="${1:-$root/scenarios/kanta-hame/job.yaml}"
img="$root/docs/img"
for tool in pdftoppm chromium; do
  command -v "$tool" >/dev/null || { echo "render-report-images: $tool is missing (apt-get install poppler-utils chromium)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/foresight" run "$job" --out "$work/run" --samples 5000 --quiet
mkdir -p "$img"

pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/run/report.pdf" "$img/report-page1"
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/run/report.pdf" "$img/report-page2"
if [[ -f "$work/run/report.fi.pdf" ]]; then
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/run/report.fi.pdf" "$img/report-fi-page1"
  pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/run/report.fi.pdf" "$img/report-fi-page2"
fi

shot() {  # shot HTML_FILE PNG_FILE
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/chromium" \
    --screenshot="$2" --window-size=1200,1600 "file://$1" >/dev/null 2>&1
  [[ -s "$2" ]] || { echo "render-report-images: chromium made no screenshot of $1" >&2; exit 1; }
}
shot "$work/run/report.html" "$img/report-html.png"
if [[ -f "$work/run/report.fi.html" ]]; then
  shot "$work/run/report.fi.html" "$img/report-html-fi.png"
fi
echo "render-report-images: wrote $(cd "$img" && ls report-*.png | tr '\n' ' ')"
