"""python-okx placing orders from an NDJSON file of OKX order rows with
TradeAPI.place_multiple_orders, 20 at a time, in a plain loop as a user would write it: one call
per chunk, the answer's code noted, no retry (python-okx has no throttling of its own and returns
the answer's JSON whatever the HTTP status).

usage: pyokx_batch.py ORDERS.ndjson
Reads OKX_BASE_URL, OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE; flag='0' (live trading), as in
pyokx_call.py. The rows are sent as they are (OKX's field names). Prints one JSON object: chunks,
orders the answers say were placed (items with sCode "0"), and the answers' codes.
"""
import json
import os
import sys
from collections import Counter

import okx.Trade as Trade

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
api = Trade.TradeAPI(
    os.environ["OKX_API_KEY"], os.environ["OKX_SECRET_KEY"], os.environ["OKX_PASSPHRASE"],
    False, flag="0", domain=os.environ["OKX_BASE_URL"], debug=False,
)
placed, codes = 0, Counter()
chunks = [rows[i:i + 20] for i in range(0, len(rows), 20)]
for chunk in chunks:
    res = api.place_multiple_orders(chunk)
    codes[res.get("code")] += 1
    placed += sum(1 for item in res.get("data") or [] if item.get("sCode") == "0")
json.dump({"chunks": len(chunks), "placed": placed, "codes": dict(codes)}, sys.stdout)
sys.stdout.write("\n")
