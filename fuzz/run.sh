#!/usr/bin/env bash
# Runs one libFuzzer target for a while and keeps what it finds.
#
# Usage: fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]
#   TARGET: FeedReader | HTMLText | DateParser | LexiconLoader (product Fuzz<TARGET>)
#
# Builds Fuzz<TARGET> in release with -sanitize=fuzzer,address into .build-fuzz (its own
# scratch path, git-ignored), builds the seed corpus if missing (fuzz/build-corpus.sh), runs
# libFuzzer on fuzz/work/corpus-<TARGET>/ (inputs it finds interesting are added there), logs
# to fuzz/work/log-<TARGET>.txt, then copies every crash/timeout/oom/leak input into
# fuzz/regressions/<TARGET>/ (committed; the regression test replays them).
#
# Environment: FUZZ_KEEP_GOING=1 keeps fuzzing after a crash (libFuzzer fork mode, one job);
# FUZZ_MAX_LEN (default 65536), FUZZ_TIMEOUT (seconds per input, default 10),
# FUZZ_RSS_MB (default 2048). Leaks outside our code listed in fuzz/lsan.supp are not reported.
# Exit status: 0 when nothing was found, 1 when something was.
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=fuzz/work
corpus=$work/corpus-$target
artifacts=$work/artifacts-$target
regressions=fuzz/regressions/$target
mkdir -p "$artifacts" "$regressions"

swift build -c release --scratch-path .build-fuzz --product "Fuzz$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING 2>&1 \
    | grep -Ev '^\[|^warning: .fuzz.|unhandled|FORMAT.md|__asan_extra_spill_area' || true
binary=.build-fuzz/release/Fuzz$target
[ -x "$binary" ] || { echo "fuzz/run.sh: build of Fuzz$target failed" >&2; exit 2; }
[ -d "$corpus" ] && [ -n "$(ls -A "$corpus")" ] || fuzz/build-corpus.sh "$target"

flags=(-max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout="${FUZZ_TIMEOUT:-10}"
       -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -artifact_prefix="$artifacts/" -print_final_stats=1)
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && flags+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
log=$work/log-$target.txt
marker=$work/.started-$target
touch "$marker"
echo "fuzz/run.sh: $binary ${flags[*]} $* $corpus (log: $log)"
start=$(date +%s)
set +e
lsan=${LSAN_OPTIONS:-}
[ -z "$lsan" ] && [ -f fuzz/lsan.supp ] && lsan="suppressions=$root/fuzz/lsan.supp"
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=$lsan "$binary" "${flags[@]}" "$@" "$corpus" >"$log" 2>&1
status=$?
set -e
echo "fuzz/run.sh: $target ran $(( $(date +%s) - start )) s, libFuzzer exit status $status"
grep -E '^#[0-9]+.*(DONE|pulse|NEW)|^stat::|^INFO: fuzzed for|^==[0-9]+==ERROR|^SUMMARY' "$log" | tail -6 || true

found=0
for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-* "$artifacts"/slow-unit-*; do
    [ -e "$f" ] && [ ! "$f" -ot "$marker" ] || continue   # only what this run found
    cp -n "$f" "$regressions/"
    echo "fuzz/run.sh: finding kept: $regressions/$(basename "$f")"
    found=1
done
exit $found
