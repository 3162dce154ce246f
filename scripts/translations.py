#!/usr/bin/env python3
"""Helps keep the language files in parity with German (see README, "Languages").

  scripts/translations.py missing [TAG ...]
      Lists, per resource set and language, every German key the language file lacks or leaves empty,
      with the German text: what a translator has to write. Leichte Sprache (de-x-ls) and the generated
      pseudo-locale (qps-plocm) are left out: the first is partial by design, the second is generated.

  scripts/translations.py add TAG FILE
      Writes the texts of FILE (lines "Key = text", "## Set" starting the texts of a set, e.g.
      "## Texts") into {Set}.{TAG}.resx, in German's order, each marked "awaiting review by a native
      speaker" (a <comment>): a text that is already there is replaced. Keys German does not have are
      refused, so a misspelt key is found here and not on a screen.

The parity tests (tests/Languages, run by Participant.Tests and Facilitator.Components.Tests) are the
check that counts; this script only saves looking the keys up by hand.
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ["src/Participant/Resources", "src/Facilitator/Resources"]
SKIPPED = {"de-x-ls", "qps-plocm"}
REVIEW = "awaiting review by a native speaker"


def sets():
    for folder in FOLDERS:
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if name.endswith(".resx") and name.count(".") == 1:
                yield folder, name[: -len(".resx")]


def read(path):
    if not os.path.exists(path):
        return {}
    return {d.get("name"): (d.findtext("value") or "") for d in ET.parse(path).getroot().findall("data")}


def reviewed_keys(path):
    if not os.path.exists(path):
        return set()
    return {d.get("name") for d in ET.parse(path).getroot().findall("data") if d.find("comment") is None}


def languages(folder, base):
    for name in sorted(os.listdir(os.path.join(ROOT, folder))):
        parts = name.split(".")
        if len(parts) == 3 and parts[0] == base and parts[2] == "resx" and parts[1] not in SKIPPED:
            yield parts[1]


def missing(tags):
    found = 0
    for folder, base in sets():
        german = read(os.path.join(ROOT, folder, base + ".resx"))
        for tag in tags or languages(folder, base):
            texts = read(os.path.join(ROOT, folder, f"{base}.{tag}.resx"))
            lacking = [k for k in german if not texts.get(k, "").strip() and german[k].strip()]
            if lacking:
                print(f"## {base}  ({folder}/{base}.{tag}.resx: {len(lacking)} missing)")
                for key in lacking:
                    print(f"{key} = {german[key]}")
                found += len(lacking)
    return 1 if found else 0


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add(tag, source):
    given = {}
    current = None
    with open(source, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if line.startswith("## "):
                current = line[3:].split()[0]
                given.setdefault(current, {})
            elif line.strip() and not line.startswith("#"):
                if current is None or " = " not in line:
                    sys.exit(f"{source}:{number}: expected '## Set' first, then 'Key = text'")
                key, text = line.split(" = ", 1)
                given[current][key.strip()] = text.strip()
    known = {base: folder for folder, base in sets()}
    for base, texts in given.items():
        if base not in known:
            sys.exit(f"{source}: no resource set {base}")
        folder = known[base]
        german_path = os.path.join(ROOT, folder, base + ".resx")
        german = read(german_path)
        unknown = [k for k in texts if k not in german]
        if unknown:
            sys.exit(f"{source}: {base} has no keys {', '.join(unknown)}")
        path = os.path.join(ROOT, folder, f"{base}.{tag}.resx")
        existing = read(path)
        reviewed = reviewed_keys(path)
        with open(german_path, encoding="utf-8") as g:
            header = [l for l in g.read().split("\n") if l.strip().startswith("<resheader")]
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               f"<!-- Written without a native speaker: every text is {REVIEW}. Correct a text and delete its",
               "     <comment> (README, \"Correcting a translation\"). -->",
               "<root>", *header]
        for key in german:
            text = texts.get(key, existing.get(key))
            if text is None:
                continue
            # A text a native speaker checked (its comment deleted) stays marked checked unless it is rewritten here.
            mark = "" if key in reviewed and key not in texts else f"<comment>{REVIEW}</comment>"
            out.append(f'  <data name="{key}" xml:space="preserve"><value>{escape(text)}</value>{mark}</data>')
        out.append("</root>")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        print(f"{path}: {len(texts)} texts written")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "missing":
        sys.exit(missing(sys.argv[2:]))
    if len(sys.argv) == 4 and sys.argv[1] == "add":
        sys.exit(add(sys.argv[2], sys.argv[3]))
    sys.exit(__doc__)
