"""One pair's history turned into its tie, as Spark SQL expressions (no Python on the executors).

The same arithmetic as `pair_history.tie_of_pair` (the plain-Python twin of Swift's
`PairEvents.evaluate`, `PairEvents.peak` and the end of `PairEventBuilder.finish`; definitions in
docs/tie-strength.md), written with Spark's built-in array functions so that it runs inside the JVM
in the stage that gathers a pair's events, instead of shipping every pair to a Python worker and
back (the Python UDF was the largest stage of the job: see docs/scale.md, "Performance").

Input columns of a pair: `ev` (array<struct<day, w, dir, reply>>, null for a pair without touches),
`since`, `declared`, `points`, `overlap`. The events are sorted by `array_sort` (by day, then the
other fields: the order within one day changes sums by at most an ulp, as in Swift where it is the
file order). Then:

- **At a date t** (as-of and as-of − fading window): `filter` keeps the events dated ≤ t; `aggregate`
  sums the decayed intensity Σ w·2^(−(t − day)/h) in day order, as the Python loop does; `size` of
  filters counts directions, expected and answered replies and the events of the last 365 days;
  the first and last days are `element_at`.
- **The peak** over the pair's touch days is a left fold (`aggregate`) with a struct accumulator
  (running intensity decayed from the previous event, counts, reply speed, best z), evaluated
  after the last event of each day (flagged beforehand by `transform` with the element index).
  The frequency component needs, at event i, the number of events dated ≤ day_i − 365: the fold
  runs over the events merged with one "departure" marker per event j keyed by day_j, the events
  keyed by day_i − 365 (the same floating-point subtraction as Python's binary search), markers
  before events on equal keys; the count of markers passed is that number. Sorting 2e elements
  per pair keeps it O(e log e), like the binary search.
- **Strength, class**: the logistic rescaling, the declared blend and the dormant/fading rules are
  `when` / `least` / `greatest` expressions over the constants of the model.

The result equals the Python twin to the last ulp or so (Spark's `pow` and `exp` are Java's
StrictMath, Python's are the C library's); tests/test_spark.py compares them on random pairs.
"""

from __future__ import annotations

import math

from pyspark.sql import Column
from pyspark.sql import functions as F

EVENT_TYPE = "array<struct<day:double,w:double,dir:int,reply:double>>"


def _lit(x) -> Column:
    return F.lit(float(x))


def _sigmoid(x: Column) -> Column:
    return F.when(x >= 0, 1 / (1 + F.exp(-x))).otherwise(F.exp(x) / (1 + F.exp(x)))


def _sigmoid_const(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


class PairColumns:
    """Column expressions of the model `m` for the pair columns named above."""

    def __init__(self, m, as_of_day: float):
        self.m = m
        self.as_of = float(as_of_day)
        self.low = _sigmoid_const(m.intercept)
        self.high = _sigmoid_const(m.intercept + sum(m.weights))

    # The combination of components (TieStrengthModel.swift), same order of terms as Python's.
    def z(self, c: list[Column]) -> Column:
        w = [float(x) for x in self.m.weights]
        out = _lit(self.m.intercept)
        for i in range(8):
            out = out + F.lit(w[i]) * c[i]
        return out

    def strength(self, z: Column, declared: Column) -> Column:
        if not self.high > self.low:
            sb = _lit(0.0)
        else:
            # The ends of the scale through the same `exp` as sigmoid(z) (Spark's, not Python's), so
            # that a pair whose components are all 0 gets exactly 0, not an ulp of difference.
            low = _sigmoid(_lit(self.m.intercept))
            high = _sigmoid(_lit(self.m.intercept + sum(self.m.weights)))
            sb = F.least(_lit(1.0), F.greatest(_lit(0.0), (_sigmoid(z) - low) / (high - low)))
        a = float(self.m.declared_weight)
        blended = (1 - a) * sb + a * F.least(_lit(1.0), F.greatest(_lit(0.0), declared))
        return F.when(declared.isNull(), sb).otherwise(blended)

    @staticmethod
    def until(evs: Column, t: float) -> Column:
        """The events dated ≤ t."""
        return F.filter(evs, lambda e: e["day"] <= t)

    def evaluate(self, evs: Column, e_t: Column, since: Column, t: float, exchange: Column, embeddedness: Column):
        """(components[8], count, last) at day t from `e_t` = until(evs, t); components 6 and 7 are
        exchange and embeddedness."""
        m = self.m
        h, rh = float(m.half_life_days), float(m.reply_half_life_hours)
        end = F.size(e_t)
        intensity = F.aggregate(e_t, _lit(0.0),
                                lambda acc, e: acc + e["w"] * F.pow(_lit(2.0), -(_lit(t) - e["day"]) / h))
        forward = F.size(F.filter(e_t, lambda e: e["dir"] > 0))
        backward = F.size(F.filter(e_t, lambda e: e["dir"] < 0))
        expected = F.size(F.filter(e_t, lambda e: e["reply"].isNotNull()))
        answers = F.filter(e_t, lambda e: e["reply"].isNotNull() & (e["reply"] >= 0)
                           & (e["day"] + e["reply"] / 24 <= t))
        answered = F.size(answers)
        speed = F.aggregate(answers, _lit(0.0), lambda acc, e: acc + F.pow(_lit(2.0), -e["reply"] / rh))
        first = F.least(F.element_at(evs, 1)["day"], since)
        last = F.element_at(e_t, -1)["day"]
        recent = end - F.size(F.filter(e_t, lambda e: e["day"] <= t - 365))
        c = [F.pow(_lit(2.0), -(_lit(t) - last) / float(m.recency_half_life_days)),
             1 - F.exp(-intensity / float(m.intensity_scale)),
             1 - F.exp(-recent / float(m.frequency_scale)),
             F.when(forward + backward > 0, 2 * F.least(forward, backward) / (forward + backward)).otherwise(0.0),
             1 - F.exp(-(last - first) / float(m.duration_scale_days)),
             F.when(expected > 0, answered / expected * (0.5 + 0.5 * speed / F.greatest(answered, F.lit(1))))
              .otherwise(0.0)]
        # Without events dated ≤ t only `since` counts (duration), and only when it is on or before t.
        only_since = F.when(since.isNotNull() & (since <= t),
                            1 - F.exp(-F.greatest(_lit(0.0), _lit(t) - since) / float(m.duration_scale_days))
                            ).otherwise(0.0)
        zeros = [_lit(0.0), _lit(0.0), _lit(0.0), _lit(0.0), only_since, _lit(0.0)]
        comps = [F.when(end > 0, ci).otherwise(zi) for ci, zi in zip(c, zeros)] + [exchange, embeddedness]
        return comps, end, last

    def peak_z(self, evs: Column, since: Column, exchange: Column, embeddedness: Column) -> Column:
        """The highest linear predictor over the pair's touch days (null without events)."""
        m = self.m
        h, rh = float(m.half_life_days), float(m.reply_half_life_hours)
        n = F.size(evs)
        # Events keyed by day − 365 (kind 1, flagged at the last event of their day) and departure
        # markers keyed by their day (kind 0, first on equal keys).
        arrivals = F.transform(evs, lambda e, i: F.struct(
            (e["day"] - 365).alias("key"), F.lit(1).alias("kind"), i.alias("i"), e["day"].alias("day"),
            e["w"].alias("w"), e["dir"].alias("dir"), e["reply"].alias("reply"),
            ((i + 1 == n) | (F.element_at(evs, F.least(i + 2, n))["day"] != e["day"])).alias("eod")))
        departures = F.transform(evs, lambda e, i: F.struct(
            e["day"].alias("key"), F.lit(0).alias("kind"), i.alias("i"), e["day"].alias("day"),
            _lit(0.0).alias("w"), F.lit(0).alias("dir"), F.lit(None).cast("double").alias("reply"),
            F.lit(False).alias("eod")))
        merged = F.array_sort(F.concat(arrivals, departures))
        first = F.least(F.element_at(evs, 1)["day"], since)
        zero = F.struct(_lit(0.0).alias("intensity"), F.element_at(evs, 1)["day"].alias("previous"),
                        F.lit(0).alias("fwd"), F.lit(0).alias("bwd"), F.lit(0).alias("expected"),
                        F.lit(0).alias("answered"), _lit(0.0).alias("speed"), F.lit(0).alias("seen"),
                        F.lit(0).alias("gone"), _lit(-math.inf).alias("best"))

        def step(acc, e):
            arrive = e["kind"] == 1
            intensity = acc["intensity"] * F.pow(_lit(2.0), -(e["day"] - acc["previous"]) / h) + e["w"]
            fwd = acc["fwd"] + F.when(e["dir"] > 0, 1).otherwise(0)
            bwd = acc["bwd"] + F.when(e["dir"] < 0, 1).otherwise(0)
            expected = acc["expected"] + F.when(e["reply"].isNotNull(), 1).otherwise(0)
            got = e["reply"].isNotNull() & (e["reply"] >= 0)
            answered = acc["answered"] + F.when(got, 1).otherwise(0)
            speed = F.when(got, acc["speed"] + F.pow(_lit(2.0), -e["reply"] / rh)).otherwise(acc["speed"])
            seen = acc["seen"] + 1
            c = [_lit(1.0), 1 - F.exp(-intensity / float(m.intensity_scale)),
                 1 - F.exp(-(seen - acc["gone"]) / float(m.frequency_scale)),
                 F.when(fwd + bwd > 0, 2 * F.least(fwd, bwd) / (fwd + bwd)).otherwise(0.0),
                 1 - F.exp(-(e["day"] - first) / float(m.duration_scale_days)),
                 F.when(expected > 0, answered / expected * (0.5 + 0.5 * speed / F.greatest(answered, F.lit(1))))
                  .otherwise(0.0),
                 exchange, embeddedness]
            best = F.when(e["eod"], F.greatest(acc["best"], self.z(c))).otherwise(acc["best"])
            after_event = F.struct(intensity.alias("intensity"), e["day"].alias("previous"), fwd.alias("fwd"),
                                   bwd.alias("bwd"), expected.alias("expected"), answered.alias("answered"),
                                   speed.alias("speed"), seen.alias("seen"), acc["gone"].alias("gone"),
                                   best.alias("best"))
            after_marker = F.struct(acc["intensity"].alias("intensity"), acc["previous"].alias("previous"),
                                    acc["fwd"].alias("fwd"), acc["bwd"].alias("bwd"),
                                    acc["expected"].alias("expected"), acc["answered"].alias("answered"),
                                    acc["speed"].alias("speed"), acc["seen"].alias("seen"),
                                    (acc["gone"] + 1).alias("gone"), acc["best"].alias("best"))
            return F.when(arrive, after_event).otherwise(after_marker)

        folded = F.aggregate(merged, zero, step, lambda acc: acc["best"])
        return F.when(n > 0, folded)

    def ties(self, pairs, keep=("a", "b", "declared")):
        """`pairs` (with ev, since, declared, points, overlap) → keep + strength, class, last_day,
        touches, components (array of 8). Staged selects, so that each fold runs once per pair (Spark
        does not inline a projection whose costly columns the next one uses twice)."""
        m = self.m
        keep = [F.col(k) for k in keep]
        evs = F.array_sort(F.coalesce(F.col("ev").cast(EVENT_TYPE), F.array().cast(EVENT_TYPE)))
        staged = pairs.select(*keep, evs.alias("evs"), F.col("since"), F.col("declared").alias("dec"),
                              (1 - F.pow(_lit(2.0), -F.col("points"))).alias("exchange"), F.col("overlap"))
        past_day = self.as_of - float(m.fading_window_days)
        staged = staged.select("*", self.until(F.col("evs"), self.as_of).alias("e_now"),
                               self.until(F.col("evs"), past_day).alias("e_past"))
        evs, since, dec, exchange, overlap = (F.col(c) for c in ["evs", "since", "dec", "exchange", "overlap"])
        now, count, last = self.evaluate(evs, F.col("e_now"), since, self.as_of, exchange, overlap)
        past, _, _ = self.evaluate(evs, F.col("e_past"), since, past_day, exchange, overlap)
        staged = staged.select(*keep, F.array(*now).alias("now"), F.array(*past).alias("past"),
                               count.alias("touches"), F.when(count > 0, last).alias("last_day"), "dec",
                               self.peak_z(evs, since, exchange, overlap).alias("best"))
        now = [F.col("now")[i] for i in range(8)]
        past = [F.col("past")[i] for i in range(8)]
        staged = staged.select(*keep, "now", "touches", "last_day", "dec",
                               self.strength(self.z(now), F.col("dec")).alias("s"),
                               self.strength(self.z(past), F.col("dec")).alias("s_past"),
                               F.when(F.col("best").isNull(), _lit(0.0))
                               .otherwise(self.strength(F.col("best"), F.col("dec"))).alias("s_best"))
        s, s_past = F.col("s"), F.col("s_past")
        peak = F.greatest(s, s_past, F.col("s_best"))
        level = (F.when(s >= float(m.strong_threshold), "strong")
                 .when(s >= float(m.medium_threshold), "medium").otherwise("weak"))
        cls = (F.when((F.col("touches") > 0) & (self.as_of - F.col("last_day") >= float(m.dormant_after_days))
                      & (peak >= float(m.medium_threshold)), "dormant")
               .when((s_past >= float(m.medium_threshold)) & (s < (1 - float(m.fading_share)) * s_past), "fading")
               .otherwise(level))
        return staged.select(*keep, s.alias("strength"), cls.alias("class"), "last_day", "touches",
                             F.col("now").alias("components"))
