#!/usr/bin/env python3
"""Writes the HTML bodies (RSS description / content:encoded, Atom summary /
content) of the given feed files to OUT, separated by NUL bytes: the input
of html-text-bench. Files that are not well-formed XML are skipped."""
import sys
import xml.etree.ElementTree as ET

BODY_TAGS = ("description", "encoded", "summary", "content")

def bodies(path):
    try:
        for _, elem in ET.iterparse(path):
            if elem.tag.rsplit("}", 1)[-1] in BODY_TAGS and elem.text and elem.text.strip():
                yield elem.text
            if elem.tag.rsplit("}", 1)[-1] in ("item", "entry"):
                elem.clear()
    except ET.ParseError as error:
        print(f"skipped {path}: {error}", file=sys.stderr)

def main():
    out, paths = sys.argv[1], sys.argv[2:]
    count = 0
    with open(out, "wb") as f:
        for path in paths:
            for body in bodies(path):
                f.write(body.encode("utf-8") + b"\0")
                count += 1
    print(f"{count} bodies written to {out}", file=sys.stderr)

if __name__ == "__main__":
    main()
