#!/usr/bin/env python3
"""Write Feeds/samples/vov-russia-china-relations.xml from the seed article.

The seed text (/work/shared/seed/russia-china-relations.txt, or the copy in
Tests/BilateralClassifierTests/Fixtures/devset/seed.txt) has the title on its
first line, then paragraphs. The image caption line ("... - ảnh 1") and the
page chrome after the article ("Feedback", "Others") are left out.
"""
import html
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = [pathlib.Path("/work/shared/seed/russia-china-relations.txt"),
           ROOT / "Tests/BilateralClassifierTests/Fixtures/devset/seed.txt"]
CHROME = {"Feedback", "Others"}


def paragraphs(text):
    lines = [line.strip() for line in text.splitlines()]
    title, body = lines[0], [l for l in lines[1:] if l]
    body = [l for l in body if l not in CHROME and "ảnh 1" not in l]
    return title, body


def main():
    source = next(p for p in SOURCES if p.exists())
    title, body = paragraphs(source.read_text(encoding="utf-8"))
    description = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)
    link = "https://vovworld.vn/en-US/current-affairs/russiachina-relations-and-strategic-interests-190531.vov"
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>VOV World - Current Affairs</title>
    <link>https://vovworld.vn/en-US/current-affairs.vov</link>
    <description>Current affairs from the Voice of Vietnam (sample feed shipped with bilateral: the seed article)</description>
    <language>en</language>
    <item>
      <title>{html.escape(title, quote=False)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <pubDate>Tue, 22 Oct 2013 08:00:00 +0700</pubDate>
      <description><![CDATA[{description}]]></description>
    </item>
  </channel>
</rss>
"""
    out = ROOT / "Feeds/samples/vov-russia-china-relations.xml"
    out.write_text(feed, encoding="utf-8")
    print(out, file=sys.stderr)


if __name__ == "__main__":
    main()
