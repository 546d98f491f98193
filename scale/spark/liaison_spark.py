#!/usr/bin/env python3
"""Liaison's tie-strength model and network measures on Apache Spark (docs/scale.md).

    python3 scale/spark/liaison_spark.py ties INTERACTIONS… --contacts CONTACTS --as-of DATE --out DIR
        [--config liaison.toml] [--ties-csv ties.csv] [--deals deals.csv] [--introductions introductions.csv]
    python3 scale/spark/liaison_spark.py measures (the same inputs) --out DIR [--ego ID…] [--hops H]

INTERACTIONS are CSV or Parquet files or folders of parts with the columns of interactions.csv.
liaison.toml, ties.csv, deals.csv and introductions.csv are taken from the folder of CONTACTS when
the options do not name them (a workspace folder as `liaison` reads it); `--no-workspace-files`
turns that off. The as-of date is --as-of, else `as_of` in liaison.toml, else today (UTC).

`ties` writes DIR/ties/part-*.csv with the header of `liaison ties --format csv`, strongest first.
`measures` writes, besides DIR/ties/:
  DIR/nodes/part-*.csv     id,degree,strength,component,pagerank (component = id of its smallest-numbered member)
  DIR/overlap/part-*.csv   a,b,strength,overlap (Onnela's topological overlap of each tie)
  DIR/ego/OWNER.csv        source,target,weight: the ego network of OWNER within H hops, read by
                           `liaison centrality|render|plan|report --edges DIR/ego/OWNER.csv`
and prints the number of components, PageRank iterations and timings on stderr.

Exit codes: 0 done, 64 bad usage, 65 bad input (every problem listed), 70 an internal failure.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from config import ConfigError, load_config            # noqa: E402
from isodate import day_string, parse_iso_seconds      # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(prog="liaison_spark.py", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name, help_text in [("ties", "tie strength of every pair (liaison ties --format csv)"),
                            ("measures", "ties plus degree, strength, components, PageRank, overlap, ego networks")]:
        s = sub.add_parser(name, help=help_text)
        s.add_argument("interactions", nargs="+", help="interactions: CSV/Parquet files or folders of parts")
        s.add_argument("--contacts", required=True, help="contacts.csv (or Parquet / a folder of parts)")
        s.add_argument("--as-of", help="YYYY-MM-DD or an ISO 8601 date-time (default: as_of in liaison.toml)")
        s.add_argument("--out", required=True, help="output folder")
        s.add_argument("--all", action="store_true",
                       help="also write the pairs with records but no strength (as liaison ties --all)")
        s.add_argument("--config", help="liaison.toml (default: beside CONTACTS, when there is one)")
        s.add_argument("--ties-csv", help="declared ties (ties.csv)")
        s.add_argument("--deals", help="deals.csv")
        s.add_argument("--introductions", help="introductions.csv")
        s.add_argument("--no-workspace-files", action="store_true",
                       help="do not pick up liaison.toml, ties.csv, deals.csv, introductions.csv beside CONTACTS")
        s.add_argument("--master", default=os.environ.get("LIAISON_SPARK_MASTER"),
                       help="Spark master when not run by spark-submit (default local[*])")
        s.add_argument("--partitions", type=int, default=None,
                       help="spark.sql.shuffle.partitions (default: 4 in local mode, Spark's otherwise)")
        if name == "measures":
            s.add_argument("--ego", nargs="*", default=[], help="contact ids whose ego networks to write")
            s.add_argument("--hops", type=int, default=2, help="radius of the ego networks (default 2)")
    return p.parse_args(argv)


def beside(contacts: str, name: str, given: str | None, off: bool) -> str | None:
    if given is not None:
        return given
    if off:
        return None
    folder = contacts if os.path.isdir(contacts) and not any(
        f.startswith("part-") for f in os.listdir(contacts)) else os.path.dirname(os.path.abspath(contacts))
    path = os.path.join(folder, name)
    return path if os.path.exists(path) else None


def spark_session(master: str | None, partitions: int | None, app: str):
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(app)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    local = not submitted and (master is None or master.startswith("local"))
    # Under spark-submit the Python driver is started with PYSPARK_GATEWAY_PORT set, and the master
    # comes from --master; a plain `python3 liaison_spark.py` starts its own local Spark.
    if not submitted:
        builder = builder.master(master or "local[*]")
    builder = (builder.config("spark.sql.ansi.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.showConsoleProgress", "false"))
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # Stay on the loopback interface; no web UI (the event log gives the metrics, see
        # shuffle_report.py; LIAISON_SPARK_UI=1 turns the UI on at http://127.0.0.1:4040).
        builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", os.environ.get("LIAISON_SPARK_UI") == "1"))
    if partitions or local:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions or 4))
    if local:   # the driver is the executor: give it room (LIAISON_SPARK_DRIVER_MEMORY, default 4g)
        builder = builder.config("spark.driver.memory", os.environ.get("LIAISON_SPARK_DRIVER_MEMORY", "4g"))
    if os.environ.get("LIAISON_SPARK_EVENT_LOG"):
        builder = (builder.config("spark.eventLog.enabled", "true")
                   .config("spark.eventLog.dir", os.environ["LIAISON_SPARK_EVENT_LOG"])
                   .config("spark.eventLog.compress", "false").config("spark.eventLog.rolling.enabled", "false"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    # The executors run isodate (the date parsing UDF): ship this folder's modules to them.
    for module in ["config.py", "isodate.py", "pair_columns.py", "tie_strength.py", "measures.py", "workspace_io.py"]:
        spark.sparkContext.addPyFile(os.path.join(HERE, module))
    return spark


def fmt(x):
    """Liaison's CSV numbers: integers without ".0", everything else in shortest round-trip form."""
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    if x == round(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(float(x))


def inert(text):
    """Liaison's CSV text cells: text a spreadsheet would run as a formula gets a leading '."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def inert_column(c):
    """`inert` as a Spark SQL expression."""
    from pyspark.sql import functions as F
    return F.when(F.substring(c, 1, 1).isin(*"=+-@\t\r"), F.concat(F.lit("'"), c)).otherwise(c)


def day_column(c):
    """isodate.day_string (YYYY-MM-DD of the floor of a day number) as a Spark SQL expression."""
    from pyspark.sql import functions as F
    return F.date_add(F.lit("1970-01-01").cast("date"), F.floor(c).cast("int")).cast("string")


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.time()
    config_path = beside(args.contacts, "liaison.toml", args.config, args.no_workspace_files)
    try:
        cfg = load_config(config_path)
    except ConfigError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return 65
    if args.as_of:
        seconds = parse_iso_seconds(args.as_of.strip())
        if seconds is None:
            print(f"--as-of {args.as_of}: expected an ISO 8601 date (2026-03-14) or date-time", file=sys.stderr)
            return 64
    elif cfg.as_of_seconds is not None:
        seconds = cfg.as_of_seconds
    else:
        now = dt.datetime.now(dt.timezone.utc)
        seconds = now.timestamp()
    as_of_day = seconds / 86400

    spark = spark_session(args.master, args.partitions, f"liaison-{args.command}")
    from pyspark.sql import functions as F
    import workspace_io as io
    from tie_strength import tie_strengths

    problems = io.Problems()
    try:
        contacts = io.load_contacts(spark, args.contacts, problems)
        contact_rows = contacts.count()
        interactions, parsed = io.load_interactions(spark, args.interactions, contacts, contact_rows, problems)
        ties_path = beside(args.contacts, "ties.csv", args.ties_csv, args.no_workspace_files)
        deals_path = beside(args.contacts, "deals.csv", args.deals, args.no_workspace_files)
        intros_path = beside(args.contacts, "introductions.csv", args.introductions, args.no_workspace_files)
        declared = io.load_declared_ties(spark, ties_path, contacts, problems) if ties_path else None
        deals = io.load_deals(spark, deals_path, contacts, problems) if deals_path else None
        intros = io.load_introductions(spark, intros_path, contacts, problems) if intros_path else None
        me_id = cfg.me
        if me_id is None:
            rows = contacts.filter(F.col("kind") == "me").select("id").limit(2).collect()
            me_id = rows[0]["id"] if len(rows) == 1 else None
        me_idx = None
        if me_id is not None:
            rows = contacts.filter(F.col("id") == me_id).select("idx").collect()
            if not rows:
                print(f"{config_path}: me: no contact with id {me_id!r} in contacts.csv", file=sys.stderr)
                return 65
            me_idx = rows[0]["idx"]
        problems.raise_if_any()
        # The checks have read the input (once, into `parsed`); build the interactions from it and
        # keep them, so that nothing below goes back to the files.
        interactions = interactions.localCheckpoint(eager=True)
        parsed.unpersist()
    except io.InputProblems as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return 65

    loaded = time.time()
    ties = tie_strengths(spark, interactions, declared, deals, intros, me_idx, as_of_day,
                        cfg.model, contact_rows).localCheckpoint(eager=True)
    ids = io.small(contacts.select("idx", "id"), contact_rows)
    named = (ties.join(ids.select(F.col("idx").alias("a"), F.col("id").alias("a_id")), "a")
             .join(ids.select(F.col("idx").alias("b"), F.col("id").alias("b_id")), "b"))
    # Numbers in Python's shortest round-trip form (a UDF: Java's Double.toString differs); the CSV
    # guard and the dates as SQL expressions (inert, day_string).
    fmt_udf = F.udf(fmt, "string")

    from config import COMPONENTS
    columns = [inert_column(F.col("a_id")).alias("a"), inert_column(F.col("b_id")).alias("b"),
               fmt_udf("strength").alias("strength"), F.col("class"), day_column(F.col("last_day")).alias("last_touch"),
               F.col("touches").cast("string").alias("touches")]
    columns += [fmt_udf(F.col("components")[i]).alias(name) for i, name in enumerate(COMPONENTS)]
    columns += [fmt_udf("declared").alias("declared")]
    out_ties = os.path.join(args.out, "ties")
    if not args.all:
        # A tie is a pair with a positive strength as of the date (data/README.md), as `liaison ties`
        # lists them; --all keeps the pairs with records but no strength, as `liaison ties --all`.
        named = named.filter(F.col("strength") > 0)
    (named.orderBy(F.desc("strength"), "a_id", "b_id").select(*columns)
     .write.mode("overwrite").option("header", True).option("escape", '"').option("emptyValue", "")
     .csv(out_ties))
    tie_count = (ties if args.all else ties.filter(F.col("strength") > 0)).count()
    done_ties = time.time()
    print(f"ties: {tie_count} {'pairs' if args.all else 'ties'} as of {day_string(as_of_day)} -> {out_ties} "
          f"(load+check {loaded - started:.1f} s, ties {done_ties - loaded:.1f} s)", file=sys.stderr)

    if args.command == "measures":
        code = run_measures(spark, args, contacts, contact_rows, ties, done_ties)
        if code:
            return code
    spark.stop()
    return 0


def run_measures(spark, args, contacts, contact_rows, ties, t0) -> int:
    from pyspark.sql import functions as F
    import measures
    import workspace_io as io

    def cut(df):
        # Iterative algorithms: materialise each round on the executors and cut the lineage, so
        # that round k does not replan (or recompute) rounds 1…k−1.
        return df.localCheckpoint(eager=True)

    nodes = contacts.select("idx", "id")
    small = lambda df: io.small(df, contact_rows)     # noqa: E731  (per-node tables)
    edges = ties.filter(F.col("strength") > 0).select("a", "b", F.least(F.lit(1.0), "strength").alias("w")).cache()
    ds = measures.degree_strength(nodes, edges)
    def log(text):
        if os.environ.get("LIAISON_SPARK_VERBOSE"):
            print(f"{time.time() - t0:7.1f} s  {text}", file=sys.stderr, flush=True)

    comp, rounds = measures.connected_components(nodes, edges, checkpoint=cut, log=log, small=small)
    t1 = time.time()
    pr, iterations = measures.pagerank(nodes, edges, checkpoint=cut, log=log, small=small)
    t2 = time.time()
    ids = nodes.select(F.col("idx").alias("component"), F.col("id").alias("component_id"))
    table = (nodes.join(ds, "idx").join(comp, "idx").join(pr, "idx").join(ids, "component")
             .orderBy("idx")
             .select("id", F.col("degree").cast("string"), F.udf(fmt, "string")("strength").alias("strength"),
                     F.col("component_id").alias("component"), F.col("pagerank").cast("string")))
    table.write.mode("overwrite").option("header", True).option("escape", '"').csv(os.path.join(args.out, "nodes"))
    components = comp.select("component").distinct().count()
    ov = measures.topological_overlap(edges, small)
    named = (ov.join(edges, ["a", "b"])
             .join(small(nodes.select(F.col("idx").alias("a"), F.col("id").alias("a_id"))), "a")
             .join(small(nodes.select(F.col("idx").alias("b"), F.col("id").alias("b_id"))), "b")
             .select(F.col("a_id").alias("a"), F.col("b_id").alias("b"), F.col("w").cast("string").alias("strength"),
                     F.col("overlap").cast("string")))
    named.write.mode("overwrite").option("header", True).option("escape", '"').csv(os.path.join(args.out, "overlap"))
    t3 = time.time()
    if args.ego:
        rows = nodes.filter(F.col("id").isin(args.ego)).collect()
        known = {r["id"]: r["idx"] for r in rows}
        missing = [e for e in args.ego if e not in known]
        if missing:
            print("--ego: no contact with id " + ", ".join(repr(m) for m in missing), file=sys.stderr)
            return 65
        ego = measures.ego_networks(edges, list(known.values()), args.hops)
        named = (ego.join(nodes.select(F.col("idx").alias("owner"), F.col("id").alias("owner_id")), "owner")
                 .join(nodes.select(F.col("idx").alias("a"), F.col("id").alias("source")), "a")
                 .join(nodes.select(F.col("idx").alias("b"), F.col("id").alias("target")), "b")
                 .select("owner_id", "source", "target", "w").orderBy("owner_id", "source", "target"))
        os.makedirs(os.path.join(args.out, "ego"), exist_ok=True)
        # An ego network is what one person looks at: small enough to collect and write as one file.
        by_owner = {owner: [] for owner in known}
        for r in named.toLocalIterator():
            by_owner[r["owner_id"]].append((r["source"], r["target"], repr(r["w"])))
        for owner, rows in by_owner.items():
            path = os.path.join(args.out, "ego", owner.replace("/", "_") + ".csv")
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["source", "target", "weight"])
                w.writerows(rows)
    t4 = time.time()
    print(f"measures: {components} components ({rounds} large/small-star rounds, {t1 - t0:.1f} s), "
          f"PageRank {iterations} iterations ({t2 - t1:.1f} s), overlap {t3 - t2:.1f} s, ego {t4 - t3:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
