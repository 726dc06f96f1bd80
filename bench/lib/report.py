"""Writes BENCHMARKS.md from the raw results of one bench/run.

usage: report.py RESULTS_DIR OUT_MD
Every figure comes from RESULTS_DIR (hyperfine JSON exports, GNU time outputs, okx-sim request
logs); nothing is typed in by hand. MB means 10^6 bytes, MiB 2^20. A run with ONLY_OKX=1 has no
peer results; their rows, targets and columns are left out.

The one exception: blocks of the repository's BENCHMARKS.md between a line
`<!-- kept: NAME -->` and a line `<!-- end kept -->` (figures bench/run does not produce, such
as a before/after comparison of two commits) are carried over verbatim, at the end."""
import json
import os
import re
import statistics
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import simlog  # noqa: E402
import funding_report  # noqa: E402
import positions_report  # noqa: E402
import batch_report  # noqa: E402

R, OUT = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(R)))


def path(name):
    return os.path.join(R, name)


def exists(name):
    return os.path.exists(path(name))


def read(name):
    with open(path(name)) as f:
        return f.read()


def kv(name):
    out = {}
    for line in read(name).splitlines():
        k, _, v = line.partition("=")
        out[k] = v
    return out


def hyperfine(name):
    with open(path(name)) as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def ms(s):
    return s * 1000.0


def fmt_ms(s):
    v = ms(s)
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def mb(kib):
    return kib * 1024 / 1e6


def rss_list(name):
    return [int(x) for x in read(name).split()] if exists(name) else []


def yes(ok):
    return "**met**" if ok else "**missed**"


M = kv("machine.txt")
sims = dict(line.split("\t") for line in read("sims.tsv").splitlines())
lines = []
w = lines.append

# --- data -------------------------------------------------------------------------------------
HAVE_PEERS = exists("ticker-peers.json")
lat = {}
for call in ("ticker", "balance"):
    res = {}
    res.update(hyperfine(f"{call}-fast.json"))
    if HAVE_PEERS:
        res.update(hyperfine(f"{call}-peers.json"))
    lat[call] = res
PEERS = ["python-okx", "ccxt", "okx-trade-cli"] if HAVE_PEERS else []
sign = hyperfine("sign.json")["okx sign"]
order_dry = hyperfine("order-dry.json")["okx"] if exists("order-dry.json") else None

dl = {}
for tool in ("okx", "ccxt") if HAVE_PEERS else ("okx",):
    runs = int(M["dl_runs"])
    hf = hyperfine(f"dl-{tool}.json")[tool]
    log = simlog.load(f"{R}/log-dl-{tool}.json")
    s = simlog.summary(log, runs)
    naive, floor = simlog.bounds(s["per_run"])
    times = [line.split() for line in read(f"dl-{tool}.time").splitlines()]
    rows = [int(x) for x in read(f"dl-{tool}.rows").split()]
    dl[tool] = {
        "median": hf["median"],
        "min": hf["min"],
        "max": hf["max"],
        "times": hf["times"],
        "summary": s,
        "naive": naive,
        "floor": floor,
        "rss": [int(t[1]) for t in times],
        "rows": rows,
    }

stream = json.loads(read("stream.json"))
stream_time = read("stream.time")
stream_peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stream_time).group(1))
stream_log = simlog.summary(simlog.load(f"{R}/log-stream.json"))
stream_cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", stream_time).group(1))
                 for k in ("User", "System")) / stream["wall_s"]
samples = [s[1] for s in stream["samples"]]

size = int(read("okx-size.txt"))
clean = read("cleanbuild.time").split() if exists("cleanbuild.time") else None
clean_size = int(read("cleanbuild-size.txt")) if exists("cleanbuild-size.txt") else None

rss = {n: rss_list(f"rss-{n}.txt") for n in
       ("okx-ticker", "okx-balance", "okx-order-dry", "curl-ticker", "python-okx-ticker", "ccxt-ticker",
        "okx-trade-cli-ticker")}

# --- targets ----------------------------------------------------------------------------------
T = []  # (target, measured, ok)
for call in ("ticker", "balance"):
    r = lat[call]
    ratio = r["okx"]["median"] / r["curl"]["median"]
    T.append((f"`okx {call}` cold ≤ 1.2× curl", f"{ratio:.2f}× curl "
              f"({fmt_ms(r['okx']['median'])} ms vs {fmt_ms(r['curl']['median'])} ms)", ratio <= 1.2))
    for p in PEERS:
        f = r[p]["median"] / r["okx"]["median"]
        T.append((f"`okx {call}` ≥ 25× faster than {p}", f"{f:.0f}× faster", f >= 25))
o = dl["okx"]
eff = o["naive"] / o["median"]
T.append(("candle download ≥ 97% of the rate-limit bound",
          f"{eff * 100:.0f}% ({o['median']:.2f} s vs bound {o['naive']:.2f} s)", eff >= 0.97))
T.append(("candle download: zero 429 answers", f"{o['summary']['http429']} in {int(M['dl_runs'])} runs",
          o["summary"]["http429"] == 0))
tk = max(rss["okx-ticker"])
T.append(("peak memory of `okx ticker` < 15 MB", f"{mb(tk):.1f} MB", mb(tk) < 15))
T.append(("peak memory streaming ≥ 1,000,000 rows < 20 MB, flat",
          f"{mb(stream_peak):.1f} MB for {stream['rows'] - 1:,} rows",
          mb(stream_peak) < 20 and stream["rows"] - 1 >= 1_000_000))
T.append(("release binary < 10 MB", f"{size / 1e6:.2f} MB", size < 10e6))
FUNDING = path("funding")
if os.path.exists(os.path.join(FUNDING, "loop.txt")):
    T.extend(funding_report.target(FUNDING))
POSITIONS = path("positions")
if os.path.exists(os.path.join(POSITIONS, "setup.txt")):
    T.extend(positions_report.target(POSITIONS))
BATCH = path("batch")
if os.path.exists(os.path.join(BATCH, "setup.txt")):
    T.extend(batch_report.target(BATCH))

# --- document ---------------------------------------------------------------------------------
w("# Benchmarks")
w("")
w(f"Generated by `bench/run` on {M['date']} from commit `{M['commit']}`"
  + (" with uncommitted changes to src/, sim/ or Cargo files" if M.get("dirty", "0") != "0" else "")
  + f"; the whole run took {int(M['total_s']) // 60} min {int(M['total_s']) % 60} s. "
  "Every figure below comes from that one run (raw data: `bench/results/`, not committed). "
  "How to run it and what each part does: [bench/README.md](bench/README.md).")
w("")
w("All traffic is loopback: every tool talks to `okx-sim`, the project's OKX v5 stand-in, so the "
  "figures measure the clients (process start-up, request, parsing, output), not the exchange or "
  "the network. Against the real OKX a round trip adds tens of milliseconds to every tool alike.")
w("")
w("## Machine")
w("")
w("| | |")
w("| --- | --- |")
w(f"| CPU | {M['cpu']}, `nproc` = {M['nproc']} |")
mem = read("free.txt").splitlines()
w(f"| memory (`free -h`) | `{' '.join(mem[1].split())}` |")
w(f"| OS | {M['os']}, Linux {M['kernel']} |")
w(f"| toolchain | {M['rustc']}; {M['hyperfine']}; {M['curl'].split(' (')[0]}; {M['python']}"
  + (f"; node {M['node']}" if HAVE_PEERS else "") + " |")
if HAVE_PEERS:
    w(f"| peers | python-okx {M['python-okx']}, ccxt {M['ccxt']} (Python, sync), "
      f"@okx_ai/okx-trade-cli {M['okx-trade-cli']} (Node) |")
else:
    w("| peers | not measured (`ONLY_OKX=1`) |")
w("")
w(f"The machine is a shared 2-core VM and other work ran at the same time (1/5/15-minute load "
  f"average {M.get('load_before', '?')} when the latency runs started, {M.get('load_after', '?')} "
  "at the end): that shows mostly as spread (σ, min … max), and it inflates every tool's time "
  "alike.")
w("")
w("## Targets (issue 6)")
w("")
w("| target | measured | |")
w("| --- | --- | --- |")
for t, m, ok in T:
    w(f"| {t} | {m} | {yes(ok)} |")
w("")

w("## 1. Cold latency: one call as a fresh process")
w("")
w(f"hyperfine, no shell (`-N`), output through a pipe, medians. okx and curl: {M['fast_runs']} runs "
  f"after 10 warm-ups"
  + (f"; the peers: {M['peer_runs']} runs after 3 warm-ups" if HAVE_PEERS else
     " (the Python and Node peers were not run: `ONLY_OKX=1`)")
  + ". Between runs "
  f"(`--prepare`, not timed) every command sleeps {M['ticker_gap']} s (ticker) or "
  f"{M['balance_gap']} s (balance, order dry run): okx paces each endpoint under OKX's limit (20 and 10 "
  "requests per 2 s) with a ledger shared by all okx processes, and back-to-back runs would "
  "otherwise measure that deliberate wait. The stand-in runs with `--no-rate-limits`.")
w("")
for call, desc in (("ticker", "`GET /api/v5/market/ticker?instId=BTC-USDT`, public"),
                   ("balance", "`GET /api/v5/account/balance`, signed")):
    r = lat[call]
    base = r["okx"]["median"]
    w(f"**{call}** ({desc})")
    w("")
    w("| tool | median ms | mean ± σ ms | min … max ms | ratio |")
    w("| --- | ---: | ---: | ---: | ---: |")
    for name in ["okx", "curl"] + PEERS:
        x = r[name]
        if name == "okx":
            ratio = f"okx/curl = {base / r['curl']['median']:.2f}"
        elif name == "curl":
            ratio = "(floor)"
        else:
            ratio = f"{name}/okx = {x['median'] / base:.0f}×"
        w(f"| {name} | {fmt_ms(x['median'])} | {fmt_ms(x['mean'])} ± {fmt_ms(x['stddev'])} | "
          f"{fmt_ms(x['min'])} … {fmt_ms(x['max'])} | {ratio} |")
    w("")
if order_dry:
    bal = lat["balance"]["okx"]["median"]
    x = order_dry
    w("**order place --dry-run** (`okx order place BTC-USDT buy 0.01 --price 60000 --dry-run`: "
      "checks the order against the instrument's rules, signs it and prints the exact request; "
      "sends nothing)")
    w("")
    w("| tool | median ms | mean ± σ ms | min … max ms | ratio |")
    w("| --- | ---: | ---: | ---: | ---: |")
    w(f"| okx | {fmt_ms(x['median'])} | {fmt_ms(x['mean'])} ± {fmt_ms(x['stddev'])} | "
      f"{fmt_ms(x['min'])} … {fmt_ms(x['max'])} | dry run/okx balance = {x['median'] / bal:.2f} |")
    w("")
    lo = simlog.summary(simlog.load(f"{R}/log-order-dry.json"))
    inst = lo["per_run"].get("/api/v5/public/instruments", 0)
    w(f"The rules (`/api/v5/public/instruments?instType=SPOT`) are cached for 300 s: the first "
      f"warm-up fetches them and the measured runs read them from okx's cache, so each is a cold "
      f"process with a warm cache. The stand-in logged {lo['requests']} request"
      f"{'s' if lo['requests'] != 1 else ''} in this phase ({inst:g} for the instruments, "
      f"{lo['failed']} not answered HTTP 200 with code 0) and no order. No peer has an "
      "equivalent dry run.")
    w("")
lt = simlog.summary(simlog.load(f"{R}/log-ticker.json"))
lb = simlog.summary(simlog.load(f"{R}/log-balance.json"))
w(f"The stand-in logged {lt['requests']} ticker-phase and {lb['requests']} balance-phase requests, "
  f"{lt['failed'] + lb['failed']} of them not answered HTTP 200 with code 0. Requests per cold call: "
  + ("okx, curl, python-okx and the npm CLI send one; ccxt sends two (it loads the SPOT instrument "
     "list before any call, as it always does)." if HAVE_PEERS else "okx and curl send one."))
w("")
w("How each peer is pointed at the stand-in (scripts in `bench/peers/`):" if HAVE_PEERS else
  "How curl is pointed at the stand-in:")
w("")
w("- **curl**: the same URL. For balance, `bench/lib/curl-headers` writes the four `OK-ACCESS-*` "
  "headers from `okx sign` (fresh signature and timestamp) just before each run, untimed; curl "
  "then sends a correctly signed request (`curl -sf -H @headers URL`). curl is the floor for "
  "\"a process plus one HTTP request\", though a dynamically linked one: it loads libcurl and "
  "its TLS, HTTP/2, IDN, LDAP and Kerberos libraries even for plain HTTP.")
PEER_NOTES = []
PEER_NOTES.append("- **python-okx**: `MarketAPI`/`AccountAPI(..., flag='0', domain=OKX_BASE_URL)`. `flag='0'` "
  "is live trading; its default `'1'` sends `x-simulated-trading: 1` (demo), which the live test "
  "key is not valid for.")
PEER_NOTES.append("- **ccxt**: `ccxt.okx({'options': {'fetchMarkets': {'types': ['spot']}}})` with "
  "`urls['api']['rest'] = OKX_BASE_URL`. ccxt loads markets before any call; by default it asks "
  "for spot, future, swap and option instruments (option needs `instFamily`), so market loading "
  "is limited to SPOT, one request. For balance `has['fetchCurrencies'] = False`: with keys, "
  "ccxt also loads `/api/v5/asset/currencies`, which the stand-in does not serve (it answers "
  "404 and ccxt fails).")
PEER_NOTES.append("- **@okx_ai/okx-trade-cli** (`okx market ticker BTC-USDT --json`, `okx account balance --json`): "
  "its `OKX_API_BASE_URL` variable sets the base URL. It runs with `HOME=bench/.peers/home`, "
  "where a fresh `~/.okx/update-check.json` keeps it from checking the npm registry for updates "
  "in the background (it would otherwise send that request on every run whose cache is a day "
  "old, and wait up to 3 s for it).")
for note in PEER_NOTES if HAVE_PEERS else []:
    w(note)
w("")

w("## 2. Long candle download with the rate limits on")
w("")
days = int(M["dl_days"])
w(f"{days} days of BTC-USDT 1m candles, from the same start (epoch ms `{read('dl-since.txt').strip()}`) "
  f"up to now, written as CSV to a file; {M['dl_runs']} runs each under hyperfine with 2.1 s between "
  "runs so that each starts with an empty 2 s window. The stand-in enforces OKX's limits as a "
  "sliding 2 s window: `/market/history-candles` 20, `/market/candles` 40 requests. Pages and "
  "429 answers are counted from the stand-in's request log (`GET /__sim/log`).")
w("")
c = dl.get("ccxt")
DL_TOOLS = [o, c] if c else [o]
w("| | okx | ccxt `fetch_ohlcv(paginate=True)` |" if c else "| | okx |")
w("| --- | ---: | ---: |" if c else "| --- | ---: |")


def pages(d):
    return ", ".join(f"{p.rsplit('/', 1)[1]} {n:g}" for p, n in d["summary"]["per_run"].items())


def row(label, cell):
    w(f"| {label} | " + " | ".join(cell(d) for d in DL_TOOLS) + " |")


row("rows written (each run)", lambda d: ", ".join(f"{x - 1:,}" for x in d["rows"]))
row("requests per run", pages)
row("429 answers (all runs)", lambda d: f"{d['summary']['http429']}")
row("wall time, median (min … max)",
    lambda d: f"{d['median']:.2f} s ({d['min']:.2f} … {d['max']:.2f})")
row("bound: pages ÷ allowed requests per second", lambda d: f"{d['naive']:.2f} s")
row("**share of that bound achieved** (bound ÷ wall)",
    lambda d: f"**{d['naive'] / d['median'] * 100:.0f}%**")
row("strict floor of the sliding window (burst of 20, then 20 per 2 s)",
    lambda d: f"{d['floor']:.2f} s")
row("share of the strict floor achieved", lambda d: f"{d['floor'] / d['median'] * 100:.0f}%")
row("peak RSS", lambda d: f"{mb(max(d['rss'])):.1f} MB")
if c:
    w(f"| ccxt / okx wall time | | {c['median'] / o['median']:.2f}× |")
w("")


def csv_ts(name):
    with open(path(name)) as f:
        next(f)
        return {int(float(line.split(",", 1)[0])) for line in f if line.strip()}


okx_ts = csv_ts("dl-okx.csv")
ccxt_ts = csv_ts("dl-ccxt.csv") if c else okx_ts
missing = sorted(okx_ts - ccxt_ts)
extra = sorted(t for t in ccxt_ts - okx_ts if t <= max(okx_ts))
if missing or extra:
    text = (f"Comparing the last run's two CSVs by timestamp, over the range both cover: ccxt's "
            f"lacks {len(missing):,} of okx's bars and has {len(extra):,} that okx's lacks. ")
    if missing and (missing[-1] - missing[0]) // 60000 + 1 == len(missing):
        gap_start = (max(ccxt_ts) - missing[0]) // 60000
        text += (f"The missing bars are one stretch that begins {gap_start:,} bars before the "
                 "newest bar ccxt received, at the boundary of the latest 1,440: the stand-in "
                 "serves the latest 1,440 one-minute bars only on `/market/candles` and older "
                 "ones only on `/market/history-candles` (the project's reading of OKX's "
                 "documentation, `sim/README.md`), and ccxt sends the one 200-bar window that "
                 "straddles the boundary to history-candles, so that window's newer part never "
                 "comes. Whether ccxt loses these bars against the real exchange depends on "
                 "whether its history-candles also serves the most recent bars. okx asks both "
                 "endpoints for the windows near the boundary and merges them.")
    w(text)
    w("")
w("The issue's bound, pages ÷ allowed requests per second (summed over the endpoints used), "
  "ignores that a sliding window lets the first 20 requests go at once, so a client that uses "
  "the burst can beat it; the strict floor is the least time the window allows at all. okx "
  "asks for 300 candles a page (the most OKX serves)"
  + ("; ccxt's paginated download asks for 200, "
     "so it needs half as many pages again for the same rows, and its built-in limiter spaces "
     "requests by its configured 110 ms per history-candles request (about 9 per second, under "
     "the 10 allowed)." if c else "."))
w("")

w("## 3. Peak memory")
w("")
w("GNU `/usr/bin/time` maximum resident set size; 3 runs each, the largest shown.")
w("")
w("| process | peak RSS |")
w("| --- | ---: |")
for n, label in (("okx-ticker", "`okx ticker BTC-USDT`"), ("okx-balance", "`okx balance`"),
                 ("okx-order-dry", "`okx order place … --dry-run`"), ("curl-ticker", "curl, ticker"), ("python-okx-ticker", "python-okx, ticker"),
                 ("ccxt-ticker", "ccxt, ticker"), ("okx-trade-cli-ticker", "okx-trade-cli, ticker")):
    v = rss[n]
    if not v and (n.startswith(("python-okx", "ccxt", "okx-trade-cli")) and not HAVE_PEERS
                  or n == "okx-order-dry"):
        continue
    w(f"| {label} | {mb(max(v)):.1f} MB |" if v else f"| {label} | n/a |")
w("")
rows = stream["rows"] - 1
hist_pages = stream_log["per_run"].get("/api/v5/market/history-candles", 0)
text = (f"**Streaming {rows:,} candle rows as CSV** (`okx candles BTC-USDT --bar 1m --since "
        f"{M['stream_days']}d -o csv`, rate limits off): peak RSS **{mb(stream_peak):.1f} MB**. ")
if samples:
    early = samples[: max(1, len(samples) // 10)]
    late = samples[-max(1, len(samples) // 10):]
    text += (f"Resident memory sampled every 10 s ({len(samples)} samples): "
             f"{mb(min(samples)):.1f} … {mb(max(samples)):.1f} MB, "
             f"{mb(statistics.mean(early)):.1f} MB in the first tenth of the run and "
             f"{mb(statistics.mean(late)):.1f} MB in the last. ")
text += (f"It took {stream['wall_s']:.0f} s ({rows / stream['wall_s']:,.0f} rows/s) for "
         f"{hist_pages:,.0f} history pages and {stream_log['http429']} 429 answers: with the "
         "stand-in's limits off okx still paces itself under OKX's 20 history-candles requests "
         "per 2 s, as it must against the real exchange, so the stream takes about pages ÷ 10 "
         f"seconds. It ran in the background during the download and clean-build measurements, "
         f"using {stream_cpu * 100:.1f}% of a core on average.")
w(text)
w("")

w("## 4. Signing, size, build")
w("")
w("| | |")
w("| --- | ---: |")
w(f"| `okx sign GET /api/v5/account/balance`, cold, median | {fmt_ms(sign['median'])} ms "
  f"(min {fmt_ms(sign['min'])} ms) |")
w(f"| release binary `target/release/okx` (stripped, LTO) | {size / 1e6:.2f} MB ({size:,} bytes) |")
if clean:
    wall, user, sys_ = (float(x) for x in clean)
    w(f"| clean release build of okx, {M['nproc']} cores | {wall / 60:.1f} min ({wall:.0f} s wall, "
      f"{user + sys_:.0f} s CPU) |")
else:
    w("| clean release build | skipped (SKIP_CLEAN_BUILD=1) |")
w("")
if clean:
    w("The clean build compiles okx and all its dependencies from scratch in a separate target "
      "directory (`bench/.peers/cleanbuild`, deleted afterwards); crate sources were already "
      "downloaded by the first build, so it measures compilation only. The million-row stream "
      f"was running meanwhile ({stream_cpu * 100:.1f}% of a core on average).")
    w("")

if os.path.exists(os.path.join(FUNDING, "loop.txt")):
    w(funding_report.render(FUNDING))
if os.path.exists(os.path.join(POSITIONS, "setup.txt")):
    w(positions_report.render(POSITIONS))
if os.path.exists(os.path.join(BATCH, "setup.txt")):
    w(batch_report.render(BATCH))

w("## Commands")
w("")
w(f"As run, with the repository root shown as `.`, the stand-ins' URLs as `$URL_FAST` "
  f"(`--no-rate-limits`, this run {sims['fast']}) and `$URL_LIMITED` (limits on, "
  f"{sims['limited']})" + (", and the Python in `bench/.peers/venv`" if HAVE_PEERS else "")
  + ". The signed calls use the "
  "stand-in's live test key from its banner in `OKX_API_KEY`, `OKX_SECRET_KEY` and "
  "`OKX_PASSPHRASE`; `OKX_BASE_URL` points at the stand-in used; `XDG_CACHE_HOME` is "
  "`bench/.peers/cache`.")
w("")
w("```sh")
cmds = read("commands.txt")
cmds = cmds.replace(sims["fast"], "$URL_FAST").replace(sims["limited"], "$URL_LIMITED")
cmds = cmds.replace(ROOT + "/", "./").replace(ROOT, ".")
cmds = cmds.replace("./bench/.peers/venv/bin/python", "python")
# Quoted arguments holding a stand-in URL: double quotes, so that $URL_… expands if pasted.
cmds = re.sub(r"'([^'\"`$]*\$URL_[A-Z]+[^'\"`$]*)'", r'"\1"', cmds)
for line in cmds.splitlines():
    w(line)
w("```")
w("")

# --- reading ----------------------------------------------------------------------------------
w("## Reading")
w("")
tr, br = lat["ticker"], lat["balance"]
t_ratio = tr["okx"]["median"] / tr["curl"]["median"]
b_ratio = br["okx"]["median"] / br["curl"]["median"]
slowest = min((lat[call][p]["median"] / lat[call]["okx"]["median"]
               for call in ("ticker", "balance") for p in PEERS), default=None)
w(f"- **Start-up.** A cold `okx ticker` takes {fmt_ms(tr['okx']['median'])} ms and a signed "
  f"`okx balance` {fmt_ms(br['okx']['median'])} ms, {t_ratio:.2f}× and {b_ratio:.2f}× curl's time "
  "for the same request"
  + (": one Rust binary that links nothing but libc does less at start-up than curl, which "
     "loads libcurl and a dozen libraries behind it. "
     if max(t_ratio, b_ratio) < 1 else ". ")
  + (f"The Python and Node clients spend hundreds of milliseconds, mostly CPU, starting their "
     f"runtime and importing their libraries before the request: each is at least {slowest:.0f}× "
     "slower than okx. " if slowest else "")
  + (f"A signed `okx order place --dry-run` (rules from the cache, nothing sent) takes "
     f"{fmt_ms(order_dry['median'])} ms. " if order_dry else "")
  + "For a cron job or a script that calls okx now and then, each call costs "
  "milliseconds instead of a large part of a second. (Tight loops of okx calls are still paced to "
  "OKX's per-endpoint limits, e.g. 20 tickers per 2 s, as they must be.)")
w(f"- **Downloads.** Under the rate limits okx fetched {days} days of 1m candles in "
  f"{o['median']:.1f} s with {o['summary']['http429']} 429s: {o['floor'] / o['median'] * 100:.0f}% "
  "of the strict sliding-window floor, i.e. it waits no longer than the limit requires."
  + (f" ccxt took {c['median']:.1f} s ({c['median'] / o['median']:.1f}×) with "
     f"{c['summary']['http429']} 429s: smaller pages and a fixed per-request delay." if c else ""))
w(f"- **Memory.** okx stays at a few MB: {mb(tk):.1f} MB for a ticker and "
  f"{mb(stream_peak):.1f} MB while streaming {rows:,} rows"
  + (f", against {mb(max(rss['python-okx-ticker'])):.0f}–"
     f"{mb(max(rss['okx-trade-cli-ticker'] + rss['ccxt-ticker'])):.0f}"
     " MB for one ticker call in the Python and Node clients." if HAVE_PEERS else "."))
w("- **Caveats.** Loopback only: with the real exchange's 20–200 ms round trips the latency "
  "ratios shrink for every tool (the network then dominates), while the start-up cost per call "
  "stays. "
  + ("ccxt's cold call includes its market load (two requests); that is how ccxt works, not "
     "a choice of this suite. " if HAVE_PEERS else "")
  + "The VM is shared (load average "
  f"{M.get('load_before', '?')} before the run, {M.get('load_after', '?')} after), so absolute "
  "milliseconds move from run to run: compare the ratios within one run.")
w("")

# --- kept blocks ------------------------------------------------------------------------------
try:
    with open(os.path.join(ROOT, "BENCHMARKS.md")) as f:
        old = f.read()
except FileNotFoundError:
    old = ""
for block in re.findall(r"^<!-- kept: [^\n]*-->\n.*?^<!-- end kept -->$", old, re.S | re.M):
    w(block)
    w("")

with open(OUT, "w") as f:
    f.write("\n".join(lines))
print(f"wrote {OUT}", file=sys.stderr)
