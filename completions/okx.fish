# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_okx_global_optspecs
    string join \n o/output= json env-file= api-key= base-url= ws-url= demo live audit-log= timeout= h/help V/version
end

function __fish_okx_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_okx_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_okx_using_subcommand
    set -l cmd (__fish_okx_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c okx -n "__fish_okx_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_needs_command" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_needs_command" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_needs_command" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_needs_command" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_needs_command" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_needs_command" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_needs_command" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_needs_command" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_needs_command" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_needs_command" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_needs_command" -f -a "sign" -d 'Show the headers okx would send for a request, explain the prehash, check another signature'
complete -c okx -n "__fish_okx_needs_command" -f -a "ticker" -d 'Latest price, best bid/ask and 24 h statistics of instruments'
complete -c okx -n "__fish_okx_needs_command" -f -a "book" -d 'Order book: asks and bids'
complete -c okx -n "__fish_okx_needs_command" -f -a "instruments" -d 'Instruments and their trading rules (tickSz, lotSz, minSz, state)'
complete -c okx -n "__fish_okx_needs_command" -f -a "time" -d 'Local time, OKX server time and the offset between them'
complete -c okx -n "__fish_okx_needs_command" -f -a "contracts" -d 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly'
complete -c okx -n "__fish_okx_needs_command" -f -a "mark" -d 'Mark price, index price, price-limit band and (swaps) funding of derivatives'
complete -c okx -n "__fish_okx_needs_command" -f -a "open-interest" -d 'Open interest of swaps, futures and options: contracts, coin and USD'
complete -c okx -n "__fish_okx_needs_command" -f -a "candles" -d 'Candles (OHLCV), oldest first, any range: pages through OKX\'s history as needed'
complete -c okx -n "__fish_okx_needs_command" -f -a "trades" -d 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months'
complete -c okx -n "__fish_okx_needs_command" -f -a "fills" -d 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months'
complete -c okx -n "__fish_okx_needs_command" -f -a "bills" -d 'Your bills (the account\'s ledger), oldest first: the latest, or a range of 3 months'
complete -c okx -n "__fish_okx_needs_command" -f -a "funding" -d 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range'
complete -c okx -n "__fish_okx_needs_command" -f -a "balance" -d 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)'
complete -c okx -n "__fish_okx_needs_command" -f -a "account" -d 'The account\'s mode, position mode, and this API key\'s permissions and bound IP'
complete -c okx -n "__fish_okx_needs_command" -f -a "leverage" -d 'Leverage of swaps, futures and margin pairs, per margin mode and side'
complete -c okx -n "__fish_okx_needs_command" -f -a "max-size" -d 'The largest order the account can place now, and the balance it may use'
complete -c okx -n "__fish_okx_needs_command" -f -a "fees" -d 'Your trading fee rates, as charges or rebates'
complete -c okx -n "__fish_okx_needs_command" -f -a "asset" -d 'The funding account: balances'
complete -c okx -n "__fish_okx_needs_command" -f -a "transfer" -d 'Move money between the funding and the trading account (sent once, with a client ID)'
complete -c okx -n "__fish_okx_needs_command" -f -a "deposit" -d 'Deposits to the funding account: addresses and history'
complete -c okx -n "__fish_okx_needs_command" -f -a "withdrawal" -d 'Withdrawals from the funding account: history (okx does not withdraw; see the README)'
complete -c okx -n "__fish_okx_needs_command" -f -a "positions" -d 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin'
complete -c okx -n "__fish_okx_needs_command" -f -a "order" -d 'Place, cancel and inspect orders'
complete -c okx -n "__fish_okx_needs_command" -f -a "position" -d 'Close a swap or futures position at the market'
complete -c okx -n "__fish_okx_needs_command" -f -a "algo" -d 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX\'s algo orders)'
complete -c okx -n "__fish_okx_needs_command" -f -a "margin" -d 'Add margin to or take it from an isolated swap or futures position'
complete -c okx -n "__fish_okx_needs_command" -f -a "deadman" -d 'Dead-man\'s switch: OKX cancels every pending order unless okx keeps refreshing it'
complete -c okx -n "__fish_okx_needs_command" -f -a "watch" -d 'Live streams over OKX\'s WebSocket API: prices, books, trades, candles, your orders'
complete -c okx -n "__fish_okx_needs_command" -f -a "api" -d 'Send any v5 request and print OKX\'s JSON answer (signed when credentials are set)'
complete -c okx -n "__fish_okx_needs_command" -f -a "config" -d 'Show the effective settings and where each one came from (secrets never shown)'
complete -c okx -n "__fish_okx_needs_command" -f -a "errors" -d 'Explain OKX error codes: their real meaning and likely cause'
complete -c okx -n "__fish_okx_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c okx -n "__fish_okx_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand sign" -l body -d 'Request body, signed byte for byte as given; \'-\' reads standard input' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l body-file -d 'Read the request body from a file, byte for byte' -r -F
complete -c okx -n "__fish_okx_using_subcommand sign" -l timestamp -d 'Timestamp to sign with, to reproduce another program\'s signature [default: now, UTC]' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l verify -d 'A signature made by another program for the same request: does it match, and if not, why' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand sign" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand sign" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand sign" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l debug -d 'Explain the prehash and check it for common mistakes'
complete -c okx -n "__fish_okx_using_subcommand sign" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand sign" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand sign" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand sign" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand ticker" -l type -d 'Every instrument of this type (tickers have no MARGIN: margin pairs trade as SPOT)' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand ticker" -l inst-family -d 'With --type SWAP, FUTURES or OPTION: only this instrument family, e.g. BTC-USD' -r
complete -c okx -n "__fish_okx_using_subcommand ticker" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand ticker" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand ticker" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand ticker" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand ticker" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand ticker" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand ticker" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand ticker" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand ticker" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand ticker" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand ticker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand ticker" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand book" -l depth -d 'Levels per side (1-400)' -r
complete -c okx -n "__fish_okx_using_subcommand book" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand book" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand book" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand book" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand book" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand book" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand book" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand book" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand book" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand book" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand book" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand book" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand instruments" -l type -d 'Instrument type [default: SPOT, or the ID\'s type]' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand instruments" -l inst-family -d 'Instrument family for SWAP, FUTURES and OPTION, e.g. BTC-USD (required for OPTION)' -r
complete -c okx -n "__fish_okx_using_subcommand instruments" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand instruments" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand instruments" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand instruments" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand instruments" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand instruments" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand instruments" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand instruments" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand instruments" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand instruments" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand instruments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand instruments" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand time" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand time" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand time" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand time" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand time" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand time" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand time" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand time" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand time" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand time" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand time" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand contracts" -l base -d 'An amount of the coin (BTC for BTC-USDT-SWAP and BTC-USD-SWAP)' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l quote -d 'An amount of the currency prices are in (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l contracts -d 'A number of contracts' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l price -d 'The price to convert at [default: the last traded price]' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand contracts" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand contracts" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand contracts" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand contracts" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand contracts" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand contracts" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand contracts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand contracts" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand mark" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand mark" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand mark" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand mark" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand mark" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand mark" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand mark" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand mark" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand mark" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand mark" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand mark" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand mark" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l type -d 'Every instrument of this type: SWAP, FUTURES or OPTION' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l inst-family -d 'Instrument family, e.g. BTC-USD (required for options, as OKX requires it)' -r
complete -c okx -n "__fish_okx_using_subcommand open-interest" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand open-interest" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand open-interest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand open-interest" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand candles" -l bar -d 'Bar: 1s 1m 3m 5m 15m 30m 1H 2H 4H, 6H 12H 1D 2D 3D 1W 1M 3M (UTC+8 opens), or 6Hutc … 3Mutc (UTC opens). Case matters: 1m is a minute, 1M a month' -r -f -a "1s\t''
1m\t''
3m\t''
5m\t''
15m\t''
30m\t''
1H\t''
2H\t''
4H\t''
6H\t''
12H\t''
1D\t''
2D\t''
3D\t''
1W\t''
1M\t''
3M\t''
6Hutc\t''
12Hutc\t''
1Dutc\t''
2Dutc\t''
3Dutc\t''
1Wutc\t''
1Mutc\t''
3Mutc\t''"
complete -c okx -n "__fish_okx_using_subcommand candles" -l limit -d 'The latest N candles (at most 10000) [default: 100]' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l since -d 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (7d, 12h, 1h30m)' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l price -d 'Mark-price candles of a swap, future or option, or index candles of an index such as BTC-USD, instead of traded candles: open, high, low, close, no volume' -r -f -a "mark\t'The mark price of a derivative'
index\t'An index (BTC-USD, BTC-USDT, …)'"
complete -c okx -n "__fish_okx_using_subcommand candles" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand candles" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand candles" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand candles" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand candles" -l strict -d 'With --since: exit 9 when OKX\'s data has a gap in the range (missing bars, or none at its start or end) after asking again; the rows are still written and the gaps listed'
complete -c okx -n "__fish_okx_using_subcommand candles" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand candles" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand candles" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand candles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand candles" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand trades" -l limit -d 'The latest N trades (at most 500) [default: 100]' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l since -d 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m)' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand trades" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand trades" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand trades" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand trades" -l strict -d 'With --since: exit 9 when OKX\'s answers lack trades they must have (a page ends short of a trade already seen) after asking again; the rows are still written and the gaps listed'
complete -c okx -n "__fish_okx_using_subcommand trades" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand trades" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand trades" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand trades" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand trades" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand fills" -l type -d 'Only this instrument type [default: every type, or the ID\'s type; a --since more than 3 days back needs one, as OKX serves older fills one type at a time]' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand fills" -l since -d 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 fills]' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand fills" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand fills" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand fills" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand fills" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand fills" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand fills" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand fills" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand fills" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand bills" -l ccy -d 'Only this currency, e.g. USDT' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l type -d 'Only bills of this type' -r -f -a "transfer\t''
trade\t''
delivery\t''
auto-convert\t''
liquidation\t''
margin-transfer\t''
interest\t''
funding-fee\t''
adl\t''
clawback\t''
sys-convert\t''
strategy-transfer\t''
ddh\t''"
complete -c okx -n "__fish_okx_using_subcommand bills" -l since -d 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 bills]' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand bills" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand bills" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand bills" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand bills" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand bills" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand bills" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand bills" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand bills" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand funding" -l since -d 'Every funding settlement from this time, included (OKX keeps 3 months): RFC 3339, a date, epoch ms, or a span back from now (90d, 12h)' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand funding" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand funding" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand funding" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand funding" -l strict -d 'With --since: exit 9 when OKX\'s history lacks a settlement its schedule implies (after asking again); the rows are still written and the gaps listed'
complete -c okx -n "__fish_okx_using_subcommand funding" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand funding" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand funding" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand funding" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand funding" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand balance" -l ccy -d 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC' -r
complete -c okx -n "__fish_okx_using_subcommand balance" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand balance" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand balance" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand balance" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand balance" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand balance" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand balance" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand balance" -l all -d 'Show the funding account beside the trading account, with totals in USD'
complete -c okx -n "__fish_okx_using_subcommand balance" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand balance" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand balance" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand balance" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -f -a "set-position-mode" -d 'Switch the position mode of swaps and futures: net or long/short'
complete -c okx -n "__fish_okx_using_subcommand account; and not __fish_seen_subcommand_from set-position-mode help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from set-position-mode" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "set-position-mode" -d 'Switch the position mode of swaps and futures: net or long/short'
complete -c okx -n "__fish_okx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l mgn-mode -d 'Only this margin mode [default: both]' -r -f -a "cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -a "set" -d 'Set the leverage of an instrument and margin mode (sent once)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and not __fish_seen_subcommand_from set help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l mgn-mode -d 'The margin mode it is for' -r -f -a "cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l pos-side -d 'The side, for isolated margin in long/short position mode' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the leverage of an instrument and margin mode (sent once)'
complete -c okx -n "__fish_okx_using_subcommand leverage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand max-size" -l td-mode -d 'Trade mode the order would use: cross or isolated for derivatives and margin, cash for spot without margin' -r -f -a "cash\t''
cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand max-size" -l price -d 'Size the order at this price (one instrument only) [default: OKX\'s current limit price for swaps and futures, the last price otherwise]' -r
complete -c okx -n "__fish_okx_using_subcommand max-size" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand max-size" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand max-size" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand max-size" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand max-size" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand max-size" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand max-size" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand max-size" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand max-size" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand max-size" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand max-size" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand max-size" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand fees" -l type -d 'Instrument type: SPOT, MARGIN, SWAP, FUTURES or OPTION [default: the ID\'s]' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand fees" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand fees" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand fees" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand fees" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand fees" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand fees" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand fees" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand fees" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand fees" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand fees" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand fees" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand fees" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -f -a "balance" -d 'Funding-account balances: available, frozen, total, USD value'
complete -c okx -n "__fish_okx_using_subcommand asset; and not __fish_seen_subcommand_from balance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l ccy -d 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Funding-account balances: available, frozen, total, USD value'
complete -c okx -n "__fish_okx_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand transfer" -l from -d 'The account the money leaves' -r -f -a "funding\t''
trading\t''"
complete -c okx -n "__fish_okx_using_subcommand transfer" -l to -d 'The account the money goes to' -r -f -a "funding\t''
trading\t''"
complete -c okx -n "__fish_okx_using_subcommand transfer" -l client-id -d 'The transfer\'s client ID (1-32 letters and digits) [default: generated, and printed]' -r
complete -c okx -n "__fish_okx_using_subcommand transfer" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand transfer" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand transfer" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand transfer" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand transfer" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand transfer" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand transfer" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand transfer" -l dry-run -d 'Print the exact request and send nothing (the balance is still read)'
complete -c okx -n "__fish_okx_using_subcommand transfer" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand transfer" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand transfer" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand transfer" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -f -a "address" -d 'Deposit addresses of a currency, one per chain'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -f -a "history" -d 'Deposits, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand deposit; and not __fish_seen_subcommand_from address history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l chain -d 'Only this chain, as OKX names it, e.g. USDT-TRC20' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from address" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l ccy -d 'Only this currency, e.g. USDT' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l since -d 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from help" -f -a "address" -d 'Deposit addresses of a currency, one per chain'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from help" -f -a "history" -d 'Deposits, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand deposit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -f -a "history" -d 'Withdrawals, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and not __fish_seen_subcommand_from history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l ccy -d 'Only this currency, e.g. USDT' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l since -d 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from help" -f -a "history" -d 'Withdrawals, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand withdrawal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l type -d 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN' -r -f -a "MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -a "history" -d 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
complete -c okx -n "__fish_okx_using_subcommand positions; and not __fish_seen_subcommand_from history help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l type -d 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN' -r -f -a "MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l mgn-mode -d 'Only this margin mode' -r -f -a "cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l since -d 'Only positions updated at or after this time: RFC 3339, a date, epoch ms, or a span back from now (7d) [default: everything OKX keeps, 3 months]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l until -d 'Only positions updated at or before this time [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from help" -f -a "history" -d 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
complete -c okx -n "__fish_okx_using_subcommand positions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "place" -d 'Place an order; checks it against the instrument\'s rules first, never sends it twice'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "cancel" -d 'Cancel a pending order'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "amend" -d 'Change a pending order\'s price and/or size; checked like a new order, sent once'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "batch" -d 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX\'s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "cancel-all" -d 'Cancel every pending order (of an instrument or type), then check that none is left'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "list" -d 'Pending orders (all pages)'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "get" -d 'One order\'s details and state'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "history" -d 'Completed orders of the last 7 days (all pages)'
complete -c okx -n "__fish_okx_using_subcommand order; and not __fish_seen_subcommand_from place cancel amend batch cancel-all list get history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l price -d 'Limit price in the quote currency; a price without --type means a limit order' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l type -d 'Order type [default: limit when --price is given]' -r -f -a "limit\t''
market\t''
post_only\t'OKX\'s spelling; `post-only` is accepted too'
ioc\t''
fok\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l td-mode -d 'Trade mode: cash for spot without margin; cross or isolated margin. Required for swaps and futures [default: cash for spot]' -r -f -a "cash\t''
cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l pos-side -d 'Swaps and futures in long/short position mode: the position the order is for (buy --pos-side long opens a long, sell --pos-side long closes it)' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l size-in -d 'Swaps and futures: SIZE is in this currency, converted to contracts exactly (refused when it is not a whole number of lots)' -r -f -a "base\t'The coin (BTC for BTC-USDT-SWAP)'
quote\t'The price currency (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)'"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l tp-trigger -d 'Attach a take-profit triggered at this price (swaps and futures)' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l tp-price -d 'The take-profit\'s limit price [default: a market order]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l sl-trigger -d 'Attach a stop-loss triggered at this price (swaps and futures)' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l sl-price -d 'The stop-loss\'s limit price [default: a market order]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l trigger-type -d 'The price the take-profit and stop-loss triggers watch [default: last]' -r -f -a "last\t''
mark\t''
index\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l tgt-ccy -d 'Unit of SIZE for a market order [default: base]. okx always sends it: OKX\'s own default for a market BUY is the quote currency' -r -f -a "base\t''
quote\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l cl-ord-id -d 'Client order ID, 1-32 letters and digits [default: generated and printed]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l tag -d 'Order tag, 1-16 letters and digits' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l expire -d 'OKX discards the order if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l reduce-only -d 'Only reduce the position (net position mode), checked against it before sending'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from place" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l ord-id -d 'OKX\'s order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l cl-ord-id -d 'Your client order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l ord-id -d 'OKX\'s order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l cl-ord-id -d 'Your client order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l price -d 'The new limit price' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l size -d 'The new total size, filled part included (spot: base currency; swaps, futures, options: contracts)' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l expire -d 'OKX discards the amend if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l cancel-on-fail -d 'Have OKX cancel the order if the amend fails (cxlOnFail)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from amend" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l expire -d 'How long OKX may hold each batch before processing it (expTime)' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from batch" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l type -d 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES, OPTION)' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l algo -d 'Cancel the algo orders too (TP/SL, OCO, trigger, trailing stops), with cancel-algos'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -s y -l yes -d 'Do not ask: needed when not on a terminal'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from cancel-all" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l type -d 'Only this instrument type' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l all -d 'Ordinary and algo orders together, pending and finished (ordinary: the last 7 days), in one table with a kind column (order, or the algo type)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l ord-id -d 'OKX\'s order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l cl-ord-id -d 'Your client order ID' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l type -d 'Instrument type [default: SPOT, or the ID\'s type]' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l since -d 'Every order created in a range of the last 3 months, oldest first (past 7 days from /trade/orders-history-archive): RFC 3339, a date, epoch ms, or a span back (90d)' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l until -d 'End of the range, included, in the same forms [default: now]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "place" -d 'Place an order; checks it against the instrument\'s rules first, never sends it twice'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending order'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "amend" -d 'Change a pending order\'s price and/or size; checked like a new order, sent once'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "batch" -d 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX\'s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "cancel-all" -d 'Cancel every pending order (of an instrument or type), then check that none is left'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'Pending orders (all pages)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "get" -d 'One order\'s details and state'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "history" -d 'Completed orders of the last 7 days (all pages)'
complete -c okx -n "__fish_okx_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -f -a "close" -d 'Close a position at the market (OKX\'s close-position), sent once'
complete -c okx -n "__fish_okx_using_subcommand position; and not __fish_seen_subcommand_from close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l pos-side -d 'The position to close, in long/short position mode' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l mgn-mode -d 'The position\'s margin mode [default: the open position\'s]' -r -f -a "cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l cl-ord-id -d 'Client order ID of the closing order, 1-32 letters and digits [default: generated]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l cancel-pending -d 'Cancel the position\'s pending close orders first (OKX\'s autoCxl; without it OKX refuses while they exist)'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a position at the market (OKX\'s close-position), sent once'
complete -c okx -n "__fish_okx_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "place" -d 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "list" -d 'Pending algo orders (all types unless --kind; all pages)'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "get" -d 'One algo order\'s details, by --algo-id or --algo-cl-ord-id'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "cancel" -d 'Cancel an algo order'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "amend" -d 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement\'s; a net-mode stop keeps one leg'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "history" -d 'Finished algo orders: triggered (effective), canceled or failed, all pages'
complete -c okx -n "__fish_okx_using_subcommand algo; and not __fish_seen_subcommand_from place list get cancel amend history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l td-mode -d 'Trade mode: cash (spot), cross or isolated' -r -f -a "cash\t''
cross\t''
isolated\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l pos-side -d 'Long/short position mode: the position it is for' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l trigger-type -d 'The price the TP/SL or trigger watches (not trailing stops) [default: last]' -r -f -a "last\t''
mark\t''
index\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l sl-trigger -d 'Stop-loss trigger price' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l sl-price -d 'The stop-loss\'s limit price (-1: market) [default: market]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l tp-trigger -d 'Take-profit trigger price' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l tp-price -d 'The take-profit\'s limit price (-1: market) [default: market]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l trigger -d 'Trigger (stop-entry) price' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l price -d 'The trigger order\'s limit price (-1: market) [default: market]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l then -d 'What the trigger order places at --price: ioc (immediate-or-cancel) or fok (fill-or-kill) [default: a limit order that rests]' -r -f -a "ioc\t''
fok\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l trailing -d 'Trailing stop: callback ratio (0.01 = 1%)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l trailing-spread -d 'Trailing stop: callback distance in the price currency' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l active-price -d 'Trailing stop: start tracking when the price reaches this [default: at once]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l algo-cl-ord-id -d 'Client algo order ID, 1-32 letters and digits [default: generated and printed]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l tag -d 'Order tag (OKX\'s tag), 1-16 letters and digits' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l close-position -d 'Close the whole position when triggered (swap and futures TP/SL at the market)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l reduce-only -d 'Only reduce the position (net position mode)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l force -d 'Send a leg the price has already reached (it triggers at once)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from place" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l type -d 'Only this instrument type (SPOT, SWAP, FUTURES, MARGIN)' -r -f -a "SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r -f -a "conditional\t'One take-profit or stop-loss leg'
oco\t'A take-profit and a stop-loss: one cancels the other'
trigger\t'A stop entry: an order placed when the price reaches the trigger'
trailing\t'A trailing stop (OKX\'s move_order_stop)'"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l algo-id -d 'OKX\'s algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l algo-cl-ord-id -d 'The client algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l algo-id -d 'OKX\'s algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l algo-cl-ord-id -d 'The client algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l algo-id -d 'OKX\'s algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l algo-cl-ord-id -d 'The client algo order ID' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l size -d 'New size' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l sl-trigger -d 'New stop-loss trigger price (0 removes the stop-loss)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l sl-price -d 'New stop-loss limit price (-1: market)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l tp-trigger -d 'New take-profit trigger price (0 removes the take-profit)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l tp-price -d 'New take-profit limit price (-1: market)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l trigger -d 'New trigger price of a trigger order' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l price -d 'New order price of a trigger order (-1: market) [default: unchanged]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l force -d 'Send a new trigger the price has already reached (it triggers at once)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from amend" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l kind -d 'Only this kind' -r -f -a "conditional\t'One take-profit or stop-loss leg'
oco\t'A take-profit and a stop-loss: one cancels the other'
trigger\t'A stop entry: an order placed when the price reaches the trigger'
trailing\t'A trailing stop (OKX\'s move_order_stop)'"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l since -d 'Only algo orders created since then (a date, a time or a duration such as 7d; OKX keeps 3 months)' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "place" -d 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "list" -d 'Pending algo orders (all types unless --kind; all pages)'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "get" -d 'One algo order\'s details, by --algo-id or --algo-cl-ord-id'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an algo order'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "amend" -d 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement\'s; a net-mode stop keeps one leg'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "history" -d 'Finished algo orders: triggered (effective), canceled or failed, all pages'
complete -c okx -n "__fish_okx_using_subcommand algo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -f -a "add" -d 'Add margin to an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -f -a "reduce" -d 'Take margin from an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand margin; and not __fish_seen_subcommand_from add reduce help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l pos-side -d 'The position, in long/short position mode' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l pos-side -d 'The position, in long/short position mode' -r -f -a "long\t''
short\t''"
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l dry-run -d 'Print the exact request and send nothing'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from reduce" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add margin to an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from help" -f -a "reduce" -d 'Take margin from an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand margin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand deadman" -l every -d 'How often to refresh the switch: less than TIMEOUT, at least 1s (OKX takes one request per second) [default: a third of TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand deadman" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand deadman" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand deadman" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand deadman" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand deadman" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand deadman" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand deadman" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand deadman" -l keep -d 'Leave the switch armed on a clean exit (OKX then cancels every order at the printed time)'
complete -c okx -n "__fish_okx_using_subcommand deadman" -l once -d 'Arm it once and exit, leaving it armed'
complete -c okx -n "__fish_okx_using_subcommand deadman" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand deadman" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand deadman" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand deadman" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand deadman" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "ticker" -d 'Tickers: last price, best bid/ask, 24 h figures'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "book" -d 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "trades" -d 'Public trades (taker side)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "mark-price" -d 'Mark prices of derivatives (and margin pairs), as they change'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "candles" -d 'The forming candle of a bar, as it changes'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "funding-rate" -d 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "orders" -d 'Your orders as they change (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "algo-orders" -d 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "positions" -d 'Your positions as they change, with mark price and PnL (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "balance-position" -d 'Balance and position changes together, as events (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "account" -d 'Your account balances as they change (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and not __fish_seen_subcommand_from ticker book trades mark-price candles funding-rate orders algo-orders positions balance-position account help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from ticker" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l depth -d 'Levels: 5 (snapshots) or 400 (the full book, kept in sync)' -r -f -a "5\t''
400\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from book" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from trades" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from mark-price" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l bar -d 'Bar, as for okx candles: 1m, 1H, 1Dutc, …' -r -f -a "1s\t''
1m\t''
3m\t''
5m\t''
15m\t''
30m\t''
1H\t''
2H\t''
4H\t''
6H\t''
12H\t''
1D\t''
2D\t''
3D\t''
1W\t''
1M\t''
3M\t''
6Hutc\t''
12Hutc\t''
1Dutc\t''
2Dutc\t''
3Dutc\t''
1Wutc\t''
1Mutc\t''
3Mutc\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from candles" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from funding-rate" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l type -d 'Only this instrument type, or ANY' -r -f -a "ANY\t''
SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from orders" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l type -d 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES), or ANY' -r -f -a "ANY\t''
SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from algo-orders" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l type -d 'Only this instrument type (SWAP, FUTURES, OPTION, MARGIN), or ANY' -r -f -a "ANY\t''
SPOT\t''
MARGIN\t''
SWAP\t''
FUTURES\t''
OPTION\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l events-only -d 'Only pushes caused by events (fills, liquidations, …): no regular push every ~5 s'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from positions" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from balance-position" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l ccy -d 'Only this currency' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l count -d 'Stop after N data messages' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l duration -d 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l ping-interval -d 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "ticker" -d 'Tickers: last price, best bid/ask, 24 h figures'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "book" -d 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "trades" -d 'Public trades (taker side)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "mark-price" -d 'Mark prices of derivatives (and margin pairs), as they change'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "candles" -d 'The forming candle of a bar, as it changes'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "funding-rate" -d 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "orders" -d 'Your orders as they change (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "algo-orders" -d 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "positions" -d 'Your positions as they change, with mark price and PnL (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "balance-position" -d 'Balance and position changes together, as events (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "account" -d 'Your account balances as they change (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand api" -s f -l field -d 'A parameter: query string for GET, JSON string field for POST (repeatable)' -r
complete -c okx -n "__fish_okx_using_subcommand api" -l body -d 'Exact JSON body for POST' -r
complete -c okx -n "__fish_okx_using_subcommand api" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand api" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand api" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand api" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand api" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand api" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand api" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand api" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand api" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand api" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand api" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand config" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand config" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand config" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand config" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand config" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand config" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand config" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand errors" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand errors" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand errors" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand errors" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand errors" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand errors" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand errors" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand errors" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t'One JSON value per line (streamed where the command streams)'
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand completions" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand completions" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l ws-url -d 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l audit-log -d 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)' -r -F
complete -c okx -n "__fish_okx_using_subcommand completions" -l timeout -d 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand completions" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand completions" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand completions" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "sign" -d 'Show the headers okx would send for a request, explain the prehash, check another signature'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "ticker" -d 'Latest price, best bid/ask and 24 h statistics of instruments'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "book" -d 'Order book: asks and bids'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "instruments" -d 'Instruments and their trading rules (tickSz, lotSz, minSz, state)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "time" -d 'Local time, OKX server time and the offset between them'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "contracts" -d 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "mark" -d 'Mark price, index price, price-limit band and (swaps) funding of derivatives'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "open-interest" -d 'Open interest of swaps, futures and options: contracts, coin and USD'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "candles" -d 'Candles (OHLCV), oldest first, any range: pages through OKX\'s history as needed'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "trades" -d 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "fills" -d 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "bills" -d 'Your bills (the account\'s ledger), oldest first: the latest, or a range of 3 months'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "funding" -d 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "balance" -d 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "account" -d 'The account\'s mode, position mode, and this API key\'s permissions and bound IP'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "leverage" -d 'Leverage of swaps, futures and margin pairs, per margin mode and side'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "max-size" -d 'The largest order the account can place now, and the balance it may use'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "fees" -d 'Your trading fee rates, as charges or rebates'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "asset" -d 'The funding account: balances'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "transfer" -d 'Move money between the funding and the trading account (sent once, with a client ID)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "deposit" -d 'Deposits to the funding account: addresses and history'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "withdrawal" -d 'Withdrawals from the funding account: history (okx does not withdraw; see the README)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "positions" -d 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "order" -d 'Place, cancel and inspect orders'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "position" -d 'Close a swap or futures position at the market'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "algo" -d 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX\'s algo orders)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "margin" -d 'Add margin to or take it from an isolated swap or futures position'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "deadman" -d 'Dead-man\'s switch: OKX cancels every pending order unless okx keeps refreshing it'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "watch" -d 'Live streams over OKX\'s WebSocket API: prices, books, trades, candles, your orders'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "api" -d 'Send any v5 request and print OKX\'s JSON answer (signed when credentials are set)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "config" -d 'Show the effective settings and where each one came from (secrets never shown)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "errors" -d 'Explain OKX error codes: their real meaning and likely cause'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign ticker book instruments time contracts mark open-interest candles trades fills bills funding balance account leverage max-size fees asset transfer deposit withdrawal positions order position algo margin deadman watch api config errors completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set-position-mode" -d 'Switch the position mode of swaps and futures: net or long/short'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from leverage" -f -a "set" -d 'Set the leverage of an instrument and margin mode (sent once)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "balance" -d 'Funding-account balances: available, frozen, total, USD value'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from deposit" -f -a "address" -d 'Deposit addresses of a currency, one per chain'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from deposit" -f -a "history" -d 'Deposits, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from withdrawal" -f -a "history" -d 'Withdrawals, oldest first: the latest 100, or every one since a time'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from positions" -f -a "history" -d 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "place" -d 'Place an order; checks it against the instrument\'s rules first, never sends it twice'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "cancel" -d 'Cancel a pending order'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "amend" -d 'Change a pending order\'s price and/or size; checked like a new order, sent once'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "batch" -d 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX\'s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "cancel-all" -d 'Cancel every pending order (of an instrument or type), then check that none is left'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'Pending orders (all pages)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "get" -d 'One order\'s details and state'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "history" -d 'Completed orders of the last 7 days (all pages)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "close" -d 'Close a position at the market (OKX\'s close-position), sent once'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "place" -d 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "list" -d 'Pending algo orders (all types unless --kind; all pages)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "get" -d 'One algo order\'s details, by --algo-id or --algo-cl-ord-id'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "cancel" -d 'Cancel an algo order'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "amend" -d 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement\'s; a net-mode stop keeps one leg'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from algo" -f -a "history" -d 'Finished algo orders: triggered (effective), canceled or failed, all pages'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from margin" -f -a "add" -d 'Add margin to an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from margin" -f -a "reduce" -d 'Take margin from an isolated swap or futures position (sent once)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "ticker" -d 'Tickers: last price, best bid/ask, 24 h figures'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "book" -d 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "trades" -d 'Public trades (taker side)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "mark-price" -d 'Mark prices of derivatives (and margin pairs), as they change'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "candles" -d 'The forming candle of a bar, as it changes'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "funding-rate" -d 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "orders" -d 'Your orders as they change (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "algo-orders" -d 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "positions" -d 'Your positions as they change, with mark price and PnL (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "balance-position" -d 'Balance and position changes together, as events (needs credentials)'
complete -c okx -n "__fish_okx_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "account" -d 'Your account balances as they change (needs credentials)'
