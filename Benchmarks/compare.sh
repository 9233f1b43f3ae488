#!/usr/bin/env bash
# Compare the float64 numpy epoch anchor with the Swift epoch on the shared
# generated networks and print a Markdown table.
#
# Environment:
#   YUMA    path to the yuma binary (default .build/release/yuma, built if missing)
#   PYTHON  python interpreter (default python3)
#   RUNS    epochs per numpy case (default 5)
#   SWIFT_RUNS  epochs per Swift case (default 31: an epoch takes milliseconds, and the median of
#               many is the steady state a node sees; the first epochs also fault in their memory)
#   CASES   override the case list, e.g. CASES="256:64 1024:1024"
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."   # repository root

PYTHON="${PYTHON:-python3}"
RUNS="${RUNS:-5}"
SWIFT_RUNS="${SWIFT_RUNS:-31}"
DEFAULT_YUMA=.build/release/yuma
YUMA="${YUMA:-$DEFAULT_YUMA}"
CASES="${CASES:-256:64 1024:64 4096:64 1024:1024 4096:4096}"

if ! "$PYTHON" -c 'import numpy' 2>/dev/null; then
    echo "numpy not found; installing it with pip" >&2
    "$PYTHON" -m pip install numpy >&2
fi

if [[ ! -x "$YUMA" ]]; then
    if [[ "$YUMA" == "$DEFAULT_YUMA" ]]; then
        echo "building release binary" >&2
        swift build -c release -Xswiftc -target-cpu -Xswiftc haswell >&2
    else
        echo "error: YUMA=$YUMA is not an executable" >&2
        exit 1
    fi
fi

# field FILE KEY -> value of KEY in the JSON object in FILE (empty if unavailable)
field() {
    "$PYTHON" - "$1" "$2" <<'EOF' 2>/dev/null || true
import json, sys
text = open(sys.argv[1]).read()
start = text.find("{")                # tolerate log lines before the JSON object
obj = json.loads(text[start:text.rindex("}") + 1])
print(obj[sys.argv[2]])
EOF
}

# ratio A B [FORMAT] -> A/B, or n/a
ratio() {
    "$PYTHON" - "$1" "$2" "${3:-%.2f}" <<'EOF' 2>/dev/null || echo "n/a"
import sys
a, b, fmt = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
print((fmt % (a / b)) + "x" if b > 0 else "n/a")
EOF
}

fmt_s()   { [[ -n "$1" ]] && printf '%.4f s' "$1" || echo "n/a"; }
fmt_mib() { [[ -n "$1" ]] && printf '%.1f MiB' "$1" || echo "n/a"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

rows=()
for c in $CASES; do
    n="${c%%:*}"; v="${c##*:}"
    label="n=$n V=$v"
    [[ "$n" == "$v" ]] && label="dense $label"
    echo "running $label" >&2

    "$PYTHON" Benchmarks/anchors/bench_numpy.py --n "$n" --validators "$v" --runs "$RUNS" --json \
        > "$tmp/np.json" || echo "  numpy run failed" >&2
    "$YUMA" consensus bench --n "$n" --validators "$v" --runs "$SWIFT_RUNS" --json-output \
        > "$tmp/sw.json" || echo "  swift run failed" >&2

    np_t="$(field "$tmp/np.json" median_seconds)"
    np_m="$(field "$tmp/np.json" epoch_peak_mib)"
    sw_t="$(field "$tmp/sw.json" median_seconds)"
    sw_m="$(field "$tmp/sw.json" epoch_peak_mib)"

    sp="n/a"; mr="n/a"
    [[ -n "$np_t" && -n "$sw_t" ]] && sp="$(ratio "$np_t" "$sw_t" '%.1f')"
    [[ -n "$np_m" && -n "$sw_m" ]] && mr="$(ratio "$np_m" "$sw_m" '%.1f')"

    rows+=("| $label | $(fmt_s "$np_t") | $(fmt_s "$sw_t") | $sp | $(fmt_mib "$np_m") | $(fmt_mib "$sw_m") | $mr |")
done

echo
echo "| case | numpy time | Swift time | speed ratio (numpy/Swift) | numpy epoch memory | Swift epoch memory | memory ratio (numpy/Swift) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Times: median of one epoch ($RUNS numpy runs, $SWIFT_RUNS Swift runs). Memory: epoch_peak_mib (growth of the process peak RSS across the epochs)."
