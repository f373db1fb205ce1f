#!/usr/bin/env bash
# Sanitizer step of CI (called from .ci/run): the test suite under AddressSanitizer (leaks
# included), the concurrent parts under ThreadSanitizer, and a short bounded libFuzzer run per
# target. Each step builds into its own scratch path so the normal .build is untouched.
#
# Usage: .ci/sanitizers.sh [asan|tsan|fuzz ...]   (default: all three)
# Environment: FUZZ_SECONDS (default 30) per fuzz target; TSAN_FILTER (default: the service
# tests: watcher, work queue, coordinator, reload, all in process) is passed to swift test
# --filter. Tests see BILATERAL_SANITIZER=address|thread (memory bounds are not measured then).
# Exit status: non-zero when any step fails; every step runs regardless, and a summary with
# the time of each step is printed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(asan tsan fuzz)
fuzz_seconds=${FUZZ_SECONDS:-30}
tsan_filter=${TSAN_FILTER:-BilateralServiceTests}
summary=()
failed=0

step() {   # step NAME COMMAND...
    local name=$1; shift
    echo "== sanitizers: $name: $*"
    local start=$(date +%s)
    "$@"
    local status=$?
    local took=$(( $(date +%s) - start ))
    summary+=("$name: status $status, ${took} s")
    [ $status -eq 0 ] || failed=1
}

# The system libxml2, zlib and Swift runtime are not instrumented, but LeakSanitizer sees every
# malloc: a leak report is a real finding (e.g. a libxml2 document never freed). Add
# suppressions to fuzz/lsan.supp only for one-time runtime allocations, with a reason.
lsan_options="detect_leaks=1"
[ -f fuzz/lsan.supp ] && lsan_options="$lsan_options:suppressions=$PWD/fuzz/lsan.supp"

for s in "${steps[@]}"; do
    case $s in
    asan)
        step "AddressSanitizer (swift test)" env BILATERAL_SANITIZER=address ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="$lsan_options" \
            swift test --sanitize address --scratch-path .build-asan ;;
    tsan)
        step "ThreadSanitizer (swift test --filter '$tsan_filter')" env BILATERAL_SANITIZER=thread TSAN_OPTIONS=halt_on_error=0 \
            swift test --sanitize thread --scratch-path .build-tsan --filter "$tsan_filter" ;;
    fuzz)
        for target in FeedReader HTMLText DateParser LexiconLoader; do
            step "fuzz $target (${fuzz_seconds} s)" fuzz/run.sh "$target" "$fuzz_seconds"
        done ;;
    *) echo "sanitizers.sh: unknown step $s (asan, tsan, fuzz)" >&2; exit 2 ;;
    esac
done

echo "== sanitizers: summary"
printf '  %s\n' "${summary[@]}"
exit $failed
