//! `okx-sim`: a loopback stand-in for the OKX v5 REST and WebSocket APIs, for `okx`'s integration
//! tests and for trying `okx` offline. It listens on 127.0.0.1 only, speaks HTTP/1.1 by hand (so faults can be
//! injected at the socket level), verifies signatures with its own code (never `okx`'s), and
//! serves deterministic market data generated lazily from a seed.
//!
//! ```no_run
//! let sim = okx_sim::Sim::start(okx_sim::SimConfig::default()).unwrap();
//! println!("{}", sim.base_url()); // http://127.0.0.1:PORT
//! sim.inject("/api/v5/market/ticker", okx_sim::Fault::Http500, 1);
//! // … run `okx` with OKX_BASE_URL=sim.base_url() …
//! assert!(sim.log().iter().any(|e| e.status == 500));
//! sim.stop();
//! ```
//!
//! Module map: `server` (connections and the request pipeline), `http` (HTTP/1.1 parsing and
//! writing), `routes` (the endpoint table: method, path, rate limit, auth, handler), `auth`
//! (signature checks), `ratelimit`, `faults`, `control` (`/__sim/*`), `state` (what threads
//! share, including the log), `endpoints` and `account` (handlers), `trade` (trade endpoint
//! handlers), `deadman` (cancel-all-after and its timer) and `orders` (validation, execution and the order store), `deriv_orders` (SWAP and
//! FUTURES orders), `positions` (account configuration, leverage and positions built from
//! fills), `leverage` and `position_api` (their handlers), `algos` (attached TP/SL), `funding`
//! (funding rates and their history), `market`, `series`,
//! `walk` and `bars` (market data), `instruments`, `amount`, `calendar`; `ws` (the
//! WebSocket listener, connections and the hub the rest of the sim talks to) and `ws_session`
//! (one connection's login, subscriptions and pushes).

// `json!` objects as long as OKX's order and balance objects (about 50 fields) need more macro
// recursion than the default 128.
#![recursion_limit = "256"]

mod account;
mod algo_api;
mod algo_orders;
mod algo_ws;
mod algos;
mod amend;
mod amount;
mod asset;
mod asset_history;
mod auth;
mod bars;
mod batch;
mod calendar;
mod control;
mod deadman;
mod deriv_orders;
mod endpoints;
mod faults;
mod fill_log;
mod funding;
mod http;
mod instruments;
mod leverage;
mod mark;
mod market;
mod max_withdrawal;
mod orders;
mod position_api;
mod positions;
mod public_trades;
mod ratelimit;
mod routes;
mod series;
mod server;
mod state;
mod statements;
mod trade;
mod transfer_bills;
mod walk;
mod ws;
mod ws_session;

use std::io;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use serde::Serialize;

use crate::amount::fmt_scaled;
use crate::orders::NewOrder;
use crate::state::{lock, Shared};

/// How a [`Sim`] starts. `Default` gives an ephemeral port, rate limits on, a history-candles cap
/// of 300, no clock offset, seed 42, no candle gaps, the live and demo test accounts, and
/// WebSocket pushes every 100 ms.
#[derive(Clone, Debug)]
pub struct SimConfig {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Enforce OKX's per-endpoint limits (fact sheet §4.2).
    pub rate_limits: bool,
    /// Largest page `/market/history-candles` serves: 300 in the current docs, 100 in older ones.
    /// Larger `limit`s are served this many rows.
    pub history_candles_cap: usize,
    /// The sim's clock is the real UTC clock plus this, to test client clock skew.
    pub clock_offset_ms: i64,
    /// Seed of the generated market data.
    pub seed: u64,
    /// Intervals with no `1m` candles.
    pub candle_gaps: Vec<CandleGap>,
    /// Intervals with no funding settlement in `/public/funding-rate-history`.
    pub funding_gaps: Vec<FundingGap>,
    /// Swaps that settle every given ms throughout (OKX uses 1 h and 2 h too), instead of 8 h (4 h
    /// after the change for ETH-USDT-SWAP); on epoch multiples of it.
    pub funding_intervals: Vec<(String, i64)>,
    /// How many days back `/public/funding-rate-history` goes: OKX says "the last 3 months", 89
    /// to 92 days; 92 by default.
    pub funding_history_days: i64,
    /// Largest page `/public/funding-rate-history` serves (1 to 400): 400 in the current docs,
    /// 100 in an older revision. Larger `limit`s are served this many rows.
    pub funding_history_cap: usize,
    /// Pending orders an account may hold per instrument before a new order of it gets sCode
    /// 51174: OKX's 500 (see `orders::MAX_PENDING`). A benchmark may raise it.
    pub max_pending_orders: usize,
    /// The API keys the sim accepts.
    pub accounts: Vec<Account>,
    /// How often the WebSocket market channels (`tickers`, `books`, `books5`, `trades`,
    /// `candle…`) push, in ms (at least 1).
    pub ws_push_interval_ms: u64,
    /// A WebSocket connection with no subscription, or with a subscription but nothing sent on
    /// it (data, answers or `pong`s), for this many ms is closed with code 4004. OKX's limit is
    /// 30 s (the default); tests use a shorter one.
    pub ws_idle_close_ms: u64,
}

impl Default for SimConfig {
    fn default() -> SimConfig {
        SimConfig {
            port: 0,
            rate_limits: true,
            history_candles_cap: 300,
            clock_offset_ms: 0,
            seed: 42,
            candle_gaps: Vec::new(),
            funding_gaps: Vec::new(),
            funding_intervals: Vec::new(),
            funding_history_days: 92,
            funding_history_cap: 400,
            max_pending_orders: orders::MAX_PENDING,
            accounts: vec![Account::live(), Account::demo()],
            ws_push_interval_ms: 100,
            ws_idle_close_ms: ws::IDLE_CLOSE_MS,
        }
    }
}

/// No `1m` candle of `inst_id` with `start_ms <= ts < end_ms` exists. Gaps apply to the `1m` bar
/// only; other bars, tickers and books are unaffected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CandleGap {
    pub inst_id: String,
    pub start_ms: i64,
    pub end_ms: i64,
}

/// No funding settlement of `inst_id` with `start_ms <= fundingTime < end_ms` is in
/// `/public/funding-rate-history`, as if OKX's history had lost it. The current funding rate and
/// the WebSocket channel are unaffected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundingGap {
    pub inst_id: String,
    pub start_ms: i64,
    pub end_ms: i64,
}

/// An API key the sim accepts. Live accounts start with 10000 USDT, 0.5 BTC and 3 ETH; demo
/// accounts with 5000 USDT, 1 BTC, 10 ETH and 100 OKB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub api_key: String,
    pub secret_key: String,
    pub passphrase: String,
    /// A demo-trading key: accepted only with `x-simulated-trading: 1`, and live keys only without.
    pub demo: bool,
    pub uid: String,
}

impl Account {
    /// The fixed live test key (also printed by the `okx-sim` binary and in the README).
    pub fn live() -> Account {
        Account {
            api_key: "4f1c8a2e-7b3d-4e59-a6c0-91d2e8f3b5a7".into(),
            secret_key: "8E3B6F0A1C9D47E2B5A0C3F8D6E1B94A".into(),
            passphrase: "Sim-Live-Passphrase-1".into(),
            demo: false,
            uid: "448821705913651201".into(),
        }
    }

    /// The fixed demo-trading test key.
    pub fn demo() -> Account {
        Account {
            api_key: "d07b3e91-5c2a-4f86-8e1d-3a6c9b2f7e40".into(),
            secret_key: "B84C2A7E91D05F36E4A1C8B7D2906F3A".into(),
            passphrase: "Sim-Demo-Passphrase-1".into(),
            demo: true,
            uid: "448821705913651202".into(),
        }
    }
}

/// A failure to inject into the next requests to a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 500 `{"code":"50026","msg":"System error","data":[]}`; not processed.
    Http500,
    /// HTTP 502 with nginx's HTML "502 Bad Gateway" page; not processed.
    Http502Html,
    /// HTTP 429 `{"msg":"Too Many Requests","code":"50011"}`; not processed.
    Http429,
    /// HTTP 429 `{"code":"50013","msg":"System is busy, please try again later","data":[]}`; not
    /// processed.
    Busy,
    /// Processed normally, then the response waits this long before it is written.
    Slow(Duration),
    /// The request is read, then the connection is reset (TCP RST) without processing it.
    ResetBeforeProcessing,
    /// Processed fully (state changes happen), then the connection is reset without a response.
    ResetAfterProcessing,
    /// For a batch request (a JSON array body): only the first `n` items are processed, then the
    /// connection is reset without a response, as when OKX processes part of a batch and the
    /// answer is lost. Any other request is processed fully, then reset.
    ResetAfterItems(usize),
    /// HTTP 200 with a body that is not valid JSON; not processed.
    MalformedJson,
    /// HTTP 200 whose Content-Length exceeds the bytes written, then the connection closes; not
    /// processed.
    TruncatedBody,
    /// HTTP 200 `{"code":"0","msg":"","data":[]}`; not processed.
    EmptyData,
    /// Processed normally; the envelope's `code` is sent as a JSON number (`"code":0`).
    CodeAsNumber,
    /// Processed normally; unknown fields are added to the envelope and to each object in `data`
    /// (candle rows are arrays and stay as they are).
    ExtraFields,
    /// HTTP `status` with `{"code":code,"msg":msg,"data":[]}`. With `process` the request is
    /// processed first (an order is placed, a cancel happens) and its real answer discarded:
    /// how OKX's 50004 "endpoint request timeout" and 51149 "order timed out" (HTTP 500) look
    /// when the order did go through. Without it the request is not processed.
    Answer {
        status: u16,
        code: String,
        msg: String,
        process: bool,
    },
    /// HTTP `status` with exactly `body`, for answers OKX's docs do not rule out but a client
    /// must not trust (a `data` of `[{}]`, `[null]` or an object, an item without `sCode`, a
    /// top-level `code` that contradicts the item) and for absurd values (a price of 29 digits,
    /// a timestamp in the year 5000). With `process` the request is processed first and `{{ordId}}`
    /// in `body` becomes the `ordId` of the real answer's first item; without it the request is
    /// not processed.
    Raw {
        status: u16,
        body: String,
        process: bool,
    },
    /// HTTP 200 with a chunked body that never ends: after `pause`, the headers and
    /// `{"code":"0","msg":"","data":[`, then `chunk` spaces every `pause` (still a valid JSON
    /// prefix) until the client closes the connection or the sim stops; not processed. `chunk: 65_536, pause: ZERO` floods the client;
    /// `chunk: 1, pause: 1 s` trickles a byte a second.
    Endless { chunk: usize, pause: Duration },
}

/// One request the sim received.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub method: String,
    /// The path without the query.
    pub path: String,
    /// The request-target exactly as received (path and query).
    pub target: String,
    pub body: String,
    /// In arrival order, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The HTTP status sent (or decided, for a slow response still waiting); 0 when the
    /// connection was reset without a response.
    pub status: u16,
    /// The OKX `code` of the response; `None` when the body is not an OKX envelope or nothing
    /// was sent.
    pub code: Option<String>,
    /// The injected fault's snake_case name (`"http500"`, `"slow"`, …).
    pub fault: Option<String>,
    /// The sim clock when the request arrived.
    pub at_ms: i64,
}

/// One text message a WebSocket client sent (including `ping`).
#[derive(Clone, Debug)]
pub struct WsLogEntry {
    /// The connection's number, counting from 1 in the order handshakes completed.
    pub conn: u64,
    /// `/ws/v5/public`, `/ws/v5/private` or `/ws/v5/business` (without the query).
    pub path: String,
    pub text: String,
    /// The sim clock when the message arrived.
    pub at_ms: i64,
}

/// A running stand-in. Dropping it stops it.
pub struct Sim {
    shared: Arc<Shared>,
    port: u16,
    ws_port: u16,
    accept: Option<JoinHandle<()>>,
    ws_accept: Option<JoinHandle<()>>,
}

impl Sim {
    /// Binds 127.0.0.1:`config.port` (HTTP) and a free port (WebSocket) and serves on
    /// background threads.
    pub fn start(config: SimConfig) -> io::Result<Sim> {
        let listener = TcpListener::bind(("127.0.0.1", config.port))?;
        let port = listener.local_addr()?.port();
        let ws_listener = TcpListener::bind(("127.0.0.1", 0))?;
        let ws_port = ws_listener.local_addr()?.port();
        let shared = Arc::new(Shared::new(config));
        let mut sim = Sim {
            shared: Arc::clone(&shared),
            port,
            ws_port,
            accept: None,
            ws_accept: None,
        };
        // Assigned one at a time, so that if the second spawn fails, dropping `sim` stops the
        // first thread.
        let for_thread = Arc::clone(&shared);
        deadman::spawn_timer(Arc::clone(&shared))?;
        sim.accept = Some(
            std::thread::Builder::new()
                .name(format!("okx-sim-{port}"))
                .spawn(move || server::accept_loop(listener, for_thread))?,
        );
        sim.ws_accept = Some(
            std::thread::Builder::new()
                .name(format!("okx-sim-ws-{ws_port}"))
                .spawn(move || ws::accept_loop(ws_listener, shared))?,
        );
        Ok(sim)
    }

    /// `http://127.0.0.1:PORT`
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `ws://127.0.0.1:PORT`, the WebSocket base: clients append `/ws/v5/public`,
    /// `/ws/v5/private` or `/ws/v5/business`.
    pub fn ws_url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.ws_port)
    }

    /// Drops every WebSocket connection abruptly: TCP shutdown, no close frame.
    pub fn ws_drop_all(&self) {
        self.shared.ws.drop_all();
    }

    /// Sends a close frame with `code` (as given, unchecked) on every WebSocket connection, then
    /// closes them. Returns once the frames are sent (or after 2 s).
    pub fn ws_close_all(&self, code: u16) {
        self.shared.ws.close_all(code);
    }

    /// Sends OKX's 64008 notice (`{"event":"notice","code":"64008","msg":"The connection will
    /// soon be closed for a service upgrade. Please reconnect.","connId":…}`) on every WebSocket
    /// connection. Returns once it is sent (or after 2 s).
    pub fn ws_notice(&self) {
        self.shared.ws.notice_all();
    }

    /// Whether the text frame `ping` is answered with `pong` (on by default). Off, pings go
    /// unanswered, to test a client's keep-alive.
    pub fn ws_set_pongs(&self, on: bool) {
        self.shared.ws.set_pongs(on);
    }

    /// Sets how long a WebSocket connection may go without a subscription, or without anything
    /// sent on it, before it is closed with 4004 (`SimConfig::ws_idle_close_ms`; at least 1 ms).
    pub fn ws_set_idle_close_ms(&self, ms: u64) {
        self.shared.ws.set_idle_close_ms(ms);
    }

    /// The next `books` update sent for `inst_id` skips a sequence number: the update before it
    /// is never sent, so its `prevSeqId` is not the `seqId` the client last received.
    pub fn ws_book_gap(&self, inst_id: &str) {
        self.shared.ws.book_gap(inst_id);
    }

    /// Every `books` subscription of `inst_id` next sends the update OKX sends after about a
    /// minute without changes: no levels, `prevSeqId` equal to `seqId` (the last one sent).
    /// The changes meanwhile come in the update after it.
    pub fn ws_book_quiet(&self, inst_id: &str) {
        self.shared.ws.book_quiet(inst_id);
    }

    /// Restarts the book `seqId`s of `inst_id`, as OKX may after maintenance: the current
    /// snapshot becomes `seqId` 1 and later ones count on from it (REST `/market/books` too), so
    /// each `books` subscription's next update has a `seqId` below its `prevSeqId`, and the
    /// updates after it follow on as usual.
    ///
    /// # Panics
    ///
    /// If the instrument is unknown.
    pub fn ws_book_reset(&self, inst_id: &str) {
        let idx = self
            .shared
            .market
            .find(inst_id)
            .unwrap_or_else(|| panic!("okx-sim: no instrument {inst_id:?}"));
        self.shared.market.reset_book_seq(idx, self.shared.now_ms());
    }

    /// Every text message WebSocket clients sent, in arrival order.
    pub fn ws_log(&self) -> Vec<WsLogEntry> {
        self.shared.ws.log_entries()
    }

    /// How many WebSocket connections are open.
    pub fn ws_connections(&self) -> usize {
        self.shared.ws.connections()
    }

    /// Applies `fault` to the next `times` requests to `path` (no query; `"*"` = any path; a
    /// method and a space before it, `POST /api/v5/trade/order`, for that method only).
    /// Control endpoints (`/__sim/…`) are never faulted.
    pub fn inject(&self, path: &str, fault: Fault, times: usize) {
        self.shared.faults().inject(path, fault, times);
    }

    pub fn clear_faults(&self) {
        self.shared.faults().clear();
    }

    /// Every request received, in arrival order, including faulted and rejected ones.
    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.log_entries()
    }

    pub fn clear_log(&self) {
        self.shared.clear_log();
    }

    /// Makes every transfer slow: taken out of the source at once, listed `pending` by
    /// `transfer-state`, into the destination `ms` later on the sim clock (move it with
    /// `set_clock_offset_ms`). `busy`: answered with OKX's 58124 "being processed, transfer id: N"
    /// instead of code 0. `0` makes transfers immediate again. See `asset.rs`.
    pub fn set_transfer_delay_ms(&self, ms: u64, busy: bool) {
        asset::set_delay(&self.shared, ms, busy);
    }

    pub fn set_clock_offset_ms(&self, ms: i64) {
        self.shared.clock_offset_ms.store(ms, Ordering::SeqCst);
    }

    /// Answers `cancel-all-after` with `triggerTime` and `ts` in seconds, as OKX's docs example
    /// shows them (derivatives sheet §10.8), instead of milliseconds (the default, as every other
    /// OKX timestamp).
    pub fn set_cancel_all_after_seconds(&self, on: bool) {
        self.shared
            .cancel_all_after_seconds
            .store(on, Ordering::SeqCst);
    }

    pub fn set_rate_limits(&self, on: bool) {
        self.shared.rate_limits.store(on, Ordering::SeqCst);
    }

    /// Sets the largest page `/market/history-candles` serves (at least 1).
    pub fn set_history_candles_cap(&self, n: usize) {
        self.shared.history_cap.store(n.max(1), Ordering::SeqCst);
    }

    /// Sets the largest page `/public/funding-rate-history` serves (1 to 400): 400 in the current
    /// docs, 100 in an older revision.
    pub fn set_funding_history_cap(&self, n: usize) {
        self.shared
            .funding
            .history_cap
            .store(n.clamp(1, 400), Ordering::SeqCst);
    }

    /// When the funding interval of ETH-USDT-SWAP changed from 8 h to 4 h: a settlement time
    /// (a multiple of 8 h) 30 days, rounded down to 8 h, before the sim started.
    pub fn funding_interval_change_ms(&self) -> i64 {
        self.shared.funding.change_ms
    }

    /// The sim's clock: real UTC milliseconds plus the offset.
    pub fn now_ms(&self) -> i64 {
        self.shared.now_ms()
    }

    /// Every order the sim holds, of all accounts, oldest first: OKX order objects (the fields
    /// of `GET /api/v5/trade/order`) plus the owner's `"uid"`.
    pub fn orders(&self) -> Vec<serde_json::Value> {
        self.shared.orders_json()
    }

    /// `(availBal, frozenBal)` of `ccy` for the account of `api_key`, as decimal text; `("0",
    /// "0")` for a currency the account does not hold, `None` for an unknown key.
    pub fn balance(&self, api_key: &str, ccy: &str) -> Option<(String, String)> {
        asset::settle_due(&self.shared);
        let account = self.shared.account_by_key(api_key)?;
        let balances = lock(&account.balances);
        Some(
            balances
                .iter()
                .find(|b| b.ccy == ccy)
                .map_or(("0".into(), "0".into()), |b| {
                    (b.available().to_string(), b.frozen.to_string())
                }),
        )
    }

    /// `(availBal, frozenBal)` of `ccy` in the FUNDING account of `api_key` (`/asset/balances`),
    /// as decimal text; `("0", "0")` for a currency it does not hold, `None` for an unknown key.
    pub fn funding_balance(&self, api_key: &str, ccy: &str) -> Option<(String, String)> {
        asset::settle_due(&self.shared);
        let account = self.shared.account_by_key(api_key)?;
        Some(account.funding.balance(ccy))
    }

    /// The transfers the account of `api_key` made, oldest first: the objects of
    /// `GET /api/v5/asset/transfer-state`, plus `"ts"` (sim clock ms). Empty for an unknown key.
    pub fn transfers(&self, api_key: &str) -> Vec<serde_json::Value> {
        asset::settle_due(&self.shared);
        let Some(account) = self.shared.account_by_key(api_key) else {
            return Vec::new();
        };
        lock(&account.funding.transfers)
            .iter()
            .map(|t| {
                let mut v = t.to_json();
                v["ts"] = t.ts.to_string().into();
                v
            })
            .collect()
    }

    /// The deposits of the account of `api_key` with `from_ms <= ts <= to_ms` that
    /// `/asset/deposit-history` serves now, oldest first (`depId` breaks ties).
    ///
    /// # Panics
    ///
    /// If the key is unknown.
    pub fn deposits(&self, api_key: &str, from_ms: i64, to_ms: i64) -> Vec<serde_json::Value> {
        self.asset_history(api_key, asset_history::Kind::Deposits, from_ms, to_ms)
    }

    /// The withdrawals of the account of `api_key` with `from_ms <= ts <= to_ms` that
    /// `/asset/withdrawal-history` serves now, oldest first (`wdId` breaks ties).
    ///
    /// # Panics
    ///
    /// If the key is unknown.
    pub fn withdrawals(&self, api_key: &str, from_ms: i64, to_ms: i64) -> Vec<serde_json::Value> {
        self.asset_history(api_key, asset_history::Kind::Withdrawals, from_ms, to_ms)
    }

    fn asset_history(
        &self,
        api_key: &str,
        kind: asset_history::Kind,
        from_ms: i64,
        to_ms: i64,
    ) -> Vec<serde_json::Value> {
        let account = self.shared.known_account(api_key);
        asset_history::expected(
            &account.account.uid,
            kind,
            from_ms,
            to_ms,
            self.shared.now_ms(),
        )
    }

    /// Places `n` live limit buy orders of `inst_id`'s minimum size at half the last price
    /// (far from filling; their cost is frozen) for the account of `api_key`, and returns their
    /// `ordId`s, oldest first. For pagination tests.
    ///
    /// # Panics
    ///
    /// If the key or the instrument is unknown, the instrument is not live, or the account
    /// cannot afford the orders (none are placed past the first that fails).
    pub fn add_resting_orders(&self, api_key: &str, inst_id: &str, n: usize) -> Vec<String> {
        let shared = &self.shared;
        let account = self.shared.known_account(api_key);
        let market = &shared.market;
        let idx = market
            .find(inst_id)
            .unwrap_or_else(|| panic!("okx-sim: no instrument {inst_id:?}"));
        let inst = &market.series(idx).inst;
        let now = shared.now_ms();
        let px_ticks = (market.last_price(idx, now) / 2).max(1);
        let px = fmt_scaled(i128::from(px_ticks), inst.tick_dec, inst.tick_dec);
        let order = NewOrder {
            inst_id,
            td_mode: "cash",
            side: "buy",
            ord_type: "limit",
            sz: inst.min_sz,
            px: Some(&px),
            ..NewOrder::default()
        };
        let placed: Result<Vec<u64>, _> = {
            let mut orders = shared.orders();
            (0..n)
                .map(|_| orders.place(market, account, &order, now))
                .collect()
        };
        let ids = placed.unwrap_or_else(|r| {
            panic!(
                "okx-sim: cannot add a resting {inst_id} order: {} {}",
                r.code, r.msg
            )
        });
        shared.publish_order_events();
        ids.iter().map(u64::to_string).collect()
    }

    /// Places `n` algo orders of `body` (an `order-algo` request body, without `algoClOrdId`)
    /// for the account of `api_key` at the sim clock, as `POST /trade/order-algo` would but with
    /// no rate limit, and cancels them at once when `cancel` (they go to the history). Returns
    /// their `algoId`s, oldest first. For pagination tests.
    ///
    /// # Panics
    ///
    /// If the key is unknown, `body` is not an object, or the stand-in refuses the order.
    pub fn add_algo_orders(
        &self,
        api_key: &str,
        body: &serde_json::Value,
        n: usize,
        cancel: bool,
    ) -> Vec<String> {
        let shared = &self.shared;
        let account = self.shared.known_account(api_key);
        let body = body
            .as_object()
            .expect("okx-sim: an algo order body is an object");
        let now = shared.now_ms();
        let ids: Vec<String> = {
            let mut orders = shared.orders();
            (0..n)
                .map(|_| {
                    let (id, _) = orders
                        .place_algo(&shared.market, account, body, now)
                        .unwrap_or_else(|r| {
                            panic!("okx-sim: algo order refused: {} {}", r.code, r.msg)
                        });
                    if cancel {
                        let uid = &account.account.uid;
                        let _ = orders.cancel_algo(uid, None, Some(&id.to_string()), None, now);
                    }
                    id.to_string()
                })
                .collect()
        };
        shared.publish_order_events();
        ids
    }

    /// The market trades `inst_id` at `px` (a price on its tick size), as if its price moved
    /// there: the resting limit and post-only orders of every account that price reaches (buys
    /// at or above it, sells at or below) fill as makers at their own prices, best price first,
    /// then oldest first, until `sz` (base currency, contracts for SWAP/FUTURES; `None`: no
    /// limit) is used up; the last one reached may fill in part and stay `partially_filled`.
    /// Balances move (a spot maker pays 0.08% of what it receives, a derivatives maker 0.02% of
    /// the fill's value, and positions change) and each fill is pushed on the owner's `orders`,
    /// `account`, `positions` and `balance_and_position` subscriptions, as OKX does. The generated market data (candles, tickers, books, trades)
    /// does not move. Returns how many fills were made.
    ///
    /// # Panics
    ///
    /// If the instrument is unknown, or `px` or `sz` is not a positive decimal on the
    /// instrument's tick or lot size.
    pub fn trade_at(&self, inst_id: &str, px: &str, sz: Option<&str>) -> usize {
        self.shared
            .trade_at(inst_id, px, sz)
            .unwrap_or_else(|why| panic!("okx-sim: trade_at: {why}"))
    }

    /// The public trades of `inst_id` with `from_ms <= ts <= to_ms` that
    /// `/market/history-trades` serves now (the last three months), oldest first, as OKX writes
    /// them: what a client paging through the range must get, to compare against.
    ///
    /// # Panics
    ///
    /// If the instrument is unknown.
    pub fn public_trades(&self, inst_id: &str, from_ms: i64, to_ms: i64) -> Vec<serde_json::Value> {
        let market = &self.shared.market;
        let idx = market
            .find(inst_id)
            .unwrap_or_else(|| panic!("okx-sim: no instrument {inst_id:?}"));
        let (lo, hi) = market.trade_id_window(idx, self.shared.now_ms());
        let slot = market::TRADE_SLOT_MS;
        let lo = lo.max(from_ms.saturating_add(slot - 1).div_euclid(slot));
        let hi = hi.min(to_ms.div_euclid(slot));
        let mut ids = market.trade_ids(idx, lo, hi, usize::MAX);
        ids.reverse();
        ids.into_iter()
            .map(|id| market.rest_trade(idx, id))
            .collect()
    }

    /// The fills of the account of `api_key` with `from_ms <= ts <= to_ms` that
    /// `/trade/fills-history` serves now (the last three months), oldest first, only `inst_type`'s
    /// when given: what a client paging through the range must get.
    ///
    /// # Panics
    ///
    /// If the key is unknown.
    pub fn fills(
        &self,
        api_key: &str,
        inst_type: Option<&str>,
        from_ms: i64,
        to_ms: i64,
    ) -> Vec<serde_json::Value> {
        self.statement(
            api_key,
            statements::Kind::FillsHistory,
            inst_type,
            from_ms,
            to_ms,
        )
    }

    /// The bills of the account of `api_key` with `from_ms <= ts <= to_ms` that
    /// `/account/bills-archive` serves now (the last three months), oldest first.
    ///
    /// # Panics
    ///
    /// If the key is unknown.
    pub fn bills(&self, api_key: &str, from_ms: i64, to_ms: i64) -> Vec<serde_json::Value> {
        self.statement(
            api_key,
            statements::Kind::BillsArchive,
            None,
            from_ms,
            to_ms,
        )
    }

    fn statement(
        &self,
        api_key: &str,
        kind: statements::Kind,
        inst_type: Option<&str>,
        from_ms: i64,
        to_ms: i64,
    ) -> Vec<serde_json::Value> {
        let account = self.shared.known_account(api_key);
        // Due transfers first: a slow one that has arrived has its bill.
        asset::settle_due(&self.shared);
        statements::expected(
            account,
            kind,
            inst_type,
            (from_ms, to_ms),
            self.shared.now_ms(),
            &self.shared.orders().fill_log,
        )
    }

    /// Switches the account of `api_key` to Spot mode (`"1"`: SWAP/FUTURES orders get 51010)
    /// or back to Futures mode (`"2"`, the default), as OKX's web page does. Refused (`Err` with
    /// the reason) for an unknown key, another level, or while the account has open positions or
    /// pending orders.
    pub fn set_account_level(&self, api_key: &str, acct_lv: &str) -> Result<(), String> {
        self.shared.set_account_level(api_key, acct_lv)
    }

    /// The open SWAP/FUTURES positions of every account, oldest `posId` first: the objects of
    /// `GET /api/v5/account/positions` at the current mark price, plus the owner's `"uid"`.
    pub fn positions(&self) -> Vec<serde_json::Value> {
        position_api::all_positions(&self.shared)
    }

    /// The algo orders attached TP/SL became when their parent orders filled, oldest first:
    /// the objects `GET /api/v5/trade/orders-algo-pending` lists, plus the owner's `"uid"`.
    pub fn algo_orders(&self) -> Vec<serde_json::Value> {
        let orders = self.shared.orders();
        orders
            .book
            .algos
            .iter()
            .map(|a| {
                let mut v = a.to_json(&self.shared.market);
                v["uid"] = a.uid.clone().into();
                v
            })
            .collect()
    }

    /// Stops accepting and closes the listeners; open HTTP connections close within ~100 ms,
    /// WebSocket connections at once (no close frame).
    pub fn stop(self) {
        drop(self);
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        self.shared.ws.drop_all();
        // accept() blocks; a throwaway connection wakes it so it sees the flag.
        for (port, accept) in [
            (self.port, self.accept.take()),
            (self.ws_port, self.ws_accept.take()),
        ] {
            if let Some(accept) = accept {
                let _ = TcpStream::connect_timeout(
                    &([127, 0, 0, 1], port).into(),
                    Duration::from_millis(500),
                );
                let _ = accept.join();
            }
        }
    }
}
