#!/usr/bin/env bash
# Speed-up ratios of the issues' goal pairs, robust to a noisy machine.
#
# Each round is one JVM fork (-f 1) that runs pos4j's row and the peer's row of every pair, one after
# the other, so both see the same load; a round records each row's best and mean iteration. The
# ratio (peer / pos4j) is computed per round, then the median and range over the rounds are printed,
# for best/best (least disturbed iterations) and mean/mean. A single JMH run on a loaded machine
# moves the ratio by a whole unit, because the peers (which allocate more) slow down more than pos4j
# under load; the per-round median is the number to compare with a goal.
#
# Usage (from the repository root, after building pos-bench/target/benchmarks.jar):
#   pos-bench/tools/goal-ratios.sh [ROUNDS] [JAR]        # defaults: 8 rounds, pos-bench/target/benchmarks.jar
# Needs java and python3. About 45 s per round.
set -euo pipefail
rounds=${1:-8}
jar=${2:-pos-bench/target/benchmarks.jar}
pairs='indexFci_pos4j:treeFci_payneteasy indexDe55_pos4j:treeDe55_payneteasy
buildPackBinary_pos4j:buildPackBinary_j8583 buildPackBinaryFields_pos4j:buildPackBinaryFields_j8583'
regex='TlvBench.(indexFci_pos4j|treeFci_payneteasy|indexDe55_pos4j|treeDe55_payneteasy)|Iso8583Bench.buildPackBinary(Fields)?_(pos4j|j8583)$'
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for r in $(seq "$rounds"); do
  java -jar "$jar" "$regex" -f 1 -wi 4 -i 6 -w 500ms -r 500ms 2>&1 | python3 -c '
import sys
r = sys.argv[1]; name = None; its = []
for line in sys.stdin:
    if line.startswith("# Benchmark:"):
        name = line.split()[2].split(".")[-1]; its = []
    elif line.startswith("Iteration"):
        its.append(float(line.split()[2]))
    elif line.startswith("Result") and its:
        print(r, name, min(its), sum(its) / len(its))
' "$r" >> "$out"
  echo "round $r of $rounds done" >&2
done
python3 - "$out" "$pairs" <<'PY'
import sys, collections
rows = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, name, best, mean = line.split()
    rows[r][name] = (float(best), float(mean))
def med(v):
    v = sorted(v); n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
for pair in sys.argv[2].split():
    ours, peer = pair.split(":")
    rs = [rows[r] for r in rows if ours in rows[r] and peer in rows[r]]
    if not rs:
        continue
    best = [x[peer][0] / x[ours][0] for x in rs]
    mean = [x[peer][1] / x[ours][1] for x in rs]
    print("%-28s vs %-28s rounds %d" % (ours, peer, len(rs)))
    print("  ratio best/best median %.2f (%.2f-%.2f), mean/mean median %.2f (%.2f-%.2f)"
          % (med(best), min(best), max(best), med(mean), min(mean), max(mean)))
    print("  pos4j best ns " + " ".join("%.0f" % x[ours][0] for x in rs))
    print("  peer  best ns " + " ".join("%.0f" % x[peer][0] for x in rs))
PY
