# Sourced by bench/run and bench/positions: recording the commands measured, starting a
# stand-in, preparing the npm CLI's HOME.

# q ARGS...: the arguments as one shell-quoted line, quoting only what needs it.
q() {
  local out=() a
  for a in "$@"; do
    if [[ $a =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then out+=("$a"); else out+=("'${a//\'/\'\\\'\'}'"); fi
  done
  printf '%s' "${out[*]}"
}

# record LINE: appends LINE to $CMDS, the commands as run that the report prints.
record() { printf '%s\n' "$*" >>"$CMDS"; }

# hf LABEL ARGS...: hyperfine ARGS, recorded.
hf() {
  local label=$1
  shift
  record "# $label"
  record "hyperfine $(q "$@")"
  hyperfine "$@"
}

# start_sim NAME [FLAGS...]: starts $SIM (okx-sim) on a free loopback port with FLAGS, its
# banner in $SIM_OUT/sim-NAME.out; sets URL_<NAME>, adds its pid to SIM_PIDS (the caller stops
# them on exit) and exports the live test key from the banner (OKX_API_KEY, OKX_SECRET_KEY,
# OKX_PASSPHRASE).
start_sim() {
  local name=$1
  shift
  "$SIM" --port 0 "$@" >"$SIM_OUT/sim-$name.out" 2>&1 &
  SIM_PIDS+=($!)
  for _ in $(seq 100); do
    grep -q '^OKX_PASSPHRASE=' "$SIM_OUT/sim-$name.out" 2>/dev/null && break
    sleep 0.1
  done
  local url
  url=$(sed -n 's/^OKX_BASE_URL=//p' "$SIM_OUT/sim-$name.out" | head -1)
  [ -n "$url" ] || { cat "$SIM_OUT/sim-$name.out" >&2; echo "okx-sim did not start" >&2; exit 1; }
  printf -v "URL_$name" '%s' "$url"
  export OKX_API_KEY OKX_SECRET_KEY OKX_PASSPHRASE
  OKX_API_KEY=$(sed -n 's/^OKX_API_KEY=//p' "$SIM_OUT/sim-$name.out" | head -1)
  OKX_SECRET_KEY=$(sed -n 's/^OKX_SECRET_KEY=//p' "$SIM_OUT/sim-$name.out" | head -1)
  OKX_PASSPHRASE=$(sed -n 's/^OKX_PASSPHRASE=//p' "$SIM_OUT/sim-$name.out" | head -1)
}

# fresh_npm_home HOME VERSION: the npm CLI checks the npm registry for a newer version in the
# background unless its cache in ~/.okx/update-check.json is less than a day old. It runs with
# HOME=bench/.peers/home, where that cache is written fresh, so it sends nothing but its API
# request (to the stand-in).
fresh_npm_home() {
  mkdir -p "$1/.okx"
  printf '{"@okx_ai/okx-trade-cli":{"latestVersion":"%s","checkedAt":%s}}\n' \
    "$2" "$(date +%s%3N)" >"$1/.okx/update-check.json"
}
