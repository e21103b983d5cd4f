#!/usr/bin/env python3
"""Builds a demo-like collaboration network project with crosscut-cli: 40
fictional organisations (a partner survey with their key population,
organisation type and country, and one open answer each), their ties at
baseline and endline, and a few coded answers. Used for the README's
screenshots of the Network tab and the report's "Collaboration network".

    make_network_demo.py CROSSCUT-CLI OUT.crosscut
"""
import csv
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

POPULATIONS = ["Sex workers", "People who use drugs", "LGBT people", "People living with HIV"]
COUNTRIES = ["Kenya", "Kyrgyzstan", "Ukraine", "Indonesia", "Nepal", "Pakistan", "Tajikistan", "Georgia"]
WORDS = {
    "Sex workers": ["Sisters", "Red Umbrella", "Safe Night", "Amani Collective", "Rights Now"],
    "People who use drugs": ["Harm Reduction", "Recovery Union", "Needle Exchange", "Drug Users Voice", "Peer Outreach"],
    "LGBT people": ["Pride Centre", "Rainbow Alliance", "Queer Youth", "Equal Love", "Spectrum"],
    "People living with HIV": ["Positive Network", "Positive Women", "HIV Peer Support", "Living Positively", "Treatment Watch"],
}
CITIES = {
    "Kenya": ["Nairobi", "Mombasa"], "Kyrgyzstan": ["Bishkek", "Osh"], "Ukraine": ["Kyiv", "Odesa"],
    "Indonesia": ["Jakarta", "Bandung"], "Nepal": ["Kathmandu", "Pokhara"], "Pakistan": ["Lahore", "Karachi"],
    "Tajikistan": ["Dushanbe", "Khujand"], "Georgia": ["Tbilisi", "Batumi"],
}
ANSWERS = [
    "We refer clients to the clinic of {p} and they send people to us.",
    "Joint advocacy with {p} changed how the ministry listens to us.",
    "We still work mostly in our own community; partners do not see our added value.",
    "Since the alliance meetings we plan outreach together with {p}.",
    "Identity politics keeps us apart, but we share a legal aid lawyer with {p}.",
]


def run(cli, *args):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"crosscut-cli {' '.join(args)} failed: {result.stderr}")


def main():
    cli, out = sys.argv[1], sys.argv[2]
    rng = random.Random(17)
    orgs = []
    for i in range(40):
        pop = POPULATIONS[i % 4]
        country = COUNTRIES[(i * 3) % 8]
        city = CITIES[country][i % 2]
        name = f"{city} {WORDS[pop][(i // 4) % 5]}"
        kind = "Global" if i % 13 == 0 else ("Alliance member" if i % 3 == 0 else "Local")
        orgs.append({"name": name, "pop": pop, "country": country, "type": kind})
    # Two trans-led organisations: a group too small to compare.
    orgs.append({"name": "Tbilisi Trans Initiative", "pop": "Trans people", "country": "Georgia", "type": "Local"})
    orgs.append({"name": "Karachi Khwaja Sira Society", "pop": "Trans people", "country": "Pakistan", "type": "Local"})
    names = [o["name"] for o in orgs]
    assert len(set(names)) == len(names), "organisation names must be unique"

    def ties_for(wave, within, across):
        ties = set()
        by_pop = {}
        for o in orgs:
            by_pop.setdefault(o["pop"], []).append(o["name"])
        for members in by_pop.values():
            for _ in range(within * len(members) // 10):
                a, b = rng.sample(members, 2)
                ties.add(tuple(sorted((a, b))))
        for _ in range(across):
            a, b = rng.sample(names, 2)
            if next(o for o in orgs if o["name"] == a)["pop"] != next(o for o in orgs if o["name"] == b)["pop"]:
                ties.add(tuple(sorted((a, b))))
        return [(a, b, wave) for a, b in sorted(ties)]

    baseline = ties_for("baseline", 14, 14)
    endline = baseline[: len(baseline) * 3 // 4]
    endline = [(a, b, "endline") for a, b, _ in endline] + ties_for("endline", 10, 40)
    endline = sorted(set(endline))

    with tempfile.TemporaryDirectory() as tmp:
        survey = os.path.join(tmp, "partner-survey.csv")
        with open(survey, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Organisation", "Population served", "Organisation type", "Country",
                        "Q5 How do you work with other organisations?"])
            for i, o in enumerate(orgs):
                partner = rng.choice([p for p in POPULATIONS if p != o["pop"]]).lower()
                w.writerow([o["name"], o["pop"], o["type"], o["country"], ANSWERS[i % len(ANSWERS)].format(p=partner)])
        ties = os.path.join(tmp, "ties.csv")
        with open(ties, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["from", "to", "wave"])
            w.writerows(baseline + endline)
        if os.path.exists(out):
            os.remove(out)
        run(cli, "init", out, "--template", "intersectional")
        run(cli, "survey", out, survey, "--id", "Organisation", "--open", "Q5", "--type", "Population served=category")
        run(cli, "ties", out, "--from", ties)
        # Code a few answers: positions in code points (Python's str indices).
        db = sqlite3.connect(out)
        doc, text = db.execute("SELECT name, text FROM document WHERE kind = 'survey'").fetchone()
        db.close()
        codings = os.path.join(tmp, "codings.csv")
        with open(codings, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["document", "start", "end", "code", "coder"])
            for phrase, code in [("Joint advocacy", "Collaboration/Benefits/Joint advocacy"),
                                 ("We refer clients", "Collaboration/Benefits/Service delivery and referrals"),
                                 ("Identity politics", "Collaboration/Challenges/Identity politics and protectionism"),
                                 ("mostly in our own community", "Collaboration/Challenges/Working in silos"),
                                 ("plan outreach together", "Collaboration/Horizontal collaboration")]:
                start = 0
                while (found := text.find(phrase, start)) >= 0:
                    # The whole answer: after "NAME: " to the end of its line.
                    line = text.rfind("\n", 0, found) + 1
                    begin = text.index(": ", line) + 2
                    end = text.find("\n", found)
                    end = len(text) if end < 0 else end
                    w.writerow([doc, begin, end, code, "amina"])
                    start = end
        run(cli, "code", out, "--from", codings)
    print(f"{out}: {len(orgs)} organisations, {len(baseline)} baseline and {len(endline)} endline ties")


if __name__ == "__main__":
    main()
