"""Renders the positions section of BENCHMARKS.md, and its rows of the targets table, from
bench/positions' raw data.

usage: positions_report.py DIR            prints the section (markdown)
       positions_report.py DIR --into MD  also puts it into MD (replacing the section of the same
                                          title, or before "## Commands") and its rows into MD's
                                          targets table (replacing earlier `okx positions` rows)
Every figure comes from DIR: hyperfine exports and the stand-in's request logs (GET /__sim/log)."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import funding_report  # noqa: E402
import simlog  # noqa: E402

TITLE = "## 6. Positions: one signed call with an open position"
PEERS = [("python-okx", "`get_positions()`"), ("ccxt", "`fetch_positions()`"),
         ("okx-trade-cli", "`okx swap positions --json`")]


def kv(d, name):
    with open(os.path.join(d, name)) as f:
        return dict(line.split("=", 1) for line in f.read().splitlines())


def results(d):
    """Hyperfine results by tool name: okx and curl, and the peers when they ran."""
    out = {}
    for name in ("fast.json", "peers.json"):
        p = os.path.join(d, name)
        if os.path.exists(p):
            with open(p) as f:
                out.update({r["command"]: r for r in json.load(f)["results"]})
    return out


def fmt_ms(s):
    v = s * 1000.0
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def target(d):
    """The targets-table rows: (target, measured, met)."""
    r = results(d)
    okx = r["okx"]["median"]
    ratio = okx / r["curl"]["median"]
    rows = [("`okx positions` cold ≤ 1.2× curl",
             f"{ratio:.2f}× curl ({fmt_ms(okx)} ms vs {fmt_ms(r['curl']['median'])} ms)",
             ratio <= 1.2)]
    for name, call in PEERS:
        if name in r:
            f = r[name]["median"] / okx
            rows.append((f"`okx positions` ≥ 25× faster than {name} {call}", f"{f:.0f}× faster",
                         f >= 25))
    return rows


def requests(d, name):
    """The requests of one call of the tool (its check run), as `GET target` strings."""
    log = simlog.load(os.path.join(d, f"check-{name}.log.json"))
    return [f"`{e['method']} {e['target']}`" for e in log]


def render(d):
    setup = kv(d, "setup.txt")
    r = results(d)
    peers = [(n, c) for n, c in PEERS if n in r]
    okx = r["okx"]["median"]
    out = []
    w = out.append
    w(TITLE)
    w("")
    w("Cold `okx positions` against a stand-in run with `--no-rate-limits` that "
      "holds one open position: 1 contract of BTC-USDT-SWAP, cross margin, opened with "
      "`okx order place BTC-USDT-SWAP buy 1 --td-mode cross --type market` before the "
      f"measurements. hyperfine, no shell, output through a pipe: okx and curl {setup['runs']} "
      "runs after 10 warm-ups"
      + (f", the peers {setup['peer_runs']} runs after 3 warm-ups" if peers else
         " (the Python and Node peers were not run: `ONLY_OKX=1`, or not installed)")
      + f"; every run {setup['gap']} s after the last (untimed `--prepare`), as for balance: okx "
      "paces `/account/positions` under OKX's 10 requests per 2 s with a ledger shared by its "
      "processes. Before measuring, each tool was run twice and its second call checked to "
      "return exactly that position. Measured by `bench/positions` (also run by `bench/run`) on "
      f"{setup['date']} from commit `{setup['commit']}`"
      + (" with uncommitted changes to src/, sim/ or Cargo files"
         if setup.get("dirty", "0") != "0" else "")
      + f", load average {setup['load']}.")
    w("")
    w("| tool | median ms | mean ± σ ms | min … max ms | ratio | requests per call |")
    w("| --- | ---: | ---: | ---: | ---: | --- |")
    for name in ["okx", "okx -o table", "curl"] + [n for n, _ in peers]:
        x = r[name]
        if name in ("okx", "okx -o table"):
            ratio = f"{name}/curl = {x['median'] / r['curl']['median']:.2f}"
        elif name == "curl":
            ratio = "(floor)"
        else:
            ratio = f"{name}/okx = {x['median'] / okx:.0f}×"
        reqs = requests(d, {"okx -o table": "okx-table"}.get(name, name))
        w(f"| {name} | {fmt_ms(x['median'])} | {fmt_ms(x['mean'])} ± {fmt_ms(x['stddev'])} | "
          f"{fmt_ms(x['min'])} … {fmt_ms(x['max'])} | {ratio} | {', '.join(reqs)} |")
    w("")
    logs = [simlog.summary(simlog.load(os.path.join(d, n)))
            for n in ("log-fast.json", "log-peers.json") if os.path.exists(os.path.join(d, n))]
    w(f"The stand-in logged {sum(s['requests'] for s in logs)} requests during the measured runs, "
      f"{sum(s['failed'] for s in logs)} of them not answered HTTP 200 with code 0. Into a pipe, "
      "as here, okx prints OKX's answer as JSON, as every other tool does. On a terminal (or "
      "with `-o table`) it prints the table: instrument, side, contracts and coin, prices, PnL, "
      "margin, notional and a totals line; the size in coin needs the instrument's contract "
      "value, from okx's instrument cache (fresh for 300 s), so the first call in five minutes "
      "sends one more request (`GET /api/v5/public/instruments?instType=SWAP`) and the measured "
      "runs, with the cache filled, send one.")
    w("")
    w("- **curl** sends okx's request, `GET /api/v5/account/positions`, with the four `OK-ACCESS-*` "
      "headers written by `bench/lib/curl-headers` from `okx sign` just before each run, untimed.")
    if peers:
        w("- **python-okx**: `AccountAPI(..., flag='0', domain=OKX_BASE_URL).get_positions()`.")
        w("- **ccxt**: `fetch_positions()` with `urls['api']['rest'] = OKX_BASE_URL`; it loads "
          "markets first, limited to SWAP (`options={'fetchMarkets': {'types': ['swap']}}`, one "
          "request; it needs them to name each position's market), and `has['fetchCurrencies'] "
          "= False` as for balance.")
        w("- **@okx_ai/okx-trade-cli**: `okx swap positions --json`, which asks for "
          "`instType=SWAP`; `OKX_API_BASE_URL` points it at the stand-in, and it runs with "
          "`HOME=bench/.peers/home` and a fresh update-check cache, as in section 1.")
    w("")
    w(commands(d, setup, "$URL_POS"))
    w("")
    w("`$URL_POS` is that stand-in (`okx-sim --port 0 --no-rate-limits`, this run "
      f"{setup['url']}), also in `OKX_BASE_URL`, with its live test key in `OKX_API_KEY`, "
      "`OKX_SECRET_KEY` and `OKX_PASSPHRASE`.")
    return "\n".join(out) + "\n"


def commands(d, setup, url_name):
    """The case's commands.txt as a sh block, with the stand-in's URL as `url_name`, the
    repository root as `.` and the peers' Python as `python`."""
    with open(os.path.join(d, "commands.txt")) as f:
        cmds = f.read()
    cmds = cmds.replace(setup["url"], url_name).replace(setup["root"] + "/", "./")
    cmds = cmds.replace(setup["root"], ".").replace("./bench/.peers/venv/bin/python", "python")
    cmds = re.sub(r"'([^'\"`$]*\$URL_[A-Z]+[^'\"`$]*)'", r'"\1"', cmds)
    return "```sh\n" + cmds.rstrip("\n") + "\n```"


def into_targets(md, rows, prefix="| `okx positions`"):
    """`md` with its targets table's rows starting with `prefix` replaced by `rows`, at its
    end."""
    lines = md.split("\n")
    heading = next((i for i, line in enumerate(lines) if line.startswith("## Targets")), None)
    if heading is None:
        return md
    first = next((i for i in range(heading + 1, len(lines)) if lines[i].startswith("|")), None)
    if first is None:
        return md
    end = first
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    kept = [line for line in lines[first:end] if not line.startswith(prefix)]
    new = [f"| {t} | {m} | {'**met**' if ok else '**missed**'} |" for t, m, ok in rows]
    return "\n".join(lines[:first] + kept + new + lines[end:])


if __name__ == "__main__":
    text = render(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--into":
        md = sys.argv[3]
        old = open(md).read() if os.path.exists(md) else ""
        new = into_targets(funding_report.into(old, TITLE, text), target(sys.argv[1]))
        with open(md, "w") as f:
            f.write(new)
        print(f"wrote the positions section and targets into {md}", file=sys.stderr)
    else:
        sys.stdout.write(text)
