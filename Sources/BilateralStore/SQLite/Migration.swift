/// One named step of the schema. Once a migration has shipped it is never
/// edited: a change to the schema is a new migration appended to
/// `Migration.all`. Names are recorded in `schema_migration`.
struct Migration: Sendable {
    let name: String
    let sql: String

    /// Every migration, in the order they run.
    static let all: [Migration] = [
        Migration(name: "v1-create-file", sql: """
            CREATE TABLE file (
                path TEXT PRIMARY KEY NOT NULL,
                size INTEGER NOT NULL,
                mtime_ns INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('ok', 'recovered', 'failed', 'pending')),
                items INTEGER NOT NULL DEFAULT 0,
                error TEXT,
                last_read_at INTEGER NOT NULL
            );
            CREATE INDEX file_status ON file(status);
            """),
        Migration(name: "v1-create-item", sql: """
            CREATE TABLE item (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                first_seen_at INTEGER NOT NULL,
                published INTEGER,
                title TEXT,
                link TEXT,
                guid TEXT,
                language TEXT,
                text TEXT NOT NULL,
                record_json TEXT NOT NULL,
                classifier_version TEXT NOT NULL,
                recovered INTEGER NOT NULL CHECK (recovered IN (0, 1))
            );
            CREATE INDEX item_first_seen ON item(first_seen_at);
            CREATE INDEX item_published ON item(published);
            CREATE INDEX item_classifier ON item(classifier_version);
            """),
        Migration(name: "v1-create-item-file", sql: """
            CREATE TABLE item_file (
                item_seq INTEGER NOT NULL REFERENCES item(seq) ON DELETE CASCADE,
                file_path TEXT NOT NULL REFERENCES file(path) ON DELETE CASCADE,
                feed_title TEXT,
                feed_link TEXT,
                format TEXT NOT NULL,
                PRIMARY KEY (item_seq, file_path)
            ) WITHOUT ROWID;
            CREATE INDEX item_file_path ON item_file(file_path);
            """),
        Migration(name: "v1-create-item-country", sql: """
            CREATE TABLE item_country (
                code TEXT NOT NULL,
                item_seq INTEGER NOT NULL REFERENCES item(seq) ON DELETE CASCADE,
                mentions INTEGER NOT NULL,
                PRIMARY KEY (code, item_seq)
            ) WITHOUT ROWID;
            CREATE INDEX item_country_item ON item_country(item_seq);
            """),
        Migration(name: "v1-create-item-topic", sql: """
            CREATE TABLE item_topic (
                topic TEXT NOT NULL,
                item_seq INTEGER NOT NULL REFERENCES item(seq) ON DELETE CASCADE,
                score REAL NOT NULL,
                PRIMARY KEY (topic, item_seq)
            ) WITHOUT ROWID;
            CREATE INDEX item_topic_item ON item_topic(item_seq);
            """),
        Migration(name: "v1-create-item-dyad", sql: """
            CREATE TABLE item_dyad (
                pair TEXT NOT NULL,
                item_seq INTEGER NOT NULL REFERENCES item(seq) ON DELETE CASCADE,
                PRIMARY KEY (pair, item_seq)
            ) WITHOUT ROWID;
            CREATE INDEX item_dyad_item ON item_dyad(item_seq);
            CREATE TABLE item_dyad_topic (
                pair TEXT NOT NULL,
                topic TEXT NOT NULL,
                item_seq INTEGER NOT NULL REFERENCES item(seq) ON DELETE CASCADE,
                score REAL NOT NULL,
                PRIMARY KEY (pair, topic, item_seq)
            ) WITHOUT ROWID;
            CREATE INDEX item_dyad_topic_item ON item_dyad_topic(item_seq);
            """),
        Migration(name: "v1-create-export-state", sql: """
            CREATE TABLE export_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_seq INTEGER NOT NULL,
                file TEXT,
                byte_offset INTEGER NOT NULL
            );
            INSERT INTO export_state (id, last_seq, file, byte_offset) VALUES (1, 0, NULL, 0);
            CREATE TABLE export_rewrite (file TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            """),
        Migration(name: "v1-create-atom-state", sql: """
            CREATE TABLE atom_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_seq INTEGER NOT NULL
            );
            INSERT INTO atom_state (id, last_seq) VALUES (1, 0);
            """),
        // recency = coalesce(item.published, item.first_seen_at), copied into
        // the classification tables so that the latest items of one topic,
        // pair or country (an Atom feed, `query --topic`) come from one index
        // instead of a lookup and sort of every matching item.
        Migration(name: "v2-add-recency", sql: """
            ALTER TABLE item_country ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE item_topic ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE item_dyad ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE item_dyad_topic ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
            UPDATE item_country SET recency = (SELECT coalesce(published, first_seen_at) FROM item WHERE seq = item_seq);
            UPDATE item_topic SET recency = (SELECT coalesce(published, first_seen_at) FROM item WHERE seq = item_seq);
            UPDATE item_dyad SET recency = (SELECT coalesce(published, first_seen_at) FROM item WHERE seq = item_seq);
            UPDATE item_dyad_topic SET recency = (SELECT coalesce(published, first_seen_at) FROM item WHERE seq = item_seq);
            CREATE INDEX item_country_recency ON item_country(code, recency, item_seq);
            CREATE INDEX item_topic_recency ON item_topic(topic, recency, item_seq);
            CREATE INDEX item_dyad_recency ON item_dyad(pair, recency, item_seq);
            CREATE INDEX item_dyad_topic_recency ON item_dyad_topic(pair, topic, recency, item_seq);
            """),
        // The classification as small integer keys in ONE B-tree: each
        // country, topic, pair and pair+topic is a row of `class_key`; an
        // item's classification is one `item_key` row per key, whose primary
        // key (key, recency, item_seq) is itself the index of the latest items
        // of a key (Atom feeds, `query --topic`). The ids of an item's keys
        // are listed in `item.class_keys` (comma-separated), for the Atom
        // writer (keys of new items) and reclassification (rows to delete).
        // Measured on the rows of 300 benchmark files (~45 per item; Python
        // sqlite3, the daemon's commit pattern, per row including Python's own
        // overhead): text keys in three B-trees as v1+v2 stored them 6.3 us,
        // integer keys in two B-trees 4.2, in one 3.2. The old
        // tables become views with the same columns, for reading (`sqlite3`
        // users, counts); the store writes `item_key`. The item's text is no
        // longer stored twice: the `item.text` column is dropped, the text
        // is read from `record_json` (`json_extract(record_json, '$.text')`),
        // which holds it: the database of 300 benchmark files 80 -> 56 MB.
        // (A virtual generated column in its place made every INSERT parse
        // the record's JSON: +10% store CPU.)
        Migration(name: "v3-classification-keys", sql: """
            CREATE TABLE class_key (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('country', 'topic', 'pair', 'pair_topic')),
                name TEXT NOT NULL,
                topic TEXT NOT NULL DEFAULT '',
                UNIQUE (kind, name, topic)
            );
            CREATE TABLE item_key (
                key INTEGER NOT NULL,
                recency INTEGER NOT NULL,
                item_seq INTEGER NOT NULL,
                value NUMERIC,
                PRIMARY KEY (key, recency, item_seq)
            ) WITHOUT ROWID;
            ALTER TABLE item ADD COLUMN class_keys TEXT NOT NULL DEFAULT '';
            INSERT INTO class_key (kind, name, topic) SELECT DISTINCT 'country', c.code, '' FROM item_country AS c ORDER BY 2, 3;
            INSERT INTO item_key (key, recency, item_seq, value)
                SELECT k.id, c.recency, c.item_seq, c.mentions FROM item_country AS c
                JOIN class_key AS k ON k.kind = 'country' AND k.name = c.code AND k.topic = '';
            DROP TABLE item_country;
            INSERT INTO class_key (kind, name, topic) SELECT DISTINCT 'topic', c.topic, '' FROM item_topic AS c ORDER BY 2, 3;
            INSERT INTO item_key (key, recency, item_seq, value)
                SELECT k.id, c.recency, c.item_seq, c.score FROM item_topic AS c
                JOIN class_key AS k ON k.kind = 'topic' AND k.name = c.topic AND k.topic = '';
            DROP TABLE item_topic;
            INSERT INTO class_key (kind, name, topic) SELECT DISTINCT 'pair', c.pair, '' FROM item_dyad AS c ORDER BY 2, 3;
            INSERT INTO item_key (key, recency, item_seq, value)
                SELECT k.id, c.recency, c.item_seq, NULL FROM item_dyad AS c
                JOIN class_key AS k ON k.kind = 'pair' AND k.name = c.pair AND k.topic = '';
            DROP TABLE item_dyad;
            INSERT INTO class_key (kind, name, topic) SELECT DISTINCT 'pair_topic', c.pair, c.topic FROM item_dyad_topic AS c ORDER BY 2, 3;
            INSERT INTO item_key (key, recency, item_seq, value)
                SELECT k.id, c.recency, c.item_seq, c.score FROM item_dyad_topic AS c
                JOIN class_key AS k ON k.kind = 'pair_topic' AND k.name = c.pair AND k.topic = c.topic;
            DROP TABLE item_dyad_topic;
            CREATE INDEX item_key_migration ON item_key(item_seq);
            UPDATE item SET class_keys = coalesce((SELECT group_concat(key) FROM item_key WHERE item_seq = item.seq), '');
            DROP INDEX item_key_migration;
            CREATE VIEW item_country AS SELECT k.name AS code, i.item_seq AS item_seq, CAST(i.value AS INTEGER) AS mentions, i.recency AS recency
                FROM class_key AS k JOIN item_key AS i ON i.key = k.id WHERE k.kind = 'country' AND k.topic = '';
            CREATE VIEW item_topic AS SELECT k.name AS topic, i.item_seq AS item_seq, i.value AS score, i.recency AS recency
                FROM class_key AS k JOIN item_key AS i ON i.key = k.id WHERE k.kind = 'topic' AND k.topic = '';
            CREATE VIEW item_dyad AS SELECT k.name AS pair, i.item_seq AS item_seq, i.recency AS recency
                FROM class_key AS k JOIN item_key AS i ON i.key = k.id WHERE k.kind = 'pair' AND k.topic = '';
            CREATE VIEW item_dyad_topic AS SELECT k.name AS pair, i.item_seq AS item_seq, k.topic AS topic, i.value AS score, i.recency AS recency
                FROM class_key AS k JOIN item_key AS i ON i.key = k.id WHERE k.kind = 'pair_topic';
            ALTER TABLE item DROP COLUMN text;
            """),
        // New classification rows go to the small `item_key_recent` (same
        // columns and primary key) and are moved into `item_key` in bulk
        // (`RecentKeyPolicy`, until v6): a commit rewrites the few pages of the small
        // tree instead of a page of `item_key` per key it touches. Readers
        // see both: the views are the union of the two, and the store's own
        // queries merge the two index ranges (`UNION ALL ... ORDER BY`).
        Migration(name: "v4-recent-keys", sql: """
            CREATE TABLE item_key_recent (
                key INTEGER NOT NULL,
                recency INTEGER NOT NULL,
                item_seq INTEGER NOT NULL,
                value NUMERIC,
                PRIMARY KEY (key, recency, item_seq)
            ) WITHOUT ROWID;
            DROP VIEW item_country;
            DROP VIEW item_topic;
            DROP VIEW item_dyad;
            DROP VIEW item_dyad_topic;
            \(Self.view("item_country", kind: "country", columns: "k.name AS code, i.item_seq AS item_seq, CAST(i.value AS INTEGER) AS mentions, i.recency AS recency"))
            \(Self.view("item_topic", kind: "topic", columns: "k.name AS topic, i.item_seq AS item_seq, i.value AS score, i.recency AS recency"))
            \(Self.view("item_dyad", kind: "pair", columns: "k.name AS pair, i.item_seq AS item_seq, i.recency AS recency"))
            \(Self.view("item_dyad_topic", kind: "pair_topic", columns: "k.name AS pair, i.item_seq AS item_seq, k.topic AS topic, i.value AS score, i.recency AS recency"))
            """),
        // No query used `item_published` (queries by publication time read
        // coalesce(published, first_seen_at), which an index on `published`
        // cannot serve) or `item_classifier` (reclassification looks for
        // `classifier_version <> ?`, which no index serves, walking by seq),
        // yet every insert paid for both. An index on the recency expression
        // lets a query by time with no key (`query --since ... --limit 20`)
        // read the newest items instead of scanning and sorting every item.
        Migration(name: "v5-recency-index", sql: """
            DROP INDEX item_published;
            DROP INDEX item_classifier;
            CREATE INDEX item_recency ON item(coalesce(published, first_seen_at));
            """),
        // The classification index as SQLite's FTS5 (docs/classification-index.md): one
        // document per item whose terms are its key ids (`k12 k45`), in a contentless
        // table whose postings (packed lists of rowids) SQLite writes as a segment per
        // transaction and merges in the background, instead of one B-tree row per key and
        // item written twice (`item_key_recent`, then `item_key`). The document's rowid is
        // `item.rkey`: the item's recency (clamped to +-2^41 s) times 2^21 plus its rank
        // among the items of that second in seq order, so that the postings of a key,
        // read backwards, are its items newest first (recency, then seq) and a time range
        // is a rowid range. Mentions and scores, which only the views show, come from the
        // record. `key_postings` lists (term, rowid) pairs for the views. The ranks go
        // through a small temporary table keyed by rkey (an UPDATE ... FROM the window query
        // kept a copy of every item row in memory: the process peaked at 465 MB migrating
        // 40,166 items, at 156 MB this way), and the documents are added in rowid order
        // (see `ItemStore.indexItems`).
        Migration(name: "v6-fts-key-index", sql: """
            ALTER TABLE item ADD COLUMN rkey INTEGER;
            CREATE TEMP TABLE v6_rank (rkey INTEGER PRIMARY KEY, seq INTEGER NOT NULL UNIQUE);
            INSERT INTO v6_rank (seq, rkey)
                SELECT seq, min(max(coalesce(published, first_seen_at), -2199023255552), 2199023255551) * 2097152
                    + row_number() OVER (PARTITION BY min(max(coalesce(published, first_seen_at), -2199023255552), 2199023255551)
                                         ORDER BY seq) - 1
                FROM item;
            UPDATE item SET rkey = (SELECT r.rkey FROM v6_rank AS r WHERE r.seq = item.seq);
            CREATE UNIQUE INDEX item_rkey ON item(rkey);
            CREATE VIRTUAL TABLE key_index USING fts5(keys, content='', detail=none, tokenize='ascii');
            INSERT INTO key_index (rowid, keys)
                SELECT r.rkey, 'k' || replace(i.class_keys, ',', ' k') FROM v6_rank AS r JOIN item AS i ON i.seq = r.seq
                WHERE i.class_keys <> '' ORDER BY r.rkey;  -- v6_rank's rowid order: no sort
            DROP TABLE v6_rank;
            CREATE VIRTUAL TABLE key_postings USING fts5vocab(key_index, 'instance');
            DROP VIEW item_country;
            DROP VIEW item_topic;
            DROP VIEW item_dyad;
            DROP VIEW item_dyad_topic;
            DROP TABLE item_key;
            DROP TABLE item_key_recent;
            \(Self.indexView("item_country", kind: "country", columns: """
                k.name AS code, i.seq AS item_seq, (SELECT j.value ->> 'mentions' FROM json_each(i.record_json, '$.countries') AS j
                    WHERE j.value ->> 'code' = k.name) AS mentions
                """))
            \(Self.indexView("item_topic", kind: "topic", columns: """
                k.name AS topic, i.seq AS item_seq, (SELECT j.value ->> 'score' FROM json_each(i.record_json, '$.topics') AS j
                    WHERE j.value ->> 'id' = k.name) AS score
                """))
            \(Self.indexView("item_dyad", kind: "pair", columns: "k.name AS pair, i.seq AS item_seq"))
            \(Self.indexView("item_dyad_topic", kind: "pair_topic", columns: """
                k.name AS pair, i.seq AS item_seq, k.topic AS topic, (SELECT t.value ->> 'score'
                    FROM json_each(i.record_json, '$.dyads') AS d, json_each(d.value, '$.topics') AS t
                    WHERE d.value ->> 'pair' = k.name AND t.value ->> 'id' = k.topic) AS score
                """))
            """),
        // `item.rkey` (v6) orders the items by recency, then seq, and its index serves a
        // query by publication time with no key (`query --since ... --limit 20`): the index
        // on the recency expression (v5) said the same again, and every insert paid for it.
        Migration(name: "v7-drop-recency-index", sql: """
            DROP INDEX item_recency;
            """),
    ]

    /// A view of one kind of classification key over `key_index` (migration v6): the
    /// key's `class_key` row, its postings, and the items they name, with the recency.
    private static func indexView(_ name: String, kind: String, columns: String) -> String {
        "CREATE VIEW \(name) AS SELECT \(columns), coalesce(i.published, i.first_seen_at) AS recency"
            + " FROM class_key AS k JOIN key_postings AS p ON p.term = 'k' || k.id JOIN item AS i ON i.rkey = p.doc"
            + " WHERE k.kind = '\(kind)'" + (kind == "pair_topic" ? ";" : " AND k.topic = '';")
    }

    /// A view of one kind of classification key over both key tables: a
    /// compound SELECT, so that a condition on the view's columns is pushed
    /// into each branch and reads each table's primary key.
    private static func view(_ name: String, kind: String, columns: String) -> String {
        let branch = { (table: String) in
            "SELECT \(columns) FROM class_key AS k JOIN \(table) AS i ON i.key = k.id WHERE k.kind = '\(kind)'"
                + (kind == "pair_topic" ? "" : " AND k.topic = ''")
        }
        return "CREATE VIEW \(name) AS \(branch("item_key")) UNION ALL \(branch("item_key_recent"));"
    }
}
