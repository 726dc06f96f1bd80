
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'okx' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'okx'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'okx' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Show the headers okx would send for a request, explain the prehash, check another signature')
            [CompletionResult]::new('ticker', 'ticker', [CompletionResultType]::ParameterValue, 'Latest price, best bid/ask and 24 h statistics of instruments')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Order book: asks and bids')
            [CompletionResult]::new('instruments', 'instruments', [CompletionResultType]::ParameterValue, 'Instruments and their trading rules (tickSz, lotSz, minSz, state)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Local time, OKX server time and the offset between them')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark price, index price, price-limit band and (swaps) funding of derivatives')
            [CompletionResult]::new('open-interest', 'open-interest', [CompletionResultType]::ParameterValue, 'Open interest of swaps, futures and options: contracts, coin and USD')
            [CompletionResult]::new('candles', 'candles', [CompletionResultType]::ParameterValue, 'Candles (OHLCV), oldest first, any range: pages through OKX''s history as needed')
            [CompletionResult]::new('trades', 'trades', [CompletionResultType]::ParameterValue, 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months')
            [CompletionResult]::new('fills', 'fills', [CompletionResultType]::ParameterValue, 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months')
            [CompletionResult]::new('bills', 'bills', [CompletionResultType]::ParameterValue, 'Your bills (the account''s ledger), oldest first: the latest, or a range of 3 months')
            [CompletionResult]::new('funding', 'funding', [CompletionResultType]::ParameterValue, 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account''s mode, position mode, and this API key''s permissions and bound IP')
            [CompletionResult]::new('leverage', 'leverage', [CompletionResultType]::ParameterValue, 'Leverage of swaps, futures and margin pairs, per margin mode and side')
            [CompletionResult]::new('max-size', 'max-size', [CompletionResultType]::ParameterValue, 'The largest order the account can place now, and the balance it may use')
            [CompletionResult]::new('fees', 'fees', [CompletionResultType]::ParameterValue, 'Your trading fee rates, as charges or rebates')
            [CompletionResult]::new('asset', 'asset', [CompletionResultType]::ParameterValue, 'The funding account: balances')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move money between the funding and the trading account (sent once, with a client ID)')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposits to the funding account: addresses and history')
            [CompletionResult]::new('withdrawal', 'withdrawal', [CompletionResultType]::ParameterValue, 'Withdrawals from the funding account: history (okx does not withdraw; see the README)')
            [CompletionResult]::new('positions', 'positions', [CompletionResultType]::ParameterValue, 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Place, cancel and inspect orders')
            [CompletionResult]::new('position', 'position', [CompletionResultType]::ParameterValue, 'Close a swap or futures position at the market')
            [CompletionResult]::new('algo', 'algo', [CompletionResultType]::ParameterValue, 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX''s algo orders)')
            [CompletionResult]::new('margin', 'margin', [CompletionResultType]::ParameterValue, 'Add margin to or take it from an isolated swap or futures position')
            [CompletionResult]::new('deadman', 'deadman', [CompletionResultType]::ParameterValue, 'Dead-man''s switch: OKX cancels every pending order unless okx keeps refreshing it')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Live streams over OKX''s WebSocket API: prices, books, trades, candles, your orders')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any v5 request and print OKX''s JSON answer (signed when credentials are set)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each one came from (secrets never shown)')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Explain OKX error codes: their real meaning and likely cause')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;sign' {
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Request body, signed byte for byte as given; ''-'' reads standard input')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the request body from a file, byte for byte')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Timestamp to sign with, to reproduce another program''s signature [default: now, UTC]')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'A signature made by another program for the same request: does it match, and if not, why')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Explain the prehash and check it for common mistakes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;ticker' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every instrument of this type (tickers have no MARGIN: margin pairs trade as SPOT)')
            [CompletionResult]::new('--inst-family', '--inst-family', [CompletionResultType]::ParameterName, 'With --type SWAP, FUTURES or OPTION: only this instrument family, e.g. BTC-USD')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;book' {
            [CompletionResult]::new('--depth', '--depth', [CompletionResultType]::ParameterName, 'Levels per side (1-400)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;instruments' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Instrument type [default: SPOT, or the ID''s type]')
            [CompletionResult]::new('--inst-family', '--inst-family', [CompletionResultType]::ParameterName, 'Instrument family for SWAP, FUTURES and OPTION, e.g. BTC-USD (required for OPTION)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;time' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;contracts' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'An amount of the coin (BTC for BTC-USDT-SWAP and BTC-USD-SWAP)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'An amount of the currency prices are in (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)')
            [CompletionResult]::new('--contracts', '--contracts', [CompletionResultType]::ParameterName, 'A number of contracts')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The price to convert at [default: the last traded price]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;mark' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;open-interest' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every instrument of this type: SWAP, FUTURES or OPTION')
            [CompletionResult]::new('--inst-family', '--inst-family', [CompletionResultType]::ParameterName, 'Instrument family, e.g. BTC-USD (required for options, as OKX requires it)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;candles' {
            [CompletionResult]::new('--bar', '--bar', [CompletionResultType]::ParameterName, 'Bar: 1s 1m 3m 5m 15m 30m 1H 2H 4H, 6H 12H 1D 2D 3D 1W 1M 3M (UTC+8 opens), or 6Hutc … 3Mutc (UTC opens). Case matters: 1m is a minute, 1M a month')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The latest N candles (at most 10000) [default: 100]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (7d, 12h, 1h30m)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Mark-price candles of a swap, future or option, or index candles of an index such as BTC-USD, instead of traded candles: open, high, low, close, no volume')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'With --since: exit 9 when OKX''s data has a gap in the range (missing bars, or none at its start or end) after asking again; the rows are still written and the gaps listed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;trades' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The latest N trades (at most 500) [default: 100]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'With --since: exit 9 when OKX''s answers lack trades they must have (a page ends short of a trade already seen) after asking again; the rows are still written and the gaps listed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;fills' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type [default: every type, or the ID''s type; a --since more than 3 days back needs one, as OKX serves older fills one type at a time]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 fills]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;bills' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only this currency, e.g. USDT')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only bills of this type')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span back from now (1d, 12h, 1h30m) [default: the latest 100 bills]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;funding' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Every funding settlement from this time, included (OKX keeps 3 months): RFC 3339, a date, epoch ms, or a span back from now (90d, 12h)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'With --since: exit 9 when OKX''s history lacks a settlement its schedule implies (after asking again); the rows are still written and the gaps listed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;balance' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show the funding account beside the trading account, with totals in USD')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;account' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set-position-mode', 'set-position-mode', [CompletionResultType]::ParameterValue, 'Switch the position mode of swaps and futures: net or long/short')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;account;set-position-mode' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;account;help' {
            [CompletionResult]::new('set-position-mode', 'set-position-mode', [CompletionResultType]::ParameterValue, 'Switch the position mode of swaps and futures: net or long/short')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;account;help;set-position-mode' {
            break
        }
        'okx;account;help;help' {
            break
        }
        'okx;leverage' {
            [CompletionResult]::new('--mgn-mode', '--mgn-mode', [CompletionResultType]::ParameterName, 'Only this margin mode [default: both]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the leverage of an instrument and margin mode (sent once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;leverage;set' {
            [CompletionResult]::new('--mgn-mode', '--mgn-mode', [CompletionResultType]::ParameterName, 'The margin mode it is for')
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'The side, for isolated margin in long/short position mode')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;leverage;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the leverage of an instrument and margin mode (sent once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;leverage;help;set' {
            break
        }
        'okx;leverage;help;help' {
            break
        }
        'okx;max-size' {
            [CompletionResult]::new('--td-mode', '--td-mode', [CompletionResultType]::ParameterName, 'Trade mode the order would use: cross or isolated for derivatives and margin, cash for spot without margin')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Size the order at this price (one instrument only) [default: OKX''s current limit price for swaps and futures, the last price otherwise]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;fees' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Instrument type: SPOT, MARGIN, SWAP, FUTURES or OPTION [default: the ID''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;asset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Funding-account balances: available, frozen, total, USD value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;asset;balance' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only these currencies, comma-separated (at most 20), e.g. USDT,BTC')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;asset;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Funding-account balances: available, frozen, total, USD value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;asset;help;balance' {
            break
        }
        'okx;asset;help;help' {
            break
        }
        'okx;transfer' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The account the money leaves')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account the money goes to')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The transfer''s client ID (1-32 letters and digits) [default: generated, and printed]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing (the balance is still read)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;deposit' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Deposit addresses of a currency, one per chain')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Deposits, oldest first: the latest 100, or every one since a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;deposit;address' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Only this chain, as OKX names it, e.g. USDT-TRC20')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;deposit;history' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only this currency, e.g. USDT')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;deposit;help' {
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Deposit addresses of a currency, one per chain')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Deposits, oldest first: the latest 100, or every one since a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;deposit;help;address' {
            break
        }
        'okx;deposit;help;history' {
            break
        }
        'okx;deposit;help;help' {
            break
        }
        'okx;withdrawal' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Withdrawals, oldest first: the latest 100, or every one since a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;withdrawal;history' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only this currency, e.g. USDT')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d, 12h) [default: the latest 100]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;withdrawal;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Withdrawals, oldest first: the latest 100, or every one since a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;withdrawal;help;history' {
            break
        }
        'okx;withdrawal;help;help' {
            break
        }
        'okx;positions' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Closed and partly closed positions of the last 3 months, oldest first, all pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;positions;history' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type: SWAP, FUTURES, OPTION or MARGIN')
            [CompletionResult]::new('--mgn-mode', '--mgn-mode', [CompletionResultType]::ParameterName, 'Only this margin mode')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only positions updated at or after this time: RFC 3339, a date, epoch ms, or a span back from now (7d) [default: everything OKX keeps, 3 months]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only positions updated at or before this time [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;positions;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Closed and partly closed positions of the last 3 months, oldest first, all pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;positions;help;history' {
            break
        }
        'okx;positions;help;help' {
            break
        }
        'okx;order' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place an order; checks it against the instrument''s rules first, never sends it twice')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a pending order''s price and/or size; checked like a new order, sent once')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file')
            [CompletionResult]::new('cancel-all', 'cancel-all', [CompletionResultType]::ParameterValue, 'Cancel every pending order (of an instrument or type), then check that none is left')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending orders (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One order''s details and state')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Completed orders of the last 7 days (all pages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;order;place' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Limit price in the quote currency; a price without --type means a limit order')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Order type [default: limit when --price is given]')
            [CompletionResult]::new('--td-mode', '--td-mode', [CompletionResultType]::ParameterName, 'Trade mode: cash for spot without margin; cross or isolated margin. Required for swaps and futures [default: cash for spot]')
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'Swaps and futures in long/short position mode: the position the order is for (buy --pos-side long opens a long, sell --pos-side long closes it)')
            [CompletionResult]::new('--size-in', '--size-in', [CompletionResultType]::ParameterName, 'Swaps and futures: SIZE is in this currency, converted to contracts exactly (refused when it is not a whole number of lots)')
            [CompletionResult]::new('--tp-trigger', '--tp-trigger', [CompletionResultType]::ParameterName, 'Attach a take-profit triggered at this price (swaps and futures)')
            [CompletionResult]::new('--tp-price', '--tp-price', [CompletionResultType]::ParameterName, 'The take-profit''s limit price [default: a market order]')
            [CompletionResult]::new('--sl-trigger', '--sl-trigger', [CompletionResultType]::ParameterName, 'Attach a stop-loss triggered at this price (swaps and futures)')
            [CompletionResult]::new('--sl-price', '--sl-price', [CompletionResultType]::ParameterName, 'The stop-loss''s limit price [default: a market order]')
            [CompletionResult]::new('--trigger-type', '--trigger-type', [CompletionResultType]::ParameterName, 'The price the take-profit and stop-loss triggers watch [default: last]')
            [CompletionResult]::new('--tgt-ccy', '--tgt-ccy', [CompletionResultType]::ParameterName, 'Unit of SIZE for a market order [default: base]. okx always sends it: OKX''s own default for a market BUY is the quote currency')
            [CompletionResult]::new('--cl-ord-id', '--cl-ord-id', [CompletionResultType]::ParameterName, 'Client order ID, 1-32 letters and digits [default: generated and printed]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Order tag, 1-16 letters and digits')
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'OKX discards the order if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--reduce-only', '--reduce-only', [CompletionResultType]::ParameterName, 'Only reduce the position (net position mode), checked against it before sending')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;cancel' {
            [CompletionResult]::new('--ord-id', '--ord-id', [CompletionResultType]::ParameterName, 'OKX''s order ID')
            [CompletionResult]::new('--cl-ord-id', '--cl-ord-id', [CompletionResultType]::ParameterName, 'Your client order ID')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;amend' {
            [CompletionResult]::new('--ord-id', '--ord-id', [CompletionResultType]::ParameterName, 'OKX''s order ID')
            [CompletionResult]::new('--cl-ord-id', '--cl-ord-id', [CompletionResultType]::ParameterName, 'Your client order ID')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The new limit price')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'The new total size, filled part included (spot: base currency; swaps, futures, options: contracts)')
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'OKX discards the amend if it has not processed it within this long (expTime): seconds (10) or a duration (1m), at most 2m')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--cancel-on-fail', '--cancel-on-fail', [CompletionResultType]::ParameterName, 'Have OKX cancel the order if the amend fails (cxlOnFail)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;batch' {
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'How long OKX may hold each batch before processing it (expTime)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;cancel-all' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES, OPTION)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--algo', '--algo', [CompletionResultType]::ParameterName, 'Cancel the algo orders too (TP/SL, OCO, trigger, trailing stops), with cancel-algos')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask: needed when not on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: needed when not on a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Ordinary and algo orders together, pending and finished (ordinary: the last 7 days), in one table with a kind column (order, or the algo type)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;get' {
            [CompletionResult]::new('--ord-id', '--ord-id', [CompletionResultType]::ParameterName, 'OKX''s order ID')
            [CompletionResult]::new('--cl-ord-id', '--cl-ord-id', [CompletionResultType]::ParameterName, 'Your client order ID')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;history' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Instrument type [default: SPOT, or the ID''s type]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Every order created in a range of the last 3 months, oldest first (past 7 days from /trade/orders-history-archive): RFC 3339, a date, epoch ms, or a span back (90d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the range, included, in the same forms [default: now]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;order;help' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place an order; checks it against the instrument''s rules first, never sends it twice')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a pending order''s price and/or size; checked like a new order, sent once')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file')
            [CompletionResult]::new('cancel-all', 'cancel-all', [CompletionResultType]::ParameterValue, 'Cancel every pending order (of an instrument or type), then check that none is left')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending orders (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One order''s details and state')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Completed orders of the last 7 days (all pages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;order;help;place' {
            break
        }
        'okx;order;help;cancel' {
            break
        }
        'okx;order;help;amend' {
            break
        }
        'okx;order;help;batch' {
            break
        }
        'okx;order;help;cancel-all' {
            break
        }
        'okx;order;help;list' {
            break
        }
        'okx;order;help;get' {
            break
        }
        'okx;order;help;history' {
            break
        }
        'okx;order;help;help' {
            break
        }
        'okx;position' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a position at the market (OKX''s close-position), sent once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;position;close' {
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'The position to close, in long/short position mode')
            [CompletionResult]::new('--mgn-mode', '--mgn-mode', [CompletionResultType]::ParameterName, 'The position''s margin mode [default: the open position''s]')
            [CompletionResult]::new('--cl-ord-id', '--cl-ord-id', [CompletionResultType]::ParameterName, 'Client order ID of the closing order, 1-32 letters and digits [default: generated]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--cancel-pending', '--cancel-pending', [CompletionResultType]::ParameterName, 'Cancel the position''s pending close orders first (OKX''s autoCxl; without it OKX refuses while they exist)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;position;help' {
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a position at the market (OKX''s close-position), sent once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;position;help;close' {
            break
        }
        'okx;position;help;help' {
            break
        }
        'okx;algo' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending algo orders (all types unless --kind; all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One algo order''s details, by --algo-id or --algo-cl-ord-id')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an algo order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Finished algo orders: triggered (effective), canceled or failed, all pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;algo;place' {
            [CompletionResult]::new('--td-mode', '--td-mode', [CompletionResultType]::ParameterName, 'Trade mode: cash (spot), cross or isolated')
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'Long/short position mode: the position it is for')
            [CompletionResult]::new('--trigger-type', '--trigger-type', [CompletionResultType]::ParameterName, 'The price the TP/SL or trigger watches (not trailing stops) [default: last]')
            [CompletionResult]::new('--sl-trigger', '--sl-trigger', [CompletionResultType]::ParameterName, 'Stop-loss trigger price')
            [CompletionResult]::new('--sl-price', '--sl-price', [CompletionResultType]::ParameterName, 'The stop-loss''s limit price (-1: market) [default: market]')
            [CompletionResult]::new('--tp-trigger', '--tp-trigger', [CompletionResultType]::ParameterName, 'Take-profit trigger price')
            [CompletionResult]::new('--tp-price', '--tp-price', [CompletionResultType]::ParameterName, 'The take-profit''s limit price (-1: market) [default: market]')
            [CompletionResult]::new('--trigger', '--trigger', [CompletionResultType]::ParameterName, 'Trigger (stop-entry) price')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The trigger order''s limit price (-1: market) [default: market]')
            [CompletionResult]::new('--then', '--then', [CompletionResultType]::ParameterName, 'What the trigger order places at --price: ioc (immediate-or-cancel) or fok (fill-or-kill) [default: a limit order that rests]')
            [CompletionResult]::new('--trailing', '--trailing', [CompletionResultType]::ParameterName, 'Trailing stop: callback ratio (0.01 = 1%)')
            [CompletionResult]::new('--trailing-spread', '--trailing-spread', [CompletionResultType]::ParameterName, 'Trailing stop: callback distance in the price currency')
            [CompletionResult]::new('--active-price', '--active-price', [CompletionResultType]::ParameterName, 'Trailing stop: start tracking when the price reaches this [default: at once]')
            [CompletionResult]::new('--algo-cl-ord-id', '--algo-cl-ord-id', [CompletionResultType]::ParameterName, 'Client algo order ID, 1-32 letters and digits [default: generated and printed]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Order tag (OKX''s tag), 1-16 letters and digits')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--close-position', '--close-position', [CompletionResultType]::ParameterName, 'Close the whole position when triggered (swap and futures TP/SL at the market)')
            [CompletionResult]::new('--reduce-only', '--reduce-only', [CompletionResultType]::ParameterName, 'Only reduce the position (net position mode)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send a leg the price has already reached (it triggers at once)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type (SPOT, SWAP, FUTURES, MARGIN)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;get' {
            [CompletionResult]::new('--algo-id', '--algo-id', [CompletionResultType]::ParameterName, 'OKX''s algo order ID')
            [CompletionResult]::new('--algo-cl-ord-id', '--algo-cl-ord-id', [CompletionResultType]::ParameterName, 'The client algo order ID')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;cancel' {
            [CompletionResult]::new('--algo-id', '--algo-id', [CompletionResultType]::ParameterName, 'OKX''s algo order ID')
            [CompletionResult]::new('--algo-cl-ord-id', '--algo-cl-ord-id', [CompletionResultType]::ParameterName, 'The client algo order ID')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;amend' {
            [CompletionResult]::new('--algo-id', '--algo-id', [CompletionResultType]::ParameterName, 'OKX''s algo order ID')
            [CompletionResult]::new('--algo-cl-ord-id', '--algo-cl-ord-id', [CompletionResultType]::ParameterName, 'The client algo order ID')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'New size')
            [CompletionResult]::new('--sl-trigger', '--sl-trigger', [CompletionResultType]::ParameterName, 'New stop-loss trigger price (0 removes the stop-loss)')
            [CompletionResult]::new('--sl-price', '--sl-price', [CompletionResultType]::ParameterName, 'New stop-loss limit price (-1: market)')
            [CompletionResult]::new('--tp-trigger', '--tp-trigger', [CompletionResultType]::ParameterName, 'New take-profit trigger price (0 removes the take-profit)')
            [CompletionResult]::new('--tp-price', '--tp-price', [CompletionResultType]::ParameterName, 'New take-profit limit price (-1: market)')
            [CompletionResult]::new('--trigger', '--trigger', [CompletionResultType]::ParameterName, 'New trigger price of a trigger order')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'New order price of a trigger order (-1: market) [default: unchanged]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send a new trigger the price has already reached (it triggers at once)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;history' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only algo orders created since then (a date, a time or a duration such as 7d; OKX keeps 3 months)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;algo;help' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending algo orders (all types unless --kind; all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One algo order''s details, by --algo-id or --algo-cl-ord-id')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an algo order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Finished algo orders: triggered (effective), canceled or failed, all pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;algo;help;place' {
            break
        }
        'okx;algo;help;list' {
            break
        }
        'okx;algo;help;get' {
            break
        }
        'okx;algo;help;cancel' {
            break
        }
        'okx;algo;help;amend' {
            break
        }
        'okx;algo;help;history' {
            break
        }
        'okx;algo;help;help' {
            break
        }
        'okx;margin' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add margin to an isolated swap or futures position (sent once)')
            [CompletionResult]::new('reduce', 'reduce', [CompletionResultType]::ParameterValue, 'Take margin from an isolated swap or futures position (sent once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;margin;add' {
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'The position, in long/short position mode')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;margin;reduce' {
            [CompletionResult]::new('--pos-side', '--pos-side', [CompletionResultType]::ParameterName, 'The position, in long/short position mode')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;margin;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add margin to an isolated swap or futures position (sent once)')
            [CompletionResult]::new('reduce', 'reduce', [CompletionResultType]::ParameterValue, 'Take margin from an isolated swap or futures position (sent once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;margin;help;add' {
            break
        }
        'okx;margin;help;reduce' {
            break
        }
        'okx;margin;help;help' {
            break
        }
        'okx;deadman' {
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'How often to refresh the switch: less than TIMEOUT, at least 1s (OKX takes one request per second) [default: a third of TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Leave the switch armed on a clean exit (OKX then cancels every order at the printed time)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Arm it once and exit, leaving it armed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ticker', 'ticker', [CompletionResultType]::ParameterValue, 'Tickers: last price, best bid/ask, 24 h figures')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync')
            [CompletionResult]::new('trades', 'trades', [CompletionResultType]::ParameterValue, 'Public trades (taker side)')
            [CompletionResult]::new('mark-price', 'mark-price', [CompletionResultType]::ParameterValue, 'Mark prices of derivatives (and margin pairs), as they change')
            [CompletionResult]::new('candles', 'candles', [CompletionResultType]::ParameterValue, 'The forming candle of a bar, as it changes')
            [CompletionResult]::new('funding-rate', 'funding-rate', [CompletionResultType]::ParameterValue, 'Funding rates of perpetual swaps: predicted rate, settlement time, interval')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Your orders as they change (needs credentials)')
            [CompletionResult]::new('algo-orders', 'algo-orders', [CompletionResultType]::ParameterValue, 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)')
            [CompletionResult]::new('positions', 'positions', [CompletionResultType]::ParameterValue, 'Your positions as they change, with mark price and PnL (needs credentials)')
            [CompletionResult]::new('balance-position', 'balance-position', [CompletionResultType]::ParameterValue, 'Balance and position changes together, as events (needs credentials)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Your account balances as they change (needs credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;watch;ticker' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;book' {
            [CompletionResult]::new('--depth', '--depth', [CompletionResultType]::ParameterName, 'Levels: 5 (snapshots) or 400 (the full book, kept in sync)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;trades' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;mark-price' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;candles' {
            [CompletionResult]::new('--bar', '--bar', [CompletionResultType]::ParameterName, 'Bar, as for okx candles: 1m, 1H, 1Dutc, …')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;funding-rate' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;orders' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type, or ANY')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;algo-orders' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type (SPOT, MARGIN, SWAP, FUTURES), or ANY')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;positions' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this instrument type (SWAP, FUTURES, OPTION, MARGIN), or ANY')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--events-only', '--events-only', [CompletionResultType]::ParameterName, 'Only pushes caused by events (fills, liquidations, …): no regular push every ~5 s')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;balance-position' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;account' {
            [CompletionResult]::new('--ccy', '--ccy', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N data messages')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Send a ping after this long without a message (OKX drops a connection silent for 30 s); reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;watch;help' {
            [CompletionResult]::new('ticker', 'ticker', [CompletionResultType]::ParameterValue, 'Tickers: last price, best bid/ask, 24 h figures')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync')
            [CompletionResult]::new('trades', 'trades', [CompletionResultType]::ParameterValue, 'Public trades (taker side)')
            [CompletionResult]::new('mark-price', 'mark-price', [CompletionResultType]::ParameterValue, 'Mark prices of derivatives (and margin pairs), as they change')
            [CompletionResult]::new('candles', 'candles', [CompletionResultType]::ParameterValue, 'The forming candle of a bar, as it changes')
            [CompletionResult]::new('funding-rate', 'funding-rate', [CompletionResultType]::ParameterValue, 'Funding rates of perpetual swaps: predicted rate, settlement time, interval')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Your orders as they change (needs credentials)')
            [CompletionResult]::new('algo-orders', 'algo-orders', [CompletionResultType]::ParameterValue, 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)')
            [CompletionResult]::new('positions', 'positions', [CompletionResultType]::ParameterValue, 'Your positions as they change, with mark price and PnL (needs credentials)')
            [CompletionResult]::new('balance-position', 'balance-position', [CompletionResultType]::ParameterValue, 'Balance and position changes together, as events (needs credentials)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Your account balances as they change (needs credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;watch;help;ticker' {
            break
        }
        'okx;watch;help;book' {
            break
        }
        'okx;watch;help;trades' {
            break
        }
        'okx;watch;help;mark-price' {
            break
        }
        'okx;watch;help;candles' {
            break
        }
        'okx;watch;help;funding-rate' {
            break
        }
        'okx;watch;help;orders' {
            break
        }
        'okx;watch;help;algo-orders' {
            break
        }
        'okx;watch;help;positions' {
            break
        }
        'okx;watch;help;balance-position' {
            break
        }
        'okx;watch;help;account' {
            break
        }
        'okx;watch;help;help' {
            break
        }
        'okx;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A parameter: query string for GET, JSON string field for POST (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A parameter: query string for GET, JSON string field for POST (repeatable)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Exact JSON body for POST')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;errors' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g. wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request to FILE: time, method, path, body, status, OKX code, ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Show the headers okx would send for a request, explain the prehash, check another signature')
            [CompletionResult]::new('ticker', 'ticker', [CompletionResultType]::ParameterValue, 'Latest price, best bid/ask and 24 h statistics of instruments')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Order book: asks and bids')
            [CompletionResult]::new('instruments', 'instruments', [CompletionResultType]::ParameterValue, 'Instruments and their trading rules (tickSz, lotSz, minSz, state)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Local time, OKX server time and the offset between them')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark price, index price, price-limit band and (swaps) funding of derivatives')
            [CompletionResult]::new('open-interest', 'open-interest', [CompletionResultType]::ParameterValue, 'Open interest of swaps, futures and options: contracts, coin and USD')
            [CompletionResult]::new('candles', 'candles', [CompletionResultType]::ParameterValue, 'Candles (OHLCV), oldest first, any range: pages through OKX''s history as needed')
            [CompletionResult]::new('trades', 'trades', [CompletionResultType]::ParameterValue, 'Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months')
            [CompletionResult]::new('fills', 'fills', [CompletionResultType]::ParameterValue, 'Your fills, oldest first: the latest, or every fill of a range of the last 3 months')
            [CompletionResult]::new('bills', 'bills', [CompletionResultType]::ParameterValue, 'Your bills (the account''s ledger), oldest first: the latest, or a range of 3 months')
            [CompletionResult]::new('funding', 'funding', [CompletionResultType]::ParameterValue, 'Funding rates of perpetual swaps: current and predicted, or every settlement in a range')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account''s mode, position mode, and this API key''s permissions and bound IP')
            [CompletionResult]::new('leverage', 'leverage', [CompletionResultType]::ParameterValue, 'Leverage of swaps, futures and margin pairs, per margin mode and side')
            [CompletionResult]::new('max-size', 'max-size', [CompletionResultType]::ParameterValue, 'The largest order the account can place now, and the balance it may use')
            [CompletionResult]::new('fees', 'fees', [CompletionResultType]::ParameterValue, 'Your trading fee rates, as charges or rebates')
            [CompletionResult]::new('asset', 'asset', [CompletionResultType]::ParameterValue, 'The funding account: balances')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move money between the funding and the trading account (sent once, with a client ID)')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposits to the funding account: addresses and history')
            [CompletionResult]::new('withdrawal', 'withdrawal', [CompletionResultType]::ParameterValue, 'Withdrawals from the funding account: history (okx does not withdraw; see the README)')
            [CompletionResult]::new('positions', 'positions', [CompletionResultType]::ParameterValue, 'Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Place, cancel and inspect orders')
            [CompletionResult]::new('position', 'position', [CompletionResultType]::ParameterValue, 'Close a swap or futures position at the market')
            [CompletionResult]::new('algo', 'algo', [CompletionResultType]::ParameterValue, 'Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX''s algo orders)')
            [CompletionResult]::new('margin', 'margin', [CompletionResultType]::ParameterValue, 'Add margin to or take it from an isolated swap or futures position')
            [CompletionResult]::new('deadman', 'deadman', [CompletionResultType]::ParameterValue, 'Dead-man''s switch: OKX cancels every pending order unless okx keeps refreshing it')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Live streams over OKX''s WebSocket API: prices, books, trades, candles, your orders')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any v5 request and print OKX''s JSON answer (signed when credentials are set)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each one came from (secrets never shown)')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Explain OKX error codes: their real meaning and likely cause')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;help;sign' {
            break
        }
        'okx;help;ticker' {
            break
        }
        'okx;help;book' {
            break
        }
        'okx;help;instruments' {
            break
        }
        'okx;help;time' {
            break
        }
        'okx;help;contracts' {
            break
        }
        'okx;help;mark' {
            break
        }
        'okx;help;open-interest' {
            break
        }
        'okx;help;candles' {
            break
        }
        'okx;help;trades' {
            break
        }
        'okx;help;fills' {
            break
        }
        'okx;help;bills' {
            break
        }
        'okx;help;funding' {
            break
        }
        'okx;help;balance' {
            break
        }
        'okx;help;account' {
            [CompletionResult]::new('set-position-mode', 'set-position-mode', [CompletionResultType]::ParameterValue, 'Switch the position mode of swaps and futures: net or long/short')
            break
        }
        'okx;help;account;set-position-mode' {
            break
        }
        'okx;help;leverage' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the leverage of an instrument and margin mode (sent once)')
            break
        }
        'okx;help;leverage;set' {
            break
        }
        'okx;help;max-size' {
            break
        }
        'okx;help;fees' {
            break
        }
        'okx;help;asset' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Funding-account balances: available, frozen, total, USD value')
            break
        }
        'okx;help;asset;balance' {
            break
        }
        'okx;help;transfer' {
            break
        }
        'okx;help;deposit' {
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Deposit addresses of a currency, one per chain')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Deposits, oldest first: the latest 100, or every one since a time')
            break
        }
        'okx;help;deposit;address' {
            break
        }
        'okx;help;deposit;history' {
            break
        }
        'okx;help;withdrawal' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Withdrawals, oldest first: the latest 100, or every one since a time')
            break
        }
        'okx;help;withdrawal;history' {
            break
        }
        'okx;help;positions' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Closed and partly closed positions of the last 3 months, oldest first, all pages')
            break
        }
        'okx;help;positions;history' {
            break
        }
        'okx;help;order' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place an order; checks it against the instrument''s rules first, never sends it twice')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a pending order''s price and/or size; checked like a new order, sent once')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX''s batches of 20. Every row is checked before anything is sent; one bad row refuses the file')
            [CompletionResult]::new('cancel-all', 'cancel-all', [CompletionResultType]::ParameterValue, 'Cancel every pending order (of an instrument or type), then check that none is left')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending orders (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One order''s details and state')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Completed orders of the last 7 days (all pages)')
            break
        }
        'okx;help;order;place' {
            break
        }
        'okx;help;order;cancel' {
            break
        }
        'okx;help;order;amend' {
            break
        }
        'okx;help;order;batch' {
            break
        }
        'okx;help;order;cancel-all' {
            break
        }
        'okx;help;order;list' {
            break
        }
        'okx;help;order;get' {
            break
        }
        'okx;help;order;history' {
            break
        }
        'okx;help;position' {
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a position at the market (OKX''s close-position), sent once')
            break
        }
        'okx;help;position;close' {
            break
        }
        'okx;help;algo' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first, never sent twice')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending algo orders (all types unless --kind; all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One algo order''s details, by --algo-id or --algo-cl-ord-id')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an algo order')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new values are checked as a placement''s; a net-mode stop keeps one leg')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Finished algo orders: triggered (effective), canceled or failed, all pages')
            break
        }
        'okx;help;algo;place' {
            break
        }
        'okx;help;algo;list' {
            break
        }
        'okx;help;algo;get' {
            break
        }
        'okx;help;algo;cancel' {
            break
        }
        'okx;help;algo;amend' {
            break
        }
        'okx;help;algo;history' {
            break
        }
        'okx;help;margin' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add margin to an isolated swap or futures position (sent once)')
            [CompletionResult]::new('reduce', 'reduce', [CompletionResultType]::ParameterValue, 'Take margin from an isolated swap or futures position (sent once)')
            break
        }
        'okx;help;margin;add' {
            break
        }
        'okx;help;margin;reduce' {
            break
        }
        'okx;help;deadman' {
            break
        }
        'okx;help;watch' {
            [CompletionResult]::new('ticker', 'ticker', [CompletionResultType]::ParameterValue, 'Tickers: last price, best bid/ask, 24 h figures')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Order book: 5 levels (snapshots), or the full 400-level book kept in sync')
            [CompletionResult]::new('trades', 'trades', [CompletionResultType]::ParameterValue, 'Public trades (taker side)')
            [CompletionResult]::new('mark-price', 'mark-price', [CompletionResultType]::ParameterValue, 'Mark prices of derivatives (and margin pairs), as they change')
            [CompletionResult]::new('candles', 'candles', [CompletionResultType]::ParameterValue, 'The forming candle of a bar, as it changes')
            [CompletionResult]::new('funding-rate', 'funding-rate', [CompletionResultType]::ParameterValue, 'Funding rates of perpetual swaps: predicted rate, settlement time, interval')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Your orders as they change (needs credentials)')
            [CompletionResult]::new('algo-orders', 'algo-orders', [CompletionResultType]::ParameterValue, 'Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended, canceled or triggered (needs credentials)')
            [CompletionResult]::new('positions', 'positions', [CompletionResultType]::ParameterValue, 'Your positions as they change, with mark price and PnL (needs credentials)')
            [CompletionResult]::new('balance-position', 'balance-position', [CompletionResultType]::ParameterValue, 'Balance and position changes together, as events (needs credentials)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Your account balances as they change (needs credentials)')
            break
        }
        'okx;help;watch;ticker' {
            break
        }
        'okx;help;watch;book' {
            break
        }
        'okx;help;watch;trades' {
            break
        }
        'okx;help;watch;mark-price' {
            break
        }
        'okx;help;watch;candles' {
            break
        }
        'okx;help;watch;funding-rate' {
            break
        }
        'okx;help;watch;orders' {
            break
        }
        'okx;help;watch;algo-orders' {
            break
        }
        'okx;help;watch;positions' {
            break
        }
        'okx;help;watch;balance-position' {
            break
        }
        'okx;help;watch;account' {
            break
        }
        'okx;help;api' {
            break
        }
        'okx;help;config' {
            break
        }
        'okx;help;errors' {
            break
        }
        'okx;help;completions' {
            break
        }
        'okx;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
