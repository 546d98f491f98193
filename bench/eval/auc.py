"""ROC AUC, computed two independent ways (bench/eval/evaluate.py and bench/enron/evaluate.py).

auc_rank_sum:   the Mann-Whitney U statistic / (n+ n-), with average ranks for tied scores.
auc_pair_count: for every positive, the negatives scored below it (bisect), ties counting 1/2.
auc:            both, stopping when they differ by more than 1e-12.

Both are the probability that a random positive scores above a random negative, ties counting 1/2
(Hanley & McNeil 1982). Twin: sklearn.metrics.roc_auc_score.
"""
import bisect


def auc_rank_sum(scores, labels):
    """Mann-Whitney U / (n+ n-), with average ranks for tied scores. O(n log n)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    pos = sum(labels)
    neg = len(labels) - pos
    rank_sum, i = 0.0, 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        rank = (i + j) / 2 + 1
        rank_sum += sum(rank for t in range(i, j + 1) if labels[order[t]])
        i = j + 1
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def auc_pair_count(scores, labels):
    """P(score of a random positive > that of a random negative) + 1/2 P(equal), by counting. O(n log n)."""
    negatives = sorted(s for s, y in zip(scores, labels) if not y)
    positives = [s for s, y in zip(scores, labels) if y]
    wins = 0.0
    for s in positives:
        below = bisect.bisect_left(negatives, s)
        equal = bisect.bisect_right(negatives, s) - below
        wins += below + equal / 2
    return wins / (len(positives) * len(negatives))


def auc(scores, labels):
    a, b = auc_rank_sum(scores, labels), auc_pair_count(scores, labels)
    assert abs(a - b) < 1e-12, f"AUC implementations disagree: {a} vs {b}"
    return a


# scikit-learn's documented example: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75.
assert auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == 0.75
