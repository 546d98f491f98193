"""Replies inferred from a message log that does not record them (Enron, CollegeMsg).

A message from B to A within `window` (7 days) after A wrote to B answers A's message; the first
such message is the answer, with that delay. rows: (when, sender, recipient) sorted by time;
returns (when, sender, recipient, reply_when or None). O(n log n).
"""
import bisect
from collections import defaultdict
from datetime import timedelta

REPLY_WINDOW = timedelta(days=7)


def infer_replies(rows, window=REPLY_WINDOW):
    times = defaultdict(list)
    for when, s, t in rows:
        times[(s, t)].append(when)
    out = []
    for when, s, t in rows:
        back = times.get((t, s), [])
        k = bisect.bisect_right(back, when)
        reply = back[k] if k < len(back) and back[k] - when <= window else None
        out.append((when, s, t, reply))
    return out
