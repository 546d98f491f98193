#!/usr/bin/env bash
# bench/product.sh — wall time of every liaison command on one synthetic workspace, and its
# ratio to `liaison check` (the time to read the data). Prints the Markdown table of issue 16.
#
#   bench/product.sh [CONTACTS] [INTERACTIONS] [SEED]      (default 20000 1000000 1)
#
# Uses the release binary (.build/release/liaison; built when missing). The workspace is
# generated once into $LIAISON_BENCH_DIR (default /tmp/liaison-product-CONTACTS-INTERACTIONS-SEED)
# and reused. Each command runs once (`check`, the reference, three times: the median); stdout
# goes to /dev/null (stderr is not a terminal, so no progress output). CPU is user + system
# seconds and peak memory the maximum resident set size, both from /usr/bin/time (GNU time's %U,
# %S, %M); on a loaded machine the CPU ratio says more than the wall ratio. The machine's load
# average is printed with the table: on a shared machine read the ratios, not the seconds.
set -euo pipefail
contacts=${1:-20000}
interactions=${2:-1000000}
seed=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.build/release/liaison"
[ -x "$bin" ] || (cd "$root" && swift build -c release --product liaison >/dev/null)
ws=${LIAISON_BENCH_DIR:-/tmp/liaison-product-$contacts-$interactions-$seed}
if [ ! -f "$ws/contacts.csv" ]; then
    "$bin" synth --contacts "$contacts" --interactions "$interactions" --seed "$seed" --out "$ws" >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# "wall-seconds cpu-seconds peak-KiB" of one run of the command given as arguments
wall() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$out/rss" "$@" >/dev/null 2>"$out/stderr" \
        || { echo "failed: $*" >&2; cat "$out/stderr" >&2; return 1; }
    end=$(date +%s.%N)
    read -r user sys rss < <(tail -n 1 "$out/rss")
    echo "$(echo "$end - $start" | bc -l) $(echo "$user + $sys" | bc -l) $rss"
}

# The contact of `show` (the second row of contacts.csv; synth puts the owner first) and the
# earlier date of `diff` (90 days before the workspace's as_of, the report's change window).
contact=$(sed -n '3{s/,.*//;p}' "$ws/contacts.csv")
asof=$(sed -n 's/^as_of *= *\([0-9-]*\).*/\1/p' "$ws/liaison.toml")
since=$(date -d "${asof:-$(date +%F)} - 90 days" +%F)
rows=(
    "check|check $ws"
    "summary|summary $ws"
    "ties --format csv|ties $ws --format csv"
    "contacts --format csv|contacts $ws --format csv"
    "communities --format csv|communities $ws --format csv"
    "reach|reach $ws"
    "suggest|suggest $ws"
    "plan|plan $ws"
    "render|render $ws -o $out/net.svg"
    "bridges|bridges $ws"
    "report|report $ws -o $out/report.html"
    "centrality|centrality $ws --format csv"
    "export --format graphml|export $ws --format graphml -o $out/net.graphml"
    "agenda|agenda $ws"
    "show|show $ws $contact"
    "diff --since (90 days)|diff $ws --since $since"
    "calibrate|calibrate $ws"
)
echo "| command on $(basename "$ws") | wall | ÷ check | CPU | ÷ check | peak memory |"
echo "|---|---|---|---|---|---|"
ref=""
cref=""
for row in "${rows[@]}"; do
    label=${row%%|*}
    read -r -a args <<< "${row#*|}"
    if [ -z "$ref" ]; then
        # The reference: `check` three times (the first run also warms the page cache), the
        # median by wall time, so that one slow read does not move every ratio.
        read -r t cpu rss <<< "$(for k in 1 2 3; do wall "$bin" "${args[@]}"; done | sort -n | sed -n 2p)"
        label="$label (median of 3)"
        ref=$t
        cref=$cpu
    else
        read -r t cpu rss <<< "$(wall "$bin" "${args[@]}")"
    fi
    printf '| %s | %.2f s | %.1f | %.2f s | %.1f | %d MB |\n' "$label" "$t" "$(echo "$t / $ref" | bc -l)" \
        "$cpu" "$(echo "$cpu / $cref" | bc -l)" "$((rss / 1024))"
done
echo
echo "$(date -u +%Y-%m-%d\ %H:%M) UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $contacts contacts, $interactions interactions, seed $seed"
