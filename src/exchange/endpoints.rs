//! The endpoint table: one row per OKX endpoint okx calls, with its rate limit and what the
//! limit is counted by (fact sheet §4.2), whether it needs a signature, and whether it changes
//! orders or money. Requests are built from a row ([`Endpoint::request`]), so the signature
//! follows the table; pacing reads the limit from it; `okx api` asks it whether a path is
//! private. A test fails when `src/` names an OKX path outside this file.

use crate::client::{ApiRequest, Method};

/// What OKX counts a rate limit by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RateKey {
    /// The caller's IP address.
    Ip,
    /// IP and the `instType` parameter.
    IpInstType,
    /// IP and the `instId` parameter.
    IpInstrument,
    /// The account (user ID).
    User,
    /// The account and the `instId` of the request; for an option, its instrument family (OKX:
    /// "UID+Inst (options: UID+instFamily)"; see `client::pacing`).
    UserInstrument,
    /// The account and the `ccy` of the request (`asset/transfer`).
    UserCurrency,
}

/// What one request counts as against its endpoint's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counts {
    /// Each request counts once.
    Requests,
    /// Each item of the request's JSON array body counts once, per instrument where the limit is
    /// keyed by instrument: OKX's batch endpoints allow "300 orders/2s" (derivatives sheet §4.2-4.4,
    /// §9), so a batch of 20 orders of one instrument takes 20 of its 300. A batch of one order
    /// counts against `alone`, the single-order endpoint's limit, as OKX's docs say, where there is
    /// one.
    Items { alone: Option<&'static Endpoint> },
}

/// One OKX endpoint.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Endpoint {
    pub method: Method,
    pub path: &'static str,
    /// Requests allowed per `window_ms`.
    pub limit: usize,
    pub window_ms: i64,
    pub key: RateKey,
    /// Needs a signature (and so credentials).
    pub private: bool,
    /// Changes orders, positions or money: sent only through the order core, never retried.
    pub order_changing: bool,
    /// What `limit` counts: requests, or the orders in them.
    pub counts: Counts,
}

impl Endpoint {
    /// A request to this endpoint, signed when the endpoint is private.
    pub(crate) fn request(&'static self) -> ApiRequest {
        let req = match self.method {
            Method::Get => ApiRequest::get(self.path),
            Method::Post => ApiRequest::post(self.path, String::new()),
        };
        if self.private {
            req.signed()
        } else {
            req
        }
    }

    /// A POST to this endpoint with `body`.
    pub(crate) fn post(&'static self, body: String) -> ApiRequest {
        let mut req = self.request();
        req.body = Some(body);
        req
    }
}

const fn row(
    method: Method,
    path: &'static str,
    limit: usize,
    key: RateKey,
    private: bool,
    order_changing: bool,
) -> Endpoint {
    Endpoint {
        method,
        path,
        limit,
        window_ms: 2_000,
        key,
        private,
        order_changing,
        counts: Counts::Requests,
    }
}

use Method::{Get, Post};
use RateKey::{Ip, IpInstType, IpInstrument, User, UserCurrency, UserInstrument};

pub(crate) static TIME: Endpoint = row(Get, "/api/v5/public/time", 10, Ip, false, false);
pub(crate) static INSTRUMENTS: Endpoint = row(
    Get,
    "/api/v5/public/instruments",
    20,
    IpInstType,
    false,
    false,
);
pub(crate) static TICKER: Endpoint = row(Get, "/api/v5/market/ticker", 20, Ip, false, false);
pub(crate) static TICKERS: Endpoint = row(Get, "/api/v5/market/tickers", 20, Ip, false, false);
pub(crate) static BOOKS: Endpoint = row(Get, "/api/v5/market/books", 40, Ip, false, false);
pub(crate) static CANDLES: Endpoint = row(Get, "/api/v5/market/candles", 40, Ip, false, false);
pub(crate) static HISTORY_CANDLES: Endpoint =
    row(Get, "/api/v5/market/history-candles", 20, Ip, false, false);
pub(crate) static MARK_PRICE: Endpoint = row(
    Get,
    "/api/v5/public/mark-price",
    10,
    IpInstrument,
    false,
    false,
);
pub(crate) static INDEX_TICKERS: Endpoint =
    row(Get, "/api/v5/market/index-tickers", 20, Ip, false, false);
pub(crate) static PRICE_LIMIT: Endpoint =
    row(Get, "/api/v5/public/price-limit", 20, Ip, false, false);
pub(crate) static OPEN_INTEREST: Endpoint = row(
    Get,
    "/api/v5/public/open-interest",
    20,
    IpInstrument,
    false,
    false,
);
pub(crate) static MARK_PRICE_CANDLES: Endpoint = row(
    Get,
    "/api/v5/market/mark-price-candles",
    20,
    Ip,
    false,
    false,
);
pub(crate) static HISTORY_MARK_PRICE_CANDLES: Endpoint = row(
    Get,
    "/api/v5/market/history-mark-price-candles",
    20,
    Ip,
    false,
    false,
);
pub(crate) static INDEX_CANDLES: Endpoint =
    row(Get, "/api/v5/market/index-candles", 20, Ip, false, false);
pub(crate) static HISTORY_INDEX_CANDLES: Endpoint = row(
    Get,
    "/api/v5/market/history-index-candles",
    10,
    Ip,
    false,
    false,
);
pub(crate) static TRADES: Endpoint = row(Get, "/api/v5/market/trades", 100, Ip, false, false);
pub(crate) static HISTORY_TRADES: Endpoint =
    row(Get, "/api/v5/market/history-trades", 20, Ip, false, false);
pub(crate) static FUNDING_RATE: Endpoint = row(
    Get,
    "/api/v5/public/funding-rate",
    10,
    IpInstrument,
    false,
    false,
);
pub(crate) static FUNDING_RATE_HISTORY: Endpoint = row(
    Get,
    "/api/v5/public/funding-rate-history",
    10,
    IpInstrument,
    false,
    false,
);
pub(crate) static BALANCE: Endpoint = row(Get, "/api/v5/account/balance", 10, User, true, false);
pub(crate) static CLOSE_POSITION: Endpoint = row(
    Post,
    "/api/v5/trade/close-position",
    20,
    UserInstrument,
    true,
    true,
);
pub(crate) static SET_POSITION_MODE: Endpoint = row(
    Post,
    "/api/v5/account/set-position-mode",
    5,
    User,
    true,
    true,
);
pub(crate) static SET_LEVERAGE: Endpoint =
    row(Post, "/api/v5/account/set-leverage", 20, User, true, true);
pub(crate) static MARGIN_BALANCE: Endpoint = row(
    Post,
    "/api/v5/account/position/margin-balance",
    20,
    User,
    true,
    true,
);
pub(crate) static POSITIONS: Endpoint =
    row(Get, "/api/v5/account/positions", 10, User, true, false);
pub(crate) static ACCOUNT_CONFIG: Endpoint =
    row(Get, "/api/v5/account/config", 5, User, true, false);
pub(crate) static ORDER: Endpoint =
    row(Get, "/api/v5/trade/order", 60, UserInstrument, true, false);
pub(crate) static PLACE_ORDER: Endpoint =
    row(Post, "/api/v5/trade/order", 60, UserInstrument, true, true);
pub(crate) static CANCEL_ORDER: Endpoint = row(
    Post,
    "/api/v5/trade/cancel-order",
    60,
    UserInstrument,
    true,
    true,
);
/// OKX's dead-man's switch: 1 request per second (not per 2 s), counted by UID and `tag`; okx
/// sends no tag, so per UID (derivatives sheet §4.7, §9).
pub(crate) static CANCEL_ALL_AFTER: Endpoint = Endpoint {
    window_ms: 1_000,
    ..row(Post, "/api/v5/trade/cancel-all-after", 1, User, true, true)
};
/// Derivatives sheet §4.1: 60/2s per account and instrument; honours `expTime`.
pub(crate) static AMEND_ORDER: Endpoint = row(
    Post,
    "/api/v5/trade/amend-order",
    60,
    UserInstrument,
    true,
    true,
);
/// The batch endpoints (derivatives sheet §4.2-4.4): at most 20 items, 300 ORDERS per 2 s per
/// account and instrument.
pub(crate) static BATCH_ORDERS: Endpoint = Endpoint {
    counts: Counts::Items {
        alone: Some(&PLACE_ORDER),
    },
    ..row(
        Post,
        "/api/v5/trade/batch-orders",
        300,
        UserInstrument,
        true,
        true,
    )
};
pub(crate) static CANCEL_BATCH_ORDERS: Endpoint = Endpoint {
    counts: Counts::Items {
        alone: Some(&CANCEL_ORDER),
    },
    ..row(
        Post,
        "/api/v5/trade/cancel-batch-orders",
        300,
        UserInstrument,
        true,
        true,
    )
};
pub(crate) static AMEND_BATCH_ORDERS: Endpoint = Endpoint {
    counts: Counts::Items {
        alone: Some(&AMEND_ORDER),
    },
    ..row(
        Post,
        "/api/v5/trade/amend-batch-orders",
        300,
        UserInstrument,
        true,
        true,
    )
};
/// The most items OKX takes in one batch request.
pub(crate) const BATCH_MAX: usize = 20;
/// Algo orders in one `cancel-algos` request, at most (derivatives sheet §5.2).
pub(crate) const CANCEL_ALGOS_MAX: usize = 10;
pub(crate) static ORDERS_PENDING: Endpoint =
    row(Get, "/api/v5/trade/orders-pending", 60, User, true, false);
pub(crate) static ORDERS_HISTORY: Endpoint =
    row(Get, "/api/v5/trade/orders-history", 40, User, true, false);
pub(crate) static FILLS: Endpoint = row(Get, "/api/v5/trade/fills", 60, User, true, false);
pub(crate) static FILLS_HISTORY: Endpoint =
    row(Get, "/api/v5/trade/fills-history", 10, User, true, false);
/// Not on the fact sheet's tables: OKX's docs give 20/2s (UID).
pub(crate) static ORDERS_HISTORY_ARCHIVE: Endpoint = row(
    Get,
    "/api/v5/trade/orders-history-archive",
    20,
    User,
    true,
    false,
);
/// The docs say "5 requests per second" here and 5/2s everywhere else (sheet §10.6): paced at
/// the stricter reading.
pub(crate) static BILLS: Endpoint = row(Get, "/api/v5/account/bills", 5, User, true, false);
pub(crate) static BILLS_ARCHIVE: Endpoint =
    row(Get, "/api/v5/account/bills-archive", 5, User, true, false);
pub(crate) static POSITIONS_HISTORY: Endpoint = row(
    Get,
    "/api/v5/account/positions-history",
    10,
    User,
    true,
    false,
);
pub(crate) static LEVERAGE_INFO: Endpoint =
    row(Get, "/api/v5/account/leverage-info", 20, User, true, false);
pub(crate) static MAX_SIZE: Endpoint = row(Get, "/api/v5/account/max-size", 20, User, true, false);
pub(crate) static MAX_AVAIL_SIZE: Endpoint =
    row(Get, "/api/v5/account/max-avail-size", 20, User, true, false);
/// What may leave the trading account for the funding account (`maxWd`), 20/2s per user ID
/// (OKX's docs, #trading-account-rest-api-get-maximum-withdrawals; not on the fact sheets).
pub(crate) static MAX_WITHDRAWAL: Endpoint =
    row(Get, "/api/v5/account/max-withdrawal", 20, User, true, false);
pub(crate) static TRADE_FEE: Endpoint = row(Get, "/api/v5/account/trade-fee", 5, User, true, false);
/// Algo orders (derivatives sheet §5, §9): 20/2s; cancel-algos counts ORDERS (≤ 10 a request).
pub(crate) static PLACE_ALGO: Endpoint = row(
    Post,
    "/api/v5/trade/order-algo",
    20,
    UserInstrument,
    true,
    true,
);
pub(crate) static CANCEL_ALGOS: Endpoint = Endpoint {
    // No single-order endpoint: a batch of one counts as one order here.
    counts: Counts::Items { alone: None },
    ..row(
        Post,
        "/api/v5/trade/cancel-algos",
        20,
        UserInstrument,
        true,
        true,
    )
};
pub(crate) static AMEND_ALGOS: Endpoint = row(
    Post,
    "/api/v5/trade/amend-algos",
    20,
    UserInstrument,
    true,
    true,
);
pub(crate) static ALGO_ORDER: Endpoint =
    row(Get, "/api/v5/trade/order-algo", 20, User, true, false);
pub(crate) static ALGOS_PENDING: Endpoint = row(
    Get,
    "/api/v5/trade/orders-algo-pending",
    20,
    User,
    true,
    false,
);
pub(crate) static ALGOS_HISTORY: Endpoint = row(
    Get,
    "/api/v5/trade/orders-algo-history",
    20,
    User,
    true,
    false,
);

/// The funding account (derivatives sheet §7, §9): OKX counts these per second, not per 2 s.
const fn per_second(limit: usize, method: Method, path: &'static str, key: RateKey) -> Endpoint {
    Endpoint {
        window_ms: 1_000,
        ..row(method, path, limit, key, true, false)
    }
}
pub(crate) static ASSET_BALANCES: Endpoint = per_second(6, Get, "/api/v5/asset/balances", User);
/// 2 requests per second per account and currency; moves money, so through the order core.
pub(crate) static TRANSFER: Endpoint = Endpoint {
    order_changing: true,
    ..per_second(2, Post, "/api/v5/asset/transfer", UserCurrency)
};
pub(crate) static TRANSFER_STATE: Endpoint =
    per_second(10, Get, "/api/v5/asset/transfer-state", User);
pub(crate) static DEPOSIT_ADDRESS: Endpoint =
    per_second(6, Get, "/api/v5/asset/deposit-address", User);
pub(crate) static DEPOSIT_HISTORY: Endpoint =
    per_second(6, Get, "/api/v5/asset/deposit-history", User);
pub(crate) static WITHDRAWAL_HISTORY: Endpoint =
    per_second(6, Get, "/api/v5/asset/withdrawal-history", User);

/// Every row.
pub(crate) static ENDPOINTS: &[&Endpoint] = &[
    &TIME,
    &INSTRUMENTS,
    &TICKER,
    &TICKERS,
    &BOOKS,
    &CANDLES,
    &HISTORY_CANDLES,
    &MARK_PRICE,
    &INDEX_TICKERS,
    &PRICE_LIMIT,
    &OPEN_INTEREST,
    &MARK_PRICE_CANDLES,
    &HISTORY_MARK_PRICE_CANDLES,
    &INDEX_CANDLES,
    &HISTORY_INDEX_CANDLES,
    &TRADES,
    &HISTORY_TRADES,
    &FUNDING_RATE,
    &FUNDING_RATE_HISTORY,
    &BALANCE,
    &CLOSE_POSITION,
    &SET_LEVERAGE,
    &MARGIN_BALANCE,
    &SET_POSITION_MODE,
    &POSITIONS,
    &ACCOUNT_CONFIG,
    &ORDER,
    &PLACE_ORDER,
    &CANCEL_ORDER,
    &CANCEL_ALL_AFTER,
    &AMEND_ORDER,
    &BATCH_ORDERS,
    &CANCEL_BATCH_ORDERS,
    &AMEND_BATCH_ORDERS,
    &ORDERS_PENDING,
    &ORDERS_HISTORY,
    &FILLS,
    &FILLS_HISTORY,
    &ORDERS_HISTORY_ARCHIVE,
    &BILLS,
    &BILLS_ARCHIVE,
    &POSITIONS_HISTORY,
    &LEVERAGE_INFO,
    &MAX_SIZE,
    &MAX_AVAIL_SIZE,
    &MAX_WITHDRAWAL,
    &TRADE_FEE,
    &PLACE_ALGO,
    &CANCEL_ALGOS,
    &AMEND_ALGOS,
    &ALGO_ORDER,
    &ALGOS_PENDING,
    &ALGOS_HISTORY,
    &ASSET_BALANCES,
    &TRANSFER,
    &TRANSFER_STATE,
    &DEPOSIT_ADDRESS,
    &DEPOSIT_HISTORY,
    &WITHDRAWAL_HISTORY,
];

/// The row for a request, if okx knows the endpoint.
pub(crate) fn find(method: Method, path: &str) -> Option<&'static Endpoint> {
    ENDPOINTS
        .iter()
        .copied()
        .find(|e| e.method == method && e.path == path)
}

/// Whether a path okx has no row for is public: OKX serves public data under `/public/` and
/// `/market/` ("Public market-data endpoints need no authentication headers").
pub(crate) fn is_public_path(path: &str) -> bool {
    match ENDPOINTS.iter().find(|e| e.path == path) {
        Some(e) => !e.private,
        None => ["/api/v5/public/", "/api/v5/market/"]
            .iter()
            .any(|p| path.starts_with(p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_unique_and_consistent() {
        for (i, a) in ENDPOINTS.iter().enumerate() {
            assert!(a.path.starts_with("/api/v5/"), "{}", a.path);
            assert!(a.limit > 0 && a.window_ms > 0);
            assert!(!a.order_changing || a.method == Method::Post && a.private);
            assert_eq!(
                a.private,
                !(a.path.starts_with("/api/v5/public/") || a.path.starts_with("/api/v5/market/")),
                "{}",
                a.path
            );
            for b in &ENDPOINTS[i + 1..] {
                assert!(a.method != b.method || a.path != b.path, "{} twice", a.path);
            }
        }
        assert_eq!(
            find(Method::Post, "/api/v5/trade/order"),
            Some(&PLACE_ORDER)
        );
        assert_eq!(find(Method::Get, "/api/v5/trade/order"), Some(&ORDER));
        assert!(PLACE_ORDER.request().signed && !TICKER.request().signed);
    }

    /// Code outside this file names no OKX path: it builds requests from rows, so pacing and
    /// signing always follow the table. (The bare prefix `/api/v5/` may appear.)
    #[test]
    fn no_okx_path_outside_the_table() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root, &mut files);
        let mut stray = Vec::new();
        for f in files {
            if f.ends_with("exchange/endpoints.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&f).unwrap();
            // Code only: the tests at the bottom of a file may quote paths freely.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let trimmed = line.trim_start();
                if trimmed.starts_with("//") {
                    continue;
                }
                for part in line.split("\"/api/v5/").skip(1) {
                    let path: String = part.chars().take_while(|c| *c != '"').collect();
                    if !path.is_empty() {
                        stray.push(format!("{}:{}: /api/v5/{path}", f.display(), n + 1));
                    }
                }
            }
        }
        assert!(
            stray.is_empty(),
            "OKX paths named outside the endpoint table (add a row to src/exchange/endpoints.rs and build the request from it):\n{}",
            stray.join("\n")
        );
    }
}
