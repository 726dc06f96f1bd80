"""ccxt placing orders from an NDJSON file of OKX order rows with create_orders, 20 at a time, in
a plain loop as a user would write it: one call per chunk, an exception noted and the loop carried
on (no retry, no pacing of its own beyond ccxt's built-in rate limiter).

usage: ccxt_batch.py ORDERS.ndjson
Reads OKX_BASE_URL, OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE. ccxt is pointed at the stand-in
as in ccxt_call.py (spot markets only: one /public/instruments request; no fetch_currencies).
ccxt prices `trade/batch-orders` at cost 1/15 of its 110 ms rateLimit (ccxt 4.5.90, okx.py),
i.e. per request, not per order. Prints one JSON object: chunks, orders the answers say were
placed, and the failed chunks' exceptions with their counts.
"""
import json
import os
import sys
from collections import Counter

import ccxt

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
ex = ccxt.okx({
    "apiKey": os.environ["OKX_API_KEY"],
    "secret": os.environ["OKX_SECRET_KEY"],
    "password": os.environ["OKX_PASSPHRASE"],
    "options": {"fetchMarkets": {"types": ["spot"]}},
})
ex.urls["api"]["rest"] = os.environ["OKX_BASE_URL"]
ex.has["fetchCurrencies"] = False


def order(r):
    base, quote = r["instId"].split("-")
    return {"symbol": f"{base}/{quote}", "type": r["ordType"], "side": r["side"],
            "amount": float(r["sz"]), "price": float(r["px"])}


placed, errors = 0, Counter()
chunks = [rows[i:i + 20] for i in range(0, len(rows), 20)]
for chunk in chunks:
    try:
        placed += sum(1 for o in ex.create_orders([order(r) for r in chunk]) if o.get("id"))
    except ccxt.BaseError as e:
        errors[f"{type(e).__name__}: {str(e)[:100]}"] += 1
json.dump({"chunks": len(chunks), "placed": placed, "errors": dict(errors)}, sys.stdout)
sys.stdout.write("\n")
