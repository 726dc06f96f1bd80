
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Show the headers okx would send for a request, explain the prehash, check another signature')
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
        'okx;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ./.env')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Live trading even if OKX_DEMO is set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okx;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Show the headers okx would send for a request, explain the prehash, check another signature')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each one came from (secrets never shown)')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Explain OKX error codes: their real meaning and likely cause')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okx;help;sign' {
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
