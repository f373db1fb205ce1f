#!/usr/bin/env python3
"""Writes Sources/BilateralFeeds/Resources/charset-guessing.tsv: the candidates
CharsetGuesser tries for an undeclared document that is not UTF-8, and the
most frequent letters of each language they serve.

The letter lists are charset-normalizer's (MIT License, Copyright (c) 2025
TAHRI Ahmed R.; `charset_normalizer.constant.FREQUENCIES`): install it with
`pip install charset-normalizer`, then run this script from the repository root.
The candidates are ours (see the CANDIDATES table below).
"""
from charset_normalizer.constant import FREQUENCIES
from charset_normalizer import __version__

# label (as reported), iconv name, languages (FREQUENCIES keys; several keys of one
# language are merged). Order matters: on a tie the earlier candidate wins, and
# windows-1252 (what an undeclared document that is not UTF-8 is read as without a
# guess) comes first. Candidates from gb2312 on are multi-byte (MULTI_BYTE).
CANDIDATES = [
    ("windows-1252", "WINDOWS-1252", ["English", "German", "French", "Dutch", "Italian", "Spanish",
                                      "Portuguese", "Swedish", "Norwegian", "Danish", "Finnish"]),
    ("windows-1250", "WINDOWS-1250", ["Polish", "Czech", "Hungarian", "Slovak", "Slovene", "Croatian",
                                      "Romanian"]),
    ("windows-1254", "WINDOWS-1254", ["Turkish"]),
    ("windows-1257", "WINDOWS-1257", ["Lithuanian", "Estonian"]),
    ("windows-1251", "WINDOWS-1251", ["Russian", "Ukrainian", "Bulgarian", "Serbian", "Kazakh"]),
    ("koi8-r", "KOI8-R", ["Russian"]),
    ("windows-1253", "WINDOWS-1253", ["Greek"]),
    ("windows-1255", "WINDOWS-1255", ["Hebrew"]),
    ("windows-1256", "WINDOWS-1256", ["Arabic", "Farsi"]),
    ("tis-620", "TIS-620", ["Thai"]),
    ("windows-874", "WINDOWS-874", ["Thai"]),
    ("gb2312", "GB18030", ["Chinese"]),
    ("big5", "BIG5", ["Chinese"]),
    ("shift_jis", "SHIFT_JIS", ["Japanese"]),
    ("euc-jp", "EUC-JP", ["Japanese"]),
    ("euc-kr", "EUC-KR", ["Korean"]),
]

MULTI_BYTE = {"gb2312", "big5", "shift_jis", "euc-jp", "euc-kr"}

def letters(language):
    merged = []
    for key, chars in FREQUENCIES.items():
        if key.rstrip("—") == language:
            merged += [c for c in chars if c not in merged]
    if not merged:
        raise SystemExit(f"no letters for {language}")
    return "".join(merged)

out = ["# Charset guessing for undeclared documents that are not UTF-8 (CharsetGuesser).",
       "# Written by tools/charset-letters.py; edit the script, not this file.",
       "#",
       "# Records, one per line, fields separated by one tab:",
       "#   candidate <label> <iconv name> <single|multi> <language>,<language>...",
       "#     a charset to try, in order (on a tie the earlier wins); <label> is the",
       "#     encoding reported, <iconv name> what iconv decodes with; multi for a",
       "#     multi-byte charset (CJK), judged before the single-byte ones.",
       "#   letters <language> <letters>",
       "#     the language's most frequent letters (lower case where the script has case),",
       "#     most frequent first. A decoding scores the share of its non-ASCII letters",
       "#     found in the best of its candidate's languages.",
       "# Lines starting with # and blank lines are ignored.",
       "#",
       f"# Letters: charset-normalizer {__version__}, charset_normalizer.constant.FREQUENCIES,",
       "# MIT License, Copyright (c) 2025 TAHRI Ahmed R. Permission is hereby granted, free of",
       "# charge, to any person obtaining a copy of this software and associated documentation",
       "# files, to deal in the Software without restriction, subject to the condition that the",
       "# copyright notice and this permission notice be included in all copies or substantial",
       "# portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.",
       ""]
languages = []
for label, iconv, langs in CANDIDATES:
    kind = "multi" if label in MULTI_BYTE else "single"
    out.append(f"candidate\t{label}\t{iconv}\t{kind}\t{','.join(langs)}")
    languages += [l for l in langs if l not in languages]
out.append("")
for language in languages:
    out.append(f"letters\t{language}\t{letters(language)}")
open("Sources/BilateralFeeds/Resources/charset-guessing.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
