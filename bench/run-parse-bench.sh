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

# Best wall-clock seconds of RUNS runs of a command.
best_seconds() {
    local best=""
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        best=$(python3 -c "import sys; a=float(sys.argv[1]); b=sys.argv[2]; print(a if b=='' or a<float(b) else b)" \
            "$(python3 -c "print($end-$start)")" "$best")
    done
    echo "$best"
}

printf "%-14s %10s %12s %12s %8s %12s\n" input MB floor_MB/s bilat_MB/s ratio peak_RSS_MB
for input in big.rss.xml big.atom.xml folder; do
    path="$corpus/$input"
    if [ -d "$path" ]; then files=("$path"/*); else files=("$path"); fi
    bytes=$(du -cb "${files[@]}" | tail -1 | cut -f1)
    floor_s=$(best_seconds "$floor" "${files[@]}")
    out=$("$bilateral" bench parse --runs "$runs" "$path")
    bilat_mbs=$(echo "$out" | awk -F'\t' 'NR==2 {print $6}')
    peak=$(echo "$out" | awk -F'\t' '/^peak_rss_mb/ {print $2}')
    python3 - "$input" "$bytes" "$floor_s" "$bilat_mbs" "$peak" <<'PY'
import sys
name, size, floor_s, bilat, peak = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
floor = size / 1e6 / floor_s
print(f"{name:<14} {size/1e6:10.1f} {floor:12.1f} {bilat:12.1f} {bilat/floor:8.2f} {peak:>12}")
PY
done
