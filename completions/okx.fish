# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_okx_global_optspecs
    string join \n o/output= json env-file= api-key= base-url= demo live h/help V/version
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
csv\t''"
complete -c okx -n "__fish_okx_needs_command" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_needs_command" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_needs_command" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_needs_command" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_needs_command" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_needs_command" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_needs_command" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_needs_command" -f -a "sign" -d 'Show the headers okx would send for a request, explain the prehash, check another signature'
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
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand sign" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand sign" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand sign" -l debug -d 'Explain the prehash and check it for common mistakes'
complete -c okx -n "__fish_okx_using_subcommand sign" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand sign" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand sign" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okx -n "__fish_okx_using_subcommand sign" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand config" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand config" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand config" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand config" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand config" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand config" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand config" -s h -l help -d 'Print help'
complete -c okx -n "__fish_okx_using_subcommand config" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand errors" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand errors" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand errors" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand errors" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand errors" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand errors" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand errors" -s h -l help -d 'Print help'
complete -c okx -n "__fish_okx_using_subcommand errors" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c okx -n "__fish_okx_using_subcommand completions" -l env-file -d 'Read settings from this file instead of ./.env' -r -F
complete -c okx -n "__fish_okx_using_subcommand completions" -l api-key -d 'API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the environment or the env file, so they never show in the process list' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l base-url -d 'REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]' -r
complete -c okx -n "__fish_okx_using_subcommand completions" -l json -d 'Shorthand for --output json'
complete -c okx -n "__fish_okx_using_subcommand completions" -l demo -d 'Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)'
complete -c okx -n "__fish_okx_using_subcommand completions" -l live -d 'Live trading even if OKX_DEMO is set'
complete -c okx -n "__fish_okx_using_subcommand completions" -s h -l help -d 'Print help'
complete -c okx -n "__fish_okx_using_subcommand completions" -s V -l version -d 'Print version'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign config errors completions help" -f -a "sign" -d 'Show the headers okx would send for a request, explain the prehash, check another signature'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign config errors completions help" -f -a "config" -d 'Show the effective settings and where each one came from (secrets never shown)'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign config errors completions help" -f -a "errors" -d 'Explain OKX error codes: their real meaning and likely cause'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign config errors completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c okx -n "__fish_okx_using_subcommand help; and not __fish_seen_subcommand_from sign config errors completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
