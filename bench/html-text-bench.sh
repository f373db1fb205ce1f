#!/bin/sh
# Measures HTMLText.plainText in release mode, outside the test suite.
# Usage: bench/html-text-bench.sh [FEED...]   (default: a 20 MB generated RSS
# corpus from ../shared/bench/gen_corpus.py plus ../shared/realfeeds/files)
# The benchmark is compiled together with Sources/BilateralFeeds/Text so that
# nothing has to change in Package.swift.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
work=${TMPDIR:-/tmp}/bilateral-html-text-bench
mkdir -p "$work"
if [ "$#" -eq 0 ]; then
    [ -f "$work/corpus.xml" ] || python3 "$shared/bench/gen_corpus.py" single --out "$work/corpus.xml" --format rss --size-mb 20
    set -- "$work/corpus.xml" "$shared"/realfeeds/files/*.xml
fi
python3 "$root/bench/extract-descriptions.py" "$work/fragments.bin" "$@"
swiftc -O -parse-as-library -module-name HTMLTextBench \
    "$root/bench/HTMLTextBench.swift" "$root"/Sources/BilateralFeeds/Text/*.swift \
    -I "$root/Sources/CLibXML2" $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') -lxml2 \
    -o "$work/html-text-bench"
"$work/html-text-bench" "$work/fragments.bin" "${ROUNDS:-9}"
