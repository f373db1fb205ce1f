#!/usr/bin/env python3
"""Checks the shipped actor lexicons beyond what the engine's loader checks
(gaz 2026-11-29):

- every current ISO 3166-1 code and every organisation of the spec is
  declared as an actor of the right kind;
- one-word alias phrases respect tools/gazetteer/stoplist.txt ([never]: not
  allowed; [flag]: need = or ^; [ruled]: need a flag and a rule);
- no alias names an armed group (Hamas, Taliban, Hezbollah, Houthis...);
- no phrase is both an alias and a block or territory;
- undated phrases claimed by two actors are listed (each must be decided by
  a rule or be a deliberate choice).

Prints counts (actors, alias phrases, dated alias phrases, rules, blocks,
territories). Exit status 1 on an error.

    python3 tools/gazetteer/lint.py
"""

import collections
import glob
import os
import re
import sys

import stoplist
from generate import OUT, read_iso
from lexutil import normalise, one_word, flagged

ORGS = "EU UN NATO ASEAN APEC BRICS SCO OPEC AFU GCC OSCE ECOWAS G7 G20 WTO IMF WB ICC".split()
ARMED = re.compile(r"\b(hamas|taliban|hezbollah|hizbollah|houthis?|ansar allah|islamic state|daesh|al qaeda|"
                   r"al shabaab|boko haram|wagner group|pmc wagner|hayat tahrir|rapid support forces)\b")
ARMED_WORDS = {"isis", "isil", "hts", "rsf", "wagner", "m23", "pkk", "ypg", "sdf"}
RECORD = re.compile(r"^(\w+)\s*(.*?)\s+:\s+(.*)$")


def expand(phrase):
    """Brace expansion as FORMAT.md describes it."""
    match = re.search(r"\{([^{}]*)\}", phrase)
    if not match:
        return [phrase]
    head, tail = phrase[:match.start()], phrase[match.end():]
    return [v for option in match.group(1).split(",") for v in expand(head + option + tail)]


def records():
    for path in sorted(glob.glob(os.path.join(OUT, "*.lex"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as handle:
            for number, raw in enumerate(handle, 1):
                line = raw.split("#", 1)[0].strip()
                if not line:
                    continue
                match = RECORD.match(line)
                if not match:
                    yield name, number, line.split()[0], line, []
                    continue
                directive, args, rest = match.groups()
                phrases = [p.strip() for p in rest.split("|") if p.strip()]
                yield name, number, directive, args, phrases


def main():
    stops = stoplist.load()
    errors = []
    actors, aliases, rules, blocked, territories = {}, [], collections.defaultdict(int), set(), set()
    for name, number, directive, args, phrases in records():
        where = f"{name}:{number}"
        if directive == "actor":
            code, kind = args.split()
            actors[code] = kind
        elif directive == "alias":
            parts = args.split()
            dated = len(parts) > 2
            for phrase in (p for raw in phrases for p in expand(raw)):
                aliases.append((where, parts[0], parts[1], dated, phrase))
        elif directive == "rule":
            rules[normalise(args.split("=>")[0].strip())] += 1
        elif directive == "block":
            blocked.update(normalise(p) for raw in phrases for p in expand(raw))
        elif directive == "territory":
            territories.update(normalise(p) for raw in phrases for p in expand(raw))
        elif directive != "abbreviations":
            errors.append(f"{where}: unexpected directive '{directive}' in actors/")
    current, _ = read_iso()
    errors += [f"ISO {a2} ({n}) is not a country actor" for _, a2, n in current if actors.get(a2) != "country"]
    errors += [f"organisation {o} is not an org actor" for o in ORGS if actors.get(o) != "org"]
    owners = collections.defaultdict(set)
    for where, code, role, dated, phrase in aliases:
        key, word = normalise(phrase), one_word(phrase)
        if code not in actors:
            errors.append(f"{where}: alias of undeclared actor {code}")
        if ARMED.search(key) or key in ARMED_WORDS:
            errors.append(f"{where}: '{phrase}' names an armed group")
        if key in blocked or key in territories:
            errors.append(f"{where}: '{phrase}' is also a block or territory")
        if word in stops["never"]:
            errors.append(f"{where}: '{phrase}' is in the stoplist [never]")
        if word in stops["flag"] | stops["ruled"] and not flagged(phrase):
            errors.append(f"{where}: '{phrase}' needs a case flag (stoplist)")
        if word in stops["ruled"] and not rules[word]:
            errors.append(f"{where}: '{phrase}' needs a rule in 08-ambiguity.lex (stoplist [ruled])")
        if not dated:
            owners[key].add(code)
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    for key, codes in sorted(shared.items()):
        print(f"note: undated '{key}' -> {' '.join(codes)}" + ("" if rules[key] else " (no rule)"))
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    dated = sum(1 for a in aliases if a[3])
    print(f"actors {len(actors)} ({sum(k == 'country' for k in actors.values())} countries, "
          f"{sum(k == 'org' for k in actors.values())} organisations); alias phrases {len(aliases)} "
          f"({len({normalise(a[4]) for a in aliases})} distinct), dated {dated}; rules {sum(rules.values())} "
          f"on {len(rules)} phrases; blocks {len(blocked)}; territory phrases {len(territories)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
