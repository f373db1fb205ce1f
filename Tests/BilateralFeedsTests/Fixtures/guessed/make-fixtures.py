#!/usr/bin/env python3
"""Writes the fixtures of samples.tsv (run from this folder): for each line, <name>.xml, an
RSS document with no XML declaration in the line's charset, and <name>.json, what the
reader must find in it."""
import json
for line in open("samples.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    name, codec, label, title, description = line.rstrip("\n").split("\t")
    xml = ("<rss version=\"2.0\"><channel><title>Feed</title><link>http://example.com/</link>\n"
           f"<item><title>{title}</title><link>http://example.com/{name}</link>\n"
           f"<description>{description}</description></item>\n</channel></rss>\n")
    open(f"{name}.xml", "wb").write(xml.encode(codec))
    expect = {"feed": {"encoding": label}, "items": [{"title": title, "text_contains": [description]}]}
    json.dump(expect, open(f"{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
