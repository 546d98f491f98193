"""Liaison's tie-strength model (SPEC §5.1, docs/tie-strength.md) on Spark DataFrames.

The same steps as Swift's `Workspace.tieStrengths` (Sources/Liaison/TieStrength/TieStrengths.swift),
each a distributed operation:

1. **Pair events** (explode): every interaction dated ≤ as-of becomes one event per sender–recipient
   pair and, for meetings, video, calls and events of at most `max_group_size` participants, one per
   pair of co-participants; each carries the channel weight shared as 1/(k − 1) among the k
   participants' pairs, its direction and its reply time.
2. **Declared ties and exchange points** (small aggregations): ties.csv gives the declared strength
   (the maximum of a pair's rows) and `since` (the earliest on or before as-of); deals and
   introductions dated ≤ as-of give exchange points (won 1, open ½, lost ¼; converted 1,
   accepted ¾, made ½, requested ¼, declined 0) to the pairs they link.
3. **The pair universe**: every pair with an event, a declared tie or exchange points.
4. **Embeddedness** (`embeddedness`): the recency-weighted overlap of the two neighbourhoods in the
   graph of all pairs, O_ab = Σ_{c ∈ N(a) ∩ N(b)} (w_ac + w_bc) / (Σ_{N(a)∖b} w + Σ_{N(b)∖a} w), w the
   recency of a tie (1 without touches). Computed by a join of neighbour lists that walks the
   smaller endpoint's list only: each pair (a, b) is joined with the neighbours c of its
   lower-degree end s, and each (other end, c) is looked up in the edge list by a second join — the
   distributed form of Swift's "walk the shorter list, binary-search the longer", Σ_pairs min(k_a, k_b)
   rows in all, so a hub's list is never copied once per tie.
5. **Per pair** (after the shuffle by pair, Spark SQL array functions in `pair_columns.PairColumns`,
   the twin of `pair_history.tie_of_pair`): the components at as-of and at as-of −
   `fading_window_days`, the peak over the pair's touch days, and the class.

Cost: one shuffle of the pair events (E rows, E ≈ Σ_interactions (k − 1) + group pairs), one of the
pairs (P rows), and Σ_pairs min(k_a, k_b) rows for embeddedness; see docs/scale.md.
"""

from __future__ import annotations

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from pair_columns import PairColumns

GROUP_CHANNELS = ["meeting", "video", "call", "event"]


def pair_events(interactions: DataFrame, model, as_of_day: float) -> DataFrame:
    """(a, b, day, w, dir, reply) for every interaction dated ≤ as-of; a < b by contact number."""
    weights = F.create_map(*[x for ch, w in model.channel_weights.items() for x in (F.lit(ch), F.lit(float(w)))])
    df = (interactions.filter(F.col("day") <= as_of_day)
          .withColumn("k", F.size("to_idx") + 1)
          .withColumn("w", F.coalesce(weights[F.col("channel")], F.lit(0.3)) / (F.col("k") - 1))
          .withColumn("expects", F.col("reply").isNotNull() | F.col("channel").isin("email", "message"))
          .withColumn("reply_ev", F.when(F.col("reply").isNotNull(), F.greatest(F.lit(0.0), F.col("reply")))
                      .when(F.col("expects"), F.lit(-1.0))))
    sender = (df.select("day", "w", "from_idx", "reply_ev", F.explode("to_idx").alias("r"))
              .select(F.least("from_idx", "r").alias("a"), F.greatest("from_idx", "r").alias("b"), "day", "w",
                      F.when(F.col("from_idx") < F.col("r"), 1).otherwise(-1).alias("dir"),
                      F.col("reply_ev").alias("reply")))
    groups = (df.filter(F.col("channel").isin(GROUP_CHANNELS) & (F.size("to_idx") >= 2)
                        & (F.col("k") <= model.max_group_size))
              .select("day", "w", "to_idx", F.posexplode("to_idx").alias("i", "x"))
              .select("day", "w", "i", "x", F.posexplode("to_idx").alias("j", "y"))
              .filter(F.col("i") < F.col("j"))
              .select(F.least("x", "y").alias("a"), F.greatest("x", "y").alias("b"), "day", "w",
                      F.lit(0).alias("dir"), F.lit(None).cast("double").alias("reply")))
    return sender.unionByName(groups)


def declared_pairs(declared: DataFrame | None, as_of_day: float) -> DataFrame | None:
    """(a, b, declared, since): the largest declared strength of a pair and its earliest `since` on or
    before as-of (every declared pair is in the universe, whatever its dates)."""
    if declared is None:
        return None
    return (declared.filter(F.col("a_idx") != F.col("b_idx"))
            .select(F.least("a_idx", "b_idx").alias("a"), F.greatest("a_idx", "b_idx").alias("b"), "strength",
                    F.when(F.col("since") <= as_of_day, F.col("since")).alias("since"))
            .groupBy("a", "b").agg(F.max("strength").alias("declared"), F.min("since").alias("since")))


def exchange_points(deals: DataFrame | None, intros: DataFrame | None, me_idx: int | None,
                    as_of_day: float, spark) -> DataFrame | None:
    """(a, b, points): points for deals and introductions between or through two contacts.

    A deal credits (contact, source), (me, contact), and (me, source) unless the source is me — so a
    deal sourced by me credits (me, contact) twice, as in Swift's `addExchanges`. An introduction
    credits (introducer, from), (introducer, to), and (from, to) once accepted or converted."""
    credits = []
    me = F.lit(me_idx).cast("int")
    if deals is not None:
        d = (deals.filter(F.col("day") <= as_of_day)
             .withColumn("points", F.when(F.col("status") == "won", 1.0).when(F.col("status") == "open", 0.5)
                         .otherwise(0.25)))
        credits += [d.select(F.col("contact_idx").alias("x"), F.col("source_idx").alias("y"), "points"),
                    d.select(me.alias("x"), F.col("contact_idx").alias("y"), "points"),
                    d.filter(~F.col("source_idx").eqNullSafe(me))
                     .select(me.alias("x"), F.col("source_idx").alias("y"), "points")]
    if intros is not None:
        points = {"converted": 1.0, "accepted": 0.75, "made": 0.5, "requested": 0.25, "declined": 0.0}
        status = F.create_map(*[x for k, v in points.items() for x in (F.lit(k), F.lit(v))])
        i = intros.filter(F.col("day") <= as_of_day).withColumn("points", status[F.col("status")])
        credits += [i.select(F.col("introducer_idx").alias("x"), F.col("from_idx").alias("y"), "points"),
                    i.select(F.col("introducer_idx").alias("x"), F.col("to_idx").alias("y"), "points"),
                    i.filter(F.col("status").isin("accepted", "converted"))
                     .select(F.col("from_idx").alias("x"), F.col("to_idx").alias("y"), "points")]
    if not credits:
        return None
    all_credits = credits[0]
    for c in credits[1:]:
        all_credits = all_credits.unionByName(c)
    return (all_credits.filter(F.col("x").isNotNull() & F.col("y").isNotNull() & (F.col("x") != F.col("y"))
                               & (F.col("points") > 0))
            .select(F.least("x", "y").alias("a"), F.greatest("x", "y").alias("b"), "points")
            .groupBy("a", "b").agg(F.sum("points").alias("points")))


def weighted_overlap(pairs: DataFrame, small=lambda df: df) -> DataFrame:
    """(a, b, overlap) for pairs (a, b, w): Σ_{c ∈ N(a)∩N(b)} (w_ac + w_bc) / (T_a + T_b − 2 w_ab), T the
    total weight at a node, 0 when either end has degree 1 or the denominator is 0, at most 1.
    With every w = 1 the numerator is 2·n_ab (see `measures.topological_overlap`). `small` marks the
    per-node table (at most one row per contact) for a broadcast join."""
    adjacency = (pairs.select(F.col("a").alias("v"), F.col("b").alias("u"), "w")
                 .unionByName(pairs.select(F.col("b").alias("v"), F.col("a").alias("u"), "w")))
    stats = small(adjacency.groupBy("v").agg(F.count("*").alias("k"), F.sum("w").alias("total")))
    p = (pairs.join(stats.select(F.col("v").alias("a"), F.col("k").alias("ka"), F.col("total").alias("ta")), "a")
         .join(stats.select(F.col("v").alias("b"), F.col("k").alias("kb"), F.col("total").alias("tb")), "b"))
    both = p.filter((F.col("ka") > 1) & (F.col("kb") > 1))
    # s: the end with fewer neighbours (walked), l: the other one (looked up).
    both = both.select("a", "b", F.when(F.col("ka") <= F.col("kb"), F.col("a")).otherwise(F.col("b")).alias("s"),
                       F.when(F.col("ka") <= F.col("kb"), F.col("b")).otherwise(F.col("a")).alias("l"))
    walked = (both.join(adjacency.select(F.col("v").alias("s"), F.col("u").alias("c"), F.col("w").alias("wsc")), "s")
              .filter(F.col("c") != F.col("l")))
    common = (walked.join(adjacency.select(F.col("v").alias("l"), F.col("u").alias("c"), F.col("w").alias("wlc")),
                          ["l", "c"])
              .groupBy("a", "b").agg(F.sum(F.col("wsc") + F.col("wlc")).alias("common")))
    denominator = F.col("ta") + F.col("tb") - 2 * F.col("w")
    return (p.join(common, ["a", "b"], "left")
            .select("a", "b", F.when((F.col("ka") > 1) & (F.col("kb") > 1) & (denominator > 0),
                                     F.least(F.lit(1.0), F.coalesce(F.col("common"), F.lit(0.0)) / denominator))
                    .otherwise(0.0).alias("overlap")))


def tie_strengths(spark, interactions: DataFrame, declared: DataFrame | None, deals: DataFrame | None,
                  intros: DataFrame | None, me_idx: int | None, as_of_day: float, model,
                  contact_rows: int | None = None) -> DataFrame:
    """(a, b, strength, class, last_day, touches, components[8], declared) for every pair.
    `contact_rows`, when given, lets the per-contact tables be broadcast (workspace_io.small)."""
    from workspace_io import small as broadcast_small
    small = (lambda df: broadcast_small(df, contact_rows)) if contact_rows is not None else (lambda df: df)
    events = pair_events(interactions, model, as_of_day)
    grouped = (events.groupBy("a", "b")
               .agg(F.collect_list(F.struct("day", "w", "dir", "reply")).alias("ev"), F.max("day").alias("last_day")))
    universe = grouped
    dec = declared_pairs(declared, as_of_day)
    if dec is not None:
        universe = universe.join(dec, ["a", "b"], "full_outer")
    else:
        universe = universe.withColumn("declared", F.lit(None).cast("double")).withColumn("since", F.lit(None).cast("double"))
    ex = exchange_points(deals, intros, me_idx, as_of_day, spark)
    if ex is not None:
        universe = universe.join(ex, ["a", "b"], "full_outer")
    else:
        universe = universe.withColumn("points", F.lit(0.0))
    # Materialise the pairs and cut the lineage: the steps below use them several times, and without
    # the cut Spark's planner would re-analyse the whole tree at each use (checkpoints also keep
    # a failed task from recomputing everything above).
    universe = universe.withColumn("points", F.coalesce(F.col("points"), F.lit(0.0))).localCheckpoint(eager=True)

    recency = F.pow(F.lit(2.0), -(F.lit(as_of_day) - F.col("last_day")) / model.recency_half_life_days)
    weighted = universe.select("a", "b", F.when(F.col("last_day").isNotNull(), recency).otherwise(1.0).alias("w"))
    embedded = weighted_overlap(weighted, small).localCheckpoint(eager=True)
    return PairColumns(model, as_of_day).ties(universe.join(embedded, ["a", "b"]))
