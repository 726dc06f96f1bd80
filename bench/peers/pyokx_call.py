"""python-okx (the official Python SDK) doing one call as a fresh process, pointed at the stand-in.

usage: pyokx_call.py ticker INST_ID | balance | positions
Reads OKX_BASE_URL and, for balance and positions, OKX_API_KEY / OKX_SECRET_KEY / OKX_PASSPHRASE.
flag='0' selects live trading (python-okx's default '1' sends x-simulated-trading: 1, the demo
environment, which the live test key is not valid for).
"""
import json
import os
import sys

base = os.environ["OKX_BASE_URL"]
what = sys.argv[1]
if what == "ticker":
    import okx.MarketData as MarketData

    api = MarketData.MarketAPI(flag="0", domain=base, debug=False)
    res = api.get_ticker(instId=sys.argv[2])
elif what in ("balance", "positions"):
    import okx.Account as Account

    api = Account.AccountAPI(
        os.environ["OKX_API_KEY"], os.environ["OKX_SECRET_KEY"], os.environ["OKX_PASSPHRASE"],
        flag="0", domain=base, debug=False,
    )
    res = api.get_account_balance() if what == "balance" else api.get_positions()
else:
    sys.exit(f"unknown call {what!r}")
if res.get("code") != "0":
    sys.exit(f"python-okx: OKX answered {res.get('code')} {res.get('msg')}")
json.dump(res["data"], sys.stdout)
sys.stdout.write("\n")
