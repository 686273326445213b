#!/usr/bin/env bash
# Table hashes before and after a refactoring (issue 14): runs the Kanta-Häme job, the tiny demo job, the two
# benchmark jobs beside this script and a job over every qualitative part of scenarios/examples/every-feature.yaml
# (CIB with succession and bridged Monte Carlo, MICMAC, futures table with its scenario cross), writing only CSV
# tables, and prints "sha256  job/table.csv" for every table of every run, sorted. A change that must keep public
# behaviour keeps this list byte-identical:
#
#   docs/bench/table-hashes.sh > /tmp/after.txt
#   diff docs/bench/table-hashes-main.txt /tmp/after.txt      (the hashes recorded on main before the change)
#
# Usage: docs/bench/table-hashes.sh [JAR]   (default: reports/target/foresight.jar of this checkout, built offline
#        once when missing: ./mvnw -o -q -B -pl reports -am -DskipTests package). The tables do not depend on the
#        thread count; the script uses 2 threads.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${1:-$root/reports/target/foresight.jar}"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -o -q -B -pl reports -am -DskipTests package) >&2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The qualitative parts of every-feature.yaml, each analysis once (its model lies outside the temporary job's tree).
cat >"$work/qualitative.yaml" <<EOF
job: qualitative
model: $root/scenarios/examples/every-feature.yaml
seed: 7
samples: 3000
analyses:
  - {type: cib, succession: true, run_consistent: true, samples: 2000}
  - {type: micmac}
  - {type: futures_table, run_consistent: true, samples: 2000}
language: [en, fi]
EOF

run() {   # run NAME JOB [OPTIONS...]
  local name="$1" job="$2"; shift 2
  java -jar "$jar" run "$job" --out "$work/runs/$name" --outputs csv --threads 2 -q "$@" >&2
}
run kanta_hame "$root/scenarios/kanta-hame/job.yaml"
run tiny_demo "$root/scenarios/tiny-demo/job.yaml"
run mc_8_triangular "$root/docs/bench/mc-8-triangular.yaml" --samples 20000
run sobol_ishigami "$root/docs/bench/sobol-ishigami.yaml" --samples 4096
run qualitative "$work/qualitative.yaml" --allow-outside

(cd "$work/runs" && find . -name '*.csv' -type f | LC_ALL=C sort | sed 's|^\./||' | xargs sha256sum)
