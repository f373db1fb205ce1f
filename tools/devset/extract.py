#!/usr/bin/env python3
"""Extract news items (title, plain text, date) from the real feeds.

Usage: extract.py [FEEDS_DIR] > items.jsonl

Reads RSS 2.0, RSS 1.0/0.90 (RDF) and Atom files with xml.etree; a file that
is not well-formed is retried after replacing undefined HTML entities and
stray '<', then decoded as Latin-1 if it is not UTF-8; a file that still
fails is skipped with a note on stderr. HTML in descriptions is turned into
plain text with html.parser, after
undoing double-encoded UTF-8 (mojibake) run by run. Each output line is a JSON object:
{"id", "source", "date", "title", "text"} where id is "<outlet>-<n>"
(n counts the items of the file in document order) and date is YYYY-MM-DD.
"""
import email.utils
import html
import html.parser
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

DEFAULT_DIR = pathlib.Path("/work/shared/realfeeds/files")
BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"}


class TextExtractor(html.parser.HTMLParser):
    """Collects the text of an HTML fragment, one line per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


MOJIBAKE = re.compile("[\u00c2-\u00f4](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                      "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                      "\u2039\u203a\u20ac\u2122])+")


def repair(text):
    """Undo double-encoded UTF-8 ('Ã©' -> 'é', 'â€™' -> '’') run by run."""
    def fix(match):
        run = match.group(0)
        for encoding in ("cp1252", "latin-1"):
            try:
                return run.encode(encoding).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return run
    return MOJIBAKE.sub(fix, text or "")


def plain_text(fragment):
    parser = TextExtractor()
    parser.feed(repair(fragment))
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in "".join(parser.parts).splitlines()]
    return "\n".join(l for l in lines if l)


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child_text(elem, *names):
    for child in elem:
        if local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
        if local(child.tag) in names and local(child.tag) == "content" and len(child):
            return ET.tostring(child, encoding="unicode")
    return ""


def parse_date(value):
    value = (value or "").strip()
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return "-".join(m.groups())
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def lenient_root(raw, path):
    try:
        return ET.fromstring(raw)
    except ET.ParseError as first:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        text = re.sub(r"^<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
        text = re.sub(r"&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)(\w+);",
                      lambda m: html.unescape("&" + m.group(2) + ";").replace("&", "&amp;"), text)
        text = re.sub(r"<(?![A-Za-z/!?])", "&lt;", text)
        try:
            return ET.fromstring(text)
        except ET.ParseError as second:
            print(f"skipped {path.name}: {first}; after repair: {second}", file=sys.stderr)
            return None


def items(root):
    for elem in root.iter():
        name = local(elem.tag)
        if name == "item":
            yield (child_text(elem, "title"),
                   child_text(elem, "encoded") or child_text(elem, "description"),
                   child_text(elem, "pubDate", "date"))
        elif name == "entry":
            yield (child_text(elem, "title"),
                   child_text(elem, "content") or child_text(elem, "summary"),
                   child_text(elem, "published", "updated"))


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    for path in sorted(folder.iterdir()):
        root = lenient_root(path.read_bytes(), path)
        if root is None:
            continue
        outlet = path.name.split("_")[0]
        for n, (title, body, date) in enumerate(items(root), start=1):
            record = {"id": f"{outlet}-{n}", "source": path.name, "date": parse_date(date),
                      "title": plain_text(html.unescape(title)),
                      "text": plain_text(body)}
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
