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
        var w = JSONWriter(pretty: false)
        write(to: &w)
        return w.bytes
    }

    /// The record as indented JSON, for `classify --pretty`.
    public func prettyJSON() -> String {
        var w = JSONWriter(pretty: true)
        write(to: &w)
        return w.output
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(id)
        w.key("feed"); w.beginObject()
        w.key("title"); w.string(feed.title)
        w.key("link"); w.string(feed.link)
        w.key("file"); w.string(feed.file)
        w.key("format"); w.string(feed.format)
        w.endObject()
        w.key("title"); w.string(title)
        w.key("link"); w.string(link)
        w.key("guid"); w.string(guid)
        w.key("published"); w.string(published.map(JSONWriter.iso8601))
        w.key("updated"); w.string(updated.map(JSONWriter.iso8601))
        w.key("authors"); w.strings(authors)
        w.key("categories"); w.strings(categories)
        w.key("language"); w.string(language)
        w.key("text"); w.string(text)
        w.key("countries"); w.beginArray()
        for c in countries {
            w.beginObject()
            w.key("code"); w.string(c.code)
            w.key("name"); w.string(c.name)
            w.key("mentions"); w.int(c.mentions)
            w.endObject()
        }
        w.endArray()
        w.key("topics"); w.beginArray()
        for t in topics {
            w.beginObject(); w.key("id"); w.string(t.id); w.key("score"); w.score(t.score); w.endObject()
        }
        w.endArray()
        w.key("dyads"); w.beginArray()
        for d in dyads {
            w.beginObject()
            w.key("pair"); w.string(d.pair)
            w.key("topics"); w.beginArray()
            for t in d.topics {
                w.beginObject()
                w.key("id"); w.string(t.id)
                w.key("score"); w.score(t.score)
                w.key("evidence"); w.strings(t.evidence)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("recovered"); w.bool(recovered)
        w.key("classifier"); w.string(classifier)
        w.endObject()
    }
}
