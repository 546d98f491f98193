"""One pair's history turned into its tie: the per-pair half of Liaison's tie-strength model.

A line-by-line twin of Swift's `PairEvents.evaluate`, `PairEvents.peak` and the end of
`PairEventBuilder.finish` (Sources/Liaison/TieStrength/PairEvents.swift, TieStrengths.swift); the
definitions are in docs/tie-strength.md. It is plain Python so that it can be read against the
Swift side by side and checked by hand (tests/test_pure.py). The job itself runs the same
arithmetic as Spark SQL expressions (pair_columns.py, inside the JVM); tests/test_spark.py holds
the two against each other.

An event is `(day, weight, dir, reply)`: days since 1970 (fractional), the channel weight shared as
1/(k − 1) among a k-participant touch's pairs, +1 for a → b (a < b by contact number), −1 for b → a,
0 for co-participants, and the hours to the answer (−1 expected but not answered, None when no answer
was expected).
"""

from __future__ import annotations

import math


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


class Scorer:
    """The model's combination of components into a strength (TieStrengthModel.swift)."""

    def __init__(self, model):
        self.m = model
        self.low = sigmoid(model.intercept)
        self.high = sigmoid(model.intercept + sum(model.weights))

    def z(self, c) -> float:
        w = self.m.weights
        return (self.m.intercept + w[0] * c[0] + w[1] * c[1] + w[2] * c[2] + w[3] * c[3]
                + w[4] * c[4] + w[5] * c[5] + w[6] * c[6] + w[7] * c[7])

    def rescaled(self, z: float) -> float:
        if not self.high > self.low:
            return 0.0
        return min(1.0, max(0.0, (sigmoid(z) - self.low) / (self.high - self.low)))

    def strength(self, z: float, declared: float | None) -> float:
        sb = self.rescaled(z)
        if declared is None:
            return sb
        a = self.m.declared_weight
        return (1 - a) * sb + a * min(1.0, max(0.0, declared))

    def level(self, s: float) -> str:
        return "strong" if s >= self.m.strong_threshold else "medium" if s >= self.m.medium_threshold else "weak"


def _end(days, t: float, lo: int = 0, hi: int | None = None) -> int:
    """The number of events of days[lo:hi] dated on or before t (binary search; days sorted)."""
    l, h = lo, len(days) if hi is None else hi
    while l < h:
        mid = (l + h) // 2
        if days[mid] <= t:
            l = mid + 1
        else:
            h = mid
    return l


def evaluate(m, days, weights, dirs, replies, t: float, since: float):
    """(components, count, first, last) at day t from the events dated ≤ t; `since` is ∞ when none."""
    c = [0.0] * 8
    end = _end(days, t)
    if math.isfinite(since) and since <= t:
        c[4] = 1 - math.exp(-max(0.0, t - since) / m.duration_scale_days)
    if end == 0:
        return c, 0, 0.0, 0.0
    h = m.half_life_days
    intensity, forward, backward, expected, answered, speed = 0.0, 0, 0, 0, 0, 0.0
    for i in range(end):
        intensity += weights[i] * 2.0 ** (-(t - days[i]) / h)
        if dirs[i] > 0:
            forward += 1
        elif dirs[i] < 0:
            backward += 1
        r = replies[i]
        if r is not None:
            expected += 1
            if r >= 0 and days[i] + r / 24 <= t:
                answered += 1
                speed += 2.0 ** (-r / m.reply_half_life_hours)
    first = min(days[0], since)
    last = days[end - 1]
    c = [0.0] * 8
    c[0] = 2.0 ** (-(t - last) / m.recency_half_life_days)
    c[1] = 1 - math.exp(-intensity / m.intensity_scale)
    c[2] = 1 - math.exp(-(end - _end(days, t - 365, 0, end)) / m.frequency_scale)
    c[3] = 2 * min(forward, backward) / (forward + backward) if forward + backward > 0 else 0.0
    c[4] = 1 - math.exp(-(last - first) / m.duration_scale_days)
    if expected > 0:
        c[5] = answered / expected * (0.5 + 0.5 * speed / max(answered, 1))
    return c, end, first, last


def peak_z(m, scorer, days, weights, dirs, replies, since, exchange, embeddedness) -> float | None:
    """The highest linear predictor over the pair's touch days (None without events); the strength is
    increasing in z, so the peak strength is the strength of this z."""
    n = len(days)
    if n == 0:
        return None
    h = m.half_life_days
    intensity, forward, backward, expected, answered, speed = 0.0, 0, 0, 0, 0, 0.0
    best, previous = -math.inf, days[0]
    first = min(days[0], since)
    for i in range(n):
        intensity = intensity * 2.0 ** (-(days[i] - previous) / h) + weights[i]
        previous = days[i]
        if dirs[i] > 0:
            forward += 1
        elif dirs[i] < 0:
            backward += 1
        r = replies[i]
        if r is not None:
            expected += 1
            if r >= 0:
                answered += 1
                speed += 2.0 ** (-r / m.reply_half_life_hours)
        if i + 1 < n and days[i + 1] == days[i]:
            continue          # evaluate once per touch day, after its last event
        c = [1.0, 1 - math.exp(-intensity / m.intensity_scale),
             1 - math.exp(-(i + 1 - _end(days, days[i] - 365, 0, i + 1)) / m.frequency_scale),
             2 * min(forward, backward) / (forward + backward) if forward + backward > 0 else 0.0,
             1 - math.exp(-(days[i] - first) / m.duration_scale_days),
             answered / expected * (0.5 + 0.5 * speed / max(answered, 1)) if expected > 0 else 0.0,
             exchange, embeddedness]
        best = max(best, scorer.z(c))
    return best


def tie_of_pair(m, scorer, events, since, declared, exchange_points, embeddedness, as_of_day):
    """The tie of one pair: (strength, class, last_day or None, touches, 8 components).

    `events` is any iterable of (day, weight, dir, reply); it is sorted by day here.
    """
    ev = sorted(events, key=lambda e: e[0]) if events else []
    days = [e[0] for e in ev]
    weights = [e[1] for e in ev]
    dirs = [e[2] for e in ev]
    replies = [e[3] for e in ev]
    since = math.inf if since is None else since
    exchange = 1 - 2.0 ** (-exchange_points)
    now, count, _, last = evaluate(m, days, weights, dirs, replies, as_of_day, since)
    now[6], now[7] = exchange, embeddedness
    past_day = as_of_day - m.fading_window_days
    past, _, _, _ = evaluate(m, days, weights, dirs, replies, past_day, since)
    past[6], past[7] = exchange, embeddedness
    s = scorer.strength(scorer.z(now), declared)
    s_past = scorer.strength(scorer.z(past), declared)
    best = peak_z(m, scorer, days, weights, dirs, replies, since, exchange, embeddedness)
    peak = max(s, s_past, 0.0 if best is None else scorer.strength(best, declared))
    level = scorer.level(s)
    cls = level
    if count > 0 and as_of_day - last >= m.dormant_after_days and peak >= m.medium_threshold:
        cls = "dormant"
    elif s_past >= m.medium_threshold and s < (1 - m.fading_share) * s_past:
        cls = "fading"
    return s, cls, (last if count > 0 else None), count, now
