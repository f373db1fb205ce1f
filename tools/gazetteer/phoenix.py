"""Converts the people of the Phoenix/CAMEO country dictionary to dated aliases.

Kept: people with at least one dated role whose CAMEO agent is exactly GOV
(government: heads of state and government, ministers) or GOVMIL (defence),
ending on or after CUTOFF. A role open at the dictionary's snapshot
(`>YYMMDD`) is closed at SNAPSHOT: what came after is in the hand-edited
05-leaders-2014-2026.lex. Two-digit years: 15-99 are 19xx, 00-14 are 20xx.
Role: `leader` when a variant names the person as president, prime minister,
premier, chancellor, king, emir or sultan, `minister` otherwise.
Variants that are a title plus another variant are dropped (the
shorter one matches). One-word variants (surnames) are written with `^` and dropped when shorter
than 4 letters or in the stoplist.
"""

import re

from lexutil import normalise, one_word

AGENTS = {"GOV", "GOVMIL"}
CUTOFF = "2000-01-01"
SNAPSHOT = "2014-01-30"
EXTRA_CODES = {"KSV": "XK", "TMP": "TL", "ROM": "RO", "ZAR": "CD", "YUG": "RS"}
LEADER = re.compile(r"(?<!VICE_)(?<!VICE-)\b(PRESIDENT|PRIME_MINISTER|PREMIER|CHANCELLOR|KING|EMIR|SULTAN)_")


def parse(path):
    """Yields groups {names, codes} in file order (see the README's format)."""
    groups, current = [], None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", line.split("#", 1)[0])
            text = re.sub(r"\[.*", "", line.split("#", 1)[0]).strip()
            if line[0] in " \t" and not text:
                if current is not None:
                    current["codes"] += codes
            elif line.startswith("+"):
                if current is not None:
                    current["names"].append(text[1:].strip())
            elif current is not None and not current["codes"]:
                current["names"].append(text)
                current["codes"] += codes
            else:
                current = {"names": [text], "codes": codes}
                groups.append(current)
    return groups


def day(value):
    value = value.strip()
    if re.fullmatch(r"\d{6}", value):
        year = int(value[:2])
        year += 2000 if year <= 14 else 1900
        return f"{year}-{value[2:4]}-{value[4:6]}"
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return None


def roles(group, alpha3_to_2):
    """{alpha2: merged [(from, to, open)]} of the group's GOV/GOVMIL roles."""
    found = {}
    for code in group["codes"]:
        match = re.fullmatch(r"([A-Z]{3})([A-Z]*)\s*(.*)", code.strip())
        if not match or match.group(2) not in AGENTS:
            continue
        alpha2 = alpha3_to_2.get(match.group(1)) or EXTRA_CODES.get(match.group(1))
        span = match.group(3).strip()
        if not alpha2 or not span:
            continue
        if span.startswith(">"):
            start, end, is_open = day(span[1:]), SNAPSHOT, True
        elif "-" in span:
            start, end = (day(part) for part in span.split("-", 1))
            is_open = False
        else:
            continue
        if start and end and start <= end and end >= CUTOFF:
            found.setdefault(alpha2, []).append((start, end, is_open))
    return {code: merge(spans) for code, spans in found.items()}


def merge(spans):
    merged = []
    for start, end, is_open in sorted(spans):
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] or is_open)
        else:
            merged.append((start, end, is_open))
    return merged


TITLES = set("""president minister prime premier chancellor king queen emir sultan
secretary general foreign defense defence finance deputy vice mr mrs ms dr gen
chairman leader head senator ambassador envoy state interior colonel marshal
sheikh crown prince acting former new""".split())


def titled_duplicate(key, keys):
    """True when `key` is a title plus another variant ("President Putin")."""
    words = key.split()
    for cut in range(1, len(words)):
        if " ".join(words[cut:]) in keys and TITLES & set(words[:cut]):
            return True
    return False


def phrases(group, stops):
    keys = {normalise(n.replace("_", " ")) for n in group["names"]}
    out, seen = [], set()
    for name in group["names"]:
        words = [w for w in name.replace("_", " ").split() if w]
        if not words or any(c in name for c in "|<>=^{}"):
            continue
        phrase = " ".join(w.capitalize() if w.isupper() else w for w in words)
        key = normalise(phrase)
        word = one_word(phrase)
        if not key or key in seen or titled_duplicate(key, keys):
            continue
        if word is not None:
            if len(word) < 4 or word in stops["never"] | stops["flag"] | stops["ruled"]:
                continue
            phrase = "^" + phrase
        seen.add(key)
        out.append(phrase)
    return out


def read_excluded(path):
    """{(alpha2, canonical name)} of phoenix-exclude.tsv."""
    excluded = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split("#", 1)[0].split()
            if len(fields) == 2:
                excluded.add((fields[0], fields[1]))
    return excluded


def leader_lines(path, alpha3_to_2, stops, excluded):
    """The records of 04-leaders-phoenix.lex."""
    entries = []
    for group in parse(path):
        spans = {code: merged for code, merged in roles(group, alpha3_to_2).items()
                 if (code, group["names"][0]) not in excluded}
        names = phrases(group, stops) if spans else []
        if not names:
            continue
        role = "leader" if any(LEADER.search(n) for n in group["names"]) else "minister"
        for alpha2, merged in spans.items():
            for start, end, is_open in merged:
                note = f"  # phoenix {group['names'][0]}"
                note += f"; open at snapshot {SNAPSHOT}" if is_open else ""
                entries.append((alpha2, start, names[0], f"alias {alpha2} {role} [{start}..{end}] : "
                                + " | ".join(names) + note))
    entries.sort()
    people = len({(e[0], e[2]) for e in entries})
    header = [
        "# GENERATED by tools/gazetteer/generate.py (phoenix.py): do not edit.",
        "# Source: ../shared/reference/petrarch2/Phoenix.Countries.actors.txt",
        "# (Phoenix/CAMEO country actors, Open Event Data Alliance, MIT licence,",
        "# generated 2014-01-30 from CountryInfo.140130.txt).",
        f"# People with dated CAMEO roles GOV or GOVMIL ending on or after {CUTOFF};",
        f"# roles open at the snapshot are closed at {SNAPSHOT} (later terms are in",
        f"# 05-leaders-2014-2026.lex). Left out: tools/gazetteer/phoenix-exclude.tsv.",
        f"# {people} people, {len(entries)} dated lines.",
        "",
    ]
    return header + [e[3] for e in entries]
