#!/usr/bin/env bash
# Builds the seed corpus of a fuzz target into fuzz/work/corpus-<target>/ (git-ignored) from
# ../shared (feedparser conformance inputs, real feeds) and the package's own fixtures.
# Usage: fuzz/build-corpus.sh TARGET   (FeedReader, HTMLText, DateParser, LexiconLoader)
set -euo pipefail
target=${1:?usage: fuzz/build-corpus.sh FeedReader|HTMLText|DateParser|LexiconLoader}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${BILATERAL_SHARED:-$root/../shared}
[ -d "$shared" ] || shared=/work/shared
out=$root/fuzz/work/corpus-$target
mkdir -p "$out"
exec python3 - "$target" "$root" "$shared" "$out" <<'PY'
import glob, gzip, hashlib, html, os, re, sys
target, root, shared, out = sys.argv[1:]
feeds = sorted(glob.glob(f"{shared}/conformance/feedparser/inputs/**/*", recursive=True)
               + glob.glob(f"{shared}/realfeeds/files/*"))
feeds = [f for f in feeds if os.path.isfile(f)]
seeds = []
def text_of(f):
    return open(f, "rb").read().decode("utf-8", "replace")
if target == "FeedReader":
    for f in feeds:
        data = open(f, "rb").read()
        seeds.append(data)
    # A few gzip seeds so the inflater is reached.
    for f in feeds[:: max(1, len(feeds) // 20)]:
        seeds.append(gzip.compress(open(f, "rb").read()[:16384]))
    seeds += [open(f, "rb").read() for f in glob.glob(f"{root}/Tests/BilateralFeedsTests/Fixtures/hostile/*")]
elif target == "HTMLText":
    pattern = re.compile(r"<(description|content:encoded|content|summary)[^>]*>(.*?)</\1>", re.S)
    for f in feeds:
        for _, body in pattern.findall(text_of(f)):
            body = re.sub(r"^\s*<!\[CDATA\[(.*)\]\]>\s*$", r"\1", body, flags=re.S)
            seeds.append(html.unescape(body).encode()[:16384] if "<![CDATA[" not in body else body.encode()[:16384])
    seeds += [open(f, "rb").read() for f in glob.glob(f"{root}/Tests/BilateralFeedsTests/Fixtures/text/*.html")]
elif target == "DateParser":
    pattern = re.compile(r"<(pubDate|dc:date|updated|published|modified|issued|created|lastBuildDate)[^>]*>([^<]{1,80})</\1>")
    for f in feeds:
        seeds += [m[1].strip().encode() for m in pattern.findall(text_of(f))]
    import json
    lines = open(f"{root}/Tests/BilateralFeedsTests/Fixtures/dates/cases.jsonl").readlines()
    if os.path.exists(f"{shared}/conformance/feedparser/dates.jsonl"):
        lines += open(f"{shared}/conformance/feedparser/dates.jsonl").readlines()
    for line in lines:
        line = line.strip()
        if line.startswith("{"):
            value = json.loads(line)
            seeds.append(str(value.get("input", value.get("text", ""))).encode())
elif target == "LexiconLoader":
    for f in sorted(glob.glob(f"{root}/Sources/BilateralClassifier/Resources/lexicons/**/*", recursive=True)
                    + glob.glob(f"{root}/Tests/BilateralClassifierTests/Fixtures/**/*", recursive=True)):
        if os.path.isfile(f):
            data = open(f, "rb").read()
            seeds.append(data)
            # Line windows, so small mutations reach every directive.
            lines = data.split(b"\n")
            seeds += [b"\n".join(lines[i:i + 12]) for i in range(0, len(lines), 12)]
else:
    sys.exit(f"unknown target {target}")
written = 0
for s in seeds:
    if not s:
        continue
    name = hashlib.sha1(s).hexdigest()
    path = os.path.join(out, name)
    if not os.path.exists(path):
        open(path, "wb").write(s)
        written += 1
print(f"corpus-{target}: {written} new seeds, {len(os.listdir(out))} files in {out}")
PY
