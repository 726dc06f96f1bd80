//! Everything the connection threads share: settings that tests flip at run time (atomics), the
//! market, the accounts with their balances, the rate limiter, pending faults and the request
//! log. Locks are held only for short, non-blocking sections; a panicking handler cannot poison
//! the sim for the rest of a test run because poisoned locks are taken over.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::account::AccountState;
use crate::amount::Amount;
use crate::deadman::Timers;
use crate::faults::FaultQueue;
use crate::funding::Funding;
use crate::market::Market;
use crate::orders::Orders;
use crate::ratelimit::Limiter;
use crate::ws::WsHub;
use crate::{LogEntry, SimConfig};

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) struct Shared {
    pub(crate) market: Market,
    pub(crate) funding: Funding,
    pub(crate) accounts: Vec<AccountState>,
    pub(crate) clock_offset_ms: AtomicI64,
    pub(crate) rate_limits: AtomicBool,
    pub(crate) history_cap: AtomicUsize,
    pub(crate) stopping: AtomicBool,
    /// WebSocket connections, their log and switches.
    pub(crate) ws: WsHub,
    /// cancel-all-after timers (`deadman.rs`).
    pub(crate) deadman: Mutex<Timers>,
    /// cancel-all-after answers in seconds, as the docs' example, instead of ms.
    pub(crate) cancel_all_after_seconds: AtomicBool,
    limiter: Mutex<Limiter>,
    faults: Mutex<FaultQueue>,
    /// Every order; taken before any account's balances when both are needed.
    orders: Mutex<Orders>,
    /// Held while order changes are pushed, so they go out in order.
    publishing: Mutex<()>,
    /// Entries with an id, so a response can fill in its entry after others arrived.
    log: Mutex<Vec<(u64, LogEntry)>>,
    next_log_id: AtomicU64,
    started: Instant,
}

impl Shared {
    pub(crate) fn new(config: SimConfig) -> Shared {
        let now = real_now_ms() + config.clock_offset_ms;
        Shared {
            market: Market::at(config.seed, config.candle_gaps, now),
            funding: Funding::new(config.seed, now, config.funding_gaps).with(
                config.funding_intervals,
                config.funding_history_days,
                config.funding_history_cap,
            ),
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
            deadman: Mutex::new(Timers::default()),
            cancel_all_after_seconds: AtomicBool::new(false),
            limiter: Mutex::new(Limiter::default()),
            faults: Mutex::new(FaultQueue::default()),
            orders: Mutex::new(Orders {
                max_pending: config.max_pending_orders,
                ..Orders::default()
            }),
            publishing: Mutex::new(()),
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

    /// Pushes the order changes made so far to the WebSocket connections, oldest first: each
    /// owner's `orders` subscriptions get the order as it stood after the change, and its
    /// `account` subscriptions the balances after a change that moved them. One caller at a
    /// time, so pushes go out in the order the changes were made.
    pub(crate) fn publish_order_events(&self) {
        let _turn = lock(&self.publishing);
        let (events, position_events, algo_events) = {
            let mut orders = self.orders();
            (
                orders.take_events(),
                orders.book.take_events(),
                orders.book.take_algo_events(),
            )
        };
        for event in events {
            let (uid, moved) = (event.uid.clone(), event.moved_funds);
            self.ws.order_changed(event);
            if moved {
                self.ws.balance_changed(&uid);
            }
        }
        // Position changes (fills, margin and leverage changes) for the `positions` and
        // `balance_and_position` channels; a margin or leverage change also moves balances.
        for event in position_events {
            let uid = event.uid.clone();
            let fill = event.event_type == "filled";
            self.ws.position_changed(event);
            if !fill {
                self.ws.balance_changed(&uid);
            }
        }
        // Algo order changes for the `orders-algo` channel (on `/business`).
        for event in algo_events {
            self.ws.algo_changed(event.push(&self.market));
        }
    }

    /// See `Sim::trade_at`; the error says what is wrong with the arguments.
    pub(crate) fn trade_at(
        &self,
        inst_id: &str,
        px: &str,
        sz: Option<&str>,
    ) -> Result<usize, String> {
        let market = &self.market;
        let idx = market
            .find(inst_id)
            .ok_or_else(|| format!("no instrument {inst_id:?}"))?;
        let inst = &market.series(idx).inst;
        let ticks = Amount::parse_positive(px)
            .and_then(|p| p.units(inst.tick_dec))
            .and_then(|t| i64::try_from(t).ok())
            .ok_or_else(|| {
                format!(
                    "px {px:?} is not a positive price on the tick size {}",
                    inst.tick_sz()
                )
            })?;
        let sz = match sz {
            None => None,
            Some(text) => Some(
                Amount::parse_positive(text)
                    .filter(|a| a.units(inst.lot_dec).is_some())
                    .ok_or_else(|| {
                        format!(
                            "sz {text:?} is not a positive size on the lot size {}",
                            inst.lot_sz()
                        )
                    })?,
            ),
        };
        let fills = {
            let mut orders = self.orders();
            let fills = orders.trade_at(market, &self.accounts, idx, ticks, sz, self.now_ms());
            // Then the algo orders the price reaches fire, and their children trade.
            orders.fire_algos(market, &self.accounts, idx, ticks, self.now_ms());
            fills
        };
        self.publish_order_events();
        Ok(fills)
    }

    pub(crate) fn account_by_key(&self, api_key: &str) -> Option<&AccountState> {
        self.accounts.iter().find(|a| a.account.api_key == api_key)
    }

    /// The account of a key a test gave, which must exist.
    ///
    /// # Panics
    ///
    /// If no account has `api_key`.
    pub(crate) fn known_account(&self, api_key: &str) -> &AccountState {
        self.account_by_key(api_key)
            .unwrap_or_else(|| panic!("okx-sim: no account has the API key {api_key:?}"))
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
