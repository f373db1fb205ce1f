#!/usr/bin/env python3
"""A benchmark folder made of the real news feeds in ../shared/realfeeds.

The generator's corpus (../shared/bench/gen_corpus.py) is English, ASCII and
dense: ~24 countries and ~45 index keys per item. Real feeds are not: most of
the 31 in ../shared/realfeeds are in Russian, Spanish, German, French,
Bengali..., in several encodings, with short items that name a country or
none. This script copies them COPIES times (60 by default: ~177 MB, about the
size of the generator's 2,000 files) into OUT, each copy's guids, links and
Atom ids made distinct (`-cN` / `?c=N`), so that the daemon stores every copy
as new items instead of recognising them as already stored. The text is left
as it is, so each copy classifies alike. Compressed feeds are skipped.

Usage: bench/real-corpus.py OUT [COPIES] [--shared DIR]
Then:  bilateral bench ingest --corpus OUT
"""
import argparse
import os
import re
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to create (files in it with the same names are replaced)")
    parser.add_argument("copies", nargs="?", type=int, default=60, help="copies of each feed (default 60)")
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"),
                        help="the shared folder (default ../shared beside the checkout)")
    args = parser.parse_args()
    source = os.path.join(args.shared, "realfeeds", "files")
    if not os.path.isdir(source):
        sys.exit(f"real-corpus: {source}: no such folder")
    if args.copies < 1:
        sys.exit("real-corpus: COPIES must be at least 1")
    os.makedirs(args.out, exist_ok=True)
    names = sorted(n for n in os.listdir(source) if not n.endswith(".gz"))
    feeds = {}
    for name in names:
        with open(os.path.join(source, name), "rb") as f:
            feeds[name] = f.read()
    total = 0
    for copy in range(args.copies):
        for name in names:
            data = feeds[name]
            tag = b"%d" % copy
            # Element text of <guid>, <link> (RSS) and <id> (Atom), and href="..." of <link> (Atom).
            data = data.replace(b"</guid>", b"-c" + tag + b"</guid>")
            data = data.replace(b"</link>", b"?c=" + tag + b"</link>")
            data = data.replace(b"</id>", b"-c" + tag + b"</id>")
            data = re.sub(rb'(<link[^>]*href="[^"]*)"', lambda m: m.group(1) + b'?c=' + tag + b'"', data)
            with open(os.path.join(args.out, "c%02d_%s" % (copy, name)), "wb") as f:
                f.write(data)
            total += len(data)
    print(f"real-corpus: {len(names) * args.copies} files, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
