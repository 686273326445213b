#!/usr/bin/env bash
# Whole-process benchmarks of issue 13 (docs/benchmarks.md, "Whole processes, side by side"): each case runs as a
# user would start it, alternating with its peer (numpy, SALib) in the same session, and the script prints a
# Markdown table of medians (wall seconds, peak RSS) with the machine's load before and after.
#
# Usage: docs/bench/whole-process.sh [REPEATS]        (default 5; run it alone: other builds make timings meaningless)
#   BEFORE=DIR docs/bench/whole-process.sh 3           also runs an earlier checkout's jar (DIR/reports/target/foresight.jar,
#                                                        built there) on the same cases, alternating, as "before" rows,
#                                                        and today's jar on that checkout's Kanta-Häme job (the same work)
# Needs: GNU time (/usr/bin/time). Peers run when Debian's python3 has numpy (numpy_mc.py) and numpy, scipy and
# pandas (SALib 1.4.8 from ../shared/peers); otherwise their rows say "not installed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peers="${FORESIGHT_PEERS:-$root/../shared/peers}"
repeats="${1:-5}"
cd "$root"
[[ -x /usr/bin/time ]] || { echo "whole-process: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
./foresight --version >/dev/null   # builds the jar (and its class-data archive) once if needed, outside the timings
fs=(env FORESIGHT_NO_BUILD=1 ./foresight)   # the launcher, as a user starts it (with its class-data archive)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scw="$root/../shared/data/scenariowizard/CIB_nested.scw"
before="${BEFORE:-}"
[[ -z "$before" || -f "$before/reports/target/foresight.jar" ]] || { echo "whole-process: no jar in $before/reports/target" >&2; exit 2; }

# measure NAME COMMAND...: one run; appends "NAME wall_s peak_MiB" to $work/times
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || {
    echo "whole-process: '$name' failed:" >&2; cat "$work/err" >&2; exit 1; }
  read -r wall kib <"$work/t"
  echo "$name $wall $((kib / 1024))" >>"$work/times"
}

# analyses NAME RUN_DIR: the analyses' own time from run.json (sum of their millis), appended to $work/analyses
analyses() {
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sum(a.get('millis',0) for a in d['analyses'])/1000)" \
    "$2/run.json" "$1" >>"$work/analyses"
}

have_numpy=false; have_salib=false
/usr/bin/python3 -c 'import numpy' 2>/dev/null && have_numpy=true
/usr/bin/python3 -c 'import numpy, scipy, pandas' 2>/dev/null && [[ -d "$peers/salib-1.4.8/src" ]] && have_salib=true

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for ((i = 1; i <= repeats; i++)); do
  echo "round $i of $repeats ..." >&2
  measure "version" "${fs[@]}" --version
  measure "kanta-hame" "${fs[@]}" run scenarios/kanta-hame/job.yaml --out "$work/kh" --quiet
  analyses "kanta-hame" "$work/kh"
  measure "mc-10M-csv" "${fs[@]}" run docs/bench/mc-8-triangular.yaml --out "$work/mc" --quiet
  analyses "mc-10M-csv" "$work/mc"
  $have_numpy && measure "numpy-mc" /usr/bin/python3 "$peers/numpy_mc.py"
  measure "sobol-csv" "${fs[@]}" run docs/bench/sobol-ishigami.yaml --out "$work/sobol" --quiet
  analyses "sobol-csv" "$work/sobol"
  $have_salib && measure "salib-sobol" env PYTHONPATH="$peers/salib-1.4.8/src" /usr/bin/python3 "$peers/salib_sobol_ishigami.py"
  if [[ -f "$scw" ]]; then
    measure "cib-csv" "${fs[@]}" cib "$scw" --out "$work/cib1" --outputs csv --quiet
    measure "cib-report" "${fs[@]}" cib "$scw" --out "$work/cib2" --quiet
  fi
  measure "jshell-prompt" bash -c "echo '/exit' | ./foresight jshell -q"
  if [[ -n "$before" ]]; then
    old="$before/reports/target/foresight.jar"
    measure "kanta-hame-before-job" "${fs[@]}" run "$before/scenarios/kanta-hame/job.yaml" --out "$work/kbj" --quiet
    analyses "kanta-hame-before-job" "$work/kbj"
    measure "before:version" java -jar "$old" --version
    measure "before:kanta-hame" java -jar "$old" run "$before/scenarios/kanta-hame/job.yaml" --out "$work/okh" --quiet
    analyses "before:kanta-hame" "$work/okh"
    measure "before:mc-10M-csv" java -jar "$old" run docs/bench/mc-8-triangular.yaml --out "$work/omc" --quiet
    analyses "before:mc-10M-csv" "$work/omc"
    measure "before:sobol-csv" java -jar "$old" run docs/bench/sobol-ishigami.yaml --out "$work/osobol" --quiet
    analyses "before:sobol-csv" "$work/osobol"
    if [[ -f "$scw" ]]; then
      measure "before:cib-csv" java -jar "$old" cib "$scw" --out "$work/ocib1" --outputs csv --quiet
      measure "before:cib-report" java -jar "$old" cib "$scw" --out "$work/ocib2" --quiet
    fi
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$work/times" "$work/analyses" "$have_numpy" "$have_salib" <<'EOF'
import statistics as st, sys, collections
wall, mem, an = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    n, w, m = line.split(); wall[n].append(float(w)); mem[n].append(int(m))
try:
    for line in open(sys.argv[2]):
        n, a = line.split(); an[n].append(float(a))
except FileNotFoundError:
    pass
med = lambda xs: st.median(xs) if xs else float('nan')
def row(name, what, peer=None):
    if name not in wall:
        return
    w = med(wall[name]); cells = [what, f"{w:.2f} s", f"{max(mem[name])} MiB"]
    cells.append(f"{med(an[name]):.2f} s ({100 * (w - med(an[name])) / w:.0f} % not analyses)" if an[name] else "—")
    if name.startswith("before:"):
        peer = None
    if peer is None:
        cells.append("—")
    elif peer in wall:
        pw = med(wall[peer]); cells.append(f"{pw:.2f} s, {max(mem[peer])} MiB → {w / pw:.2f}×")
    else:
        cells.append("not installed")
    print("| " + " | ".join(cells) + " |")
print("| case | whole process (median) | peak RSS | analyses (run.json) | peer, whole process → ratio |")
print("|---|---|---|---|---|")
for name, what in (("version", "`foresight --version`"), ("kanta-hame", "Kanta-Häme main job, en + fi, all outputs (its own job file)"),
                   ("mc-10M-csv", "Monte Carlo 10 M × 8 triangular, CSV only"),
                   ("sobol-csv", "Sobol' Ishigami N = 2^14, 100 resamples, CSV only"),
                   ("cib-csv", "`foresight cib CIB_nested.scw --outputs csv`"), ("cib-report", "`foresight cib CIB_nested.scw`, full report")):
    row("before:" + name, "before: " + what)
row("version", "`foresight --version`")
row("kanta-hame-before-job", "Kanta-Häme job of the earlier checkout (the same work as its before row), en + fi, all outputs")
row("kanta-hame", "Kanta-Häme main job, en + fi, all outputs (today's job file: more analyses)")
row("mc-10M-csv", "Monte Carlo 10 M × 8 triangular, CSV only", "numpy-mc" if sys.argv[3] == "true" else "")
row("sobol-csv", "Sobol' Ishigami N = 2^14, 100 resamples, CSV only", "salib-sobol" if sys.argv[4] == "true" else "")
row("cib-csv", "`foresight cib CIB_nested.scw --outputs csv`")
row("cib-report", "`foresight cib CIB_nested.scw`, full report")
row("jshell-prompt", "`./foresight jshell` to its prompt and `/exit`")
print(f"\n{len(wall['version'])} rounds, alternating; peak RSS is the largest of the rounds.")
EOF
