"""liaison.toml for the Spark job: the top-level `me` and `as_of`, and the `[tie_strength]` table.

The keys, defaults and checks are those of Liaison's `TieStrengthModel` (Swift:
Sources/Liaison/TieStrength/TieStrengthModel.swift and TieStrengthModel+Config.swift; documented in
docs/tie-strength.md). Every problem is collected and reported together, as
`liaison.toml: [table] key: what is wrong, what was expected`, like the Swift loader.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import tomllib

from isodate import days_from_civil, parse_iso_seconds

COMPONENTS = ["recency", "intensity", "frequency", "reciprocity", "duration",
              "responsiveness", "exchange", "embeddedness"]
CHANNELS = ["meeting", "call", "video", "message", "email", "event", "other"]


class ConfigError(Exception):
    """Problems in liaison.toml; `problems` holds one message per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclasses.dataclass
class TieStrengthModel:
    """The parameters of the tie-strength model, with Liaison's defaults."""
    half_life_days: float = 180.0
    recency_half_life_days: float = 60.0
    channel_weights: dict = dataclasses.field(default_factory=lambda: {
        "meeting": 1.0, "video": 0.8, "call": 0.7, "event": 0.5, "message": 0.3, "email": 0.3, "other": 0.3})
    intensity_scale: float = 5.0
    frequency_scale: float = 12.0
    duration_scale_days: float = 365.0
    reply_half_life_hours: float = 24.0
    max_group_size: int = 30
    declared_weight: float = 0.5
    intercept: float = -7.25
    weights: list = dataclasses.field(default_factory=lambda: [6.0, 2.0, 0.5, 0.5, 0.5, 0.5, 1.0, 4.0])
    strong_threshold: float = 0.6
    medium_threshold: float = 0.3
    dormant_after_days: float = 365.0
    fading_share: float = 0.3
    fading_window_days: float = 180.0


@dataclasses.dataclass
class WorkspaceConfig:
    me: str | None = None
    as_of_seconds: float | None = None   # seconds since 1970 (UTC)
    model: TieStrengthModel = dataclasses.field(default_factory=TieStrengthModel)


def _toml_date_seconds(value) -> float | None:
    """A TOML date, date-time (with its offset) or ISO 8601 string as seconds since 1970 (UTC)."""
    if isinstance(value, dt.datetime):
        days = days_from_civil(value.year, value.month, value.day)
        t = days * 86400 + value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        if value.utcoffset() is not None:
            t -= value.utcoffset().total_seconds()
        return float(t)
    if isinstance(value, dt.date):
        return float(days_from_civil(value.year, value.month, value.day) * 86400)
    if isinstance(value, str):
        return parse_iso_seconds(value.strip())
    return None


def load_config(path: str | None) -> WorkspaceConfig:
    """Reads liaison.toml (or returns the defaults when `path` is None)."""
    cfg = WorkspaceConfig()
    if path is None:
        return cfg
    name = path
    try:
        with open(path, "rb") as f:
            table = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError([f"{name}: TOML syntax error: {e}"])
    problems: list[str] = []
    if "me" in table:
        if isinstance(table["me"], str) and table["me"].strip():
            cfg.me = table["me"].strip()
        else:
            problems.append(f'{name}: me must be a contact id as a string (me = "anna-petrova")')
    if "as_of" in table:
        cfg.as_of_seconds = _toml_date_seconds(table["as_of"])
        if cfg.as_of_seconds is None:
            problems.append(f"{name}: bad as_of: expected a TOML date (as_of = 2026-03-14), date-time, or an ISO 8601 string")
    section = table.get("tie_strength")
    if section is not None:
        if not isinstance(section, dict):
            problems.append(f"{name}: [tie_strength] must be a table")
        else:
            _read_tie_strength(section, cfg.model, name, problems)
    if problems:
        raise ConfigError(problems)
    return cfg


def _read_tie_strength(t: dict, m: TieStrengthModel, name: str, problems: list[str]) -> None:
    def number(table, table_name, key, check, expected):
        if key not in table:
            return None
        v = table[key]
        x = float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
        if x is None or not math.isfinite(x) or not check(x):
            problems.append(f"{name}: [{table_name}] {key}: got {v!r}, expected {expected}")
            return None
        return x

    positive = lambda x: x > 0
    unit = lambda x: 0 <= x <= 1
    scalar_keys = [
        ("half_life_days", positive, "a number of days > 0"),
        ("recency_half_life_days", positive, "a number of days > 0"),
        ("intensity_scale", positive, "a number > 0"),
        ("frequency_scale", positive, "a number of touches > 0"),
        ("duration_scale_days", positive, "a number of days > 0"),
        ("reply_half_life_hours", positive, "a number of hours > 0"),
        ("declared_weight", unit, "a share between 0 and 1"),
        ("dormant_after_days", positive, "a number of days > 0"),
        ("fading_share", unit, "a share between 0 and 1"),
        ("fading_window_days", positive, "a number of days > 0"),
    ]
    for key, check, expected in scalar_keys:
        x = number(t, "tie_strength", key, check, expected)
        if x is not None:
            setattr(m, key, x)
    x = number(t, "tie_strength", "max_group_size", lambda v: v >= 2 and v == round(v), "an integer ≥ 2")
    if x is not None:
        m.max_group_size = int(x)
    known = {k for k, _, _ in scalar_keys} | {"max_group_size", "channels", "weights", "thresholds"}
    for key in t:
        if key not in known:
            problems.append(f"{name}: [tie_strength] {key}: unknown key, expected one of {', '.join(sorted(known))}")
    channels = t.get("channels")
    if isinstance(channels, dict):
        for key in channels:
            if key not in CHANNELS:
                problems.append(f"{name}: [tie_strength.channels] {key}: unknown channel, expected one of {', '.join(CHANNELS)}")
                continue
            x = number(channels, "tie_strength.channels", key, lambda v: v >= 0, "a weight ≥ 0")
            if x is not None:
                m.channel_weights[key] = x
    weights = t.get("weights")
    if isinstance(weights, dict):
        for key in weights:
            if key == "intercept":
                x = number(weights, "tie_strength.weights", key, lambda v: True, "a number")
                if x is not None:
                    m.intercept = x
            elif key in COMPONENTS:
                x = number(weights, "tie_strength.weights", key, lambda v: v >= 0,
                           "a weight ≥ 0 (negative weights would break monotonicity)")
                if x is not None:
                    m.weights[COMPONENTS.index(key)] = x
            else:
                problems.append(f"{name}: [tie_strength.weights] {key}: unknown component, expected intercept or one of {', '.join(COMPONENTS)}")
    thresholds = t.get("thresholds")
    if isinstance(thresholds, dict):
        x = number(thresholds, "tie_strength.thresholds", "strong", unit, "a strength between 0 and 1")
        if x is not None:
            m.strong_threshold = x
        x = number(thresholds, "tie_strength.thresholds", "medium", unit, "a strength between 0 and 1")
        if x is not None:
            m.medium_threshold = x
        if m.medium_threshold > m.strong_threshold:
            problems.append(f"{name}: [tie_strength.thresholds] medium ({m.medium_threshold}) is above strong ({m.strong_threshold}), expected medium ≤ strong")
