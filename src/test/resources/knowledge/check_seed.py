#!/usr/bin/env python3
"""Checks the knowledge seed files against KNOWLEDGE-FORMAT.md.

Usage: python3 check_seed.py [seed-dir] [seeds-dir-with-source-texts]
Exits 1 on an error. Warnings (long Dutch sentences, phrases shared with the
source publications) are printed for a human to judge.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "src/main/resources/knowledge/seed"
SOURCES_TXT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/seeds")

THEMES = {
    "HANDVAT": ["gezamenlijke-visie", "vroeg-betrekken", "veilige-omgeving", "ondersteunend-leiderschap",
                "grotere-rol", "machtsverhoudingen", "motivaties", "snelle-successen", "investeer-in-inwoners",
                "participatieomgeving", "koppel-terug"],
    "WORKING_ELEMENT": ["wensen-en-behoeften", "visie-op-participatie", "eigenaarschap", "verbinden",
                        "flexibele-aanpak"],
    "ANCHORING_STRATEGY": ["sleutelpersonen", "infrastructuur", "kennisdeling-en-training", "beleidsverankering",
                           "juridische-borging", "financiele-duurzaamheid"],
}
LEVELS = ["INFORMING", "CONSULTING", "ADVISING", "DELEGATING", "COOPERATING", "FACILITATING"]
REQUIRED_GROUPS = ["alle-inwoners", "ouderen", "jongeren", "kinderen-en-ouders", "mantelzorgers", "laaggeletterden",
                   "lage-inkomens-en-schulden", "migratieachtergrond", "mensen-met-een-beperking", "ggz-ervaring",
                   "chronisch-zieken", "wijkbewoners", "professionals"]
REQUIRED_METHODS = ["abcd", "deep-democracy", "participatief-actieonderzoek", "pdca", "fotostem", "quickscan",
                    "clientenpanel", "verhalentafels", "klantreizen", "focusgroepen", "deur-aan-deur-gesprekken",
                    "optrommelen", "inspiratiemarkt", "dialoogsessies", "praktijklabs", "burgerraad",
                    "ripple-effects-mapping"]
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load(name):
    with open(SEED / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


def text(item, field, where, paragraphs=False):
    v = item.get(field)
    if not isinstance(v, dict) or set(v) != {"nl", "en"}:
        err(f"{where}.{field}: must be {{nl, en}}, is {v!r:.60}")
        return
    for lang in ("nl", "en"):
        s = v[lang]
        if not isinstance(s, str) or not s.strip():
            err(f"{where}.{field}.{lang}: empty")
        elif s != s.strip() or "  " in s:
            err(f"{where}.{field}.{lang}: stray whitespace")
        elif not paragraphs and "\n" in s:
            err(f"{where}.{field}.{lang}: newline in a one-paragraph field")
        elif paragraphs and re.search(r"(?<!\n)\n(?!\n)|\n{3,}", s):
            err(f"{where}.{field}.{lang}: paragraphs must be separated by exactly one blank line")
    if paragraphs and all(isinstance(v.get(l), str) for l in ("nl", "en")):
        if v["nl"].count("\n\n") != v["en"].count("\n\n"):
            warnings.append(f"{where}.{field}: nl and en have a different number of paragraphs")
    collect(where + "." + field, v.get("nl", ""))


def text_list(item, field, where, lo, hi):
    v = item.get(field)
    if not isinstance(v, list) or not lo <= len(v) <= hi:
        err(f"{where}.{field}: needs {lo}-{hi} items, has {len(v) if isinstance(v, list) else v!r}")
        return
    for i, _ in enumerate(v):
        text({"x": v[i]}, "x", f"{where}.{field}[{i}]")


def keys_in(item, field, allowed, where, minimum=1):
    v = item.get(field)
    if not isinstance(v, list) or len(v) < minimum:
        err(f"{where}.{field}: needs at least {minimum} keys")
        return []
    if len(set(v)) != len(v):
        err(f"{where}.{field}: duplicates")
    for k in v:
        if k not in allowed:
            err(f"{where}.{field}: unknown key {k!r}")
    return v


DUTCH = []  # (where, text) for the plain-language and originality checks


def collect(where, s):
    DUTCH.append((where, s))


def unique_keys(items, name):
    ks = [i.get("key") for i in items]
    if len(set(ks)) != len(ks):
        err(f"{name}: duplicate keys")
    for k in ks:
        if not isinstance(k, str):
            err(f"{name}: missing key")
    return set(ks)


# sources
sources = load("sources")
source_keys = unique_keys(sources, "sources")
for s in sources:
    for f in ("key", "title", "authors", "publisher", "seed"):
        if not isinstance(s.get(f), str) or not s[f]:
            err(f"sources/{s.get('key')}: {f} missing")
    if not isinstance(s.get("year"), int):
        err(f"sources/{s.get('key')}: year must be a number")


def has_sources(item, where):
    keys_in(item, "sources", source_keys, where)


# target groups
groups = load("target-groups")
group_keys = unique_keys(groups, "target-groups")
for k in REQUIRED_GROUPS:
    if k not in group_keys:
        err(f"target-groups: {k} missing")
seen_synonyms = {}
for g in groups:
    w = f"target-groups/{g['key']}"
    text(g, "label", w)
    syn = g.get("synonyms")
    if not isinstance(syn, dict) or set(syn) != {"nl", "en"} or not all(isinstance(syn[l], list) and syn[l] for l in syn):
        err(f"{w}.synonyms: needs nl and en lists")
        continue
    for lang in ("nl", "en"):
        for s in syn[lang]:
            s2 = s.lower()
            if s2 in seen_synonyms and seen_synonyms[s2] != g["key"]:
                err(f"{w}: synonym {s!r} also belongs to {seen_synonyms[s2]}")
            seen_synonyms[s2] = g["key"]

# themes
themes = load("themes")
theme_keys = unique_keys(themes, "themes")
expected = {k: kind for kind, ks in THEMES.items() for k in ks}
if theme_keys != set(expected) or len(themes) != 22:
    err(f"themes: keys differ from Theme enum: missing {set(expected) - theme_keys}, extra {theme_keys - set(expected)}")
for t in themes:
    w = f"themes/{t['key']}"
    if t.get("kind") != expected.get(t["key"]):
        err(f"{w}: kind {t.get('kind')} should be {expected.get(t['key'])}")
    text(t, "title", w)
    text(t, "summary", w)
    text(t, "body", w, paragraphs=True)
    if not 2 <= t.get("body", {}).get("nl", "").count("\n\n") + 1 <= 4:
        err(f"{w}.body: needs 2-4 paragraphs")
    text_list(t, "practice", w, 3, 6)
    has_sources(t, w)

# ladder
ladder = load("ladder")
if [l.get("key") for l in ladder] != LEVELS:
    err(f"ladder: keys must be {LEVELS} in that order")
for l in ladder:
    w = f"ladder/{l.get('key')}"
    text(l, "title", w)
    text(l, "summary", w)
    text(l, "body", w, paragraphs=True)
    text_list(l, "asksOfProfessionals", w, 3, 5)
    has_sources(l, w)

# methods
methods = load("methods")
method_keys = unique_keys(methods, "methods")
if len(methods) < 24:
    err(f"methods: {len(methods)} < 24")
for k in REQUIRED_METHODS:
    if k not in method_keys:
        err(f"methods: {k} missing")
for m in methods:
    w = f"methods/{m['key']}"
    if not KEY.match(m["key"]):
        err(f"{w}: key is not lower-case-with-dashes")
    text(m, "title", w)
    text(m, "summary", w)
    text(m, "body", w, paragraphs=True)
    text_list(m, "steps", w, 3, 6)
    keys_in(m, "targetGroups", group_keys, w)
    lv = keys_in(m, "levels", LEVELS, w)
    if lv != sorted(lv, key=LEVELS.index):
        err(f"{w}.levels: keep ladder order")
    if m.get("effort") not in ("LOW", "MEDIUM", "HIGH"):
        err(f"{w}.effort")
    if m.get("groupSize") not in ("ONE_TO_ONE", "SMALL", "MEDIUM", "LARGE"):
        err(f"{w}.groupSize")
    keys_in(m, "themes", theme_keys, w)
    has_sources(m, w)

# examples
examples = load("examples")
example_keys = unique_keys(examples, "examples")
if len(examples) < 14:
    err(f"examples: {len(examples)} < 14")
for e in examples:
    w = f"examples/{e['key']}"
    if not KEY.match(e["key"]):
        err(f"{w}: key is not lower-case-with-dashes")
    if not isinstance(e.get("place"), str) or not e["place"]:
        err(f"{w}.place missing")
    text(e, "title", w)
    text(e, "summary", w)
    text(e, "body", w, paragraphs=True)
    keys_in(e, "methods", method_keys, w)
    keys_in(e, "themes", theme_keys, w)
    keys_in(e, "targetGroups", group_keys, w)
    has_sources(e, w)

# every theme should be reachable from methods and examples: suggestions are computed from these links
for k in theme_keys:
    nm = sum(k in m["themes"] for m in methods)
    ne = sum(k in e["themes"] for e in examples)
    if nm < 2 or ne < 1:
        err(f"theme {k}: only {nm} methods and {ne} examples link to it")
for lv in LEVELS:
    if sum(lv in m["levels"] for m in methods) < 3:
        err(f"level {lv}: fewer than 3 methods")
for g in group_keys:
    if sum(g in m["targetGroups"] for m in methods) < 2:
        warnings.append(f"target group {g}: fewer than 2 methods")
used = {k for e in examples for k in e["methods"]}
for k in method_keys - used:
    warnings.append(f"method {k}: no example uses it")

# plain language: B1 asks for short sentences
for where, s in DUTCH:
    for sentence in re.split(r"(?<=[.!?:])\s+|\n\n", s):
        n = len(sentence.split())
        if n > 15:
            warnings.append(f"long sentence ({n} words) in {where}: {sentence}")

# own words: no run of 7 words shared with a source publication
def words(t):
    return re.findall(r"[a-zà-ÿ0-9]+", t.lower())


if SOURCES_TXT.is_dir():
    grams = set()
    for p in SOURCES_TXT.glob("0*.txt"):
        ws = words(p.read_text(encoding="utf-8"))
        grams.update(tuple(ws[i:i + 7]) for i in range(len(ws) - 6))
    for where, s in DUTCH:
        ws = words(s)
        for i in range(len(ws) - 6):
            if tuple(ws[i:i + 7]) in grams:
                warnings.append(f"7 words as in a source in {where}: {' '.join(ws[i:i + 7])}")
                break

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print(f"sources {len(sources)}, target groups {len(groups)}, themes {len(themes)}, ladder {len(ladder)}, "
      f"methods {len(methods)}, examples {len(examples)}; {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
