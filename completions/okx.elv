
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
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Show the headers okx would send for a request, explain the prehash, check another signature'
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
            cand --debug 'Explain the prehash and check it for common mistakes'
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
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;errors'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;completions'= {
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --env-file 'Read settings from this file instead of ./.env'
            cand --api-key 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list'
            cand --base-url 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]'
            cand --json 'Shorthand for --output json'
            cand --demo 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
            cand --live 'Live trading even if OKX_DEMO is set'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okx;help'= {
            cand sign 'Show the headers okx would send for a request, explain the prehash, check another signature'
            cand config 'Show the effective settings and where each one came from (secrets never shown)'
            cand errors 'Explain OKX error codes: their real meaning and likely cause'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okx;help;sign'= {
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
