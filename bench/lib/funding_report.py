"""Renders the funding-history section of BENCHMARKS.md from bench/funding's raw data.

usage: funding_report.py DIR            prints the section (markdown)
       funding_report.py DIR --into MD  also puts it into MD, replacing the section of the same
                                        title, or before "## Commands" (else at the end)
Every figure comes from DIR: hyperfine exports, bench/lib/timed's row counts, the stand-in's
request logs (GET /__sim/log)."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import simlog  # noqa: E402

TITLE = "## 5. Funding history with the rate limits on"
HIST = "/api/v5/public/funding-rate-history"
LIMIT, WINDOW_S = 10, 2.0


def sustained(d):
    """The back-to-back loop: (history requests, wall s, requests per second, share of 5/s,
    429 answers, strict floor s)."""
    with open(os.path.join(d, "loop.txt")) as f:
        loop = dict(line.split("=", 1) for line in f.read().splitlines())
    loop_s = float(loop["wall_s"])
    log = simlog.load(os.path.join(d, "log-loop.json"))
    pages = sum(1 for e in log if e["path"] == HIST)
    rate = pages / loop_s
    return (pages, loop_s, rate, rate / (LIMIT / WINDOW_S),
            sum(1 for e in log if e["status"] == 429), WINDOW_S * ((pages - 1) // LIMIT))


def target(d):
    """The targets-table rows: (target, measured, met)."""
    pages, loop_s, rate, share, n429, _ = sustained(d)
    return [("funding history ≥ 97% of the rate-limit bound (10 per 2 s)",
             f"{share * 100:.0f}% ({rate:.2f} requests/s, {pages} requests in {loop_s:.1f} s)",
             share >= 0.97),
            ("funding history: zero 429 answers", f"{n429}", n429 == 0)]


def render(d):
    def read(name):
        with open(os.path.join(d, name)) as f:
            return f.read()

    def exists(name):
        return os.path.exists(os.path.join(d, name))

    setup = dict(line.split("=", 1) for line in read("setup.txt").splitlines())
    runs = int(setup["runs"])
    out = []
    w = out.append
    tools = {}
    for tool in ("okx", "ccxt"):
        if not exists(f"{tool}.json"):
            continue
        hf = json.load(open(os.path.join(d, f"{tool}.json")))["results"][0]
        log = simlog.load(os.path.join(d, f"log-{tool}.json"))
        s = simlog.summary(log, runs)
        pages = s["per_run"].get(HIST, 0)
        rows = [int(x) - 1 for x in read(f"{tool}.rows").split()]
        with open(os.path.join(d, f"{tool}.csv")) as f:
            next(f)
            ts = sorted(int(line.split(",", 1)[0]) for line in f if line.strip())
        tools[tool] = dict(hf=hf, s=s, pages=pages, rows=rows, ts=ts)
    o = tools["okx"]
    c = tools.get("ccxt")
    loop_pages, loop_s, rate, share, loop_429, floor = sustained(d)

    w(TITLE)
    w("")
    w("90 days of ETH-USDT-SWAP funding history (settlements every 8 h, every 4 h for the last "
      f"30 days: the stand-in's swap whose interval changed) from epoch ms `{setup['since']}` up to "
      f"now, as CSV, against a stand-in enforcing OKX's limit on `/public/funding-rate-history`: "
      "10 requests per 2 s per IP and instrument, a sliding window. Requests and 429 answers are "
      "counted from the stand-in's log. Measured by `bench/funding` (also run by `bench/run`) on "
      f"{setup.get('date', '?')} from commit `{setup.get('commit', '?')}`, load average "
      f"{setup.get('load', '?')}.")
    w("")
    cols = [("okx", o)] + ([("ccxt `fetch_funding_rate_history(paginate=True)`", c)] if c else [])
    w("| | " + " | ".join(n for n, _ in cols) + " |")
    w("| --- |" + " ---: |" * len(cols))

    def row(label, f):
        w(f"| {label} | " + " | ".join(f(t) for _, t in cols) + " |")

    row("rows written (each run)", lambda t: ", ".join(f"{r:,}" for r in t["rows"]))
    row("oldest row", lambda t: f"`{t['ts'][0]}`" if t["ts"] else "none")
    row("requests per run",
        lambda t: ", ".join(f"{p.rsplit('/', 1)[1]} {n:g}" for p, n in t["s"]["per_run"].items()))
    row("429 answers (all runs)", lambda t: str(t["s"]["http429"]))
    row("wall time, median (min … max)",
        lambda t: f"{t['hf']['median']:.3f} s ({t['hf']['min']:.3f} … {t['hf']['max']:.3f})")
    w("")
    w(f"**Sustained rate.** One download is a handful of requests, within the window's burst of "
      f"10, so it says little about pacing. {setup['loop']} downloads back to back (`{setup['loop_cmd']}`) "
      f"sent **{loop_pages} history requests in {loop_s:.2f} s: {rate:.2f} requests per second, "
      f"{share * 100:.0f}% of the limit's 5 per second, with {loop_429} 429 answers** "
      f"(target: ≥ 97% with none: **{'met' if share >= 0.97 and loop_429 == 0 else 'missed'}**). "
      f"The strict floor of the sliding window for {loop_pages} requests (a burst of 10, then 10 "
      f"every 2 s) is {floor:.1f} s; okx's processes share one pacing ledger, so the ten "
      "processes together stay under the limit, as they must against the real exchange.")
    w("")
    if c:
        missing = sorted(set(o["ts"]) - set(c["ts"]))
        w(f"**ccxt returns {len(c['ts']):,} of the {len(o['ts']):,} settlements** against the "
          f"stand-in, the newest {len(c['ts']):,} (it lacks every one before "
          f"`{missing[-1] if missing else '-'}`), and says nothing. Its paginated call "
          "(`fetch_paginated_call_deterministic`, 8h timeframe, 100 entries a request) splits the "
          "range into fixed windows of 800 h and asks for each with `before=<window start - 1>"
          "&limit=100` and no `after`. Two claims, of different strength:")
        w("")
        w("- *Holds whatever OKX does with `before` alone:* 800 h windows of 100 rows assume "
          "8 h settlements. Where the interval is 4 h a window holds up to 200 settlements and "
          "one page of 100 at most half of them, so even if `before` alone returned the oldest "
          "rows after the cursor, ccxt would get at most 100 a window: about 300 of these 360 "
          "(the window with the change holds 120, the last one 140).")
        w("- *UNCONFIRMED against live OKX:* that every window's answer is the same newest 100 "
          "rests on OKX's documented rule that `before` alone returns the newest rows newer than "
          "the cursor, which okx-v5-facts §3.5 states for candles; the funding-history section "
          "(derivatives fact sheet §6.3) does not state it. The stand-in follows the candle rule.")
        w("")
        w("okx asks for each 400 h window with both cursors (`after=<window end>&before=<window "
          "start - 1>&limit=400`, and pages on from the oldest row received while a page holds "
          "100 rows or more, in case OKX serves 100 as an older docs revision says), so each "
          "answer is exactly that window whichever rule holds; its tests check the count, both "
          "bounds and the order against a hand-computed schedule.")
        w("")
    elif not c:
        w("ccxt was not run (ONLY_OKX=1, or no bench/.peers/venv).")
        w("")
    w("```sh")
    w(f"{setup['okx_cmd']}   # {setup['runs']} runs, 2.1 s apart (hyperfine --prepare 'sleep 2.1')")
    w(setup["loop_cmd"])
    if c:
        w(f"{setup['ccxt_cmd']}   # {setup['runs']} runs, 2.1 s apart")
    w("```")
    return "\n".join(out) + "\n"


def into(old, title, text):
    """`old` (a BENCHMARKS.md) with the section `title` replaced by `text`, or `text` put before
    "## Commands" (else at the end)."""
    pat = re.compile(re.escape(title) + r"\n.*?(?=^## |\Z)", re.S | re.M)
    if pat.search(old):
        return pat.sub(lambda _: text + "\n", old, count=1)
    if "\n## Commands\n" in old:
        return old.replace("\n## Commands\n", "\n" + text + "\n## Commands\n", 1)
    return old.rstrip("\n") + "\n\n" + text


if __name__ == "__main__":
    text = render(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--into":
        md = sys.argv[3]
        old = open(md).read() if os.path.exists(md) else ""
        with open(md, "w") as f:
            f.write(into(old, TITLE, text))
        print(f"wrote the funding section into {md}", file=sys.stderr)
    else:
        sys.stdout.write(text)
