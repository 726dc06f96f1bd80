//! Everything the connection threads share: settings that tests flip at run time (atomics), the
//! market, the accounts with their balances, the rate limiter, pending faults and the request
//! log. Locks are held only for short, non-blocking sections; a panicking handler cannot poison
//! the sim for the rest of a test run because poisoned locks are taken over.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::account::AccountState;
use crate::faults::FaultQueue;
use crate::market::Market;
use crate::orders::Orders;
use crate::ratelimit::Limiter;
use crate::ws::WsHub;
use crate::ws_session::OrderEvent;
use crate::{LogEntry, SimConfig};

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) struct Shared {
    pub(crate) market: Market,
    pub(crate) accounts: Vec<AccountState>,
    pub(crate) clock_offset_ms: AtomicI64,
    pub(crate) rate_limits: AtomicBool,
    pub(crate) history_cap: AtomicUsize,
    pub(crate) stopping: AtomicBool,
    /// WebSocket connections, their log and switches.
    pub(crate) ws: WsHub,
    limiter: Mutex<Limiter>,
    faults: Mutex<FaultQueue>,
    /// Every order; taken before any account's balances when both are needed.
    orders: Mutex<Orders>,
    /// Entries with an id, so a response can fill in its entry after others arrived.
    log: Mutex<Vec<(u64, LogEntry)>>,
    next_log_id: AtomicU64,
    started: Instant,
}

impl Shared {
    pub(crate) fn new(config: SimConfig) -> Shared {
        let now = real_now_ms() + config.clock_offset_ms;
        Shared {
            market: Market::new(config.seed, config.candle_gaps),
            accounts: config
                .accounts
                .into_iter()
                .map(|a| AccountState::new(a, now))
                .collect(),
            clock_offset_ms: AtomicI64::new(config.clock_offset_ms),
            rate_limits: AtomicBool::new(config.rate_limits),
            history_cap: AtomicUsize::new(config.history_candles_cap.max(1)),
            stopping: AtomicBool::new(false),
            ws: WsHub::new(config.ws_push_interval_ms, config.ws_idle_close_ms),
            limiter: Mutex::new(Limiter::default()),
            faults: Mutex::new(FaultQueue::default()),
            orders: Mutex::new(Orders::default()),
            log: Mutex::new(Vec::new()),
            next_log_id: AtomicU64::new(0),
            started: Instant::now(),
        }
    }

    /// The sim clock in Unix ms.
    pub(crate) fn now_ms(&self) -> i64 {
        real_now_ms() + self.clock_offset_ms.load(Ordering::SeqCst)
    }

    /// The sim clock in Unix microseconds (trade responses' `inTime` and `outTime`).
    pub(crate) fn now_us(&self) -> i64 {
        real_now_us() + self.clock_offset_ms.load(Ordering::SeqCst) * 1000
    }

    /// Milliseconds since start on a monotonic clock: rate-limit windows must not move when a
    /// test shifts the sim clock.
    pub(crate) fn mono_ms(&self) -> i64 {
        self.started.elapsed().as_millis() as i64
    }

    pub(crate) fn limiter(&self) -> MutexGuard<'_, Limiter> {
        lock(&self.limiter)
    }

    pub(crate) fn faults(&self) -> MutexGuard<'_, FaultQueue> {
        lock(&self.faults)
    }

    pub(crate) fn orders(&self) -> MutexGuard<'_, Orders> {
        lock(&self.orders)
    }

    /// Records a request on arrival; returns the id to complete it with.
    pub(crate) fn log_arrival(&self, entry: LogEntry) -> u64 {
        let id = self.next_log_id.fetch_add(1, Ordering::SeqCst);
        lock(&self.log).push((id, entry));
        id
    }

    /// Fills in the response of a logged request (unless the log was cleared meanwhile).
    pub(crate) fn log_response(&self, id: u64, status: u16, code: Option<String>) {
        let mut log = lock(&self.log);
        if let Some((_, e)) = log.iter_mut().rev().find(|(i, _)| *i == id) {
            e.status = status;
            e.code = code;
        }
    }

    pub(crate) fn log_entries(&self) -> Vec<LogEntry> {
        lock(&self.log).iter().map(|(_, e)| e.clone()).collect()
    }

    pub(crate) fn clear_log(&self) {
        lock(&self.log).clear();
    }

    /// Every order, oldest first, as OKX order objects plus the owner's `uid`.
    pub(crate) fn orders_json(&self) -> Vec<Value> {
        let orders = self.orders();
        orders
            .all()
            .iter()
            .map(|o| {
                let mut item = o.to_json(&self.market);
                item["uid"] = o.uid.clone().into();
                item
            })
            .collect()
    }

    /// Tells the WebSocket connections that order `ord_id` was placed, filled or canceled: its
    /// owner's `orders` subscriptions get the order object, and its `account` subscriptions the
    /// balances if they moved.
    pub(crate) fn order_changed(&self, ord_id: u64) {
        let (event, moved) = {
            let orders = self.orders();
            let Some(o) = orders.by_id(ord_id) else {
                return;
            };
            let event = OrderEvent {
                uid: o.uid.clone(),
                inst_id: self.market.series(o.inst).inst.inst_id.to_string(),
                order: o.to_json(&self.market),
            };
            (event, o.moved_funds())
        };
        let uid = event.uid.clone();
        self.ws.order_changed(event);
        if moved {
            self.ws.balance_changed(&uid);
        }
    }

    pub(crate) fn account_by_key(&self, api_key: &str) -> Option<&AccountState> {
        self.accounts.iter().find(|a| a.account.api_key == api_key)
    }
}

fn real_now_ms() -> i64 {
    real_now_us().div_euclid(1000)
}

fn real_now_us() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
}
