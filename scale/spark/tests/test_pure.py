"""Unit tests of the Spark job's plain-Python parts (no pyspark needed): liaison.toml reading
(config.py), ISO 8601 dates (isodate.py) and one pair's tie (pair_history.py).

Expected values come from Python's own datetime/tomllib or are worked out by hand in the test from
the definitions in docs/tie-strength.md.

    python3 -m unittest discover -s scale/spark/tests -v
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from config import COMPONENTS, ConfigError, TieStrengthModel, load_config   # noqa: E402
from isodate import day_string, days_from_civil, parse_iso_seconds           # noqa: E402
from pair_history import Scorer, evaluate, sigmoid, tie_of_pair              # noqa: E402

UTC = dt.timezone.utc


def toml_file(text: str) -> str:
    f = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8")
    f.write(text)
    f.close()
    return f.name


class ISODateTests(unittest.TestCase):
    def test_days_from_civil_matches_datetime(self):
        epoch = dt.date(1970, 1, 1).toordinal()
        for d in [dt.date(1970, 1, 1), dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date(1900, 3, 1),
                  dt.date(2026, 11, 1), dt.date(1, 1, 1), dt.date(9999, 12, 31)]:
            self.assertEqual(days_from_civil(d.year, d.month, d.day), d.toordinal() - epoch, d)

    def test_accepted_forms_match_datetime(self):
        cases = {
            "2026-03-14": dt.datetime(2026, 3, 14, tzinfo=UTC),
            "2026-03-14T09:30": dt.datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
            "2026-03-14 09:30:15": dt.datetime(2026, 3, 14, 9, 30, 15, tzinfo=UTC),
            "2026-03-14T09:30:15.25Z": dt.datetime(2026, 3, 14, 9, 30, 15, 250000, tzinfo=UTC),
            "2026-03-14T09:30+02:00": dt.datetime.fromisoformat("2026-03-14T09:30+02:00"),
            "2026-03-14T09:30-0530": dt.datetime.fromisoformat("2026-03-14T09:30-05:30"),
            "2024-02-29T23:59:59": dt.datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC),
        }
        for text, expected in cases.items():
            self.assertEqual(parse_iso_seconds(text), expected.timestamp(), text)

    def test_rejected_forms(self):
        for text in ["2025-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-03-14T24:00",
                     "2026-03-14T09:60", "14.03.2026", "2026-3-14", "", "2026-03-14T09:30+24:00", "2026-03-14x"]:
            self.assertIsNone(parse_iso_seconds(text), text)

    def test_day_string_floors_fractional_days(self):
        self.assertEqual(day_string(0), "1970-01-01")
        self.assertEqual(day_string(-0.25), "1969-12-31")
        day = dt.datetime(2026, 11, 1, 18, tzinfo=UTC).timestamp() / 86400
        self.assertEqual(day_string(day), "2026-11-01")


class ConfigTests(unittest.TestCase):
    def test_no_file_gives_liaison_defaults(self):
        cfg = load_config(None)
        self.assertIsNone(cfg.me)
        self.assertIsNone(cfg.as_of_seconds)
        m = cfg.model
        self.assertEqual((m.half_life_days, m.recency_half_life_days, m.intercept, m.max_group_size),
                         (180.0, 60.0, -7.25, 30))
        self.assertEqual(m.weights, [6.0, 2.0, 0.5, 0.5, 0.5, 0.5, 1.0, 4.0])
        self.assertEqual(m.channel_weights["meeting"], 1.0)
        self.assertEqual(m.channel_weights["email"], 0.3)

    def test_keys_are_read(self):
        path = toml_file('me = " anna "\nas_of = 2026-03-14T12:00:00+01:00\n'
                         "[tie_strength]\nhalf_life_days = 90\nmax_group_size = 10\nfading_share = 0.5\n"
                         "[tie_strength.channels]\nemail = 0.5\n"
                         "[tie_strength.weights]\nintercept = -5\nrecency = 3\nembeddedness = 0\n"
                         "[tie_strength.thresholds]\nstrong = 0.7\nmedium = 0.4\n")
        cfg = load_config(path)
        self.assertEqual(cfg.me, "anna")
        self.assertEqual(cfg.as_of_seconds, dt.datetime(2026, 3, 14, 11, tzinfo=UTC).timestamp())
        m = cfg.model
        self.assertEqual((m.half_life_days, m.max_group_size, m.fading_share), (90.0, 10, 0.5))
        self.assertEqual(m.channel_weights["email"], 0.5)
        self.assertEqual(m.channel_weights["message"], 0.3)          # untouched
        self.assertEqual(m.intercept, -5.0)
        self.assertEqual(m.weights[COMPONENTS.index("recency")], 3.0)
        self.assertEqual(m.weights[COMPONENTS.index("embeddedness")], 0.0)
        self.assertEqual((m.strong_threshold, m.medium_threshold), (0.7, 0.4))

    def test_as_of_forms(self):
        for text, expected in [("as_of = 2026-03-14", dt.datetime(2026, 3, 14, tzinfo=UTC)),
                               ('as_of = "2026-03-14T08:00Z"', dt.datetime(2026, 3, 14, 8, tzinfo=UTC)),
                               ("as_of = 2026-03-14T08:00:00", dt.datetime(2026, 3, 14, 8, tzinfo=UTC))]:
            self.assertEqual(load_config(toml_file(text)).as_of_seconds, expected.timestamp(), text)

    def test_every_problem_is_reported_together(self):
        path = toml_file('me = 3\nas_of = "yesterday"\n'
                         "[tie_strength]\nhalf_life_days = 0\nmax_group_size = 1.5\nspeed = 1\n"
                         "[tie_strength.channels]\nfax = 1\n"
                         "[tie_strength.weights]\nrecency = -1\n"
                         "[tie_strength.thresholds]\nstrong = 0.2\nmedium = 0.5\n")
        with self.assertRaises(ConfigError) as raised:
            load_config(path)
        problems = raised.exception.problems
        expected = ["me must be a contact id", "bad as_of", "half_life_days: got 0", "max_group_size: got 1.5",
                    "speed: unknown key", "fax: unknown channel", "recency: got -1", "medium (0.5) is above strong (0.2)"]
        self.assertEqual(len(problems), len(expected), problems)
        for text, problem in zip(expected, problems):
            self.assertIn(text, problem)
            self.assertTrue(problem.startswith(path + ": "), problem)

    def test_toml_syntax_error(self):
        with self.assertRaises(ConfigError) as raised:
            load_config(toml_file("[tie_strength\n"))
        self.assertIn("TOML syntax error", raised.exception.problems[0])


class PairHistoryTests(unittest.TestCase):
    """One pair (a < b): an email a → b on day 100 answered after 2 hours, as of day 110."""

    def setUp(self):
        self.m = TieStrengthModel()
        self.scorer = Scorer(self.m)

    def expected_email_components(self, t, embeddedness):
        # docs/tie-strength.md, written out for a single event 10 days before t.
        age = t - 100
        return [2 ** (-age / 60),                                    # recency, half-life 60 days
                1 - math.exp(-(0.3 * 2 ** (-age / 180)) / 5),        # intensity: email weight 0.3, half-life 180, scale 5
                1 - math.exp(-1 / 12),                               # frequency: 1 touch in the last 365 days, scale 12
                0.0,                                                 # reciprocity: 1 forward, 0 backward
                0.0,                                                 # duration: first = last
                1 * (0.5 + 0.5 * 2 ** (-2 / 24)),                    # responsiveness: 1 of 1 answered, in 2 h
                0.0,                                                 # exchange: 1 − 2^−0
                embeddedness]

    def test_component_weights_and_strength_by_hand(self):
        s, cls, last, touches, c = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 2.0)], None, None, 0.0, 0.25, 110.0)
        expected = self.expected_email_components(110.0, 0.25)
        for got, want, name in zip(c, expected, COMPONENTS):
            self.assertAlmostEqual(got, want, places=15, msg=name)
        z = -7.25 + sum(w * x for w, x in zip([6, 2, 0.5, 0.5, 0.5, 0.5, 1, 4], expected))
        low, high = sigmoid(-7.25), sigmoid(-7.25 + 15)
        self.assertAlmostEqual(s, (sigmoid(z) - low) / (high - low), places=15)
        self.assertEqual((last, touches), (100.0, 1))
        self.assertEqual(cls, "weak" if s < 0.3 else "medium" if s < 0.6 else "strong")

    def test_declared_strength_is_blended(self):
        s0, *_ = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 2.0)], None, None, 0.0, 0.25, 110.0)
        s1, *_ = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 2.0)], None, 0.8, 0.0, 0.25, 110.0)
        self.assertAlmostEqual(s1, 0.5 * s0 + 0.5 * 0.8, places=15)

    def test_as_of_ignores_later_events_and_late_answers(self):
        base = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 2.0)], None, None, 0.0, 0.25, 110.0)
        later = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 2.0), (120.0, 1.0, -1, None)],
                            None, None, 0.0, 0.25, 110.0)
        self.assertEqual(base[4], later[4])          # the meeting on day 120 is after as-of
        self.assertEqual(later[3], 1)                # touches counted as of day 110
        # An answer that comes 300 h (12.5 days) after the email, i.e. after as-of: expected, not answered.
        late = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 300.0)], None, None, 0.0, 0.0, 110.0)
        self.assertEqual(late[4][COMPONENTS.index("responsiveness")], 0.0)
        # …and answered once as-of is past the answer.
        answered = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, 300.0)], None, None, 0.0, 0.0, 113.0)
        self.assertAlmostEqual(answered[4][COMPONENTS.index("responsiveness")], 0.5 + 0.5 * 2 ** (-300 / 24), places=15)

    def test_since_counts_towards_duration(self):
        # Declared since day 0, one touch on day 100, as of day 110: duration = 1 − e^(−(100 − 0)/365).
        *_, c = tie_of_pair(self.m, self.scorer, [(100.0, 0.3, 1, None)], 0.0, None, 0.0, 0.0, 110.0)
        self.assertAlmostEqual(c[COMPONENTS.index("duration")], 1 - math.exp(-100 / 365), places=15)
        # With no touch at all, duration runs from since to as-of.
        *_, c = tie_of_pair(self.m, self.scorer, [], 0.0, None, 0.0, 0.0, 110.0)
        self.assertAlmostEqual(c[COMPONENTS.index("duration")], 1 - math.exp(-110 / 365), places=15)

    def test_reciprocity_and_exchange(self):
        events = [(100.0, 1.0, 1, None), (101.0, 1.0, -1, None), (102.0, 1.0, -1, None)]
        *_, c = tie_of_pair(self.m, self.scorer, events, None, None, 1.5, 0.0, 110.0)
        self.assertAlmostEqual(c[COMPONENTS.index("reciprocity")], 2 * 1 / 3, places=15)
        self.assertAlmostEqual(c[COMPONENTS.index("exchange")], 1 - 2 ** -1.5, places=15)

    def test_dormant_and_fading_classes(self):
        # Weekly meetings for two years, the last one 400 days before as-of: dormant (the peak was strong).
        weekly = [(d, 1.0, 1 if i % 2 else -1, None) for i, d in enumerate(range(0, 730, 7))]
        last = weekly[-1][0]
        _, cls, *_ = tie_of_pair(self.m, self.scorer, weekly, None, None, 0.0, 0.5, last + 400.0)
        self.assertEqual(cls, "dormant")
        # The same history seen 200 days after the last meeting: weaker than 180 days before → fading.
        s, cls, *_ = tie_of_pair(self.m, self.scorer, weekly, None, None, 0.0, 0.5, last + 200.0)
        past, *_ = tie_of_pair(self.m, self.scorer, weekly, None, None, 0.0, 0.5, last + 20.0)
        self.assertGreaterEqual(past, 0.3)
        self.assertLess(s, 0.7 * past)
        self.assertEqual(cls, "fading")

    def test_evaluate_counts_only_events_up_to_t(self):
        days, weights, dirs, replies = [1.0, 2.0, 3.0], [1.0, 1.0, 1.0], [1, 1, 1], [None, None, None]
        _, count, first, last = evaluate(self.m, days, weights, dirs, replies, 2.0, math.inf)
        self.assertEqual((count, first, last), (2, 1.0, 2.0))
        c, count, *_ = evaluate(self.m, days, weights, dirs, replies, 0.5, math.inf)
        self.assertEqual((count, c), (0, [0.0] * 8))


if __name__ == "__main__":
    unittest.main()
