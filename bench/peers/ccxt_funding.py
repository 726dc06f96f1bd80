"""ccxt's paginated funding-rate history, the same job as `okx funding INST --since`, as CSV.

usage: ccxt_funding.py SYMBOL SINCE_MS
Reads OKX_BASE_URL. ccxt is pointed at the stand-in as in ccxt_call.py, with market loading
limited to swaps (one /public/instruments request). fetch_funding_rate_history(symbol, since,
params={'paginate': True}) is ccxt's own pagination (fetch_paginated_call_deterministic with an
8h timeframe and 100 entries a request: fixed windows of 800 h from `since` up to now, at most
10 calls, under ccxt's built-in rate limiter). Each window's request carries only
before=<window start - 1> and limit=100, no `after` (ccxt 4.5.90, okx.py
fetch_funding_rate_history). Writes fundingTime and ccxt's fundingRate (OKX's realizedRate).
"""
import os
import sys

import ccxt

symbol, since = sys.argv[1], int(sys.argv[2])
ex = ccxt.okx({"options": {"fetchMarkets": {"types": ["swap"]}}})
ex.urls["api"]["rest"] = os.environ["OKX_BASE_URL"]
rows = ex.fetch_funding_rate_history(symbol, since=since, params={"paginate": True})
out = sys.stdout
out.write("fundingTime,realizedRate\n")
for r in rows:
    out.write(f"{r['timestamp']},{r['info'].get('realizedRate', '')}\n")
print(f"ccxt: {len(rows)} rows", file=sys.stderr)
