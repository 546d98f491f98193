"""Network-wide measures of the strength graph on Spark DataFrames.

The graph is Liaison's `strengthGraph` (Sources/Liaison/TieStrength/Workspace+StrengthGraph.swift):
every contact a node (isolated ones included), one undirected edge per pair with strength > 0,
weighted by the strength. Nodes are contact numbers (`idx`); `edges` is (a, b, w) with a < b.
"""

from __future__ import annotations

from pyspark.sql import DataFrame
from pyspark.sql import functions as F


def both_directions(edges: DataFrame) -> DataFrame:
    """(u, v, w) with each undirected edge in both directions."""
    return (edges.select(F.col("a").alias("u"), F.col("b").alias("v"), "w")
            .unionByName(edges.select(F.col("b").alias("u"), F.col("a").alias("v"), "w")))


def degree_strength(nodes: DataFrame, edges: DataFrame) -> DataFrame:
    """(idx, degree, strength): G.degree() and G.degree(weight="weight")."""
    d = both_directions(edges).groupBy("u").agg(F.count("*").alias("degree"), F.sum("w").alias("strength"))
    return (nodes.select("idx").join(d.withColumnRenamed("u", "idx"), "idx", "left")
            .select("idx", F.coalesce("degree", F.lit(0)).alias("degree"),
                    F.coalesce("strength", F.lit(0.0)).alias("strength")))


def connected_components(nodes: DataFrame, edges: DataFrame, checkpoint=lambda df: df,
                         log=lambda text: None, small=lambda df: df) -> tuple[DataFrame, int]:
    """(idx, component) with component = the smallest node number of the node's weakly connected
    component, by the alternating large-star / small-star algorithm of Kiveris, Lattanzi, Mirrokni,
    Rastogi and Vassilvitskii, "Connected Components in MapReduce and Beyond" (SoCC 2014).

    With Γ(u) the neighbours of u and m(S) the smallest node of S:
    - large-star: for every u, link each neighbour v > u to m(Γ(u) ∪ {u});
    - small-star: for every u, link u and each neighbour v < u to m({v < u: v ∈ Γ(u)} ∪ {u}).
    Both keep the components and lower the labels; they stop when a round leaves the edge set
    unchanged, and the edge set is then a star per component around its smallest node.
    O(log² n) rounds w.h.p. (the paper's bound; a handful in practice), each one shuffle of O(m) rows.
    Returns the labels and the number of rounds. `small` marks a per-node table (the minimum of
    each neighbourhood) for a broadcast join.
    """
    e = edges.select(F.least("a", "b").alias("u"), F.greatest("a", "b").alias("v")).distinct()
    e = checkpoint(e)
    rounds = 0
    while True:
        rounds += 1
        # Large-star: both directions, group by u, emit (v, m) for v > u.
        sym = e.select("u", "v").unionByName(e.select(F.col("v").alias("u"), F.col("u").alias("v")))
        m = sym.groupBy("u").agg(F.least(F.min("v"), F.first("u")).alias("m"))
        large = (sym.filter(F.col("v") > F.col("u")).join(small(m), "u")
                 .select(F.least("v", "m").alias("u"), F.greatest("v", "m").alias("v"))
                 .filter(F.col("u") != F.col("v")).distinct())
        # Small-star: orient each edge (larger u, smaller v); group by the larger end u.
        oriented = large.select(F.col("v").alias("u"), F.col("u").alias("v"))     # u > v
        m2 = oriented.groupBy("u").agg(F.min("v").alias("m"))
        star = (oriented.join(small(m2), "u")
                 .select(F.col("v").alias("x"), "m").unionByName(m2.select(F.col("u").alias("x"), "m"))
                 .filter(F.col("x") != F.col("m"))
                 .select(F.least("x", "m").alias("u"), F.greatest("x", "m").alias("v")).distinct())
        star = checkpoint(star)
        changed = star.exceptAll(e).limit(1).count() + e.exceptAll(star).limit(1).count()
        e = star
        log(f"components: round {rounds}, changed {changed}")
        if changed == 0:
            break
    # A star per component: the centre u is the smallest node; leaves v point to it.
    labels = e.select(F.col("v").alias("idx"), F.col("u").alias("component"))
    return (nodes.select("idx").join(labels, "idx", "left")
            .select("idx", F.coalesce("component", "idx").alias("component"))), rounds


def pagerank(nodes: DataFrame, edges: DataFrame, damping: float = 0.85, tol: float = 1e-12,
             max_iter: int = 1000, checkpoint=lambda df: df, log=lambda text: None,
             small=lambda df: df) -> tuple[DataFrame, int]:
    """(idx, pagerank) as NetworkX's `pagerank(G, alpha=0.85, weight="weight", tol=1e-12)`:

        x'(v) = α (Σ_{u→v} x(u) w_uv / s_u + Σ_{u dangling} x(u) / n) + (1 − α) / n

    from x = 1/n, personalization and dangling distribution uniform, each undirected edge counted in
    both directions, s_u the strength of u; stops when Σ_v |x'(v) − x(v)| < n · tol (NetworkX's L1
    rule, which Liaison's Graph.pageRank also uses, so the iterates are the same).

    In an undirected graph with positive weights the dangling nodes (s_u = 0) are exactly the
    isolated ones: they receive nothing from edges, so all of them hold the same score y_k at every
    iteration and the dangling mass is n_d · y_k, with y_{k+1} = α n_d y_k / n + (1 − α) / n —
    tracked on the driver. Each iteration is then one Spark job: a join of the cached,
    pre-normalised arc list with x, a `groupBy`, and an aggregation that both materialises x' (a
    lazy local checkpoint, which also cuts the lineage) and returns the residual.
    With `small` marking the score vector (n rows) for a broadcast (a second, small job per
    iteration collects it), an iteration shuffles only the partial sums of the `groupBy` (at most n
    rows per task), not the 2m arcs.
    Returns the scores and the number of iterations."""
    n = nodes.count()
    arcs = both_directions(edges)
    s = arcs.groupBy("u").agg(F.sum("w").alias("s"))
    transition = arcs.join(small(s), "u").select("u", "v", (F.col("w") / F.col("s")).alias("t")).cache()
    n_dangling = n - s.count()
    x = checkpoint(nodes.select("idx", F.lit(1.0 / n).alias("x")))
    y = 1.0 / n                        # the score of every dangling node
    for it in range(1, max_iter + 1):
        mass = n_dangling * y
        contrib = (transition.join(small(x.select(F.col("idx").alias("u"), "x")), "u")
                   .groupBy("v").agg(F.sum(F.col("x") * F.col("t")).alias("c")))
        nxt = (x.join(contrib.withColumnRenamed("v", "idx"), "idx", "left")
               .select("idx", "x", (damping * (F.coalesce("c", F.lit(0.0)) + mass / n) + (1 - damping) / n).alias("x_new")))
        # Cut the lineage every iteration (x is used twice per step, so an uncut plan doubles each
        # time); the lazy local checkpoint is written by the same job that sums the residual.
        nxt = nxt.localCheckpoint(eager=False)
        residual = nxt.agg(F.sum(F.abs(F.col("x_new") - F.col("x")))).first()[0]
        x = nxt.select("idx", F.col("x_new").alias("x"))
        y = damping * mass / n + (1 - damping) / n
        log(f"pagerank: iteration {it}, residual {residual:.3g}")
        if residual < n * tol:
            return x.select("idx", F.col("x").alias("pagerank")), it
    raise RuntimeError(f"PageRank did not converge in {max_iter} iterations")


def topological_overlap(edges: DataFrame, small=lambda df: df) -> DataFrame:
    """(a, b, overlap) per edge: O_ab = n_ab / ((k_a − 1) + (k_b − 1) − n_ab), n_ab the common
    neighbours, k the degree, 0 when the denominator is 0 (Onnela et al. 2007, "Structure and tie
    strengths in mobile communication networks", PNAS 104:7332; SPEC §5.3). Common neighbours by the
    same smaller-end walk as the embeddedness component (tie_strength.weighted_overlap)."""
    adjacency = both_directions(edges).select(F.col("u").alias("v"), F.col("v").alias("c"))
    k = small(adjacency.groupBy("v").agg(F.count("*").alias("k")))
    p = (edges.select("a", "b")
         .join(k.select(F.col("v").alias("a"), F.col("k").alias("ka")), "a")
         .join(k.select(F.col("v").alias("b"), F.col("k").alias("kb")), "b"))
    sl = p.select("a", "b", F.when(F.col("ka") <= F.col("kb"), F.col("a")).otherwise(F.col("b")).alias("s"),
                  F.when(F.col("ka") <= F.col("kb"), F.col("b")).otherwise(F.col("a")).alias("l"))
    walked = sl.join(adjacency.withColumnRenamed("v", "s"), "s").filter(F.col("c") != F.col("l"))
    common = (walked.join(adjacency.withColumnRenamed("v", "l"), ["l", "c"])
              .groupBy("a", "b").agg(F.count("*").alias("n")))
    q = p.join(common, ["a", "b"], "left").withColumn("n", F.coalesce("n", F.lit(0)))
    den = (F.col("ka") - 1) + (F.col("kb") - 1) - F.col("n")
    return q.select("a", "b", F.when(den > 0, F.col("n") / den).otherwise(0.0).alias("overlap"))


def ego_networks(edges: DataFrame, owners: list[int], hops: int) -> DataFrame:
    """(owner, a, b, w): for each owner, the edges among the nodes within `hops` hops of it (the
    induced subgraph of its h-hop ball, found by `hops` rounds of frontier expansion)."""
    spark = edges.sparkSession
    arcs = both_directions(edges).select("u", "v")
    reached = spark.createDataFrame([(o, o) for o in owners], "owner int, node int")
    frontier = reached
    for _ in range(hops):
        step = (frontier.join(arcs.withColumnRenamed("u", "node"), "node")
                .select("owner", F.col("v").alias("node")).distinct())
        frontier = step.join(reached, ["owner", "node"], "left_anti").cache()
        reached = reached.unionByName(frontier).cache()
    # The balls are what a person looks at (small): broadcast them against the edge list.
    return (edges.join(F.broadcast(reached.select("owner", F.col("node").alias("a"))), "a")
            .join(F.broadcast(reached.select("owner", F.col("node").alias("b"))), ["owner", "b"])
            .select("owner", "a", "b", "w"))
