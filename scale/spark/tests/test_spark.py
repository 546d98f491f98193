"""Unit tests of the Spark job's distributed parts on tiny inputs, in a local[1] Spark session:
the sharing of multi-party touches (tie_strength.pair_events), the as-of cut, embeddedness
(tie_strength.weighted_overlap), large-star/small-star components, PageRank against NetworkX,
Onnela's overlap and ego networks. Skipped when pyspark is not installed (`make spark-test`
installs it into scale/.venv and runs these).

    scale/.venv/bin/python -m unittest discover -s scale/spark/tests -v
"""

from __future__ import annotations

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

try:
    import pyspark  # noqa: F401
    HAVE_SPARK = True
except ImportError:
    HAVE_SPARK = False

SPARK = None


def networkx_pagerank(g):
    """NetworkX's PageRank with tol 1e-12: its SciPy form when SciPy is there, else its pure-Python
    power iteration (the same definition and L1 stopping rule)."""
    import networkx as nx
    try:
        import scipy  # noqa: F401
        return nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)


def setUpModule():
    global SPARK
    if not HAVE_SPARK:
        return
    from liaison_spark import spark_session
    SPARK = spark_session("local[1]", 2, "liaison-spark-tests")


def tearDownModule():
    if SPARK is not None:
        SPARK.stop()


@unittest.skipUnless(HAVE_SPARK, "pyspark is not installed (make spark-test installs it into scale/.venv)")
class PairEventTests(unittest.TestCase):
    def interactions(self, rows):
        return SPARK.createDataFrame(rows, "day double, from_idx int, to_idx array<int>, channel string, reply double")

    def events(self, rows, as_of=1000.0, **model_changes):
        from config import TieStrengthModel
        from tie_strength import pair_events
        m = TieStrengthModel()
        for k, v in model_changes.items():
            setattr(m, k, v)
        return sorted(tuple(r) for r in pair_events(self.interactions(rows), m, as_of)
                      .select("a", "b", "day", "w", "dir", "reply").collect())

    def test_meeting_is_shared_among_all_pairs(self):
        # A meeting of 4 (sender 0, recipients 3, 1, 2): weight 1.0 / (4 − 1) on each of the
        # 3 sender pairs and the 3 co-participant pairs; no reply is expected of a meeting.
        third = 1.0 / 3
        self.assertEqual(self.events([(10.0, 0, [3, 1, 2], "meeting", None)]), [
            (0, 1, 10.0, third, 1, None), (0, 2, 10.0, third, 1, None), (0, 3, 10.0, third, 1, None),
            (1, 2, 10.0, third, 0, None), (1, 3, 10.0, third, 0, None), (2, 3, 10.0, third, 0, None)])

    def test_email_links_sender_to_each_recipient_only(self):
        # An email from 2 to 0 and 1: weight 0.3 / 2, direction b → a (−1) since 2 is the larger
        # number, a reply expected and not given (−1); recipients of an email are not linked.
        self.assertEqual(self.events([(5.0, 2, [0, 1], "email", None)]), [
            (0, 2, 5.0, 0.15, -1, -1.0), (1, 2, 5.0, 0.15, -1, -1.0)])

    def test_groups_above_max_group_size_link_only_the_sender(self):
        rows = [(1.0, 0, [1, 2, 3], "call", 4.0)]
        got = self.events(rows, max_group_size=3)           # k = 4 > 3
        self.assertEqual([(a, b) for a, b, *_ in got], [(0, 1), (0, 2), (0, 3)])
        self.assertTrue(all(abs(w - 0.7 / 3) < 1e-15 and reply == 4.0 for _, _, _, w, _, reply in got))

    def test_as_of_drops_later_interactions(self):
        rows = [(10.0, 0, [1], "call", None), (10.5, 0, [1], "call", None), (11.0, 1, [0], "video", None)]
        self.assertEqual([e[2] for e in self.events(rows, as_of=10.5)], [10.0, 10.5])


@unittest.skipUnless(HAVE_SPARK, "pyspark is not installed (make spark-test installs it into scale/.venv)")
class EmbeddednessTests(unittest.TestCase):
    def test_weighted_overlap_by_hand(self):
        from tie_strength import weighted_overlap
        # Triangle 0–1–2 with w01 = 1, w02 = 1, w12 = 0.5, and a pendant 2–3 with w23 = 1.
        # Totals T0 = 2, T1 = 1.5, T2 = 2.5, T3 = 1.
        #   (0,1): common {2}: (w02 + w12) / (T0 + T1 − 2·w01) = 1.5 / 1.5 = 1
        #   (0,2): common {1}: (w01 + w21) / (T0 + T2 − 2·w02) = 1.5 / 2.5 = 0.6
        #   (1,2): common {0}: (w10 + w20) / (T1 + T2 − 2·w12) = 2 / 3
        #   (2,3): node 3 has degree 1 → 0
        pairs = SPARK.createDataFrame([(0, 1, 1.0), (0, 2, 1.0), (1, 2, 0.5), (2, 3, 1.0)], "a int, b int, w double")
        got = {(r["a"], r["b"]): r["overlap"] for r in weighted_overlap(pairs).collect()}
        want = {(0, 1): 1.0, (0, 2): 0.6, (1, 2): 2 / 3, (2, 3): 0.0}
        self.assertEqual(set(got), set(want))
        for k, v in want.items():
            self.assertAlmostEqual(got[k], v, places=15, msg=str(k))


@unittest.skipUnless(HAVE_SPARK, "pyspark is not installed (make spark-test installs it into scale/.venv)")
class PairColumnsTests(unittest.TestCase):
    """The per-pair step in Spark SQL (pair_columns.py) against its plain-Python twin
    (pair_history.tie_of_pair, whose values test_pure.py checks by hand)."""

    def compare(self, cases, as_of, **model_changes):
        from config import TieStrengthModel
        from pair_columns import EVENT_TYPE, PairColumns
        from pair_history import Scorer, tie_of_pair
        m = TieStrengthModel()
        for k, v in model_changes.items():
            setattr(m, k, v)
        rows = [(i, i + 1, ev or None, since, declared, points, overlap)
                for i, (ev, since, declared, points, overlap) in enumerate(cases)]
        df = SPARK.createDataFrame(rows, f"a int, b int, ev {EVENT_TYPE}, since double, declared double, "
                                         "points double, overlap double")
        got = {r["a"]: r for r in PairColumns(m, as_of).ties(df).collect()}
        scorer = Scorer(m)
        for i, (ev, since, declared, points, overlap) in enumerate(cases):
            s, cls, last, touches, comps = tie_of_pair(m, scorer, ev, since, declared, points, overlap, as_of)
            r = got[i]
            msg = f"case {i}: {cases[i]}"
            self.assertAlmostEqual(r["strength"], s, delta=1e-12, msg=msg)
            self.assertEqual(r["strength"] > 0, s > 0, msg=msg)     # a tie is a pair with strength > 0
            for x, y in zip(r["components"], comps):
                self.assertAlmostEqual(x, y, delta=1e-12, msg=msg)
            self.assertEqual((r["class"], r["touches"]), (cls, touches), msg=msg)
            if last is None:
                self.assertIsNone(r["last_day"], msg=msg)
            else:
                self.assertEqual(r["last_day"], last, msg=msg)

    def test_hand_cases(self):
        # The cases of test_pure.PairHistoryTests (values worked out by hand there): one email with
        # a 2-hour answer, a later meeting, an answer arriving after as-of, `since` alone and with
        # touches, a declared strength, exchange points, weekly touches gone dormant and fading.
        weekly = [(float(d), 1.0, 1 if i % 2 else -1, None) for i, d in enumerate(range(0, 730, 7))]
        cases = [([(100.0, 0.3, 1, 2.0)], None, None, 0.0, 0.25),
                 ([(100.0, 0.3, 1, 2.0)], None, 0.8, 0.0, 0.25),
                 ([(100.0, 0.3, 1, 2.0), (105.0, 1.0, -1, None)], None, None, 0.0, 0.25),
                 ([(100.0, 0.3, 1, 300.0)], None, None, 0.0, 0.0),
                 ([(100.0, 0.3, 1, -1.0)], 0.0, None, 0.0, 0.0),
                 ([], 0.0, None, 0.0, 0.0),
                 ([], None, 0.7, 1.5, 0.0),
                 ([], None, None, 0.0, 0.0),        # a declined introduction only: strength exactly 0
                 ([], None, 0.0, 0.0, 0.0),         # declared 0: exactly 0, not a tie
                 ([(100.0, 0.3, 1, None), (101.0, 0.3, -1, None), (101.0, 0.3, 0, None)], None, None, 1.5, 0.0),
                 (weekly, None, None, 0.0, 0.5)]
        self.compare(cases, 110.0)
        self.compare([cases[-1]], 728.0 + 400.0)      # dormant
        self.compare([cases[-1]], 728.0 + 200.0)      # fading

    def test_random_pairs(self):
        # Events on whole and fractional days, several on one day, some exactly 365 days apart (the
        # frequency window's edge), replies expected, answered late or not at all, `since` before
        # and after the events; a short half-life and a large fading window in the second model.
        import random
        rng = random.Random(20)
        cases = []
        for _ in range(150):
            ev = []
            for _ in range(rng.choice([0, 1, 2, 5, 20, 60])):
                day = rng.choice([float(rng.randrange(0, 900)), rng.uniform(0, 900)])
                if ev and rng.random() < 0.2:
                    day = ev[-1][0] + rng.choice([0.0, 365.0])
                reply = rng.choice([None, None, -1.0, rng.uniform(0, 100), 0.0])
                ev.append((day, rng.choice([1.0, 0.8, 0.3, 0.15, 1 / 3]), rng.choice([-1, 0, 1]), reply))
            since = rng.choice([None, None, rng.uniform(-100, 1000)])
            declared = rng.choice([None, None, rng.uniform(0, 1.2)])
            cases.append((ev, since, declared, rng.choice([0.0, 0.25, 1.75]), rng.uniform(0, 1)))
        self.compare(cases, 1000.0)
        self.compare(cases, 700.5, half_life_days=7.0, fading_window_days=400.0, frequency_scale=3.0)


@unittest.skipUnless(HAVE_SPARK, "pyspark is not installed (make spark-test installs it into scale/.venv)")
class OutputColumnTests(unittest.TestCase):
    def test_inert_and_day_columns_match_the_python_rules(self):
        from isodate import day_string
        from liaison_spark import day_column, inert, inert_column
        from pyspark.sql import functions as F
        texts = ["=SUM(A1)", "+7", "-x", "@me", "\tcell", "\rcell", "plain", "", None, "Фёдор", "'q", " =a"]
        days = [0.0, -0.5, 19000.999, 20393.25, 59.0, 60.0, None]
        rows = [(texts[i % len(texts)], days[i % len(days)]) for i in range(max(len(texts), len(days)))]
        df = SPARK.createDataFrame(rows, "t string, d double")
        got = df.select(inert_column(F.col("t")).alias("t"), day_column(F.col("d")).alias("d")).collect()
        for (t, d), r in zip(rows, got):
            self.assertEqual(r["t"], inert(t) if t is not None else None)
            self.assertEqual(r["d"], day_string(d) if d is not None else None)


@unittest.skipUnless(HAVE_SPARK, "pyspark is not installed (make spark-test installs it into scale/.venv)")
class GraphMeasureTests(unittest.TestCase):
    def graph(self, n, edges):
        nodes = SPARK.createDataFrame([(i,) for i in range(n)], "idx int")
        e = SPARK.createDataFrame(edges, "a int, b int, w double")
        return nodes, e

    def components(self, n, edges):
        import measures
        nodes, e = self.graph(n, [(a, b, 1.0) for a, b in edges])
        # As the job does (liaison_spark.run_measures): cut the lineage after each round, or round k
        # re-plans and recomputes rounds 1…k−1 twice over (each round reads the edge set twice).
        labels, rounds = measures.connected_components(nodes, e, checkpoint=lambda df: df.localCheckpoint(eager=True))
        return {r["idx"]: r["component"] for r in labels.collect()}, rounds

    def test_components_by_hand(self):
        # A path 0–1–2, an edge 3–4, a triangle 5–6–7 and the isolated 8: each node labelled by the
        # smallest node of its component.
        got, rounds = self.components(9, [(1, 2), (0, 1), (3, 4), (6, 7), (5, 7), (5, 6)])
        self.assertEqual(got, {0: 0, 1: 0, 2: 0, 3: 3, 4: 3, 5: 5, 6: 5, 7: 5, 8: 8})
        self.assertGreaterEqual(rounds, 1)

    def test_components_of_a_long_path_numbered_backwards(self):
        # 11 – 10 – … – 1 – 0 with the chain linked from the largest end: the labels must travel 11
        # hops, which large-star/small-star does in a few rounds (each round roughly halves paths).
        got, rounds = self.components(12, [(i, i + 1) for i in range(11)])
        self.assertEqual(got, {i: 0 for i in range(12)})
        self.assertLessEqual(rounds, 8)

    def test_pagerank_matches_networkx(self):
        import networkx as nx
        import measures
        edges = [(0, 1, 0.5), (0, 2, 1.0), (1, 2, 0.25), (2, 3, 0.75), (3, 4, 1.0), (4, 5, 0.1), (3, 5, 0.9)]
        n = 8                                      # nodes 6 and 7 are isolated (dangling)
        nodes, e = self.graph(n, edges)
        pr, iterations = measures.pagerank(nodes, e)
        got = {r["idx"]: r["pagerank"] for r in pr.collect()}
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(edges)
        want = networkx_pagerank(g)
        self.assertEqual(set(got), set(want))
        for v in want:
            self.assertAlmostEqual(got[v], want[v], delta=1e-12, msg=str(v))
        self.assertAlmostEqual(sum(got.values()), 1.0, places=12)
        self.assertGreater(iterations, 1)

    def test_degree_strength_and_overlap(self):
        import networkx as nx
        import measures
        edges = [(0, 1, 0.5), (0, 2, 1.0), (1, 2, 0.25), (2, 3, 0.75), (1, 3, 1.0)]
        nodes, e = self.graph(5, edges)
        ds = {r["idx"]: (r["degree"], r["strength"]) for r in measures.degree_strength(nodes, e).collect()}
        self.assertEqual(ds, {0: (2, 1.5), 1: (3, 1.75), 2: (3, 2.0), 3: (2, 1.75), 4: (0, 0.0)})
        g = nx.Graph()
        g.add_weighted_edges_from(edges)
        for r in measures.topological_overlap(e).collect():
            a, b = r["a"], r["b"]
            common = len(list(nx.common_neighbors(g, a, b)))
            den = (g.degree(a) - 1) + (g.degree(b) - 1) - common
            self.assertAlmostEqual(r["overlap"], common / den if den > 0 else 0.0, places=15, msg=str((a, b)))

    def test_ego_network_within_one_and_two_hops(self):
        import measures
        edges = [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (1, 4, 1.0), (5, 6, 1.0)]
        _, e = self.graph(7, edges)
        for hops, want in [(1, {(0, 1)}), (2, {(0, 1), (1, 2), (1, 4)})]:
            got = {(r["a"], r["b"]) for r in measures.ego_networks(e, [0], hops).collect()}
            self.assertEqual(got, want, hops)


if __name__ == "__main__":
    unittest.main()
