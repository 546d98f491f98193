"""ISO 8601 dates and date-times as Liaison reads them (Swift: Sources/Liaison/Workspace/ISODate.swift).

Accepted: `2026-03-14` (midnight UTC), `2026-03-14T09:30` or `2026-03-14 09:30`, optional `:SS` and a
fraction after `.` or `,`, and after a time an optional `Z` or `±HH:MM`, `±HHMM`, `±HH` offset; a
date-time without an offset is UTC. Day numbers use Howard Hinnant's `days_from_civil` (proleptic
Gregorian calendar, https://howardhinnant.github.io/date_algorithms.html).

`ISO_PATTERN` is the same grammar as a Java regular expression, for Spark's `regexp_extract`
(`workspace_io.parse_date_column`); `parse_iso_seconds` is the plain-Python twin for liaison.toml and
the command line.
"""

from __future__ import annotations

import re

ISO_PATTERN = (r"^(\d{4})-(\d{2})-(\d{2})"
               r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
               r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$")
_ISO = re.compile(ISO_PATTERN)


def days_from_civil(year: int, month: int, day: int) -> int:
    y = year - 1 if month <= 2 else year
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if month <= 2 else 0), month, day


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_iso_seconds(text: str) -> float | None:
    """Seconds since 1970-01-01T00:00:00Z, or None when `text` is not an accepted form."""
    m = _ISO.match(text)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    seconds = float(days_from_civil(year, month, day) * 86400)
    if m[4] is None:
        return seconds
    hour, minute = int(m[4]), int(m[5])
    if hour > 23 or minute > 59:
        return None
    seconds += hour * 3600 + minute * 60
    if m[6] is not None:
        if int(m[6]) > 60:
            return None
        seconds += int(m[6])
        if m[7] is not None:
            seconds += float("0." + m[7])
    if m[9] is not None:
        oh, om = int(m[10]), int(m[11] or 0)
        if oh > 23 or om > 59:
            return None
        seconds -= (1 if m[9] == "+" else -1) * (oh * 3600 + om * 60)
    return seconds


def day_string(days: float) -> str:
    """YYYY-MM-DD (UTC) of a day number (days since 1970, fractional)."""
    import math
    y, m, d = civil_from_days(math.floor(days))
    return f"{y:04d}-{m:02d}-{d:02d}"
