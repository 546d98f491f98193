#!/usr/bin/env python3
"""Does Liaison's tie strength predict which e-mail ties stay active? (issue 4, docs/tie-strength.md)

Data: ../shared/datasets/enron_email_igraphdata/edges.csv (Enron, 184 employees). Rows dated 1979
are bad dates and are dropped, as are self-loops; rows repeating the same (sender, recipient,
time) are kept once (the cc and bcc copies of one message). Each remaining row is one e-mail from
source to target. Replies are inferred: a message from B to A within 7 days after A wrote to B is
the answer to A's message, with that delay (the first such message answers).

For each date D, a workspace holding the e-mails up to D (with the answers known by D) is written
to a temporary folder and `liaison ties WS --format csv --top 0` computes the strengths with the
default model. Every pair that exchanged at least one e-mail before D is a sample; it is positive
when the two exchange at least one e-mail in (D, D + 180 days]. Reported: the ROC AUC of the
strength, of the raw count of e-mails before D, and of minus the days since the last one.

Usage: python3 bench/enron/evaluate.py [--liaison .build/release/liaison] [--out bench/enron/results.md]
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# ../shared/datasets next to the checkout; LIAISON_DATASETS overrides it (a git worktree elsewhere).
DATA = os.path.join(os.environ.get("LIAISON_DATASETS", os.path.join(os.path.dirname(ROOT), "shared", "datasets")),
                    "enron_email_igraphdata", "edges.csv")
DATES = ["2000-06-01", "2000-09-01", "2000-12-01", "2001-03-01", "2001-06-01", "2001-09-01"]
HORIZON = timedelta(days=180)

# One AUC and one reply inference for both evaluations: bench/eval holds them.
sys.path.insert(0, os.path.join(ROOT, "bench", "eval"))
from auc import auc  # noqa: E402  (rank sum and pair count, checked against each other)
from replies import infer_replies  # noqa: E402


def load():
    seen, rows = set(), []
    dropped_1979 = loops = dupes = 0
    with open(DATA, newline="") as f:
        for r in csv.DictReader(f):
            if r["Time"].startswith("1979"):
                dropped_1979 += 1
                continue
            s, t = int(r["source"]), int(r["target"])
            if s == t:
                loops += 1
                continue
            key = (s, t, r["Time"])
            if key in seen:
                dupes += 1
                continue
            seen.add(key)
            rows.append((datetime.strptime(r["Time"], "%Y-%m-%d %H:%M:%S"), s, t))
    rows.sort()
    # Replies: for A -> B at t, the first B -> A in (t, t + 7 days] (bench/eval/replies.py).
    emails = infer_replies(rows)
    print(f"{len(emails)} e-mails kept; dropped {dropped_1979} dated 1979, {loops} self-loops, "
          f"{dupes} repeated (sender, recipient, time) rows", file=sys.stderr)
    return emails


def write_workspace(folder, emails, as_of):
    nodes = sorted({s for _, s, _, _ in emails} | {t for _, _, t, _ in emails})
    with open(os.path.join(folder, "contacts.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "kind"])
        for n in nodes:
            w.writerow([f"n{n}", f"Enron {n}", "colleague"])
    with open(os.path.join(folder, "interactions.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "from", "to", "channel", "reply_hours"])
        for when, s, t, reply in emails:
            if when > as_of:
                continue
            hours = "" if reply is None or reply > as_of else f"{(reply - when).total_seconds() / 3600:.4f}"
            w.writerow([when.strftime("%Y-%m-%dT%H:%M:%S"), f"n{s}", f"n{t}", "email", hours])
    with open(os.path.join(folder, "liaison.toml"), "w") as f:
        f.write(f"as_of = {as_of.strftime('%Y-%m-%d')}\n")


def evaluate(liaison, emails, date):
    as_of = datetime.strptime(date, "%Y-%m-%d")  # midnight, as liaison reads as_of = DATE
    with tempfile.TemporaryDirectory() as folder:
        write_workspace(folder, emails, as_of)
        out = subprocess.run([liaison, "ties", folder, "--format", "csv", "--top", "0"],
                             capture_output=True, text=True, check=True).stdout
    strength = {}
    components = defaultdict(dict)
    for r in csv.DictReader(out.splitlines()):
        pair = tuple(sorted((int(r["a"][1:]), int(r["b"][1:]))))
        strength[pair] = float(r["strength"])
        for name in ["recency", "intensity", "frequency", "reciprocity", "duration", "responsiveness",
                     "embeddedness"]:
            components[name][pair] = float(r[name])
    count, last, future = defaultdict(int), {}, set()
    for when, s, t, _ in emails:
        pair = tuple(sorted((s, t)))
        if when <= as_of:
            count[pair] += 1
            last[pair] = when
        elif when <= as_of + HORIZON:
            future.add(pair)
    pairs = sorted(count)
    missing = [p for p in pairs if p not in strength]
    assert not missing, f"liaison has no strength for {len(missing)} pairs, e.g. {missing[:3]}"
    labels = [p in future for p in pairs]
    row = {
        "date": date, "pairs": len(pairs), "active": sum(labels),
        "strength": auc([strength[p] for p in pairs], labels),
        "count": auc([count[p] for p in pairs], labels),
        "recency": auc([-(as_of - last[p]).total_seconds() for p in pairs], labels),
    }
    row["components"] = {name: auc([v[p] for p in pairs], labels) for name, v in components.items()}
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--liaison", default=os.path.join(ROOT, ".build", "release", "liaison"))
    parser.add_argument("--out", default=os.path.join(HERE, "results.md"))
    parser.add_argument("--dates", nargs="+", default=DATES, help="as-of dates, YYYY-MM-DD")
    args = parser.parse_args()
    emails = load()
    rows = [evaluate(args.liaison, emails, d) for d in args.dates]
    lines = [
        "| as of | pairs | active next 180 d | AUC tie strength | AUC e-mail count | AUC −days since last |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['date']} | {r['pairs']} | {r['active']} | **{r['strength']:.3f}** | {r['count']:.3f} "
                     f"| {r['recency']:.3f} |")
    mean = lambda k: sum(r[k] for r in rows) / len(rows)
    lines.append(f"| mean | | | **{mean('strength'):.3f}** | {mean('count'):.3f} | {mean('recency'):.3f} |")
    lines.append("")
    lines.append("AUC of each component alone: " + "; ".join(
        f"{d['date']}: " + ", ".join(f"{k} {v:.3f}" for k, v in d["components"].items()) for d in rows))
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    print(text)
    beaten = all(r["strength"] > r["count"] and r["strength"] > r["recency"] for r in rows)
    print("default model beats both baselines at every date" if beaten else "WARNING: a baseline wins somewhere",
          file=sys.stderr)


if __name__ == "__main__":
    main()
