#!/usr/bin/env python3
"""Measures two ways to store the classification index of a daemon's database.

Up to migration v5 the store kept one B-tree row per (key, recency, item) in
`item_key_recent`, moved into `item_key` in bulk (migrations v3-v4): about 45
rows per item of the benchmark corpus. Migration v6 replaced them with FTS5,
after this measurement (docs/classification-index.md). This script replays the keys of the items of an
existing database (`item.class_keys`, in seq order, commits of --commit
items) into a new database, either as those rows (`rows`) or as one
document per item in a contentless SQLite FTS5 index whose terms are the
key ids (`fts`: its postings are packed lists, merged in the background
like an LSM tree). It prints the CPU time per item and per key, the size
of the index, and the time of a "latest 100 items of a key" query.

    python3 bench/index-prototype.py Feeds/state/bilateral.sqlite rows
    python3 bench/index-prototype.py Feeds/state/bilateral.sqlite fts --copies 3

Both modes include the Python work of building their input (`rows-input`
and `fts-input` measure it alone, to be subtracted). A measurement, not a
part of the daemon.
"""
import argparse
import json
import os
import resource
import sqlite3
import time


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size = 16384")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")  # CPU, not the disk
    db.execute("PRAGMA cache_size = -32768")
    return db


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database", help="a database written by the daemon (read only)")
    parser.add_argument("mode", choices=["rows", "fts", "rows-input", "fts-input"])
    parser.add_argument("--copies", type=int, default=1, help="replay the items this many times (a larger store)")
    parser.add_argument("--commit", type=int, default=600, help="items per commit (the daemon's ~30 files of 20)")
    parser.add_argument("--merge-rows", type=int, default=1 << 17, help="rows: move item_key_recent at this size")
    parser.add_argument("--no-sizes", action="store_true",
                        help="fts: columnsize=0, no table of document sizes (the index since migration v8)")
    parser.add_argument("--out", default="/tmp/bilateral-index-prototype.sqlite")
    args = parser.parse_args()

    source = sqlite3.connect(f"file:{args.database}?mode=ro", uri=True)
    base = [(seq, [int(k) for k in keys.split(",") if k], recency) for seq, keys, recency in source.execute(
        "SELECT seq, class_keys, coalesce(published, first_seen_at) FROM item ORDER BY seq")]
    items = []
    for copy in range(args.copies):
        offset = copy * (base[-1][0] if base else 0)
        items += [(seq + offset, keys, recency + copy) for seq, keys, recency in base]
    total_keys = sum(len(keys) for _, keys, _ in items)
    db = fresh(args.out)
    if args.mode == "rows":
        db.executescript("""
            CREATE TABLE item_key (key INTEGER NOT NULL, recency INTEGER NOT NULL, item_seq INTEGER NOT NULL,
                                   value NUMERIC, PRIMARY KEY (key, recency, item_seq)) WITHOUT ROWID;
            CREATE TABLE item_key_recent (key INTEGER NOT NULL, recency INTEGER NOT NULL, item_seq INTEGER NOT NULL,
                                          value NUMERIC, PRIMARY KEY (key, recency, item_seq)) WITHOUT ROWID;
            """)
    elif args.mode == "fts":
        sizes = ", columnsize=0" if args.no_sizes else ""
        db.execute(f"CREATE VIRTUAL TABLE key_index USING fts5(keys, content='', detail=none, tokenize='ascii'{sizes})")
    start = cpu_seconds()
    for first in range(0, len(items), args.commit):
        batch = items[first:first + args.commit]
        if args.mode == "rows-input":
            json.dumps(sorted((k, r, s) for s, keys, r in batch for k in keys))
            continue
        if args.mode == "fts-input":
            [(seq, " ".join("k%d" % k for k in keys)) for seq, keys, _ in batch]
            continue
        db.execute("BEGIN")
        if args.mode == "rows":
            rows = json.dumps(sorted((k, r, s) for s, keys, r in batch for k in keys))
            db.execute("INSERT OR IGNORE INTO item_key_recent SELECT value->>0, value->>1, value->>2, 1 FROM json_each(?)",
                       (rows,))
            if db.execute("SELECT count(*) FROM item_key_recent").fetchone()[0] >= args.merge_rows:
                db.execute("INSERT OR IGNORE INTO item_key SELECT * FROM item_key_recent ORDER BY 1, 2, 3")
                db.execute("DELETE FROM item_key_recent")
        else:
            db.executemany("INSERT INTO key_index (rowid, keys) VALUES (?, ?)",
                           [(seq, " ".join("k%d" % k for k in keys)) for seq, keys, _ in batch])
        db.execute("COMMIT")
    elapsed = cpu_seconds() - start
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(args.out)
    print(f"{args.mode}, {args.copies} cop{'y' if args.copies == 1 else 'ies'}: {len(items)} items, {total_keys} keys; "
          f"CPU {elapsed:.2f} s, {elapsed / max(1, len(items)) * 1e6:.1f} us per item, "
          f"{elapsed / max(1, total_keys) * 1e6:.2f} us per key; database {size / 1e6:.1f} MB")
    if args.mode.endswith("-input"):
        return
    counts = {}
    for _, keys, _ in base:
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    for key in [ranked[0], ranked[len(ranked) // 100], ranked[len(ranked) // 2], ranked[-1]]:
        if args.mode == "rows":
            sql, values = ("SELECT item_seq, recency FROM item_key WHERE key = ?1 UNION ALL "
                           "SELECT item_seq, recency FROM item_key_recent WHERE key = ?1 "
                           "ORDER BY 2 DESC, 1 DESC LIMIT 100"), (key,)
        else:
            sql, values = "SELECT rowid FROM key_index WHERE key_index MATCH ?1 ORDER BY rowid DESC LIMIT 100", ("k%d" % key,)
        start = time.perf_counter()
        for _ in range(20):
            found = db.execute(sql, values).fetchall()
        print(f"  latest 100 of key {key} ({counts[key] * args.copies} items): {len(found)} rows in "
              f"{(time.perf_counter() - start) / 20 * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
