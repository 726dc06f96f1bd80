"""ccxt (Python, sync) doing one call as a fresh process, pointed at the stand-in.

usage: ccxt_call.py ticker SYMBOL | balance | positions
Reads OKX_BASE_URL and, for balance and positions, OKX_API_KEY / OKX_SECRET_KEY / OKX_PASSPHRASE.

How ccxt is pointed at the stand-in:
- urls['api']['rest'] is replaced by OKX_BASE_URL (ccxt signs '/api/v5/...' and appends it).
- ccxt loads markets before any call (GET /public/instruments per market type). The stand-in
  serves SPOT; options={'fetchMarkets': {'types': ['spot']}} limits loading to that one
  request, which is also how a spot-only ccxt user would configure it.
- fetch_positions maps each position to a market, so for positions the markets loaded are the
  SWAP ones instead (GET /public/instruments?instType=SWAP, also one request).
- With credentials, load_markets also calls fetch_currencies (GET /asset/currencies), which the
  stand-in does not serve: has['fetchCurrencies'] is turned off for the balance call.
"""
import json
import os
import sys

import ccxt

what = sys.argv[1]
config = {"options": {"fetchMarkets": {"types": ["swap" if what == "positions" else "spot"]}}}
if what in ("balance", "positions"):
    config.update(
        apiKey=os.environ["OKX_API_KEY"],
        secret=os.environ["OKX_SECRET_KEY"],
        password=os.environ["OKX_PASSPHRASE"],
    )
ex = ccxt.okx(config)
ex.urls["api"]["rest"] = os.environ["OKX_BASE_URL"]
ex.has["fetchCurrencies"] = False
if what == "ticker":
    res = ex.fetch_ticker(sys.argv[2])
elif what == "balance":
    res = ex.fetch_balance()
elif what == "positions":
    res = {"info": [p["info"] for p in ex.fetch_positions()]}
else:
    sys.exit(f"unknown call {what!r}")
json.dump(res["info"], sys.stdout)
sys.stdout.write("\n")
