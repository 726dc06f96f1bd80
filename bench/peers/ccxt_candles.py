"""ccxt's paginated OHLCV download, the same job as `okx candles --since`, written as CSV.

usage: ccxt_candles.py SYMBOL TIMEFRAME SINCE_MS
Reads OKX_BASE_URL. ccxt is pointed at the stand-in as in ccxt_call.py (spot markets only).
fetch_ohlcv(since=SINCE_MS, params={'paginate': True}) is ccxt's own pagination
(fetch_paginated_call_deterministic: fixed time windows of 200 candles up to now, one request
each, in order, under ccxt's built-in rate limiter, enableRateLimit=True by default). Its
default cap of 10 calls is raised with paginationCalls so that the whole range is fetched.
No 'until' is passed: with paginate, ccxt 4.5.90 sends that 'until' as every page's 'after',
so every page returns the same newest 200 candles (1 day of 1m candles gave 200 rows).
"""
import math
import os
import sys

import ccxt

symbol, timeframe = sys.argv[1], sys.argv[2]
since = int(sys.argv[3])
ex = ccxt.okx({"options": {"fetchMarkets": {"types": ["spot"]}}})
ex.urls["api"]["rest"] = os.environ["OKX_BASE_URL"]
bar_ms = ex.parse_timeframe(timeframe) * 1000
calls = math.ceil((ex.milliseconds() - since) / (200 * bar_ms)) + 2
rows = ex.fetch_ohlcv(symbol, timeframe, since=since,
                      params={"paginate": True, "paginationCalls": calls})
out = sys.stdout
out.write("ts,open,high,low,close,volume\n")
for r in rows:
    out.write(",".join(str(x) for x in r) + "\n")
print(f"ccxt: {len(rows)} rows", file=sys.stderr)
