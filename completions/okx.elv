
use builtin;
use str;

set edit:completion:arg-completer[okx] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'okx'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'okx'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Show the headers okx would send for a request, explain the prehash, check another signature'
            cand ticker 'Latest price, best bid/ask and 24 h statistics of instruments'
            cand book 'Order book: asks and bids'
            cand instruments 'Instruments and their trading rules (tickSz, lotSz, minSz, state)'
            cand time 'Local time, OKX server time and the offset between them'
            cand contracts 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly'
            cand mark 'Mark price, index price, price-limit band and (swaps) funding of derivatives'
            cand open-interest 'Open interest of swaps, futures and options: contracts, coin and USD'
            cand candles 'Candles (OHLCV), oldest first, any range: pages through OKX''s history as needed'
            cand trades 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months'
            cand fills 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months'
            cand bills 'Your bills (the account''s ledger), oldest first: the latest, or a range of 3 months'
            cand funding 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range'
            cand balance 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)'
            cand account 'The account''s mode, position mode, and this API key''s permissions and bound IP'
            cand leverage 'Leverage of swaps, futures and margin pairs, per margin mode and side'
            cand max-size 'The largest order the account can place now, and the balance it may use'
            cand fees 'Your trading fee rates, as charges or rebates'
            cand asset 'The funding account: balances'
            cand transfer 'Move money between the funding and the trading account (sent once, with a client ID)'
            cand deposit 'Deposits to the funding account: addresses and history'
            cand withdrawal 'Withdrawals from the funding account: history (okx does not withdraw; see the README)'
            cand positions 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin'
            cand order 'Place, cancel and inspect orders'
            cand position 'Close a swap or futures position at the market'
            cand algo 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX''s algo orders)'
            cand margin 'Add margin to or take it from an isolated swap or futures position'
            cand deadman 'Dead-man''s switch: OKX cancels every pending order unless okx keeps refreshing it'
            cand watch 'Live streams over OKX''s WebSocket API: prices, books, trades, candles, your orders'
            cand api 'Send any v5 request and print OKX''s JSON answer (signed when credentials are set)'
            cand config 'Show the effective settings and where each one came from (secrets never shown)'
            cand errors 'Explain OKX error codes: their real meaning and likely cause'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;sign'= {
            cand --body 'Request body, signed byte for byte as given; ''-'' reads standard input'
            cand --body-file 'Read the request body from a file, byte for byte'
            cand --timestamp 'Timestamp to sign with, to reproduce another program''s signature [default: now, UTC]'
            cand --verify 'A signature made by another program for the same request: does it match, and if not, why'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --debug 'Explain the prehash and check it for common mistakes'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;ticker'= {
            cand --type 'Every instrument of this type (tickers have no MARGIN: margin pairs trade as SPOT)'
            cand --inst-family 'With --type SWAP, FUTURES or OPTION: only this instrument family, e.g. BTC-USD'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;book'= {
            cand --depth 'Levels per side (1-400)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;instruments'= {
            cand --type 'Instrument type [default: SPOT, or the ID''s type]'
            cand --inst-family 'Instrument family for SWAP, FUTURES and OPTION, e.g. BTC-USD (required for OPTION)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;time'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;contracts'= {
            cand --base 'An amount of the coin (BTC for BTC-USDT-SWAP and BTC-USD-SWAP)'
            cand --quote 'An amount of the currency prices are in (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)'
            cand --contracts 'A number of contracts'
            cand --price 'The price to convert at [default: the last traded price]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;mark'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;open-interest'= {
            cand --type 'Every instrument of this type: SWAP, FUTURES or OPTION'
            cand --inst-family 'Instrument family, e.g. BTC-USD (required for options, as OKX requires it)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;candles'= {
            cand --bar 'Bar: 1s 1m 3m 5m 15m 30m 1H 2H 4H, 6H 12H 1D 2D 3D 1W 1M 3M (UTC+8 opens), or 6Hutc … 3Mutc (UTC opens). Case matters: 1m is a minute, 1M a month'
            cand --limit 'The latest N candles (at most 10000) [default: 100]'
            cand --since 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (7d, 12h, 1h30m)'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand --price 'Mark-price candles of a swap, future or option, or index candles of an index such as BTC-USD, instead of traded candles: open, high, low, close, no volume'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --strict 'With --since: exit 9 when OKX''s data has a gap in the range (missing bars, or none at its start or end) after asking again; the rows are still written and the gaps listed'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;trades'= {
            cand --limit 'The latest N trades (at most 500) [default: 100]'
            cand --since 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m)'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --strict 'With --since: exit 9 when OKX''s answers lack trades they must have (a page ends short of a trade already seen) after asking again; the rows are still written and the gaps listed'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;fills'= {
            cand --type 'Only this instrument type [default: every type, or the ID''s type; a --since more than 3 days back needs one, as OKX serves older fills one type at a time]'
            cand --since 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 fills]'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;bills'= {
            cand --ccy 'Only this currency, e.g. USDT'
            cand --type 'Only bills of this type'
            cand --since 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 bills]'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;funding'= {
            cand --since 'Every funding settlement from this time, included (OKX keeps 3 months): RFC 3339, a date, epoch ms, or a span back from now (90d, 12h)'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --strict 'With --since: exit 9 when OKX''s history lacks a settlement its schedule implies (after asking again); the rows are still written and the gaps listed'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;balance'= {
            cand --ccy 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --all 'Show the funding account beside the trading account, with totals in USD'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;account'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set-position-mode 'Switch the position mode of swaps and futures: net or long/short'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;account;set-position-mode'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;account;help'= {
            cand set-position-mode 'Switch the position mode of swaps and futures: net or long/short'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;account;help;set-position-mode'= {
        }
        &'okx;account;help;help'= {
        }
        &'okx;leverage'= {
            cand --mgn-mode 'Only this margin mode [default: both]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the leverage of an instrument and margin mode (sent once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;leverage;set'= {
            cand --mgn-mode 'The margin mode it is for'
            cand --pos-side 'The side, for isolated margin in long/short position mode'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;leverage;help'= {
            cand set 'Set the leverage of an instrument and margin mode (sent once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;leverage;help;set'= {
        }
        &'okx;leverage;help;help'= {
        }
        &'okx;max-size'= {
            cand --td-mode 'Trade mode the order would use: cross or isolated for derivatives and margin, cash for spot without margin'
            cand --price 'Size the order at this price (one instrument only) [default: OKX''s current limit price for swaps and futures, the last price otherwise]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;fees'= {
            cand --type 'Instrument type: SPOT, MARGIN, SWAP, FUTURES or OPTION [default: the ID''s]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;asset'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Funding-account balances: available, frozen, total, USD value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;asset;balance'= {
            cand --ccy 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;asset;help'= {
            cand balance 'Funding-account balances: available, frozen, total, USD value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;asset;help;balance'= {
        }
        &'okx;asset;help;help'= {
        }
        &'okx;transfer'= {
            cand --from 'The account the money leaves'
            cand --to 'The account the money goes to'
            cand --client-id 'The transfer''s client ID (1-32 letters and digits) [default: generated, and printed]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing (the balance is still read)'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;deposit'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand address 'Deposit addresses of a currency, one per chain'
            cand history 'Deposits, oldest first: the latest 100, or every one since a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;deposit;address'= {
            cand --chain 'Only this chain, as OKX names it, e.g. USDT-TRC20'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;deposit;history'= {
            cand --ccy 'Only this currency, e.g. USDT'
            cand --since 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;deposit;help'= {
            cand address 'Deposit addresses of a currency, one per chain'
            cand history 'Deposits, oldest first: the latest 100, or every one since a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;deposit;help;address'= {
        }
        &'okx;deposit;help;history'= {
        }
        &'okx;deposit;help;help'= {
        }
        &'okx;withdrawal'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand history 'Withdrawals, oldest first: the latest 100, or every one since a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;withdrawal;history'= {
            cand --ccy 'Only this currency, e.g. USDT'
            cand --since 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;withdrawal;help'= {
            cand history 'Withdrawals, oldest first: the latest 100, or every one since a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;withdrawal;help;history'= {
        }
        &'okx;withdrawal;help;help'= {
        }
        &'okx;positions'= {
            cand --type 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand history 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;positions;history'= {
            cand --type 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN'
            cand --mgn-mode 'Only this margin mode'
            cand --since 'Only positions updated at or after this time: RFC 3339, a date, epoch ms, or a span back from now (7d) [default: everything OKX keeps, 3 months]'
            cand --until 'Only positions updated at or before this time [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;positions;help'= {
            cand history 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;positions;help;history'= {
        }
        &'okx;positions;help;help'= {
        }
        &'okx;order'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand place 'Place an order; checks it against the instrument''s rules first, never sends it twice'
            cand cancel 'Cancel a pending order'
            cand amend 'Change a pending order''s price and/or size; checked like a new order, sent once'
            cand batch 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
            cand cancel-all 'Cancel every pending order (of an instrument or type), then check that none is left'
            cand list 'Pending orders (all pages)'
            cand get 'One order''s details and state'
            cand history 'Completed orders of the last 7 days (all pages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;order;place'= {
            cand --price 'Limit price in the quote currency; a price without --type means a limit order'
            cand --type 'Order type [default: limit when --price is given]'
            cand --td-mode 'Trade mode: cash for spot without margin; cross or isolated margin. Required for swaps and futures [default: cash for spot]'
            cand --pos-side 'Swaps and futures in long/short position mode: the position the order is for (buy --pos-side long opens a long, sell --pos-side long closes it)'
            cand --size-in 'Swaps and futures: SIZE is in this currency, converted to contracts exactly (refused when it is not a whole number of lots)'
            cand --tp-trigger 'Attach a take-profit triggered at this price (swaps and futures)'
            cand --tp-price 'The take-profit''s limit price [default: a market order]'
            cand --sl-trigger 'Attach a stop-loss triggered at this price (swaps and futures)'
            cand --sl-price 'The stop-loss''s limit price [default: a market order]'
            cand --trigger-type 'The price the take-profit and stop-loss triggers watch [default: last]'
            cand --tgt-ccy 'Unit of SIZE for a market order [default: base]. okx always sends it: OKX''s own default for a market BUY is the quote currency'
            cand --cl-ord-id 'Client order ID, 1-32 letters and digits [default: generated and printed]'
            cand --tag 'Order tag, 1-16 letters and digits'
            cand --expire 'OKX discards the order if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --reduce-only 'Only reduce the position (net position mode), checked against it before sending'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;cancel'= {
            cand --ord-id 'OKX''s order ID'
            cand --cl-ord-id 'Your client order ID'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;amend'= {
            cand --ord-id 'OKX''s order ID'
            cand --cl-ord-id 'Your client order ID'
            cand --price 'The new limit price'
            cand --size 'The new total size, filled part included (spot: base currency; swaps, futures, options: contracts)'
            cand --expire 'OKX discards the amend if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --cancel-on-fail 'Have OKX cancel the order if the amend fails (cxlOnFail)'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;batch'= {
            cand --expire 'How long OKX may hold each batch before processing it (expTime)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;cancel-all'= {
            cand --type 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES, OPTION)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --algo 'Cancel the algo orders too (TP/SL, OCO, trigger, trailing stops), with cancel-algos'
            cand -y 'Do not ask: needed when not on a terminal'
            cand --yes 'Do not ask: needed when not on a terminal'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;list'= {
            cand --type 'Only this instrument type'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --all 'Ordinary and algo orders together, pending and finished (ordinary: the last 7 days), in one table with a kind column (order, or the algo type)'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;get'= {
            cand --ord-id 'OKX''s order ID'
            cand --cl-ord-id 'Your client order ID'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;history'= {
            cand --type 'Instrument type [default: SPOT, or the ID''s type]'
            cand --since 'Every order created in a range of the last 3 months, oldest first (past 7 days from /trade/orders-history-archive): RFC 3339, a date, epoch ms, or a span back (90d)'
            cand --until 'End of the range, included, in the same forms [default: now]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;order;help'= {
            cand place 'Place an order; checks it against the instrument''s rules first, never sends it twice'
            cand cancel 'Cancel a pending order'
            cand amend 'Change a pending order''s price and/or size; checked like a new order, sent once'
            cand batch 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
            cand cancel-all 'Cancel every pending order (of an instrument or type), then check that none is left'
            cand list 'Pending orders (all pages)'
            cand get 'One order''s details and state'
            cand history 'Completed orders of the last 7 days (all pages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;order;help;place'= {
        }
        &'okx;order;help;cancel'= {
        }
        &'okx;order;help;amend'= {
        }
        &'okx;order;help;batch'= {
        }
        &'okx;order;help;cancel-all'= {
        }
        &'okx;order;help;list'= {
        }
        &'okx;order;help;get'= {
        }
        &'okx;order;help;history'= {
        }
        &'okx;order;help;help'= {
        }
        &'okx;position'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand close 'Close a position at the market (OKX''s close-position), sent once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;position;close'= {
            cand --pos-side 'The position to close, in long/short position mode'
            cand --mgn-mode 'The position''s margin mode [default: the open position''s]'
            cand --cl-ord-id 'Client order ID of the closing order, 1-32 letters and digits [default: generated]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --cancel-pending 'Cancel the position''s pending close orders first (OKX''s autoCxl; without it OKX refuses while they exist)'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;position;help'= {
            cand close 'Close a position at the market (OKX''s close-position), sent once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;position;help;close'= {
        }
        &'okx;position;help;help'= {
        }
        &'okx;algo'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand place 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
            cand list 'Pending algo orders (all types unless --kind; all pages)'
            cand get 'One algo order''s details, by --algo-id or --algo-cl-ord-id'
            cand cancel 'Cancel an algo order'
            cand amend 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg'
            cand history 'Finished algo orders: triggered (effective), canceled or failed, all pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;algo;place'= {
            cand --td-mode 'Trade mode: cash (spot), cross or isolated'
            cand --pos-side 'Long/short position mode: the position it is for'
            cand --trigger-type 'The price the TP/SL or trigger watches (not trailing stops) [default: last]'
            cand --sl-trigger 'Stop-loss trigger price'
            cand --sl-price 'The stop-loss''s limit price (-1: market) [default: market]'
            cand --tp-trigger 'Take-profit trigger price'
            cand --tp-price 'The take-profit''s limit price (-1: market) [default: market]'
            cand --trigger 'Trigger (stop-entry) price'
            cand --price 'The trigger order''s limit price (-1: market) [default: market]'
            cand --then 'What the trigger order places at --price: ioc (immediate-or-cancel) or fok (fill-or-kill) [default: a limit order that rests]'
            cand --trailing 'Trailing stop: callback ratio (0.01 = 1%)'
            cand --trailing-spread 'Trailing stop: callback distance in the price currency'
            cand --active-price 'Trailing stop: start tracking when the price reaches this [default: at once]'
            cand --algo-cl-ord-id 'Client algo order ID, 1-32 letters and digits [default: generated and printed]'
            cand --tag 'Order tag (OKX''s tag), 1-16 letters and digits'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --close-position 'Close the whole position when triggered (swap and futures TP/SL at the market)'
            cand --reduce-only 'Only reduce the position (net position mode)'
            cand --force 'Send a leg the price has already reached (it triggers at once)'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;list'= {
            cand --type 'Only this instrument type (SPOT, SWAP, FUTURES, MARGIN)'
            cand --kind 'Only this kind'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;get'= {
            cand --algo-id 'OKX''s algo order ID'
            cand --algo-cl-ord-id 'The client algo order ID'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;cancel'= {
            cand --algo-id 'OKX''s algo order ID'
            cand --algo-cl-ord-id 'The client algo order ID'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;amend'= {
            cand --algo-id 'OKX''s algo order ID'
            cand --algo-cl-ord-id 'The client algo order ID'
            cand --size 'New size'
            cand --sl-trigger 'New stop-loss trigger price (0 removes the stop-loss)'
            cand --sl-price 'New stop-loss limit price (-1: market)'
            cand --tp-trigger 'New take-profit trigger price (0 removes the take-profit)'
            cand --tp-price 'New take-profit limit price (-1: market)'
            cand --trigger 'New trigger price of a trigger order'
            cand --price 'New order price of a trigger order (-1: market) [default: unchanged]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --force 'Send a new trigger the price has already reached (it triggers at once)'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;history'= {
            cand --kind 'Only this kind'
            cand --since 'Only algo orders created since then (a date, a time or a duration such as 7d; OKX keeps 3 months)'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;algo;help'= {
            cand place 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
            cand list 'Pending algo orders (all types unless --kind; all pages)'
            cand get 'One algo order''s details, by --algo-id or --algo-cl-ord-id'
            cand cancel 'Cancel an algo order'
            cand amend 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg'
            cand history 'Finished algo orders: triggered (effective), canceled or failed, all pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;algo;help;place'= {
        }
        &'okx;algo;help;list'= {
        }
        &'okx;algo;help;get'= {
        }
        &'okx;algo;help;cancel'= {
        }
        &'okx;algo;help;amend'= {
        }
        &'okx;algo;help;history'= {
        }
        &'okx;algo;help;help'= {
        }
        &'okx;margin'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add margin to an isolated swap or futures position (sent once)'
            cand reduce 'Take margin from an isolated swap or futures position (sent once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;margin;add'= {
            cand --pos-side 'The position, in long/short position mode'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;margin;reduce'= {
            cand --pos-side 'The position, in long/short position mode'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --dry-run 'Print the exact request and send nothing'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;margin;help'= {
            cand add 'Add margin to an isolated swap or futures position (sent once)'
            cand reduce 'Take margin from an isolated swap or futures position (sent once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;margin;help;add'= {
        }
        &'okx;margin;help;reduce'= {
        }
        &'okx;margin;help;help'= {
        }
        &'okx;deadman'= {
            cand --every 'How often to refresh the switch: less than TIMEOUT, at least 1s (OKX takes one request per second) [default: a third of TIMEOUT]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --keep 'Leave the switch armed on a clean exit (OKX then cancels every order at the printed time)'
            cand --once 'Arm it once and exit, leaving it armed'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ticker 'Tickers: last price, best bid/ask, 24 h figures'
            cand book 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
            cand trades 'Public trades (taker side)'
            cand mark-price 'Mark prices of derivatives (and margin pairs), as they change'
            cand candles 'The forming candle of a bar, as it changes'
            cand funding-rate 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
            cand orders 'Your orders as they change (needs credentials)'
            cand algo-orders 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
            cand positions 'Your positions as they change, with mark price and PnL (needs credentials)'
            cand balance-position 'Balance and position changes together, as events (needs credentials)'
            cand account 'Your account balances as they change (needs credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;watch;ticker'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;book'= {
            cand --depth 'Levels: 5 (snapshots) or 400 (the full book, kept in sync)'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;trades'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;mark-price'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;candles'= {
            cand --bar 'Bar, as for okx candles: 1m, 1H, 1Dutc, …'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;funding-rate'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;orders'= {
            cand --type 'Only this instrument type, or ANY'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;algo-orders'= {
            cand --type 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES), or ANY'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;positions'= {
            cand --type 'Only this instrument type (SWAP, FUTURES, OPTION, MARGIN), or ANY'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --events-only 'Only pushes caused by events (fills, liquidations, …): no regular push every ~5 s'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;balance-position'= {
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;account'= {
            cand --ccy 'Only this currency'
            cand --count 'Stop after N data messages'
            cand --duration 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)'
            cand --ping-interval 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;watch;help'= {
            cand ticker 'Tickers: last price, best bid/ask, 24 h figures'
            cand book 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
            cand trades 'Public trades (taker side)'
            cand mark-price 'Mark prices of derivatives (and margin pairs), as they change'
            cand candles 'The forming candle of a bar, as it changes'
            cand funding-rate 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
            cand orders 'Your orders as they change (needs credentials)'
            cand algo-orders 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
            cand positions 'Your positions as they change, with mark price and PnL (needs credentials)'
            cand balance-position 'Balance and position changes together, as events (needs credentials)'
            cand account 'Your account balances as they change (needs credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;watch;help;ticker'= {
        }
        &'okx;watch;help;book'= {
        }
        &'okx;watch;help;trades'= {
        }
        &'okx;watch;help;mark-price'= {
        }
        &'okx;watch;help;candles'= {
        }
        &'okx;watch;help;funding-rate'= {
        }
        &'okx;watch;help;orders'= {
        }
        &'okx;watch;help;algo-orders'= {
        }
        &'okx;watch;help;positions'= {
        }
        &'okx;watch;help;balance-position'= {
        }
        &'okx;watch;help;account'= {
        }
        &'okx;watch;help;help'= {
        }
        &'okx;api'= {
            cand -f 'A parameter: query string for GET, JSON string field for POST (repeatable)'
            cand --field 'A parameter: query string for GET, JSON string field for POST (repeatable)'
            cand --body 'Exact JSON body for POST'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;config'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;errors'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;completions'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --ws-url 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]'
            cand --audit-log 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)'
            cand --timeout 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;help'= {
            cand sign 'Show the headers okx would send for a request, explain the prehash, check another signature'
            cand ticker 'Latest price, best bid/ask and 24 h statistics of instruments'
            cand book 'Order book: asks and bids'
            cand instruments 'Instruments and their trading rules (tickSz, lotSz, minSz, state)'
            cand time 'Local time, OKX server time and the offset between them'
            cand contracts 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly'
            cand mark 'Mark price, index price, price-limit band and (swaps) funding of derivatives'
            cand open-interest 'Open interest of swaps, futures and options: contracts, coin and USD'
            cand candles 'Candles (OHLCV), oldest first, any range: pages through OKX''s history as needed'
            cand trades 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months'
            cand fills 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months'
            cand bills 'Your bills (the account''s ledger), oldest first: the latest, or a range of 3 months'
            cand funding 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range'
            cand balance 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)'
            cand account 'The account''s mode, position mode, and this API key''s permissions and bound IP'
            cand leverage 'Leverage of swaps, futures and margin pairs, per margin mode and side'
            cand max-size 'The largest order the account can place now, and the balance it may use'
            cand fees 'Your trading fee rates, as charges or rebates'
            cand asset 'The funding account: balances'
            cand transfer 'Move money between the funding and the trading account (sent once, with a client ID)'
            cand deposit 'Deposits to the funding account: addresses and history'
            cand withdrawal 'Withdrawals from the funding account: history (okx does not withdraw; see the README)'
            cand positions 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin'
            cand order 'Place, cancel and inspect orders'
            cand position 'Close a swap or futures position at the market'
            cand algo 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX''s algo orders)'
            cand margin 'Add margin to or take it from an isolated swap or futures position'
            cand deadman 'Dead-man''s switch: OKX cancels every pending order unless okx keeps refreshing it'
            cand watch 'Live streams over OKX''s WebSocket API: prices, books, trades, candles, your orders'
            cand api 'Send any v5 request and print OKX''s JSON answer (signed when credentials are set)'
            cand config 'Show the effective settings and where each one came from (secrets never shown)'
            cand errors 'Explain OKX error codes: their real meaning and likely cause'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;help;sign'= {
        }
        &'okx;help;ticker'= {
        }
        &'okx;help;book'= {
        }
        &'okx;help;instruments'= {
        }
        &'okx;help;time'= {
        }
        &'okx;help;contracts'= {
        }
        &'okx;help;mark'= {
        }
        &'okx;help;open-interest'= {
        }
        &'okx;help;candles'= {
        }
        &'okx;help;trades'= {
        }
        &'okx;help;fills'= {
        }
        &'okx;help;bills'= {
        }
        &'okx;help;funding'= {
        }
        &'okx;help;balance'= {
        }
        &'okx;help;account'= {
            cand set-position-mode 'Switch the position mode of swaps and futures: net or long/short'
        }
        &'okx;help;account;set-position-mode'= {
        }
        &'okx;help;leverage'= {
            cand set 'Set the leverage of an instrument and margin mode (sent once)'
        }
        &'okx;help;leverage;set'= {
        }
        &'okx;help;max-size'= {
        }
        &'okx;help;fees'= {
        }
        &'okx;help;asset'= {
            cand balance 'Funding-account balances: available, frozen, total, USD value'
        }
        &'okx;help;asset;balance'= {
        }
        &'okx;help;transfer'= {
        }
        &'okx;help;deposit'= {
            cand address 'Deposit addresses of a currency, one per chain'
            cand history 'Deposits, oldest first: the latest 100, or every one since a time'
        }
        &'okx;help;deposit;address'= {
        }
        &'okx;help;deposit;history'= {
        }
        &'okx;help;withdrawal'= {
            cand history 'Withdrawals, oldest first: the latest 100, or every one since a time'
        }
        &'okx;help;withdrawal;history'= {
        }
        &'okx;help;positions'= {
            cand history 'Closed and partly closed positions of the last 3 months, oldest first, all pages'
        }
        &'okx;help;positions;history'= {
        }
        &'okx;help;order'= {
            cand place 'Place an order; checks it against the instrument''s rules first, never sends it twice'
            cand cancel 'Cancel a pending order'
            cand amend 'Change a pending order''s price and/or size; checked like a new order, sent once'
            cand batch 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file'
            cand cancel-all 'Cancel every pending order (of an instrument or type), then check that none is left'
            cand list 'Pending orders (all pages)'
            cand get 'One order''s details and state'
            cand history 'Completed orders of the last 7 days (all pages)'
        }
        &'okx;help;order;place'= {
        }
        &'okx;help;order;cancel'= {
        }
        &'okx;help;order;amend'= {
        }
        &'okx;help;order;batch'= {
        }
        &'okx;help;order;cancel-all'= {
        }
        &'okx;help;order;list'= {
        }
        &'okx;help;order;get'= {
        }
        &'okx;help;order;history'= {
        }
        &'okx;help;position'= {
            cand close 'Close a position at the market (OKX''s close-position), sent once'
        }
        &'okx;help;position;close'= {
        }
        &'okx;help;algo'= {
            cand place 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice'
            cand list 'Pending algo orders (all types unless --kind; all pages)'
            cand get 'One algo order''s details, by --algo-id or --algo-cl-ord-id'
            cand cancel 'Cancel an algo order'
            cand amend 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg'
            cand history 'Finished algo orders: triggered (effective), canceled or failed, all pages'
        }
        &'okx;help;algo;place'= {
        }
        &'okx;help;algo;list'= {
        }
        &'okx;help;algo;get'= {
        }
        &'okx;help;algo;cancel'= {
        }
        &'okx;help;algo;amend'= {
        }
        &'okx;help;algo;history'= {
        }
        &'okx;help;margin'= {
            cand add 'Add margin to an isolated swap or futures position (sent once)'
            cand reduce 'Take margin from an isolated swap or futures position (sent once)'
        }
        &'okx;help;margin;add'= {
        }
        &'okx;help;margin;reduce'= {
        }
        &'okx;help;deadman'= {
        }
        &'okx;help;watch'= {
            cand ticker 'Tickers: last price, best bid/ask, 24 h figures'
            cand book 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync'
            cand trades 'Public trades (taker side)'
            cand mark-price 'Mark prices of derivatives (and margin pairs), as they change'
            cand candles 'The forming candle of a bar, as it changes'
            cand funding-rate 'Funding rates of perpetual swaps: predicted rate, settlement time, interval'
            cand orders 'Your orders as they change (needs credentials)'
            cand algo-orders 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)'
            cand positions 'Your positions as they change, with mark price and PnL (needs credentials)'
            cand balance-position 'Balance and position changes together, as events (needs credentials)'
            cand account 'Your account balances as they change (needs credentials)'
        }
        &'okx;help;watch;ticker'= {
        }
        &'okx;help;watch;book'= {
        }
        &'okx;help;watch;trades'= {
        }
        &'okx;help;watch;mark-price'= {
        }
        &'okx;help;watch;candles'= {
        }
        &'okx;help;watch;funding-rate'= {
        }
        &'okx;help;watch;orders'= {
        }
        &'okx;help;watch;algo-orders'= {
        }
        &'okx;help;watch;positions'= {
        }
        &'okx;help;watch;balance-position'= {
        }
        &'okx;help;watch;account'= {
        }
        &'okx;help;api'= {
        }
        &'okx;help;config'= {
        }
        &'okx;help;errors'= {
        }
        &'okx;help;completions'= {
        }
        &'okx;help;help'= {
        }
    ]
    $completions[$command]
}
