#!/usr/bin/env python3
"""Generates benchmark data for crosscut-cli and the sqlite3 shell.

  generate.py transcripts DIR [--count 200] [--words 5000]
  generate.py codings CSV --docs DIR [--codings 1000000] [--quotes 400000]

Transcripts mix Latin, Cyrillic, Devanagari and Urdu words with an emoji now
and then, with speaker prefixes. Codings use the intersectional template's
dimension values; offsets are code points (Python str indices).
"""
import argparse
import csv
import os
import random

WORDS = ("community outreach leadership network advocacy clinic partner funding rights health "
         "prevention treatment testing referral alliance movement collaboration identity stigma "
         "сообщество лидерство партнёрство права здоровье профилактика мережа підтримка "
         "समुदाय नेतृत्व स्वास्थ्य अधिकार साझेदारी "
         "برادری قیادت صحت حقوق شراکت").split()
EMOJI = ["😀", "👍🏽", "🏳️‍🌈", "👨‍👩‍👧"]
SPEAKERS = ["Interviewer", "Respondent"]

CODES = [
    "Leadership/Provider-led", "Leadership/Key population-led",
    "Population served/People who use drugs", "Population served/LGBT people",
    "Population served/Sex workers", "Population served/People living with HIV",
    "Origin/Public sector", "Origin/Civil society",
    "Nature of advocacy/Health", "Nature of advocacy/Rights", "Nature of advocacy/Social justice",
    "Perspective/Human rights", "Perspective/Medical", "Perspective/Mixed",
    "Organisation type/Local", "Organisation type/Alliance member", "Organisation type/Global",
    "Collaboration/Horizontal collaboration", "Collaboration/Vertical collaboration",
    "Collaboration/Benefits/Joint advocacy",
]


def transcripts(args):
    rng = random.Random(1)
    os.makedirs(args.dir, exist_ok=True)
    for i in range(args.count):
        lines = []
        words = 0
        turn = 0
        while words < args.words:
            n = rng.randint(20, 120)
            text = " ".join(rng.choice(WORDS) for _ in range(n))
            if rng.random() < 0.2:
                text += " " + rng.choice(EMOJI)
            lines.append(f"{SPEAKERS[turn % 2]}: {text}.")
            words += n
            turn += 1
        with open(os.path.join(args.dir, f"transcript-{i:03d}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


def codings(args):
    rng = random.Random(2)
    docs = sorted(f for f in os.listdir(args.docs) if f.endswith(".txt"))
    lengths = {}
    for d in docs:
        with open(os.path.join(args.docs, d), encoding="utf-8") as f:
            lengths[d[:-4]] = len(f.read())
    names = list(lengths)
    per_quote = args.codings / args.quotes
    written = 0
    with open(args.csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "start", "end", "code", "coder"])
        seen = set()
        q = 0
        while q < args.quotes:
            doc = rng.choice(names)
            start = rng.randrange(0, lengths[doc] - 400)
            end = start + rng.randint(20, 400)
            if (doc, start, end) in seen:
                continue
            seen.add((doc, start, end))
            q += 1
            k = int(per_quote) + (1 if rng.random() < per_quote - int(per_quote) else 0)
            remaining = args.codings - written
            k = max(1, min(k, remaining - (args.quotes - q)))
            for code in rng.sample(CODES, k):
                w.writerow([doc, start, end, code, rng.choice(["ana", "ben"])])
                written += 1


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("transcripts")
    t.add_argument("dir")
    t.add_argument("--count", type=int, default=200)
    t.add_argument("--words", type=int, default=5000)
    c = sub.add_parser("codings")
    c.add_argument("csv")
    c.add_argument("--docs", required=True)
    c.add_argument("--codings", type=int, default=1_000_000)
    c.add_argument("--quotes", type=int, default=400_000)
    args = p.parse_args()
    transcripts(args) if args.cmd == "transcripts" else codings(args)


if __name__ == "__main__":
    main()
