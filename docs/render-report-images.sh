#!/usr/bin/env bash
# Renders the report pictures in docs/img from a real run, so that anyone can see (and re-check) what the
# report looks like:
#   docs/img/report-page1.png     first page of report.pdf (the summary), by pdftoppm
#   docs/img/report-page2.png     second page of report.pdf (the first analysis), by pdftoppm
#   docs/img/report-html.png      report.html in headless Chromium, 1200 px wide
#   docs/img/report-html-fi.png   report.fi.html, the Finnish report, likewise
#   docs/img/report-page3.png, report-fi-page1..3.png   pages of the PDFs (the decision brief is pages 1-3)
#   docs/img/chart-*.png, chart-*.fi.png   the charts a reader found hardest before (box plot, convergence, first
#                                 passage) and the new decision charts, English and Finnish side by side in
#                                 docs/img/README.md
#
# Usage: docs/render-report-images.sh [JOB.yaml]     (default: scenarios/kanta-hame/job.yaml)
#        RUN=DIR docs/render-report-images.sh        pictures of an existing run directory of the Kanta-Häme job
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
if [[ -n "${RUN:-}" ]]; then
  ln -s "$(cd "$RUN" && pwd)" "$work/run"
else
  "$root/foresight" run "$job" --out "$work/run" --samples 5000 --quiet
fi
mkdir -p "$img"

pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/run/report.pdf" "$img/report-page1"
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/run/report.pdf" "$img/report-page2"
pdftoppm -png -r 110 -f 3 -l 3 -singlefile "$work/run/report.pdf" "$img/report-page3"
if [[ -f "$work/run/report.fi.pdf" ]]; then
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/run/report.fi.pdf" "$img/report-fi-page1"
  pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/run/report.fi.pdf" "$img/report-fi-page2"
  pdftoppm -png -r 110 -f 3 -l 3 -singlefile "$work/run/report.fi.pdf" "$img/report-fi-page3"
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
# charts, English and Finnish side by side (docs/img/README.md shows them in pairs)
pairs=(montecarlo-boxplot-internationalised_smes:boxplot montecarlo-convergence-internationalisation_index:convergence
       trajectories-first-passage-internationalised_smes:first-passage robustness-regret:robustness-regret
       value-of-information:value-of-information scenario-discovery-limits:scenario-discovery
       tornado-conditional-internationalisation-index:tornado-conditional
       cib-ensemble-agreement:cib-ensemble cib-judgement-uncertainty:cib-judgement-uncertainty
       views-pool-1:views-pool views-qq-1:views-qq views-elicited-1:views-elicited
       disagreement-within-one:disagreement delphi-iqr:delphi-iqr survey-answers:survey-answers)
{
  echo "# Charts of the Kanta-Häme job, English and Finnish"
  echo
  echo "Drawn from language-neutral chart specifications by docs/render-report-images.sh (the job's own run, 5,000 samples)."
  echo
  echo "| English | suomeksi |"
  echo "|---|---|"
} >"$img/README.md"
for pair in "${pairs[@]}"; do
  name="${pair%%:*}"; short="${pair##*:}"
  if [[ -f "$work/run/charts/$name.png" && -f "$work/run/charts/$name.fi.png" ]]; then
    cp "$work/run/charts/$name.png" "$img/chart-$short.png"
    cp "$work/run/charts/$name.fi.png" "$img/chart-$short.fi.png"
    echo "| ![$short](chart-$short.png) | ![$short](chart-$short.fi.png) |" >>"$img/README.md"
  fi
done
echo "render-report-images: wrote $(cd "$img" && ls report-*.png chart-*.png | tr '\n' ' ')"
