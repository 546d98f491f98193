"""Reading workspace tables into Spark DataFrames, with Liaison's rules (data/README.md, SPEC §3.1).

Every input is a CSV file, a Parquet file, or a folder of CSV or Parquet parts with the same columns
(a folder is Parquet when it holds `*.parquet` files). CSV is RFC 4180 UTF-8 with a header; column
names are matched case-insensitively, surrounding spaces in cells are ignored, empty optional cells
mean "not given", lists (`to`) are `;`-separated, choices are case-insensitive.

Bad input is not silently dropped: each check counts its bad rows and `InputProblems` stops the job
(exit 65) with one line per kind of problem — the file, how many rows, what is wrong, and the first
offending value. A distributed reader does not know line numbers, so the message names the value
instead (the single-machine `liaison check` gives `file:line:column`).
"""

from __future__ import annotations

import os

from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark import StorageLevel

from isodate import ISO_PATTERN

CHANNELS = ["meeting", "call", "video", "message", "email", "event", "other"]
DEAL_STATUS = ["won", "lost", "open"]
INTRO_STATUS = ["requested", "made", "accepted", "declined", "converted"]


class InputProblems(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def read_table(spark: SparkSession, paths: list[str] | str) -> DataFrame:
    """A CSV or Parquet table (files or folders of parts), with lower-cased, trimmed column names and
    every cell as trimmed text (None when empty)."""
    paths = [paths] if isinstance(paths, str) else list(paths)
    parquet = all(_is_parquet(p) for p in paths)
    if parquet:
        df = spark.read.parquet(*paths)
    else:
        df = (spark.read.option("header", True).option("multiLine", True).option("escape", '"')
              .option("encoding", "UTF-8").option("ignoreLeadingWhiteSpace", False)
              .option("inferSchema", False).csv(paths))
    renamed = []
    for c in df.columns:
        name = c.replace("\ufeff", "").strip().lower()
        col = F.trim(F.col(f"`{c}`").cast("string"))
        renamed.append(F.when(col == "", None).otherwise(col).alias(name))
    return df.select(*renamed)


def _is_parquet(path: str) -> bool:
    if os.path.isdir(path):
        names = os.listdir(path)
        return any(n.endswith(".parquet") for n in names) and not any(n.endswith(".csv") for n in names)
    return path.endswith(".parquet")


def require_columns(df: DataFrame, name: str, columns: list[str]) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputProblems([f"{name}: missing required column{'s' if len(missing) > 1 else ''} "
                             + ", ".join(missing)])


def with_optional(df: DataFrame, columns: list[str]) -> DataFrame:
    for c in columns:
        if c not in df.columns:
            df = df.withColumn(c, F.lit(None).cast("string"))
    return df


def seconds_column(col) -> "F.Column":
    """An ISO 8601 date or date-time as seconds since 1970 (UTC), null when malformed (isodate.py)."""
    part = lambda i: F.regexp_extract(col, ISO_PATTERN, i)
    matched = col.rlike(ISO_PATTERN)
    y, mo, d = part(1).cast("int"), part(2).cast("int"), part(3).cast("int")
    date = F.make_date(y, mo, d)          # null for 2025-02-30 (ANSI mode is off in this session)
    valid_day = date.isNotNull() & (F.dayofmonth(date) == d) & (F.month(date) == mo)
    days = F.datediff(date, F.lit("1970-01-01").cast("date")).cast("double")
    has_time = part(4) != ""
    hh, mi = part(4).cast("int"), part(5).cast("int")
    ss = F.when(part(6) != "", part(6).cast("int")).otherwise(0)
    frac = F.when(part(7) != "", F.concat(F.lit("0."), part(7)).cast("double")).otherwise(0.0)
    sign = F.when(part(9) == "+", 1).when(part(9) == "-", -1).otherwise(0)
    oh = F.when(part(10) != "", part(10).cast("int")).otherwise(0)
    om = F.when(part(11) != "", part(11).cast("int")).otherwise(0)
    time_ok = ~has_time | ((hh <= 23) & (mi <= 59) & (ss <= 60) & (oh <= 23) & (om <= 59))
    seconds = (days * 86400 + F.when(has_time, hh * 3600 + mi * 60 + ss + frac - sign * (oh * 3600 + om * 60))
               .otherwise(0.0))
    return F.when(matched & valid_day & time_ok, seconds)


def number_column(col) -> "F.Column":
    """A plain decimal (`12.5`, `1e3`) as a double; null when it is not one."""
    return F.when(col.rlike(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"), col.cast("double"))


class Problems:
    """Collects checks (a boolean 'bad' column per problem) and reports them all at once. The checks
    on one DataFrame are answered by a single aggregation (one pass, one Spark job per table)."""

    def __init__(self):
        self.groups = {}

    def check(self, df: DataFrame, file: str, bad, what: str, shown) -> None:
        self.groups.setdefault(id(df), (df, []))[1].append((file, bad, what, shown))

    def raise_if_any(self) -> None:
        messages = []
        for df, checks in self.groups.values():
            aggs = []
            for i, (_, bad, _, shown) in enumerate(checks):
                aggs += [F.sum(F.when(bad, 1).otherwise(0)).alias(f"n{i}"),
                         F.first(F.when(bad, shown.cast("string")), ignorenulls=True).alias(f"v{i}")]
            row = df.agg(*aggs).first()
            for i, (file, _, what, _) in enumerate(checks):
                n = row[f"n{i}"] or 0
                if n:
                    messages.append(f"{file}: {n} row{'s' if n != 1 else ''}: {what} (first: {row[f'v{i}']!r})")
        if messages:
            raise InputProblems(messages)


def load_contacts(spark, path: str, problems: Problems) -> DataFrame:
    """contacts.csv as (id, idx, kind): idx is the row number (0-based) in file order, Liaison's
    contact number, which orders the two ends of a pair. Materialised once (a local checkpoint): every
    later lookup of an id reads these rows, not the file."""
    df = read_table(spark, path)
    require_columns(df, path, ["id", "name"])
    df = with_optional(df, ["kind"])
    rdd = df.select("id", F.lower(F.col("kind")).alias("kind")).rdd.zipWithIndex()
    contacts = spark.createDataFrame(
        rdd.map(lambda r: (r[0]["id"], int(r[1]), r[0]["kind"])),
        T.StructType([T.StructField("id", T.StringType()), T.StructField("idx", T.IntegerType()),
                      T.StructField("kind", T.StringType())])).localCheckpoint(eager=True)
    problems.check(contacts, path, F.col("id").isNull(), "empty id", F.col("idx"))
    dup = contacts.groupBy("id").count().filter(F.col("count") > 1)
    problems.check(dup, path, F.lit(True), "id used more than once", F.col("id"))
    return contacts


# A table of at most this many rows (the contacts, the nodes, a PageRank vector) is broadcast to
# every task of a join instead of shuffling the large side by the join key: 10^6 contacts are about
# 50 MiB. Spark cannot plan this by itself for tables built from RDDs (no size statistics), and
# adaptive execution converts a join only after both sides were already shuffled.
BROADCAST_ROWS = int(os.environ.get("LIAISON_SPARK_BROADCAST_ROWS", "1000000"))


def small(df: DataFrame, rows: int) -> DataFrame:
    """`df` marked for a broadcast join when it has at most BROADCAST_ROWS rows."""
    return F.broadcast(df) if rows <= BROADCAST_ROWS else df


def load_interactions(spark, paths: list[str], contacts: DataFrame, contact_rows: int,
                      problems: Problems) -> tuple[DataFrame, DataFrame]:
    """Interactions as (day, from_idx, to_idx: array, channel, reply) with Liaison's reading: the
    recipients de-duplicated and the sender dropped from them (an interaction left with no recipient
    is dropped), the channel lower-cased (default `other`), reply hours ≥ 0 or null.

    The input is read and parsed once: the parsed rows are persisted (memory, then disk), every check
    is answered from them (two aggregations), and the returned interactions are built from them by
    one shuffle (the recipients' contact numbers gathered per interaction). Returns (interactions,
    parsed); the caller materialises the interactions once the checks have passed and then
    unpersists `parsed`. A multi-line CSV file is read by a single task (Spark cannot split it), so
    its rows are spread over the cores before the date parsing when the input has fewer partitions
    than the cores."""
    name = ", ".join(paths)
    raw = read_table(spark, paths)
    require_columns(raw, name, ["date", "from", "to"])
    raw = with_optional(raw, ["channel", "reply_hours"]).select("date", "from", "to", "channel", "reply_hours")
    cores = spark.sparkContext.defaultParallelism
    if raw.rdd.getNumPartitions() < cores:
        raw = raw.repartition(2 * cores)
    # Recipients: split on ';', trim, drop empty items.
    to_ids = F.filter(F.transform(F.split(F.coalesce(F.col("to"), F.lit("")), ";"),
                                  lambda x: F.trim(F.regexp_replace(x, r"^[ \t]+|[ \t]+$", ""))),
                      lambda x: x != "")
    ids = small(contacts.select(F.col("id").alias("from_id"), F.col("idx").alias("from_idx")), contact_rows)
    parsed = (raw.select(
        F.monotonically_increasing_id().alias("iid"),
        F.col("date"), seconds_column(F.col("date")).alias("seconds"),
        F.col("from").alias("from_id"), to_ids.alias("to_ids"),
        F.coalesce(F.lower(F.col("channel")), F.lit("other")).alias("channel"),
        F.col("reply_hours"), number_column(F.col("reply_hours")).alias("reply"))
        .join(ids, on="from_id", how="left")
        .persist(StorageLevel.MEMORY_AND_DISK))
    problems.check(parsed, name, F.col("seconds").isNull(), "date: " + ISO_EXPECTED, F.col("date"))
    problems.check(parsed, name, ~F.col("channel").isin(CHANNELS),
                   "channel: expected one of " + ", ".join(CHANNELS), F.col("channel"))
    problems.check(parsed, name, F.col("reply_hours").isNotNull() & (F.col("reply").isNull() | (F.col("reply") < 0)),
                   "reply_hours: expected hours as a number ≥ 0, or empty when no reply came", F.col("reply_hours"))
    problems.check(parsed, name, F.col("from_id").isNotNull() & F.col("from_idx").isNull(),
                   "from: no contact with this id in contacts.csv", F.col("from_id"))
    problems.check(parsed, name, F.col("from_id").isNull(), "from: empty", F.col("date"))
    problems.check(parsed, name, F.size("to_ids") == 0,
                   "empty to: expected one or more contact ids separated by ';'", F.col("date"))
    to_lookup = small(contacts.select(F.col("id").alias("to_id"), F.col("idx").alias("to_idx")), contact_rows)
    items = (parsed.select("iid", (F.col("seconds") / 86400).alias("day"), "from_idx", "channel", "reply",
                           F.explode("to_ids").alias("to_id"))
             .join(to_lookup, on="to_id", how="left"))
    problems.check(items, name, F.col("to_idx").isNull(), "to: no contact with this id in contacts.csv", F.col("to_id"))
    # One shuffle: an interaction's rows sit side by side after the explode, so the map-side partial
    # aggregation already gathers them and each interaction crosses the network as one row. A set of
    # recipients is all the model needs (the pair events do not depend on their order).
    interactions = (items.filter(F.col("to_idx").isNotNull())
                    .groupBy("iid", "day", "from_idx", "channel", "reply")
                    .agg(F.collect_set("to_idx").alias("to_all"))
                    .select("iid", "day", "from_idx", F.filter("to_all", lambda x: x != F.col("from_idx")).alias("to_idx"),
                            "channel", "reply")
                    .filter(F.size("to_idx") > 0))
    return interactions, parsed


ISO_EXPECTED = ("expected an ISO 8601 date (2026-03-14) or date-time (2026-03-14T09:30, "
                "optional seconds and Z/±HH:MM)")


def load_declared_ties(spark, path: str, contacts: DataFrame, problems: Problems) -> DataFrame:
    """ties.csv as (a_idx, b_idx, strength 0–1 or null, since day or null), with the file's scale
    rule: a value in (1, 5] is on the 1–5 scale, 1 is read as 0 when the file holds any value above 1
    and as 1.0 otherwise."""
    df = read_table(spark, path)
    require_columns(df, path, ["a", "b"])
    df = with_optional(df, ["strength", "since"])
    df = df.select("a", "b", F.col("strength").alias("strength_text"),
                   number_column(F.col("strength")).alias("raw"), F.col("since").alias("since_text"),
                   (seconds_column(F.col("since")) / 86400).alias("since"))
    problems.check(df, path, F.col("strength_text").isNotNull() & (F.col("raw").isNull() | (F.col("raw") < 0) | (F.col("raw") > 5)),
                   "strength: expected 1–5 or 0–1 (higher = stronger), or empty", F.col("strength_text"))
    problems.check(df, path, F.col("since_text").isNotNull() & F.col("since").isNull(),
                   "since: " + ISO_EXPECTED, F.col("since_text"))
    df = (df.join(contacts.select(F.col("id").alias("a"), F.col("idx").alias("a_idx")), on="a", how="left")
            .join(contacts.select(F.col("id").alias("b"), F.col("idx").alias("b_idx")), on="b", how="left"))
    problems.check(df, path, F.col("a_idx").isNull() | F.col("b_idx").isNull(),
                   "a or b: no contact with this id in contacts.csv", F.concat_ws(",", "a", "b"))
    problems.check(df, path, F.col("a_idx") == F.col("b_idx"), "a tie needs two different contacts", F.col("a"))
    five_point = df.filter(F.col("raw") > 1).limit(1).count() > 0
    rule = F.when((F.col("raw") > 1) | ((F.col("raw") == 1) & F.lit(five_point)), (F.col("raw") - 1) / 4).otherwise(F.col("raw"))
    return df.select("a_idx", "b_idx", rule.alias("strength"), "since")


def load_deals(spark, path: str, contacts: DataFrame, problems: Problems) -> DataFrame:
    """deals.csv as (day, contact_idx, source_idx or null, status)."""
    df = read_table(spark, path)
    require_columns(df, path, ["date", "contact", "amount"])
    df = with_optional(df, ["status", "source"])
    df = df.select((seconds_column(F.col("date")) / 86400).alias("day"), F.col("date"), "contact", "source",
                   F.coalesce(F.lower(F.col("status")), F.lit("open")).alias("status"),
                   F.col("amount"), number_column(F.col("amount")).alias("amount_value"))
    problems.check(df, path, F.col("day").isNull(), "date: " + ISO_EXPECTED, F.col("date"))
    problems.check(df, path, ~F.col("status").isin(DEAL_STATUS), "status: expected one of " + ", ".join(DEAL_STATUS), F.col("status"))
    problems.check(df, path, F.col("amount_value").isNull() | (F.col("amount_value") < 0),
                   "amount: expected an amount ≥ 0", F.col("amount"))
    df = (df.join(contacts.select(F.col("id").alias("contact"), F.col("idx").alias("contact_idx")), on="contact", how="left")
            .join(contacts.select(F.col("id").alias("source"), F.col("idx").alias("source_idx")), on="source", how="left"))
    problems.check(df, path, F.col("contact_idx").isNull() | (F.col("source").isNotNull() & F.col("source_idx").isNull()),
                   "contact or source: no contact with this id in contacts.csv", F.concat_ws(",", "contact", "source"))
    return df.select("day", "contact_idx", "source_idx", "status")


def load_introductions(spark, path: str, contacts: DataFrame, problems: Problems) -> DataFrame:
    """introductions.csv as (day, introducer_idx, from_idx, to_idx, status)."""
    df = read_table(spark, path)
    require_columns(df, path, ["date", "introducer", "from", "to"])
    df = with_optional(df, ["status"])
    df = df.select((seconds_column(F.col("date")) / 86400).alias("day"), "date", "introducer",
                   F.col("from").alias("from_id"), F.col("to").alias("to_id"),
                   F.coalesce(F.lower(F.col("status")), F.lit("made")).alias("status"))
    problems.check(df, path, F.col("day").isNull(), "date: " + ISO_EXPECTED, F.col("date"))
    problems.check(df, path, ~F.col("status").isin(INTRO_STATUS), "status: expected one of " + ", ".join(INTRO_STATUS), F.col("status"))
    for column, out in [("introducer", "introducer_idx"), ("from_id", "from_idx"), ("to_id", "to_idx")]:
        df = df.join(contacts.select(F.col("id").alias(column), F.col("idx").alias(out)), on=column, how="left")
    problems.check(df, path, F.col("introducer_idx").isNull() | F.col("from_idx").isNull() | F.col("to_idx").isNull(),
                   "introducer, from or to: no contact with this id in contacts.csv",
                   F.concat_ws(",", "introducer", "from_id", "to_id"))
    problems.check(df, path, F.col("from_idx") == F.col("to_idx"), "an introduction needs two different contacts", F.col("from_id"))
    return df.select("day", "introducer_idx", "from_idx", "to_idx", "status")
