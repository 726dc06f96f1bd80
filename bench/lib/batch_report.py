"""Renders the batch-placement section of BENCHMARKS.md, and its rows of the targets table, from
bench/batch's raw data.

usage: batch_report.py DIR            prints the section (markdown)
       batch_report.py DIR --into MD  also puts it into MD (replacing the section of the same
                                      title, or before "## Commands") and its rows into MD's
                                      targets table (replacing earlier batch rows)
Every figure comes from DIR: results.tsv (wall time, exit status and live orders after each
step), the stand-in's request logs (GET /__sim/log) and the tools' outputs."""
import json
import os
import statistics
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import funding_report  # noqa: E402
import positions_report  # noqa: E402
import simlog  # noqa: E402

TITLE = "## 7. Batch placement: 1,000 orders under OKX's per-order limit"
PLACE = "/api/v5/trade/batch-orders"
CANCEL = "/api/v5/trade/cancel-batch-orders"
BATCH, LIMIT, WINDOW_S = 20, 300, 2.0
TARGET = 0.95
# The rows of the targets table this section owns (replaced when run alone).
ROW_PREFIX = "| batch "
PEERS = [("ccxt", "ccxt `create_orders`, 20 a call"),
         ("python-okx", "python-okx `place_multiple_orders`, 20 a call")]


def floor_s(n, batch=BATCH, limit=LIMIT, window=WINDOW_S):
    """The least time from the first request to the last that a sliding window of `limit`
    orders per `window` s allows for `n` orders sent in batches of `batch`: each batch goes as
    soon as the orders of the last `window` s leave room for it (answers taking no time)."""
    sent = []  # (send time, orders)
    t = 0.0
    for i in range(0, n, batch):
        w = min(batch, n - i)
        while sum(x for s, x in sent if t - s < window) + w > limit:
            t = min(s for s, x in sent if t - s < window) + window
        sent.append((t, w))
    return sent[-1][0] if sent else 0.0


def kv(d, name):
    with open(os.path.join(d, name)) as f:
        return dict(line.split("=", 1) for line in f.read().splitlines())


def steps(d):
    """By step name ("okx-place", "okx-cancel", "ccxt", "python-okx"): one dict per run."""
    out = {}
    with open(os.path.join(d, "results.tsv")) as f:
        for line in f:
            name, run, wall_us, rc, live = line.split()
            log = simlog.load(os.path.join(d, f"{name}-{run}.log.json"))
            batch = [e for e in log if e["path"] in (PLACE, CANCEL)]
            by_path = {}
            for e in log:
                by_path[e["path"]] = by_path.get(e["path"], 0) + 1
            with open(os.path.join(d, f"{name}-{run}.out")) as o:
                out_text = o.read()
            out.setdefault(name, []).append({
                "run": int(run),
                "wall": int(wall_us) / 1e6,
                "rc": int(rc),
                "live": int(live),
                "requests": len(log),
                "by_path": by_path,
                "batch_ok": sum(1 for e in batch if e["status"] == 200),
                "http429": sum(1 for e in log if e["status"] == 429),
                "span": (batch[-1]["at_ms"] - batch[0]["at_ms"]) / 1e3 if batch else 0.0,
                "batch_at": [e["at_ms"] - batch[0]["at_ms"] for e in batch],
                "out": out_text,
            })
    return out


def placed_lines(text):
    """okx's NDJSON result lines that say `placed` and carry an `ordId`."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return sum(1 for r in rows if r.get("result") == "placed" and r.get("ordId"))


def median(xs):
    return statistics.median(xs)


def place_figures(d):
    setup = kv(d, "setup.txt")
    n = int(setup["n"])
    floor = floor_s(n)
    runs = steps(d)["okx-place"]
    wall = median([r["wall"] for r in runs])
    return n, floor, runs, wall


def target(d):
    """The targets-table rows: (target, measured, met)."""
    n, floor, runs, wall = place_figures(d)
    share = floor / wall
    n429 = sum(r["http429"] for r in runs)
    lives = sorted({r["live"] for r in runs})
    cancel = steps(d)["okx-cancel"]
    c429 = sum(r["http429"] for r in cancel)
    left = max(r["live"] for r in cancel)
    return [
        (f"batch place of {n:,} orders ≥ 95% of the speed OKX's per-order limit allows",
         f"{share * 100:.0f}% ({wall:.2f} s median vs floor {floor:.1f} s; {n / wall:.0f} orders/s)",
         share >= TARGET),
        ("batch place: zero 429 answers, every order live",
         f"{n429} in {len(runs)} runs; {', '.join(f'{x:,}' for x in lives)} live after each",
         n429 == 0 and lives == [n]),
        (f"batch cancel-all of {n:,}: zero 429 answers, none left",
         f"{c429} in {len(cancel)} runs; {left} left; {median([r['wall'] for r in cancel]):.2f} s median",
         c429 == 0 and left == 0),
    ]


def windows(at_ms):
    """Batch send times (ms after the first) grouped by 2 s window: "15 at 0–16 ms, …"."""
    groups = []
    for t in at_ms:
        if groups and t - groups[-1][0] < 1000:
            groups[-1].append(t)
        else:
            groups.append([t])
    return ", ".join(f"{len(g)} at {g[0]:,}–{g[-1]:,} ms" if len(g) > 1 else f"1 at {g[0]:,} ms"
                     for g in groups)


def render(d):
    setup = kv(d, "setup.txt")
    st = steps(d)
    n, floor, place, wall = place_figures(d)
    cancel = st["okx-cancel"]
    peers = [(k, label) for k, label in PEERS if k in st]
    nbatch = -(-n // BATCH)
    naive = n / (LIMIT / WINDOW_S)
    out = []
    w = out.append
    w(TITLE)
    w("")
    w(f"{n:,} resting limit buys of {setup['inst']} from one NDJSON file (0.0001 BTC each at "
      "20,000.0, 19,999.9, … USDT, far below the stand-in's market, so none fills), placed "
      "against a stand-in enforcing OKX's limit on `batch-orders` and `cancel-batch-orders`: "
      "300 orders per 2 s per account and instrument, counted per order, a sliding window "
      "(okx-v5-facts §3.10, derivatives sheet §4.2 and §9). Each step starts "
      f"{setup['gap']} s after the last one ended, so it meets an empty window; wall time is "
      "taken around the process; requests and 429 answers are counted from the stand-in's log, "
      "and the orders live from its order book after each step. "
      f"{setup['runs']} rounds; measured by `bench/batch` (also run by `bench/run`) on "
      f"{setup['date']} from commit `{setup['commit']}`"
      + (" with uncommitted changes to src/, sim/ or Cargo files"
         if setup.get("dirty", "0") != "0" else "")
      + f", load average {setup['load']}.")
    w("")
    if setup.get("sim_flags"):
        w(f"**Caveat: OKX would refuse {n - 500:,} of these orders.** OKX caps an account's pending "
          "orders at 500 per instrument (since 2023-08-14, its announcement \"Adjustment to "
          "pending order limit for OKX trading symbols\"; a new order beyond it gets sCode 51174). "
          f"The stand-in models that cap and ran here with `{setup['sim_flags']}`, so that all "
          f"{n:,} orders could rest and the run measures pacing alone. Against OKX the same file "
          "would have rows 501 on refused with 51174, each reported `rejected` by okx (exit 10): "
          "a grid of 1,000 orders needs two instruments or orders that do not all rest. The "
          "per-order rate limit, and so these timings, apply per instrument either way.")
        w("")
    w(f"**The bound.** {n:,} orders are {nbatch} batches of {BATCH}. A sliding window of 300 "
      "orders per 2 s lets the first 15 batches go at once and each later one when the batch 15 "
      f"before it is 2 s old, so the last batch cannot leave less than **{floor:.1f} s** after the "
      f"first: the strict floor (plus one round trip for its answer). The plain rate bound, "
      f"{n:,} orders at 150 per second, is {naive:.2f} s; it ignores the first window's burst. "
      f"95% of the speed the limit allows is therefore a wall time of at most "
      f"{floor / TARGET:.2f} s, start-up included.")
    w("")
    w(f"| {n:,} orders | wall time, median (min … max) | orders/s | floor / wall | "
      "batch requests per run: 200 / 429 | other requests (all runs) | orders live after each run |")
    w("| --- | ---: | ---: | ---: | ---: | --- | --- |")

    def others(runs, main):
        total = {}
        for r in runs:
            for p, k in r["by_path"].items():
                if p != main:
                    total[p] = total.get(p, 0) + k
        return ", ".join(f"`{p.rsplit('/', 2)[-2]}/{p.rsplit('/', 1)[1]}` {k}"
                         for p, k in sorted(total.items())) or "none"

    def row(label, runs):
        walls = [r["wall"] for r in runs]
        m = median(walls)
        ok = sorted({r["batch_ok"] for r in runs})
        bad = sorted({r["http429"] for r in runs})
        lives = [r["live"] for r in runs]
        share = f"{floor / m * 100:.0f}%" if min(lives) == n else "n/a (orders lost)"
        w(f"| {label} | {m:.2f} s ({min(walls):.2f} … {max(walls):.2f}) | "
          f"{median(lives) / m:.0f} | {share} | "
          f"{'/'.join(map(str, ok))} / {'/'.join(map(str, bad))} | {others(runs, PLACE)} | "
          + ", ".join(f"{x:,}" for x in lives) + " |")

    row("okx `order batch place`", place)
    for k, label in peers:
        row(label, st[k])
    w("")
    w("orders/s counts the orders live after the run, not those sent. The other requests of okx "
      "are its first run's: OKX's clock (`public/time`, for each batch's `expTime`) and the "
      "instrument's rules (`public/instruments`, checked before anything is sent), both cached "
      "for later runs.")
    w("")
    first = place[0]
    w(f"**okx's pacing.** In run 1 the {len(first['batch_at'])} batches reached the stand-in "
      f"{windows(first['batch_at'])} after the first: the last {first['span']:.3f} s after the "
      f"first against the floor's {floor:.1f} s. okx's pacing ledger lets a batch go when the "
      "orders answered more than 2 s ago (plus 5 ms of timer margin) leave room for it, so each "
      "window starts a few milliseconds after the one 2 s earlier ended; the rest of the wall "
      "time is start-up and the answers. Output lines saying `placed` with an `ordId`, each run: "
      + ", ".join(f"{placed_lines(r['out']):,} of {len(r['out'].splitlines()):,}" for r in place)
      + "; exit status " + ", ".join(str(r["rc"]) for r in place) + ".")
    w("")
    if peers:
        for k, label in peers:
            runs = st[k]
            res = [json.loads(r["out"]) if r["out"].strip() else {} for r in runs]
            lost = n - median([r["live"] for r in runs])
            if k == "ccxt":
                errs = {}
                for x in res:
                    for e, c in (x.get("errors") or {}).items():
                        errs[e] = errs.get(e, 0) + c
                err_text = "; ".join(f"{c} × `{e}`" for e, c in errs.items()) or "none"
                w(f"- **ccxt** ({label}; `bench/peers/ccxt_batch.py`): a loop of "
                  "`create_orders(chunk)` that notes an exception and carries on. ccxt's limiter "
                  "prices a `batch-orders` request at 1/15 of its 110 ms `rateLimit` whatever it "
                  "holds (ccxt 4.5.90), about 7 ms a request, i.e. up to about 2,700 orders per "
                  "second in batches of 20: it sent every batch within "
                  f"{median([r['span'] for r in runs]):.2f} s (median), the stand-in refused "
                  f"{median([r['http429'] for r in runs]):.0f} of {nbatch} with HTTP 429 "
                  f"(code 50011) each run, and {lost:,.0f} orders were never placed. The "
                  f"exceptions, all runs: {err_text}.")
            else:
                codes = {}
                for x in res:
                    for c, m in (x.get("codes") or {}).items():
                        codes[c] = codes.get(c, 0) + m
                code_text = ", ".join(f"code {c}: {m}" for c, m in sorted(codes.items()))
                w(f"- **python-okx** ({label}; `bench/peers/pyokx_batch.py`): a loop of "
                  "`place_multiple_orders(chunk)`. python-okx does no pacing and returns the "
                  "answer's JSON whatever the HTTP status, so nothing tells the loop it failed "
                  "unless it reads `code`: it sent every batch within "
                  f"{median([r['span'] for r in runs]):.2f} s (median), "
                  f"{median([r['http429'] for r in runs]):.0f} of {nbatch} were refused with HTTP "
                  f"429 each run, and {lost:,.0f} orders were never placed (answers, all runs: "
                  f"{code_text}).")
        w("")
        w("Each peer does tell the caller, in its own way (an exception, a `code`); placing "
          "every order takes a retry on 50011 or a limiter of the caller's own, since in both "
          "libraries the per-order limit is the caller's problem. okx's command is that loop with "
          "the pacing built in.")
        w("")
    else:
        w("The ccxt and python-okx loops were not run (`ONLY_OKX=1`, or no bench/.peers/venv).")
        w("")
    cwalls = [r["wall"] for r in cancel]
    cm = median(cwalls)
    c1 = cancel[0]
    w(f"**cancel-all.** `okx order cancel-all {setup['inst']} --yes -o ndjson` after each "
      f"placement: **{cm:.2f} s** median ({min(cwalls):.2f} … {max(cwalls):.2f}), "
      f"{sum(r['http429'] for r in cancel)} 429 answers, "
      f"{', '.join(str(r['live']) for r in cancel)} orders left. Each run: "
      + ", ".join(f"`{p.rsplit('/', 1)[1]}` {k}" for p, k in sorted(c1["by_path"].items()))
      + " (run 1): the pending orders listed 100 a page (`orders-pending`, 60 requests per 2 s), "
      f"canceled in {nbatch} batches of 20 under the same 300 orders per 2 s (last batch "
      f"{c1['span']:.3f} s after the first, floor {floor:.1f} s), then, after a 150 ms pause "
      "(OKX takes accepted cancels off the book asynchronously), listed once more to check "
      f"that none is left. floor / wall = {floor / cm * 100:.0f}%.")
    w("")
    w(positions_report.commands(d, setup, "$URL_BATCH"))
    w("")
    w("Run alone as `bench/batch` (knobs `BATCH_RUNS`, default 3; `BATCH_N`, default 1000; "
      "`ONLY_OKX=1`); the stand-in is `okx-sim --port 0` with its limits on"
      + (f" and `{setup['sim_flags']}`" if setup.get("sim_flags") else "") + " (this run "
      f"{setup['url']}, in `OKX_BASE_URL`, its live test key in `OKX_API_KEY`, "
      "`OKX_SECRET_KEY` and `OKX_PASSPHRASE`).")
    w("")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = render(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--into":
        md = sys.argv[3]
        old = open(md).read() if os.path.exists(md) else ""
        new = positions_report.into_targets(funding_report.into(old, TITLE, text),
                                            target(sys.argv[1]), ROW_PREFIX)
        with open(md, "w") as f:
            f.write(new)
        print(f"wrote the batch section and targets into {md}", file=sys.stderr)
    else:
        sys.stdout.write(text)
