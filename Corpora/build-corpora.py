#!/usr/bin/env python3
"""Rebuilds Corpora/train and Corpora/heldout from two public-domain Debian packages.

Usage: python3 Corpora/build-corpora.py   (needs network access to Debian's archive through apt)

- King James Version of the Bible (package bible-kjv-text, read with the `bible` program of bible-kjv):
  one file per book, one document (paragraph) per chapter.
- The Devil's Dictionary by Ambrose Bierce (package dict-devil): entries separated by blank lines.

Training books and held-out books are disjoint; dictionary entries A-R train, S-Z are held out.
"""
import glob, gzip, os, re, subprocess, sys, tempfile

TRAIN_BOOKS = ["Genesis", "Exodus", "Joshua", "Judges", "1Samuel", "2Samuel", "1Kings", "2Kings",
               "Matthew", "Luke", "Acts"]
HELDOUT_BOOKS = ["Ruth", "Esther", "Jonah", "Daniel", "John"]

here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
subprocess.run(["apt-get", "download", "bible-kjv", "bible-kjv-text", "dict-devil"], cwd=work, check=True)
for deb in glob.glob(os.path.join(work, "*.deb")):
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "root")], check=True)
root = os.path.join(work, "root")

def book(name):
    out = subprocess.run([os.path.join(root, "usr/bin/bible"), "-p", os.path.join(root, "usr/lib"), "-f",
                          f"{name}1:1-199:999"], capture_output=True, text=True, check=True).stdout
    chapters = {}
    for line in out.splitlines():
        m = re.match(r"^\S+?(\d+):(\d+) (.*)$", line)
        if m:
            chapters.setdefault(int(m.group(1)), []).append(m.group(3).strip())
    return "\n\n".join(" ".join(v) for _, v in sorted(chapters.items())) + "\n"

def devil():
    text = gzip.open(os.path.join(root, "usr/share/dictd/devil.dict.dz"), "rt", encoding="latin-1").read()
    start = text.index("ABASEMENT, n.")
    entries = re.split(r"\n\s*\n(?=[A-Z][A-Z' -]+, )", text[start:])
    return [e.strip() for e in entries if e.strip()]

for split, books in (("train", TRAIN_BOOKS), ("heldout", HELDOUT_BOOKS)):
    os.makedirs(os.path.join(here, split), exist_ok=True)
    for name in books:
        with open(os.path.join(here, split, f"kjv-{name.lower()}.txt"), "w") as f:
            f.write(book(name))
entries = devil()
train = [e for e in entries if e[0] < "S"]
held = [e for e in entries if e[0] >= "S"]
for split, part in (("train", train), ("heldout", held)):
    with open(os.path.join(here, split, "devils-dictionary.txt"), "w") as f:
        f.write("\n\n".join(re.sub(r"\n\s*\n", "\n", e) for e in part) + "\n")
print(f"{len(train)} training and {len(held)} held-out dictionary entries", file=sys.stderr)
