#!/usr/bin/env bash
# End-to-end benchmark of `clearance check` on the standard corpus: every listing for its own
# market, the shipped packs plus the corpus's 50,000-mark watch list, JSON report to a file.
# Usage: Benchmarks/check.sh [CORPUS_DIR]   (writes the corpus with ../shared/bench/gen.py if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-/tmp/corpus}"
if [ ! -f "$corpus/listings.jsonl" ]; then
    python3 -c 'import faker' 2>/dev/null || python3 -m pip install --quiet faker
    python3 ../shared/bench/gen.py --out "$corpus"
fi
swift build -c release --product clearance 2>&1 | tail -n 1
bin=.build/release/clearance
bytes=$(stat -c %s "$corpus/listings.jsonl")
out="$(mktemp -d)"
run() {  # label, cpu list
    local label=$1 cpus=$2 start end status=0
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$out/rss" taskset -c "$cpus" "$bin" check "$corpus/listings.jsonl" \
        --trademarks "$corpus/marks.tsv" --format json --date 2026-11-30 > "$out/report.json" || status=$?
    end=$(date +%s.%N)
    [ "$status" -le 1 ] || { echo "check failed with $status" >&2; exit "$status"; }
    python3 - "$label" "$start" "$end" "$bytes" "$(tail -n 1 "$out/rss")" "$out/report.json" <<'PY'
import json, sys
label, start, end, size, rss, report = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
seconds = end - start
summary = json.load(open(report))["summary"]
print(f"{label}: {seconds:.2f} s, {size / seconds / 1e6:.1f} MB/s of JSONL, {summary['listings'] / seconds:,.0f} listings/s, "
      f"max RSS {rss / 1024:.0f} MiB; {summary}")
PY
}
start=$(date +%s.%N); "$bin" check /dev/null --trademarks "$corpus/marks.tsv" --format json > /dev/null 2>&1 || true; end=$(date +%s.%N)
python3 -c "print(f'start-up (packs, 50,000-mark automaton): {$end - $start:.2f} s')"
run "one core" 1
run "two cores" 0,1
