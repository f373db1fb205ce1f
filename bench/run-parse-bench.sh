#!/usr/bin/env bash
# Parse benchmark: bilateral (FeedReader, release build) against the libxml2 SAX floor.
#
# Generates the corpus with ../shared/bench/gen_corpus.py into bench/corpus/ (200 MB RSS,
# 200 MB Atom, a folder of 2,000 small files; skipped when already there), builds
# ../shared/bench/floor_extract_sax.c with gcc -O2, builds bilateral in release mode, runs
# both on each input and prints MB/s (wall clock), the ratio bilateral/floor and the peak
# resident memory of bilateral on each input.
#
# Usage: bench/run-parse-bench.sh [RUNS]   (RUNS per input, best kept; default 3)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${SHARED:-$root/../shared}"
corpus="$here/corpus"
runs="${1:-3}"

[ -d "$shared/bench" ] || { echo "run-parse-bench: $shared/bench not found" >&2; exit 1; }
mkdir -p "$corpus"
[ -f "$corpus/big.rss.xml" ] || python3 "$shared/bench/gen_corpus.py" single --format rss --size-mb 200 --out "$corpus/big.rss.xml"
[ -f "$corpus/big.atom.xml" ] || python3 "$shared/bench/gen_corpus.py" single --format atom --size-mb 200 --out "$corpus/big.atom.xml"
[ -d "$corpus/folder" ] || python3 "$shared/bench/gen_corpus.py" folder --files 2000 --items 20 --out "$corpus/folder"

floor="$corpus/floor_extract_sax"
[ -x "$floor" ] || gcc -O2 -o "$floor" "$shared/bench/floor_extract_sax.c" $(xml2-config --cflags --libs)

(cd "$root" && swift build -c release --product bilateral >&2)
bilateral="$root/.build/release/bilateral"

# Best wall-clock and best CPU (user+sys) seconds of RUNS runs of a command: "wall cpu".
best_seconds() {
    local best_wall="" best_cpu=""
    for _ in $(seq "$runs"); do
        local tf
        tf=$(mktemp)
        /usr/bin/time -o "$tf" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
        read -r wall user sys < <(tail -1 "$tf")
        rm -f "$tf"
        best_wall=$(python3 -c "import sys; a,b=sys.argv[1],sys.argv[2]; print(a if b=='' or float(a)<float(b) else b)" "$wall" "$best_wall")
        best_cpu=$(python3 -c "import sys; a,b=sys.argv[1],sys.argv[2]; print(a if b=='' or float(a)<float(b) else b)" "$(python3 -c "print($user+$sys)")" "$best_cpu")
    done
    echo "$best_wall $best_cpu"
}

# The machine is shared: wall-clock MB/s moves with the load, CPU-time MB/s much less.
printf "%-14s %8s | %10s %10s %6s | %10s %10s %6s | %8s\n" input MB floor_wall bilat_wall ratio floor_cpu bilat_cpu ratio peak_MB
for input in big.rss.xml big.atom.xml folder; do
    path="$corpus/$input"
    if [ -d "$path" ]; then files=("$path"/*); else files=("$path"); fi
    bytes=$(du -cb "${files[@]}" | tail -1 | cut -f1)
    read -r floor_wall floor_cpu <<<"$(best_seconds "$floor" "${files[@]}")"
    out=$("$bilateral" bench parse --runs "$runs" "$path")
    bilat_wall=$(echo "$out" | awk -F'\t' 'NR==2 {print $6}')
    bilat_cpu=$(echo "$out" | awk -F'\t' 'NR==2 {print $7}')
    peak=$(echo "$out" | awk -F'\t' '/^peak_rss_mb/ {print $2}')
    python3 - "$input" "$bytes" "$floor_wall" "$floor_cpu" "$bilat_wall" "$bilat_cpu" "$peak" <<'PY'
import sys
name, size = sys.argv[1], int(sys.argv[2]) / 1e6
fw, fc, bw, bc, peak = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7]
fw, fc = size / fw, size / max(fc, 1e-3)
print(f"{name:<14} {size:8.1f} | {fw:10.1f} {bw:10.1f} {bw/fw:6.2f} | {fc:10.1f} {bc:10.1f} {bc/fc:6.2f} | {peak:>8}")
PY
done
