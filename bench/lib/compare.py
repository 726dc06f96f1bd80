"""Summarises a bench/compare run as Markdown: per command, each round's median and mean ± σ for
the base and the new binary, then all rounds' runs pooled, and the ratio new/base.

usage: compare.py OUT_DIR [LIMIT]
LIMIT (default 1.10) is the largest ratio new/base of the pooled medians that counts as "no
slower than before"."""
import glob
import json
import os
import re
import statistics
import sys

OUT = sys.argv[1]
LIMIT = float(sys.argv[2]) if len(sys.argv) > 2 else 1.10
NAMES = {
    "balance": "`okx balance`",
    "order": "`okx order place BTC-USDT buy 0.01 --price 60000 --dry-run`",
}


def ms(s):
    return f"{s * 1000:.2f}"


def stats(times):
    return {
        "median": statistics.median(times),
        "mean": statistics.fmean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "min": min(times),
        "max": max(times),
        "n": len(times),
    }


def cell(s):
    return f"{ms(s['median'])} | {ms(s['mean'])} ± {ms(s['stddev'])}"


meta = dict(line.split("=", 1) for line in open(os.path.join(OUT, "meta.txt")).read().splitlines())
load = {}
for line in open(os.path.join(OUT, "load.txt")).read().splitlines():
    cmd, rnd, when, *avg = line.split()
    load[(cmd, int(rnd), when)] = " ".join(avg)

out = []
w = out.append
verdicts = []
for cmd in ("balance", "order"):
    files = sorted((p for p in glob.glob(os.path.join(OUT, f"{cmd}-*.json"))
                    if re.fullmatch(rf"{cmd}-\d+\.json", os.path.basename(p))),
                   key=lambda p: int(re.search(r"-(\d+)\.json$", p).group(1)))
    wild = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, f"{cmd}-*.wild*.json")))
    if not files:
        continue
    pooled = {"base": [], "new": []}
    w(f"**{NAMES[cmd]}** ({meta['runs']} runs per binary per round, ms)")
    w("")
    w("| round | first | base median | base mean ± σ | new median | new mean ± σ | new/base (medians) | load before → after |")
    w("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for f in files:
        rnd = int(re.search(r"-(\d+)\.json$", f).group(1))
        results = json.load(open(f))["results"]
        first = results[0]["command"]
        per = {r["command"]: r["times"] for r in results}
        for k in pooled:
            pooled[k] += per[k]
        b, n = stats(per["base"]), stats(per["new"])
        w(f"| {rnd} | {first} | {cell(b)} | {cell(n)} | {n['median'] / b['median']:.3f} | "
          f"{load.get((cmd, rnd, 'before'), '?')} → {load.get((cmd, rnd, 'after'), '?')} |")
    b, n = stats(pooled["base"]), stats(pooled["new"])
    ratio = n["median"] / b["median"]
    ok = ratio <= LIMIT
    w(f"| all | | {cell(b)} | {cell(n)} | **{ratio:.3f}** | |")
    w("")
    w(f"Pooled ({b['n']} runs each): base {ms(b['median'])} ms median, {ms(b['mean'])} ± "
      f"{ms(b['stddev'])} ms (min {ms(b['min'])}, max {ms(b['max'])}); new {ms(n['median'])} ms "
      f"median, {ms(n['mean'])} ± {ms(n['stddev'])} ms (min {ms(n['min'])}, max {ms(n['max'])}). "
      f"new/base: {ratio:.3f} (medians), {n['mean'] / b['mean']:.3f} (means): "
      + (f"**within {round((LIMIT - 1) * 100)} %**." if ok else
         f"**slower by more than {round((LIMIT - 1) * 100)} %**."))
    w("")
    if wild:
        notes = []
        for name in wild:
            rs = {r["command"]: r for r in json.load(open(os.path.join(OUT, name)))["results"]}
            notes.append(f"{name} (medians base {ms(rs['base']['median'])}, new "
                         f"{ms(rs['new']['median'])}; σ/mean up to "
                         f"{max(r['stddev'] / r['mean'] for r in rs.values()):.2f})")
        w(f"Repeated as wild (σ/mean above {meta.get('max_cv', '?')}), not counted above: "
          + "; ".join(notes) + ".")
        w("")
    verdicts.append(ok)

print("\n".join(out))
sys.exit(0 if all(verdicts) else 1)
