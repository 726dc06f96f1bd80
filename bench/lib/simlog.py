"""Summarises okx-sim request logs (GET /__sim/log) for the benchmark report.

As a script: simlog.py LOG.json [RUNS] prints a one-line summary and exits 1 when any request
was not answered HTTP 200 with OKX code "0" (for the latency runs, where every request must
succeed)."""
import json
import sys
from collections import Counter

# okx-sim's limits per 2 s (sim/README.md, "Endpoints"); the same as OKX's.
SIM_LIMITS = {
    "/api/v5/public/time": 10,
    "/api/v5/public/instruments": 20,
    "/api/v5/market/ticker": 20,
    "/api/v5/market/tickers": 20,
    "/api/v5/market/books": 40,
    "/api/v5/market/candles": 40,
    "/api/v5/market/history-candles": 20,
    "/api/v5/public/funding-rate": 10,
    "/api/v5/public/funding-rate-history": 10,
    "/api/v5/account/balance": 10,
}
WINDOW_S = 2.0


def load(path):
    with open(path) as f:
        return json.load(f)


def summary(log, runs=1):
    """Requests per path per run, 429s in total, other failures in total."""
    per_path = Counter(e["path"] for e in log)
    return {
        "requests": len(log),
        "per_run": {p: n / runs for p, n in sorted(per_path.items())},
        "http429": sum(1 for e in log if e["status"] == 429),
        "failed": sum(1 for e in log if e["status"] != 200 or e["code"] != "0"),
        "statuses": dict(Counter(str(e["status"]) for e in log)),
    }


def bounds(per_run):
    """The rate-limit bounds of one run, from its pages per endpoint.

    naive: the issue's "pages / allowed requests per second", summed over endpoints;
    floor: the least time the sliding 2 s window allows at all (a burst of `limit` requests,
    then `limit` more every 2 s), for the busiest endpoint."""
    naive = 0.0
    floor = 0.0
    for path, pages in per_run.items():
        limit = SIM_LIMITS.get(path, 20)
        naive += pages * WINDOW_S / limit
        floor = max(floor, WINDOW_S * ((int(round(pages)) - 1) // limit))
    return naive, floor


if __name__ == "__main__":
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    s = summary(load(sys.argv[1]), runs)
    print(json.dumps(s))
    sys.exit(1 if s["failed"] else 0)
