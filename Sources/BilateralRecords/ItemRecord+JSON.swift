import BilateralClassifier
import Foundation

extension ItemRecord {
    /// The record as one line of JSON (no trailing newline), with the keys in
    /// the order of spec/output.md and `null` for absent values. Hand-written
    /// because Foundation's encoder neither keeps key order nor writes nulls,
    /// and is the slow part of a pipeline that emits millions of records.
    public func jsonLine() -> String { String(decoding: jsonLineBytes(), as: UTF8.self) }

    /// `jsonLine()` as UTF-8 bytes, without making a `String` of them (the
    /// store binds them to SQLite as they are).
    public func jsonLineBytes() -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: estimatedJSONSize)
        write(to: &w)
        return w.bytes
    }

    /// The record as indented JSON, for `classify --pretty`.
    public func prettyJSON() -> String {
        var w = JSONWriter(pretty: true)
        write(to: &w)
        return w.output
    }

    /// About the size of the compact JSON: the text and evidence (most of a
    /// record) plus a fixed allowance per field, so that the line is written
    /// into one allocation of about its size instead of growing (or taking
    /// 8 KB for a small record).
    var estimatedJSONSize: Int {
        var size = 1024 + text.utf8.count + countries.count * 64 + topics.count * 32
        for dyad in dyads {
            size += 48
            for topic in dyad.topics {
                size += 48
                for sentence in topic.evidence { size += sentence.utf8.count + 8 }
            }
        }
        return size + size / 16
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key(static: "id"); w.string(id)
        w.key(static: "feed"); w.beginObject()
        w.key(static: "title"); w.string(feed.title)
        w.key(static: "link"); w.string(feed.link)
        w.key(static: "file"); w.string(feed.file)
        w.key(static: "format"); w.string(feed.format)
        w.endObject()
        w.key(static: "title"); w.string(title)
        w.key(static: "link"); w.string(link)
        w.key(static: "guid"); w.string(guid)
        w.key(static: "published"); w.timestamp(published)
        w.key(static: "updated"); w.timestamp(updated)
        w.key(static: "authors"); w.strings(authors)
        w.key(static: "categories"); w.strings(categories)
        w.key(static: "language"); w.string(language)
        w.key(static: "text"); w.string(text)
        w.key(static: "countries"); w.beginArray()
        for c in countries {
            w.beginObject()
            w.key(static: "code"); w.string(c.code)
            w.key(static: "name"); w.string(c.name)
            w.key(static: "mentions"); w.int(c.mentions)
            w.endObject()
        }
        w.endArray()
        w.key(static: "topics"); w.beginArray()
        for t in topics {
            w.beginObject(); w.key(static: "id"); w.string(t.id); w.key(static: "score"); w.score(t.score); w.endObject()
        }
        w.endArray()
        w.key(static: "dyads"); w.beginArray()
        for d in dyads {
            w.beginObject()
            w.key(static: "pair"); w.string(d.pair)
            w.key(static: "topics"); w.beginArray()
            for t in d.topics {
                w.beginObject()
                w.key(static: "id"); w.string(t.id)
                w.key(static: "score"); w.score(t.score)
                w.key(static: "evidence"); w.strings(t.evidence)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key(static: "recovered"); w.bool(recovered)
        w.key(static: "classifier"); w.string(classifier)
        w.endObject()
    }
}
