//! One WebSocket connection's protocol (fact sheet §5): the text `ping`, `login`, `subscribe` and
//! `unsubscribe` with OKX's acknowledgements and error codes, and the pushes of each
//! subscription. It turns received text into the texts to send back, so [`crate::ws`] only moves
//! frames.
//!
//! Channels: `tickers`, `books5`, `books`, `trades`, `mark-price`, `funding-rate` on `/public`;
//! `candle<bar>` on `/business`, and `orders-algo` there after a login;
//! `orders` and `account` on `/private` after a login. Market pushes come from the same model as
//! the REST endpoints at the sim clock; `orders` and `account` pushes come from REST changes
//! (see [`crate::state::Shared::publish_order_events`]).

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use crate::account::{balance_data, AccountState};
use crate::algo_ws::AlgoPush;
use crate::auth;
use crate::bars::Bar;
use crate::market::{Book, Level, TRADE_SLOT_MS};
use crate::positions::{bal_data, PositionEvent, Terms};
use crate::state::lock;
use crate::state::Shared;

/// The three WebSocket URLs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Endpoint {
    Public,
    Private,
    Business,
}

impl Endpoint {
    /// The endpoint served at `path` (without the query).
    pub(crate) fn from_path(path: &str) -> Option<Endpoint> {
        match path {
            "/ws/v5/public" => Some(Endpoint::Public),
            "/ws/v5/private" => Some(Endpoint::Private),
            "/ws/v5/business" => Some(Endpoint::Business),
            _ => None,
        }
    }
}

/// Levels a side of the `books` channel carries.
const BOOK_DEPTH: usize = 400;
/// Levels a side of the `books5` channel carries.
const BOOK5_DEPTH: usize = 5;

/// The `instType`s the `orders` channel accepts; only `SPOT` and `ANY` ever match an order here.
const ORDER_INST_TYPES: [&str; 6] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "ANY"];

const MIGRATED: &str = "This channel has been migrated to the '/business' URL. Please subscribe using the new URL. More details can refer to: https://www.okx.com/help-center/changes-to-v5-api-websocket-subscription-parameter-and-url";
const NOT_ON_BUSINESS: &str =
    "This channel is not supported by \"business\" URL. Please use \"public\" URL";

/// 60018's message, naming the channel and the field that does not exist.
fn wrong_channel(channel: &str, field: &str, value: &str) -> String {
    format!(
        "Wrong URL or channel:{channel},{field}:{value} doesn't exist. Please use the correct URL, channel and parameters referring to API document."
    )
}

/// What a channel name is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `tickers`, `books`, `books5`, `trades`, `mark-price`, `funding-rate`: `/public` only.
    Market,
    /// `candle<bar>`: `/business` only.
    Candle(Bar),
    /// `orders`, `account`: `/private` only, after a login.
    Private,
    /// `orders-algo`: `/business` only, after a login (fact sheet §8.3).
    Algo,
}

fn kind(channel: &str) -> Option<Kind> {
    match channel {
        "tickers" | "books" | "books5" | "trades" | "mark-price" | "funding-rate" => {
            Some(Kind::Market)
        }
        "orders" | "account" | "positions" | "balance_and_position" => Some(Kind::Private),
        "orders-algo" => Some(Kind::Algo),
        _ => channel
            .strip_prefix("candle")
            .and_then(Bar::parse)
            .map(Kind::Candle),
    }
}

/// A subscription argument: the string fields the sim knows, as the client sent them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Arg {
    channel: String,
    inst_type: Option<String>,
    inst_family: Option<String>,
    inst_id: Option<String>,
    ccy: Option<String>,
    /// `positions`: a JSON text such as `{"updateInterval":"0"}`.
    extra_params: Option<String>,
}

impl Arg {
    /// An object with a string `channel`; the other known fields, when present, must be strings.
    fn parse(v: &Value) -> Option<Arg> {
        let obj = v.as_object()?;
        let field = |name: &str| -> Result<Option<String>, ()> {
            match obj.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(t)) => Ok(Some(t.clone())),
                Some(_) => Err(()),
            }
        };
        Some(Arg {
            channel: field("channel").ok()??,
            inst_type: field("instType").ok()?,
            inst_family: field("instFamily").ok()?,
            inst_id: field("instId").ok()?,
            ccy: field("ccy").ok()?,
            extra_params: field("extraParams").ok()?,
        })
    }

    /// The argument as acknowledgements and pushes echo it, plus `uid` on private pushes.
    fn to_json(&self, uid: Option<&str>) -> Value {
        let mut fields = Map::new();
        fields.insert("channel".into(), self.channel.clone().into());
        for (name, value) in [
            ("instType", &self.inst_type),
            ("instFamily", &self.inst_family),
            ("instId", &self.inst_id),
            ("ccy", &self.ccy),
            ("extraParams", &self.extra_params),
        ] {
            if let Some(v) = value {
                fields.insert(name.into(), v.clone().into());
            }
        }
        if let Some(uid) = uid {
            fields.insert("uid".into(), uid.into());
        }
        Value::Object(fields)
    }
}

/// What a subscription pushes, with its per-subscription state.
enum Feed {
    Tickers(usize),
    /// `funding-rate`: a perpetual swap's current funding (fact sheet §8.6).
    Funding(usize),
    MarkPrice(usize),
    Books5(usize),
    Books {
        idx: usize,
        /// The book the client has been sent (snapshot plus deltas); `None` before the snapshot.
        sent: Option<Book>,
        /// A `Sim::ws_book_gap` is pending: the next update is not sent.
        gap: bool,
        /// The number of `Sim::ws_book_quiet` calls for the instrument already acted on.
        quiet: u64,
    },
    Trades {
        idx: usize,
        /// The last trade number sent.
        last: i64,
    },
    Candle {
        idx: usize,
        bar: Bar,
    },
    Orders,
    Account,
    /// `positions`: event pushes, plus a snapshot every `every_ms` (`None`: events only).
    Positions {
        every_ms: Option<i64>,
        next_at: i64,
    },
    BalancePosition,
    /// `orders-algo`: pushes on algo order changes only, no snapshot.
    OrdersAlgo,
}

struct Sub {
    arg: Arg,
    feed: Feed,
}

/// An order as it stood after one change (placed, filled, partly filled, canceled), for the
/// `orders` channel.
#[derive(Debug)]
pub(crate) struct OrderEvent {
    pub(crate) uid: String,
    pub(crate) inst_id: String,
    /// The object the channel pushes: `GET /trade/order`'s plus the channel's own fields.
    pub(crate) order: Value,
    /// Whether the change moved balances (an `account` push follows it).
    pub(crate) moved_funds: bool,
}

pub(crate) struct Session<'a> {
    shared: &'a Shared,
    endpoint: Endpoint,
    conn_id: String,
    /// The account of the last successful login.
    account: Option<&'a AccountState>,
    subs: Vec<Sub>,
}

impl<'a> Session<'a> {
    pub(crate) fn new(shared: &'a Shared, endpoint: Endpoint, conn_id: String) -> Session<'a> {
        Session {
            shared,
            endpoint,
            conn_id,
            account: None,
            subs: Vec::new(),
        }
    }

    pub(crate) fn has_subscriptions(&self) -> bool {
        !self.subs.is_empty()
    }

    /// The answers to one text message from the client: `pong` to `ping` (when `pongs`), else
    /// acknowledgements, errors and initial pushes, in order.
    pub(crate) fn handle(&mut self, text: &str, pongs: bool) -> Vec<String> {
        if text == "ping" {
            return if pongs { vec!["pong".into()] } else { vec![] };
        }
        let Ok(Value::Object(req)) = serde_json::from_str::<Value>(text) else {
            return vec![self.invalid(None, text)];
        };
        let id = req.get("id").and_then(Value::as_str);
        let Some(op) = req.get("op").and_then(Value::as_str) else {
            return vec![self.invalid(id, text)];
        };
        if !matches!(op, "subscribe" | "unsubscribe" | "login") {
            return vec![self.error(id, "60019", &format!("Invalid op: {op}"))];
        }
        let Some(args) = req
            .get("args")
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty())
        else {
            return vec![self.invalid(id, text)];
        };
        if op == "login" {
            return vec![self.login(id, &args[0])];
        }
        let mut out = Vec::new();
        for arg in args {
            match Arg::parse(arg) {
                Some(arg) => out.extend(self.subscription(id, op == "subscribe", arg)),
                None => out.push(self.invalid(id, text)),
            }
        }
        out
    }

    /// 60012 for a request that is not JSON, or lacks `op` or `args`, or has a malformed argument.
    fn invalid(&self, id: Option<&str>, text: &str) -> String {
        self.error(id, "60012", &format!("Invalid request: {text}"))
    }

    /// `{"id"?,"event":"error","code":…,"msg":…,"connId":…}`
    fn error(&self, id: Option<&str>, code: &str, msg: &str) -> String {
        self.event(id, "error", json!({"code": code, "msg": msg}))
    }

    /// `{"id"?,"event":…,…fields,"connId":…}`; `fields` is an object.
    fn event(&self, id: Option<&str>, event: &str, fields: Value) -> String {
        let mut all = Map::new();
        if let Some(id) = id {
            all.insert("id".into(), id.into());
        }
        all.insert("event".into(), event.into());
        if let Value::Object(fields) = fields {
            all.extend(fields);
        }
        all.insert("connId".into(), self.conn_id.clone().into());
        Value::Object(all).to_string()
    }

    fn login(&mut self, id: Option<&str>, arg: &Value) -> String {
        if self.endpoint == Endpoint::Public {
            return self.error(id, "60019", "Invalid op: login");
        }
        let field = |name: &str| arg.get(name).and_then(Value::as_str).unwrap_or("");
        // OKX also takes the timestamp as a JSON number, as its Python SDK sends it
        // (`"timestamp": 1704876947`, signed as the text `1704876947`).
        let timestamp = match arg.get("timestamp") {
            Some(Value::Number(n)) => n.to_string(),
            _ => field("timestamp").to_string(),
        };
        match auth::ws_login(
            self.shared,
            field("apiKey"),
            field("passphrase"),
            &timestamp,
            field("sign"),
        ) {
            Ok(account) => {
                self.account = Some(account);
                self.event(id, "login", json!({"code": "0", "msg": ""}))
            }
            Err(e) => self.error(id, e.code, e.msg),
        }
    }

    /// Subscribes (`on`) or unsubscribes one argument: the acknowledgement (plus the `account`
    /// channel's first push), or the error.
    fn subscription(&mut self, id: Option<&str>, on: bool, arg: Arg) -> Vec<String> {
        let feed = match self.feed(&arg) {
            Ok(feed) => feed,
            Err((code, msg)) => return vec![self.error(id, code, &msg)],
        };
        self.subs.retain(|sub| sub.arg != arg);
        let event = if on { "subscribe" } else { "unsubscribe" };
        let mut out = vec![self.event(id, event, json!({"arg": arg.to_json(None)}))];
        if on {
            if matches!(feed, Feed::Account) {
                out.extend(self.account_push(&arg));
            }
            if matches!(feed, Feed::Positions { .. }) {
                out.extend(self.positions_snapshot(&arg));
            }
            if matches!(feed, Feed::BalancePosition) {
                out.extend(self.balance_position_snapshot(&arg));
            }
            self.subs.push(Sub { arg, feed });
        }
        out
    }

    /// The feed of an argument, or the error code and message. Checks run in this order: the
    /// channel exists, it is served on this URL, a login for private channels, the instrument or
    /// `instType`.
    fn feed(&self, arg: &Arg) -> Result<Feed, (&'static str, String)> {
        let channel = arg.channel.as_str();
        let inst_id = arg.inst_id.as_deref().unwrap_or("");
        let wrong = || ("60018", wrong_channel(channel, "instId", inst_id));
        let kind = kind(channel).ok_or_else(wrong)?;
        match (kind, self.endpoint) {
            (Kind::Market, Endpoint::Public)
            | (Kind::Candle(_), Endpoint::Business)
            | (Kind::Algo, Endpoint::Business)
            | (Kind::Private, Endpoint::Private) => {}
            (Kind::Candle(_), Endpoint::Public) => return Err(("64001", MIGRATED.into())),
            (Kind::Market | Kind::Private, Endpoint::Business) => {
                return Err(("64002", NOT_ON_BUSINESS.into()))
            }
            _ => return Err(wrong()),
        }
        if matches!(kind, Kind::Private | Kind::Algo) && self.account.is_none() {
            return Err(("60011", "Please log in".into()));
        }
        let market = &self.shared.market;
        let instrument = || market.find(inst_id).ok_or_else(wrong);
        // A private channel's scope: an `instType` it takes, and an `instId` that exists.
        let scoped = |types: &[&str]| {
            let inst_type = arg.inst_type.as_deref().unwrap_or("");
            if !types.contains(&inst_type) {
                return Err(("60018", wrong_channel(channel, "instType", inst_type)));
            }
            if arg.inst_id.is_some() {
                instrument()?;
            }
            Ok(())
        };
        Ok(match (kind, channel) {
            (Kind::Candle(bar), _) => Feed::Candle {
                idx: instrument()?,
                bar,
            },
            (_, "tickers") => Feed::Tickers(instrument()?),
            (_, "mark-price") => Feed::MarkPrice(
                market
                    .find(inst_id)
                    .filter(|&i| market.has_mark_price(i))
                    .ok_or_else(wrong)?,
            ),
            (_, "books5") => Feed::Books5(instrument()?),
            (_, "funding-rate") => {
                let idx = instrument()?;
                if !crate::funding::is_perpetual(market, idx) {
                    return Err(wrong());
                }
                Feed::Funding(idx)
            }
            (_, "books") => Feed::Books {
                idx: instrument()?,
                sent: None,
                gap: false,
                quiet: self.shared.ws.book_quiets(inst_id),
            },
            (_, "trades") => Feed::Trades {
                idx: instrument()?,
                last: i64::MIN,
            },
            (_, "orders") => {
                scoped(&ORDER_INST_TYPES)?;
                Feed::Orders
            }
            (_, "positions") => {
                scoped(&POSITION_INST_TYPES)?;
                let every_ms = update_interval(arg.extra_params.as_deref());
                Feed::Positions {
                    every_ms,
                    next_at: self.shared.now_ms() + every_ms.unwrap_or(0),
                }
            }
            (_, "balance_and_position") => Feed::BalancePosition,
            (_, "orders-algo") => {
                scoped(&ALGO_INST_TYPES)?;
                Feed::OrdersAlgo
            }
            _ => Feed::Account,
        })
    }

    /// The pushes due now from the market channels (`orders` and `account` push on changes only).
    pub(crate) fn tick(&mut self, now_ms: i64) -> Vec<String> {
        let shared = self.shared;
        let market = &shared.market;
        let mut out = Vec::new();
        let mut due = Vec::new();
        for sub in &mut self.subs {
            let arg = &sub.arg;
            let data = match &mut sub.feed {
                Feed::Tickers(idx) => market.ticker(*idx, now_ms),
                // OKX pushes every 30-90 s; here at the market channels' push interval.
                Feed::Funding(idx) => shared
                    .funding
                    .current(market.series(*idx).inst.inst_id, now_ms),
                Feed::MarkPrice(idx) => market.mark_price(*idx, now_ms),
                Feed::Books5(idx) => {
                    let book = market.book_levels(*idx, now_ms, BOOK5_DEPTH);
                    json!({
                        "asks": market.levels_json(*idx, &book.asks),
                        "bids": market.levels_json(*idx, &book.bids),
                        "instId": market.series(*idx).inst.inst_id,
                        "ts": book.ts().to_string(),
                        "seqId": book.seq_id,
                    })
                }
                Feed::Books {
                    idx,
                    sent,
                    gap,
                    quiet,
                } => {
                    let book = market.book_levels(*idx, now_ms, BOOK_DEPTH);
                    let Some(prev) = sent.take() else {
                        out.push(book_message(
                            arg,
                            "snapshot",
                            book_snapshot(market, *idx, &book),
                        ));
                        *sent = Some(book);
                        continue;
                    };
                    let quiets = shared.ws.book_quiets(market.series(*idx).inst.inst_id);
                    if quiets > *quiet {
                        // OKX's keep-alive after a quiet period: nothing changed, same seqId.
                        *quiet = quiets;
                        out.push(book_message(arg, "update", quiet_update(&prev, now_ms)));
                        *sent = Some(prev);
                        continue;
                    }
                    if book.snapshot == prev.snapshot {
                        // The book has not changed since the last push (it changes every 50 ms).
                        *sent = Some(prev);
                        continue;
                    }
                    *gap = *gap || shared.ws.take_book_gap(market.series(*idx).inst.inst_id);
                    if *gap {
                        // The client never sees this update, so the next one's prevSeqId is not
                        // the last seqId it received.
                        *gap = false;
                        *sent = Some(book);
                        continue;
                    }
                    out.push(book_message(
                        arg,
                        "update",
                        book_update(market, *idx, &prev, &book),
                    ));
                    *sent = Some(book);
                    continue;
                }
                Feed::Trades { idx, last } => {
                    let n = now_ms.div_euclid(TRADE_SLOT_MS);
                    if n <= *last {
                        continue;
                    }
                    *last = n;
                    market.trade(*idx, n)
                }
                Feed::Candle { idx, bar } => match market.forming_candle_row(*idx, *bar, now_ms) {
                    Some(row) => row,
                    None => continue,
                },
                Feed::Positions { every_ms, next_at } => {
                    if let Some(every) = every_ms {
                        if now_ms >= *next_at {
                            *next_at = now_ms + *every;
                            due.push(arg.clone());
                        }
                    }
                    continue;
                }
                Feed::Orders | Feed::Account | Feed::BalancePosition | Feed::OrdersAlgo => continue,
            };
            out.push(push(arg.to_json(None), data));
        }
        for arg in due {
            out.extend(self.positions_snapshot(&arg));
        }
        out
    }

    /// `orders` pushes for an order changed through REST: one per matching subscription, if the
    /// order belongs to the logged-in account.
    pub(crate) fn order_event(&self, event: &OrderEvent) -> Vec<String> {
        let Some(account) = self.account.filter(|a| a.account.uid == event.uid) else {
            return Vec::new();
        };
        self.subs
            .iter()
            .filter(|sub| matches!(sub.feed, Feed::Orders))
            .filter(|sub| {
                let t = sub.arg.inst_type.as_deref();
                t == Some("ANY") || t == event.order["instType"].as_str()
            })
            .filter(|sub| {
                sub.arg
                    .inst_id
                    .as_ref()
                    .is_none_or(|id| *id == event.inst_id)
            })
            .map(|sub| {
                push(
                    sub.arg.to_json(Some(&account.account.uid)),
                    event.order.clone(),
                )
            })
            .collect()
    }

    /// `orders-algo` pushes for an algo order change: one per matching subscription (`instType`,
    /// then `instId`, which wins over `instFamily`), if the order belongs to the logged-in account.
    pub(crate) fn algo_event(&self, algo: &AlgoPush) -> Vec<String> {
        let Some(account) = self.account.filter(|a| a.account.uid == algo.uid) else {
            return Vec::new();
        };
        self.subs
            .iter()
            .filter(|sub| matches!(sub.feed, Feed::OrdersAlgo))
            .filter(|sub| self.wants_position(&sub.arg, &algo.data))
            .map(|sub| {
                push(
                    sub.arg.to_json(Some(&account.account.uid)),
                    algo.data.clone(),
                )
            })
            .collect()
    }

    /// `account` pushes after a balance change of account `uid`.
    pub(crate) fn balance_event(&self, uid: &str) -> Vec<String> {
        if self.account.is_none_or(|a| a.account.uid != uid) {
            return Vec::new();
        }
        self.subs
            .iter()
            .filter(|sub| matches!(sub.feed, Feed::Account))
            .filter_map(|sub| self.account_push(&sub.arg))
            .collect()
    }

    /// Pushes for a position change of the logged-in account: `event_update` on matching
    /// `positions` subscriptions, the change on `balance_and_position` ones.
    pub(crate) fn position_event(&self, event: &PositionEvent) -> Vec<String> {
        let Some(account) = self.account.filter(|a| a.account.uid == event.uid) else {
            return Vec::new();
        };
        let uid = account.account.uid.as_str();
        let mut out = Vec::new();
        for sub in &self.subs {
            match sub.feed {
                Feed::Positions { .. } => {
                    let data: Vec<Value> = event
                        .positions
                        .iter()
                        .filter(|p| self.wants_position(&sub.arg, p))
                        .map(|p| with_p_time(p, event.p_time))
                        .collect();
                    if !data.is_empty() {
                        out.push(
                            json!({"arg": sub.arg.to_json(Some(uid)), "eventType": "event_update", "data": data})
                                .to_string(),
                        );
                    }
                }
                Feed::BalancePosition => out.push(
                    json!({"arg": sub.arg.to_json(Some(uid)), "data": [{
                        "pTime": event.p_time.to_string(),
                        "eventType": event.event_type,
                        "balData": event.bal_data,
                        "posData": event.pos_data,
                        "trades": event.trades,
                    }]})
                    .to_string(),
                ),
                _ => {}
            }
        }
        out
    }

    /// Whether a `positions` (or `orders-algo`) argument covers a position (or algo order)
    /// object (`instId` wins over `instFamily`).
    fn wants_position(&self, arg: &Arg, p: &Value) -> bool {
        let inst_id = p["instId"].as_str().unwrap_or("");
        let ty = arg.inst_type.as_deref();
        (ty == Some("ANY") || ty == p["instType"].as_str())
            && match (&arg.inst_id, &arg.inst_family) {
                (Some(id), _) => id == inst_id,
                (None, Some(f)) => self
                    .shared
                    .market
                    .find(inst_id)
                    .is_some_and(|i| self.shared.market.series(i).inst.family() == Some(f)),
                (None, None) => true,
            }
    }

    /// The `positions` snapshot: the account's open positions the argument covers.
    fn positions_snapshot(&self, arg: &Arg) -> Option<String> {
        let account = self.account?;
        let now = self.shared.now_ms();
        let data: Vec<Value> = open_positions(self.shared, account, now)
            .iter()
            .filter(|p| self.wants_position(arg, p))
            .map(|p| with_p_time(p, now))
            .collect();
        Some(
            json!({
                "arg": arg.to_json(Some(&account.account.uid)),
                "eventType": "snapshot",
                "curPage": 1,
                "lastPage": true,
                "data": data,
            })
            .to_string(),
        )
    }

    /// The `balance_and_position` snapshot: non-zero balances and open positions.
    fn balance_position_snapshot(&self, arg: &Arg) -> Option<String> {
        let account = self.account?;
        let shared = self.shared;
        let now = shared.now_ms();
        let pos_data: Vec<Value> = {
            let orders = shared.orders();
            orders
                .book
                .get(&account.account.uid)
                .map_or_else(Vec::new, |d| {
                    d.open().map(|p| p.pos_data(&shared.market)).collect()
                })
        };
        let bal_data: Vec<Value> = lock(&account.balances)
            .iter()
            .filter(|b| !b.cash.is_zero())
            .map(bal_data)
            .collect();
        Some(
            json!({"arg": arg.to_json(Some(&account.account.uid)), "data": [{
                "pTime": now.to_string(),
                "eventType": "snapshot",
                "balData": bal_data,
                "posData": pos_data,
                "trades": [],
            }]})
            .to_string(),
        )
    }

    /// The logged-in account's `/account/balance` object, only `ccy` if the argument names one.
    fn account_push(&self, arg: &Arg) -> Option<String> {
        let account = self.account?;
        let wanted = arg.ccy.as_deref().map(|c| [c]);
        let data = balance_data(
            self.shared,
            account,
            wanted.as_ref().map(|w| &w[..]),
            self.shared.now_ms(),
        );
        Some(push(arg.to_json(Some(&account.account.uid)), data))
    }
}

/// The `instType`s the `orders-algo` channel accepts (fact sheet §8.3).
const ALGO_INST_TYPES: [&str; 5] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "ANY"];

/// The `instType`s the `positions` channel accepts.
const POSITION_INST_TYPES: [&str; 6] = ["MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS", "ANY"];

/// `positions`' regular push period from `extraParams` (fact sheet §8.1): `updateInterval` "0"
/// pushes events only, "2000"/"3000"/"4000" add a snapshot that often, anything else (or
/// nothing) every 5 s.
fn update_interval(extra: Option<&str>) -> Option<i64> {
    let interval = extra
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .and_then(|v| match v.get("updateInterval") {
            Some(Value::String(t)) => Some(t.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        });
    match interval.as_deref() {
        Some("0") => None,
        Some(t @ ("2000" | "3000" | "4000")) => t.parse().ok(),
        _ => Some(5_000),
    }
}

/// A position object with the push time `pTime` added.
fn with_p_time(p: &Value, p_time: i64) -> Value {
    let mut p = p.clone();
    p["pTime"] = p_time.to_string().into();
    p
}

/// The account's open positions as REST objects, newest first.
fn open_positions(shared: &Shared, account: &AccountState, now_ms: i64) -> Vec<Value> {
    let orders = shared.orders();
    let Some(derivs) = orders.book.get(&account.account.uid) else {
        return Vec::new();
    };
    let balances = lock(&account.balances);
    let market = &shared.market;
    let mut open: Vec<_> = derivs.open().collect();
    open.sort_by_key(|p| std::cmp::Reverse((p.c_time, p.pos_id)));
    open.into_iter()
        .map(|p| {
            let avail = Terms::of(&market.series(p.inst).inst)
                .map_or(crate::amount::Amount::ZERO, |t| {
                    crate::account::available(&balances, t.settle)
                });
            p.to_json(market, avail, now_ms)
        })
        .collect()
}

/// `{"arg":…,"data":[…]}`
fn push(arg: Value, data: Value) -> String {
    json!({"arg": arg, "data": [data]}).to_string()
}

/// `{"arg":…,"action":…,"data":[…]}`
fn book_message(arg: &Arg, action: &str, data: Value) -> String {
    json!({"arg": arg.to_json(None), "action": action, "data": [data]}).to_string()
}

fn book_snapshot(market: &crate::market::Market, idx: usize, book: &Book) -> Value {
    json!({
        "asks": market.levels_json(idx, &book.asks),
        "bids": market.levels_json(idx, &book.bids),
        "ts": book.ts().to_string(),
        "checksum": 0,
        "prevSeqId": -1,
        "seqId": book.seq_id,
    })
}

/// The update OKX sends when the book has not changed for a while: no levels, and `prevSeqId`
/// equal to `seqId`, the last one sent.
fn quiet_update(prev: &Book, now_ms: i64) -> Value {
    json!({
        "asks": [],
        "bids": [],
        "ts": now_ms.to_string(),
        "checksum": 0,
        "prevSeqId": prev.seq_id,
        "seqId": prev.seq_id,
    })
}

fn book_update(market: &crate::market::Market, idx: usize, prev: &Book, book: &Book) -> Value {
    json!({
        "asks": delta(market, idx, &prev.asks, &book.asks, true),
        "bids": delta(market, idx, &prev.bids, &book.bids, false),
        "ts": book.ts().to_string(),
        "checksum": 0,
        "prevSeqId": prev.seq_id,
        "seqId": book.seq_id,
    })
}

/// The levels of one side that turn `old` into `new`: new or changed levels as they are now,
/// vanished ones (including those pushed out of the 400 levels) with size `"0"`; best price
/// first.
fn delta(
    market: &crate::market::Market,
    idx: usize,
    old: &[Level],
    new: &[Level],
    asks: bool,
) -> Value {
    let before: HashMap<i64, &Level> = old.iter().map(|l| (l.px, l)).collect();
    let after: HashMap<i64, &Level> = new.iter().map(|l| (l.px, l)).collect();
    let mut changes: Vec<(i64, Option<&Level>)> = old
        .iter()
        .filter(|l| !after.contains_key(&l.px))
        .map(|l| (l.px, None))
        .chain(
            new.iter()
                .filter(|l| before.get(&l.px).copied() != Some(*l))
                .map(|l| (l.px, Some(l))),
        )
        .collect();
    changes.sort_by_key(|(px, _)| if asks { *px } else { -*px });
    changes
        .into_iter()
        .map(|(px, level)| match level {
            Some(l) => market.level_json(idx, l),
            None => market.removed_level_json(idx, px),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::market::Market;

    /// Applies a JSON side (`[[px, sz, "0", n]…]`) to a map from price text to the level.
    fn apply(side: &mut HashMap<String, Value>, levels: &Value) -> (usize, usize) {
        let (mut removed, mut added) = (0, 0);
        let Value::Array(levels) = levels else {
            panic!("levels are an array")
        };
        for level in levels {
            let Value::Array(fields) = level else {
                panic!("a level is an array")
            };
            let Value::String(px) = &fields[0] else {
                panic!("px is a string")
            };
            if fields[1] == "0" {
                assert!(side.remove(px).is_some(), "removed a missing level {px}");
                removed += 1;
            } else if side.insert(px.clone(), level.clone()).is_none() {
                added += 1;
            }
        }
        (removed, added)
    }

    fn as_map(levels: &Value) -> HashMap<String, Value> {
        let mut side = HashMap::new();
        apply(&mut side, levels);
        side
    }

    #[test]
    fn book_deltas_rebuild_the_book() {
        let market = Market::new(42, Vec::new());
        let start = 1_763_700_000_000;
        for idx in [0, market.find("DOGE-USDT").unwrap()] {
            let mut prev = market.book_levels(idx, start, BOOK_DEPTH);
            let mut asks = as_map(&market.levels_json(idx, &prev.asks));
            let mut bids = as_map(&market.levels_json(idx, &prev.bids));
            let (mut removed, mut added) = (0, 0);
            let mut sizes = Vec::new();
            // 100 ms apart for 30 s: the best prices move every second.
            for k in 1..=300 {
                let now = start + k * 100;
                let book = market.book_levels(idx, now, BOOK_DEPTH);
                let update = book_update(&market, idx, &prev, &book);
                let (r1, a1) = apply(&mut asks, update.get("asks").unwrap());
                let (r2, a2) = apply(&mut bids, update.get("bids").unwrap());
                removed += r1 + r2;
                added += a1 + a2;
                assert_eq!(update["prevSeqId"], prev.seq_id);
                // The result is exactly the book REST serves at that moment.
                let rest = market.book(idx, now, BOOK_DEPTH);
                assert_eq!(asks, as_map(rest.get("asks").unwrap()), "{idx} {k}");
                assert_eq!(bids, as_map(rest.get("bids").unwrap()), "{idx} {k}");
                assert_eq!(update.get("seqId"), rest.get("seqId"));
                let Value::Array(changed) = &update["asks"] else {
                    unreachable!()
                };
                sizes.push(changed.len());
                prev = book;
            }
            assert!(removed > 100 && added > 100, "{removed} {added}");
            // Deltas are small: most levels carry over (the best prices move once a second,
            // which shifts the whole window).
            sizes.sort_unstable();
            assert!(sizes[sizes.len() / 2] < BOOK_DEPTH / 10, "{sizes:?}");
        }
    }

    #[test]
    fn book_levels_keep_the_rest_rules() {
        let market = Market::new(7, Vec::new());
        let now = 1_763_700_000_123;
        let book = market.book_levels(0, now, BOOK_DEPTH);
        let last = market.last_price(0, now);
        assert_eq!(book.bids[0].px, last);
        assert_eq!(book.asks[0].px, last + 1);
        assert_eq!((book.asks.len(), book.bids.len()), (BOOK_DEPTH, BOOK_DEPTH));
        assert!(book
            .asks
            .windows(2)
            .all(|w| (1..=3).contains(&(w[1].px - w[0].px))));
        assert!(book
            .bids
            .windows(2)
            .all(|w| (1..=3).contains(&(w[0].px - w[1].px))));
        // BTC-USDT: minSz 0.00001 = 1000 lots.
        assert!(book
            .asks
            .iter()
            .chain(&book.bids)
            .all(|l| l.sz >= 1000 && l.orders >= 1));
        assert_eq!(book.ts(), now - now.rem_euclid(50));
    }

    #[test]
    fn position_push_periods() {
        assert_eq!(update_interval(Some(r#"{"updateInterval":"0"}"#)), None);
        assert_eq!(
            update_interval(Some(r#"{"updateInterval": "3000"}"#)),
            Some(3000)
        );
        assert_eq!(
            update_interval(Some(r#"{"updateInterval":2000}"#)),
            Some(2000)
        );
        for other in [
            None,
            Some("{}"),
            Some("nope"),
            Some(r#"{"updateInterval":"1000"}"#),
        ] {
            assert_eq!(update_interval(other), Some(5000), "{other:?}");
        }
    }

    #[test]
    fn arguments_echo_in_okx_order() {
        let v: Value = serde_json::from_str(
            r#"{"instId":"BTC-USDT","extra":1,"ccy":"BTC","channel":"x","instType":"SPOT"}"#,
        )
        .unwrap();
        let arg = Arg::parse(&v).unwrap();
        assert_eq!(
            arg.to_json(Some("9")).to_string(),
            r#"{"channel":"x","instType":"SPOT","instId":"BTC-USDT","ccy":"BTC","uid":"9"}"#
        );
        for bad in [
            r#"{"instId":"BTC-USDT"}"#,
            r#"{"channel":3}"#,
            r#"{"channel":"x","instId":1}"#,
            "[]",
        ] {
            assert!(
                Arg::parse(&serde_json::from_str(bad).unwrap()).is_none(),
                "{bad}"
            );
        }
        assert!(kind("candle1m") == Some(Kind::Candle(Bar::MINUTE)));
        assert!(kind("candle3Mutc").is_some() && kind("candle5D").is_none());
        assert!(kind("candle").is_none() && kind("bbo-tbt").is_none());
    }
}
