#!/usr/bin/env bash
# Benchmark of `clearance localize`: the example catalog (examples/products.jsonl) into every
# market, made and checked, median of 5 runs; beside it the median start-up (`rules list`,
# which loads the same packs and markets), so the localizing itself is the difference.
# Usage: Benchmarks/localize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product clearance 2>&1 | tail -n 1
bin=.build/release/clearance
median() {  # command...
    local times=()
    for _ in 1 2 3 4 5; do
        local start end
        # localize exits 1 when a listing is blocked, as the example catalog's are meant to be.
        start=$(date +%s.%N); "$@" > /dev/null || [ $? -eq 1 ]; end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
listings=$( ("$bin" localize examples/products.jsonl --markets all --rates examples/rates.json --date 2026-11-30 --format json || true) \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["results"]))')
total=$(median "$bin" localize examples/products.jsonl --markets all --rates examples/rates.json --date 2026-11-30)
startup=$(median "$bin" rules list)
python3 -c "t=$total; s=$startup; print(f'localize: {$listings} listings in {t:.3f} s (start-up {s:.3f} s, localizing and checking {t - s:.3f} s, {($listings) / max(t - s, 1e-9):,.0f} listings/s)')"
