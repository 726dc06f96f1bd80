"""Summarises a bench/compare run as Markdown: per command, each round's median and mean ± σ for
the base and the new binary, then the kept rounds' runs pooled, and the ratio new/base.

usage: compare.py OUT_DIR [LIMIT]
       compare.py --spread HYPERFINE_JSON
LIMIT (default 1.10) is the largest ratio new/base of the pooled medians that counts as "no
slower than before". --spread prints how wild one attempt was: the larger of the two binaries'
interquartile range divided by its median (a single outlier barely moves it; something else
taking the CPU for part of the attempt does)."""
import glob
import json
import os
import re
import statistics
import sys

NAMES = {
    "balance": "`okx balance`",
    "order": "`okx order place BTC-USDT buy 0.01 --price 60000 --dry-run`",
}


def quantile(sorted_times, p):
    """Linear interpolation between the closest ranks."""
    x = p * (len(sorted_times) - 1)
    i = int(x)
    j = min(i + 1, len(sorted_times) - 1)
    return sorted_times[i] + (sorted_times[j] - sorted_times[i]) * (x - i)


def spread(times):
    t = sorted(times)
    return (quantile(t, 0.75) - quantile(t, 0.25)) / statistics.median(t)


def results(path):
    with open(path) as f:
        return {r["command"]: r for r in json.load(f)["results"]}


if len(sys.argv) == 3 and sys.argv[1] == "--spread":
    print(f"{max(spread(r['times']) for r in results(sys.argv[2]).values()):.3f}")
    sys.exit(0)

OUT = sys.argv[1]
LIMIT = float(sys.argv[2]) if len(sys.argv) > 2 else 1.10


def ms(s):
    return f"{s * 1000:.2f}"


def stats(times):
    return {
        "median": statistics.median(times),
        "mean": statistics.fmean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "min": min(times),
        "max": max(times),
        "spread": spread(times),
        "n": len(times),
    }


def cell(s):
    return f"{ms(s['median'])} | {ms(s['mean'])} ± {ms(s['stddev'])}"


with open(os.path.join(OUT, "meta.txt")) as f:
    meta = dict(line.split("=", 1) for line in f.read().splitlines())
# load.txt: "CMD ROUND TRY SPREAD | LOAD BEFORE | LOAD AFTER" per attempt, "CMD ROUND kept TRY".
attempts, kept = {}, {}
with open(os.path.join(OUT, "load.txt")) as f:
    for line in f.read().splitlines():
        head, *loads = [p.strip() for p in line.split("|")]
        cmd, rnd, a, b = head.split()
        if a == "kept":
            kept[(cmd, int(rnd))] = int(b)
        else:
            attempts[(cmd, int(rnd), int(a))] = {"spread": float(b), "before": loads[0],
                                                   "after": loads[1]}

out = []
w = out.append
verdicts = []
for cmd in ("balance", "order"):
    rounds = sorted(r for c, r in kept if c == cmd)
    if not rounds:
        continue
    pooled = {"base": [], "new": []}
    w(f"**{NAMES[cmd]}** ({meta['runs']} runs per binary per round, ms)")
    w("")
    w("| round | first | base median | base mean ± σ | new median | new mean ± σ "
      "| new/base (medians) | attempt, IQR/median | load average before → after |")
    w("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    others = []
    for rnd in rounds:
        k = kept[(cmd, rnd)]
        rs = results(os.path.join(OUT, f"{cmd}-{rnd}.json"))
        first = next(iter(rs))
        for name in pooled:
            pooled[name] += rs[name]["times"]
        b, n = stats(rs["base"]["times"]), stats(rs["new"]["times"])
        a = attempts[(cmd, rnd, k)]
        w(f"| {rnd} | {first} | {cell(b)} | {cell(n)} | {n['median'] / b['median']:.3f} | "
          f"{k}, {a['spread']:.2f} | {a['before']} → {a['after']} |")
        for (c, r, t), x in sorted(attempts.items()):
            if c == cmd and r == rnd and t != k:
                o = results(os.path.join(OUT, f"{cmd}-{rnd}.try{t}.json"))
                others.append(f"round {rnd} attempt {t}: IQR/median {x['spread']:.2f}, medians "
                              f"base {ms(o['base']['median'])}, new {ms(o['new']['median'])}, "
                              f"ratio {o['new']['median'] / o['base']['median']:.3f}, load "
                              f"{x['before']}")
    b, n = stats(pooled["base"]), stats(pooled["new"])
    ratio = n["median"] / b["median"]
    ok = ratio <= LIMIT
    w(f"| all | | {cell(b)} | {cell(n)} | **{ratio:.3f}** | | |")
    w("")
    pct = round((LIMIT - 1) * 100)
    w(f"Pooled over the kept rounds ({b['n']} runs each): base {ms(b['median'])} ms median, "
      f"{ms(b['mean'])} ± {ms(b['stddev'])} ms (min {ms(b['min'])}, max {ms(b['max'])}); new "
      f"{ms(n['median'])} ms median, {ms(n['mean'])} ± {ms(n['stddev'])} ms (min {ms(n['min'])}, "
      f"max {ms(n['max'])}). new/base: {ratio:.3f} (medians), {n['mean'] / b['mean']:.3f} "
      f"(means): " + (f"**within {pct} %**." if ok else f"**slower by more than {pct} %**."))
    w("")
    if others:
        w(f"Attempts repeated as wild (IQR/median above {meta.get('max_spread', '?')}) or not "
          "kept, not counted above: " + "; ".join(others) + ".")
        w("")
    verdicts.append(ok)

print("\n".join(out))
sys.exit(0 if all(verdicts) else 1)
