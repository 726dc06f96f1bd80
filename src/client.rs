//! The thin blocking HTTP layer. The path+query string and the body are built **once**, those
//! exact strings are signed, and those exact strings are sent; `okx sign` calls `sign_request`
//! too, so the headers it shows are the ones a real request carries.
//!
//! Every response body is parsed as OKX's `{code,msg,data}` envelope whatever the HTTP status.
//! Only read-only requests are retried (jittered exponential back-off, bounded), never a POST.
//! Requests are paced under OKX's per-endpoint limits, and a 50102/50112 triggers one clock
//! resync against `/api/v5/public/time`.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use time::OffsetDateTime;

use crate::codes;
use crate::config::{fingerprint, Credentials, Secret};
use crate::error::Failure;
use crate::output::{sanitize, Stderr};
use crate::sign::{self, Prehash};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// Builds `/api/v5/...?...` from a path and query pairs in the given order. Values are
/// percent-encoded except for unreserved characters and `,` (OKX's own example signs
/// `ccy=BTC,ETH` raw), so the URL parser leaves the string alone and what is signed is sent.
pub fn path_with_query(path: &str, query: &[(&str, &str)]) -> String {
    let mut s = String::from(path);
    for (i, (k, v)) in query.iter().enumerate() {
        s.push(if i == 0 { '?' } else { '&' });
        encode_into(&mut s, k);
        s.push('=');
        encode_into(&mut s, v);
    }
    s
}

fn encode_into(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// A header value as sent, and how it may be shown to a person.
#[derive(Debug, Clone)]
pub enum HeaderValue {
    Plain(String),
    /// Shown as a fingerprint.
    ApiKey(String),
    /// Never shown.
    Secret(Secret),
}

#[derive(Debug, Clone)]
pub struct Header {
    pub name: &'static str,
    pub value: HeaderValue,
}

impl Header {
    /// The value as it goes on the wire. Only the sender calls this.
    pub fn wire_value(&self) -> &str {
        match &self.value {
            HeaderValue::Plain(v) | HeaderValue::ApiKey(v) => v,
            HeaderValue::Secret(s) => s.expose(),
        }
    }

    /// The value as a person may see it: the key as a fingerprint, secrets redacted.
    pub fn display_value(&self) -> String {
        match &self.value {
            HeaderValue::Plain(v) => v.clone(),
            HeaderValue::ApiKey(k) if k.is_empty() => "(empty)".to_string(),
            HeaderValue::ApiKey(k) => fingerprint(k),
            HeaderValue::Secret(s) if s.expose().is_empty() => "(empty)".to_string(),
            HeaderValue::Secret(_) => "(redacted)".to_string(),
        }
    }
}

/// A request ready to send: exact path+query and body, the timestamp and signature over them,
/// and every header `okx` adds for OKX.
#[derive(Debug, Clone)]
pub struct SignedRequest {
    pub method: Method,
    pub path_with_query: String,
    pub body: String,
    pub timestamp: String,
    pub prehash: String,
    pub signature: String,
    pub headers: Vec<Header>,
}

/// Headers every request carries, signed or not: the JSON content type when there is a body, and
/// the demo flag when demo trading is on.
pub fn common_headers(body: &str, demo: bool) -> Vec<Header> {
    let mut h = Vec::new();
    if !body.is_empty() {
        h.push(Header {
            name: "Content-Type",
            value: HeaderValue::Plain("application/json".into()),
        });
    }
    if demo {
        h.push(Header {
            name: "x-simulated-trading",
            value: HeaderValue::Plain("1".into()),
        });
    }
    h
}

/// Signs `timestamp + METHOD + path_with_query + body` and returns the request with its OKX
/// authentication headers (docs #overview-rest-authentication-making-requests).
pub fn sign_request(
    creds: &Credentials,
    method: Method,
    path_with_query: String,
    body: String,
    timestamp: String,
    demo: bool,
) -> SignedRequest {
    let prehash = Prehash {
        timestamp: &timestamp,
        method: method.as_str(),
        request_path: &path_with_query,
        body: &body,
    }
    .text();
    let signature = sign::sign(creds.secret_key.expose().as_bytes(), &prehash);
    let mut headers = vec![
        Header {
            name: "OK-ACCESS-KEY",
            value: HeaderValue::ApiKey(creds.api_key.clone()),
        },
        Header {
            name: "OK-ACCESS-SIGN",
            value: HeaderValue::Plain(signature.clone()),
        },
        Header {
            name: "OK-ACCESS-TIMESTAMP",
            value: HeaderValue::Plain(timestamp.clone()),
        },
        Header {
            name: "OK-ACCESS-PASSPHRASE",
            value: HeaderValue::Secret(creds.passphrase.clone()),
        },
    ];
    headers.extend(common_headers(&body, demo));
    SignedRequest {
        method,
        path_with_query,
        body,
        timestamp,
        prehash,
        signature,
        headers,
    }
}

/// OKX's per-endpoint request limits per 2 s (fact sheet §4.2). Unlisted endpoints get the
/// most common limit, 20.
const LIMITS: &[(&str, usize)] = &[
    ("/api/v5/public/time", 10),
    ("/api/v5/public/instruments", 20),
    ("/api/v5/market/ticker", 20),
    ("/api/v5/market/tickers", 20),
    ("/api/v5/market/books", 40),
    ("/api/v5/market/candles", 40),
    ("/api/v5/market/history-candles", 20),
    ("/api/v5/account/balance", 10),
    ("/api/v5/account/config", 5),
    ("/api/v5/trade/order", 60),
    ("/api/v5/trade/cancel-order", 60),
    ("/api/v5/trade/orders-pending", 60),
    ("/api/v5/trade/orders-history", 40),
    ("/api/v5/trade/fills", 60),
];
const DEFAULT_LIMIT: usize = 20;
const WINDOW: Duration = Duration::from_secs(2);
/// Covers timer granularity; the window itself is measured conservatively (see `Pacer`).
const PACING_MARGIN: Duration = Duration::from_millis(5);

pub fn limit_for(path: &str) -> usize {
    LIMITS
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, l)| *l)
        .unwrap_or(DEFAULT_LIMIT)
}

/// Keeps each endpoint under its limit. OKX counts requests by *its* arrival times, which lie
/// between our send and our receipt of the answer; so a request may go once the one `limit`
/// requests back was *answered* at least 2 s ago. That needs no guessed safety margin and
/// still runs at the full rate.
#[derive(Default)]
struct Pacer {
    answered: HashMap<String, VecDeque<Instant>>,
}

impl Pacer {
    /// How long to wait before the next request to `path` may be sent.
    fn wait_needed(&self, path: &str, now: Instant) -> Duration {
        let limit = limit_for(path);
        match self.answered.get(path) {
            Some(q) if q.len() >= limit => {
                let oldest = q[q.len() - limit];
                (oldest + WINDOW + PACING_MARGIN).saturating_duration_since(now)
            }
            _ => Duration::ZERO,
        }
    }

    fn record(&mut self, path: &str, at: Instant) {
        let limit = limit_for(path);
        let q = self.answered.entry(path.to_string()).or_default();
        q.push_back(at);
        while q.len() > limit {
            q.pop_front();
        }
    }
}

/// OKX's response envelope. `code` is kept as text even when OKX sends a number.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub code: String,
    pub msg: String,
    pub data: Vec<Value>,
    /// The whole body as parsed, for commands that print OKX's answer unchanged.
    pub raw: Value,
}

/// Parses a response body as an envelope. `Err` carries a short description for the error
/// message when the body is not OKX JSON (an HTML gateway page, a truncated body).
pub fn parse_envelope(body: &str) -> Result<Envelope, String> {
    let raw: Value = serde_json::from_str(body).map_err(|e| {
        let excerpt: String = body.trim().chars().take(120).collect();
        if excerpt.is_empty() {
            "an empty body instead of JSON".to_string()
        } else {
            format!("not JSON ({e}): {:?}", sanitize(&excerpt))
        }
    })?;
    let obj = raw
        .as_object()
        .ok_or_else(|| "JSON that is not an OKX envelope (not an object)".to_string())?;
    let code = match obj.get("code") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("JSON without an OKX \"code\" field".to_string()),
    };
    let msg = obj
        .get("msg")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let data = match obj.get("data") {
        Some(Value::Array(a)) => a.clone(),
        None | Some(Value::Null) => Vec::new(),
        Some(other) => vec![other.clone()],
    };
    Ok(Envelope {
        code,
        msg,
        data,
        raw,
    })
}

/// A request to send: the path, its query pairs in order, an optional exact JSON body.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<String>,
    /// Sign it (private endpoints; `okx api` with credentials).
    pub signed: bool,
    /// Extra headers, e.g. `expTime` on an order.
    pub headers: Vec<Header>,
}

impl ApiRequest {
    pub fn get(path: &str) -> ApiRequest {
        ApiRequest {
            method: Method::Get,
            path: path.to_string(),
            query: Vec::new(),
            body: None,
            signed: false,
            headers: Vec::new(),
        }
    }

    pub fn post(path: &str, body: String) -> ApiRequest {
        ApiRequest {
            method: Method::Post,
            body: Some(body),
            ..ApiRequest::get(path)
        }
    }

    /// The exact path+query and body that are signed and sent, built once.
    pub fn wire(&self) -> (String, String) {
        let query: Vec<(&str, &str)> = self
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        (
            path_with_query(&self.path, &query),
            self.body.clone().unwrap_or_default(),
        )
    }

    pub fn query(mut self, key: &str, value: impl Into<String>) -> Self {
        self.query.push((key.to_string(), value.into()));
        self
    }

    pub fn signed(mut self) -> Self {
        self.signed = true;
        self
    }

    fn describe(&self) -> String {
        format!("{} {}", self.method.as_str(), self.path)
    }
}

/// Settings for the HTTP layer, taken from the configuration and global flags.
pub struct ClientOptions {
    pub base_url: String,
    pub demo: bool,
    pub credentials: Option<Credentials>,
    pub timeout: Duration,
    /// Append one JSON line per request here (`--audit-log`, `OKX_AUDIT_LOG`).
    pub audit_log: Option<PathBuf>,
}

const MAX_TRIES: u32 = 4;
const BACKOFF_BASE: Duration = Duration::from_millis(250);

/// What became of a request that must not be retried (an order).
#[derive(Debug)]
pub enum Delivery {
    /// OKX answered with an envelope.
    Answered(u16, Envelope),
    /// The request never left: the connection could not be made.
    NotSent(String),
    /// It was sent, but no usable answer came back: it may or may not have been processed.
    Lost(String),
}

pub struct Client {
    http: reqwest::blocking::Client,
    opts: ClientOptions,
    /// Server time minus local time, learnt from `/public/time` after a timestamp rejection.
    clock_offset_ms: Cell<Option<i64>>,
    pacer: RefCell<Pacer>,
    jitter_state: Cell<u64>,
}

impl Client {
    pub fn new(opts: ClientOptions) -> anyhow::Result<Client> {
        if let Some(path) = &opts.audit_log {
            // Refuse to trade with an audit log that cannot be written, before sending anything.
            open_audit_log(path).map_err(|e| {
                Failure::Config(format!("cannot open the audit log {}: {e}", path.display()))
            })?;
        }
        let http = reqwest::blocking::Client::builder()
            .user_agent(concat!("okx/", env!("CARGO_PKG_VERSION")))
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(5)))
            .build()
            .map_err(|e| Failure::Config(format!("cannot set up the HTTP client: {e}")))?;
        let seed =
            OffsetDateTime::now_utc().unix_timestamp_nanos() as u64 ^ u64::from(std::process::id());
        Ok(Client {
            http,
            opts,
            clock_offset_ms: Cell::new(None),
            pacer: RefCell::new(Pacer::default()),
            jitter_state: Cell::new(seed | 1),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.opts.base_url
    }

    pub fn demo(&self) -> bool {
        self.opts.demo
    }

    pub fn timeout(&self) -> Duration {
        self.opts.timeout
    }

    /// OKX's clock as far as this client knows it: local time plus any learnt offset.
    pub fn server_now_ms(&self) -> i64 {
        now_ms() + self.clock_offset_ms.get().unwrap_or(0)
    }

    /// Sends a request and returns OKX's envelope when `code` is `"0"`; any other outcome is an
    /// error whose kind decides the exit code.
    pub fn send(&self, req: &ApiRequest) -> anyhow::Result<Envelope> {
        let (status, env) = self.send_raw(req)?;
        if env.code != "0" {
            return Err(Failure::Api {
                code: env.code.clone(),
                msg: env.msg.clone(),
                http_status: Some(status),
                hint: None,
            }
            .into());
        }
        Ok(env)
    }

    /// Sends a request and returns the HTTP status and OKX's envelope, whatever its code, for
    /// commands that show OKX's answer as it is (`okx api`). Transport failures are errors.
    pub fn send_raw(&self, req: &ApiRequest) -> anyhow::Result<(u16, Envelope)> {
        let (path_with_query, body) = req.wire();
        // Only read-only requests are retried: a repeated POST could place an order twice.
        let retry_safe = req.method == Method::Get;
        let mut resynced = false;
        let mut attempt = 1;
        loop {
            let can_retry = retry_safe && attempt < MAX_TRIES;
            let retry_reason = match self.attempt(req, &path_with_query, &body) {
                Ok((_, env)) if req.signed && !resynced && is_clock_rejection(&env.code) => {
                    // A timestamp rejection means nothing was done, so even a POST may be resent.
                    resynced = true;
                    self.resync_clock()?;
                    continue;
                }
                Ok((status, env)) => {
                    let transient =
                        status >= 500 || status == 429 || codes::is_transient(&env.code);
                    if env.code == "0" || !transient || !can_retry {
                        return Ok((status, env));
                    }
                    format!("OKX {} (HTTP {status})", env.code)
                }
                Err(SendError::NotSent(why) | SendError::NoAnswer(why)) if can_retry => why,
                Err(SendError::BadAnswer { status, why })
                    if can_retry && (status >= 500 || status == 429) =>
                {
                    format!("HTTP {status} with {why}")
                }
                Err(SendError::Timeout) => {
                    let what = self.no_answer(req);
                    return Err(if retry_safe {
                        Failure::Network(what)
                    } else {
                        Failure::UnknownOutcome(format!(
                            "{what}; it may or may not have taken effect"
                        ))
                    }
                    .into());
                }
                Err(e) => {
                    return Err(
                        Failure::Network(format!("{} failed: {}", req.describe(), e.why())).into(),
                    )
                }
            };
            let delay = self.backoff(attempt);
            Stderr::note(&format!(
                "{retry_reason} from {}; retrying in {:.1} s ({}/{MAX_TRIES})",
                req.describe(),
                delay.as_secs_f64(),
                attempt + 1,
            ));
            std::thread::sleep(delay);
            attempt += 1;
        }
    }

    /// Sends an order-changing request at most once (twice only after a timestamp rejection,
    /// which OKX answers before doing anything) and says what became of it.
    pub fn deliver(&self, req: &ApiRequest) -> anyhow::Result<Delivery> {
        let (path_with_query, body) = req.wire();
        let mut resynced = false;
        loop {
            return Ok(match self.attempt(req, &path_with_query, &body) {
                Ok((_, env)) if req.signed && !resynced && is_clock_rejection(&env.code) => {
                    resynced = true;
                    self.resync_clock()?;
                    continue;
                }
                Ok((status, env)) => Delivery::Answered(status, env),
                Err(SendError::NotSent(why)) => Delivery::NotSent(why),
                Err(SendError::Timeout) => Delivery::Lost(self.no_answer(req)),
                Err(SendError::NoAnswer(why)) => {
                    Delivery::Lost(format!("the connection broke: {why}"))
                }
                Err(SendError::BadAnswer { status, why }) => {
                    Delivery::Lost(format!("HTTP {status} with {why}"))
                }
                Err(SendError::Final(why)) => return Err(Failure::Network(why).into()),
            });
        }
    }

    fn no_answer(&self, req: &ApiRequest) -> String {
        format!(
            "no answer to {} from {} within {} s (--timeout)",
            req.describe(),
            self.opts.base_url,
            self.opts.timeout.as_secs_f64()
        )
    }

    /// One exchange: paced, sent, answered (or not), and written to the audit log.
    fn attempt(
        &self,
        req: &ApiRequest,
        path_with_query: &str,
        body: &str,
    ) -> Result<(u16, Envelope), SendError> {
        let wait = self.pacer.borrow().wait_needed(&req.path, Instant::now());
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
        let started = Instant::now();
        let outcome = self.send_once(req, path_with_query, body);
        self.pacer.borrow_mut().record(&req.path, Instant::now());
        if let Some(path) = &self.opts.audit_log {
            let line = audit_line(req, path_with_query, body, &outcome, started.elapsed());
            if let Err(e) = open_audit_log(path).and_then(|mut f| f.write_all(line.as_bytes())) {
                Stderr::warn(&format!(
                    "cannot write the audit log {}: {e}",
                    path.display()
                ));
            }
        }
        outcome
    }

    fn send_once(
        &self,
        req: &ApiRequest,
        path_with_query: &str,
        body: &str,
    ) -> Result<(u16, Envelope), SendError> {
        let headers = self
            .headers_for(req, path_with_query, body)
            .map_err(SendError::Final)?;
        let url = format!("{}{path_with_query}", self.opts.base_url);
        let parsed = reqwest::Url::parse(&url)
            .map_err(|e| SendError::Final(format!("bad URL {url}: {e}")))?;
        // The golden rule: the URL parser must not have re-encoded what was signed.
        let sent = match parsed.query() {
            Some(q) => format!("{}?{q}", parsed.path()),
            None => parsed.path().to_string(),
        };
        if sent != path_with_query {
            return Err(SendError::Final(format!(
                "the URL would be sent as {sent:?} but {path_with_query:?} was signed"
            )));
        }
        let mut rb = match req.method {
            Method::Get => self.http.get(parsed),
            Method::Post => self.http.post(parsed).body(body.to_string()),
        };
        for h in &headers {
            rb = rb.header(h.name, h.wire_value());
        }
        let resp = rb.send().map_err(classify)?;
        let status = resp.status().as_u16();
        let text = resp.text().map_err(classify)?;
        parse_envelope(&text)
            .map(|env| (status, env))
            .map_err(|why| SendError::BadAnswer { status, why })
    }

    /// Every header of the request, signed now if it is a signed request.
    fn headers_for(
        &self,
        req: &ApiRequest,
        path_with_query: &str,
        body: &str,
    ) -> Result<Vec<Header>, String> {
        let mut headers = if req.signed {
            let creds = self
                .opts
                .credentials
                .as_ref()
                .ok_or_else(|| "a signed request needs credentials".to_string())?;
            let now = OffsetDateTime::now_utc()
                + time::Duration::milliseconds(self.clock_offset_ms.get().unwrap_or(0));
            sign_request(
                creds,
                req.method,
                path_with_query.to_string(),
                body.to_string(),
                sign::format_timestamp(now),
                self.opts.demo,
            )
            .headers
        } else {
            common_headers(body, self.opts.demo)
        };
        headers.extend(req.headers.iter().cloned());
        Ok(headers)
    }

    /// The URL, body and headers `send` would use for `req`, signed now, for `--dry-run`.
    pub fn preview(&self, req: &ApiRequest) -> anyhow::Result<(String, String, Vec<Header>)> {
        let (path_with_query, body) = req.wire();
        let headers = self
            .headers_for(req, &path_with_query, &body)
            .map_err(Failure::Config)?;
        Ok((
            format!("{}{path_with_query}", self.opts.base_url),
            body,
            headers,
        ))
    }

    /// Learns the offset between this machine's clock and OKX's from `/api/v5/public/time`,
    /// taking the midpoint of the round trip as the moment the server read its clock.
    pub fn server_time(&self) -> anyhow::Result<(i64, i64)> {
        let before = now_ms();
        let env = self.send(&ApiRequest::get("/api/v5/public/time"))?;
        let after = now_ms();
        let ts = env
            .data
            .first()
            .and_then(|d| d.get("ts"))
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<i64>().ok())
            .ok_or_else(|| Failure::Network("/api/v5/public/time answered without a ts".into()))?;
        Ok((ts, ts - (before + after) / 2))
    }

    /// Learns OKX's clock quietly (to judge an order deadline); keeps the offset for the run.
    pub fn learn_clock(&self) -> anyhow::Result<()> {
        let (_, offset) = self.server_time()?;
        self.clock_offset_ms.set(Some(offset));
        Ok(())
    }

    fn resync_clock(&self) -> anyhow::Result<()> {
        self.learn_clock()?;
        Stderr::warn(&format!(
            "this machine's clock is {} OKX's; corrected for this run (sync the clock, e.g. timedatectl set-ntp true)",
            describe_offset(self.clock_offset_ms.get().unwrap_or(0))
        ));
        Ok(())
    }

    /// Full jitter: a random delay between half and all of the exponential step.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let mut x = self.jitter_state.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.jitter_state.set(x);
        let step = BACKOFF_BASE * 2u32.pow(attempt.clamp(1, 6) - 1);
        let frac = 0.5 + (x % 1000) as f64 / 2000.0;
        step.mul_f64(frac)
    }
}

/// 50102/50112: OKX refused the timestamp before doing anything.
fn is_clock_rejection(code: &str) -> bool {
    matches!(code, "50102" | "50112")
}

/// "2.3 s behind" / "120.0 s ahead of".
pub fn describe_offset(server_minus_local_ms: i64) -> String {
    let secs = server_minus_local_ms.unsigned_abs() as f64 / 1000.0;
    if server_minus_local_ms > 0 {
        format!("{secs:.1} s behind")
    } else {
        format!("{secs:.1} s ahead of")
    }
}

pub fn now_ms() -> i64 {
    (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

enum SendError {
    /// The connection could not be made: nothing was sent.
    NotSent(String),
    /// Sent, then the connection broke (reset, truncated body): the request may have been processed.
    NoAnswer(String),
    /// An answer that is not an OKX envelope (an HTML gateway page, malformed JSON).
    BadAnswer {
        status: u16,
        why: String,
    },
    Timeout,
    /// A fault on this side (bad URL, missing credentials): retrying cannot help.
    Final(String),
}

impl SendError {
    fn why(&self) -> String {
        match self {
            SendError::NotSent(w) | SendError::NoAnswer(w) | SendError::Final(w) => w.clone(),
            SendError::BadAnswer { status, why } => format!("HTTP {status} with {why}"),
            SendError::Timeout => "timed out".into(),
        }
    }
}

fn classify(e: reqwest::Error) -> SendError {
    if e.is_timeout() {
        return SendError::Timeout;
    }
    // The innermost cause says what happened (refused, reset, DNS) without reqwest's URL.
    let mut cause: &dyn std::error::Error = &e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let why = cause.to_string();
    if e.is_connect() {
        SendError::NotSent(why)
    } else {
        SendError::NoAnswer(why)
    }
}

/// Opens the audit log for appending, creating it readable by its owner only.
fn open_audit_log(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
}

/// One audit record: what was sent (never a header, so never a credential) and what came back.
fn audit_line(
    req: &ApiRequest,
    path_with_query: &str,
    body: &str,
    outcome: &Result<(u16, Envelope), SendError>,
    took: Duration,
) -> String {
    let first = |env: &Envelope, k: &str| -> Option<String> {
        env.data.first()?.get(k)?.as_str().map(str::to_string)
    };
    let body_field = |k: &str| -> Option<String> {
        serde_json::from_str::<Value>(body)
            .ok()?
            .get(k)?
            .as_str()
            .map(str::to_string)
    };
    let (status, code, ord_id, cl_ord_id, error) = match outcome {
        Ok((status, env)) => (
            Some(*status),
            Some(env.code.clone()),
            first(env, "ordId").filter(|s| !s.is_empty()),
            first(env, "clOrdId")
                .filter(|s| !s.is_empty())
                .or_else(|| body_field("clOrdId")),
            None,
        ),
        Err(e) => (None, None, None, body_field("clOrdId"), Some(e.why())),
    };
    let mut line = serde_json::json!({
        "time": sign::format_timestamp(OffsetDateTime::now_utc()),
        "method": req.method.as_str(),
        "path": path_with_query,
        "body": body,
        "status": status,
        "code": code,
        "ordId": ord_id,
        "clOrdId": cl_ord_id,
        "duration_ms": took.as_millis() as u64,
        "error": error,
    })
    .to_string();
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_built_in_order_and_encoded_once() {
        assert_eq!(
            path_with_query("/api/v5/account/balance", &[("ccy", "BTC,ETH")]),
            "/api/v5/account/balance?ccy=BTC,ETH"
        );
        assert_eq!(
            path_with_query(
                "/api/v5/market/candles",
                &[
                    ("instId", "BTC-USDT"),
                    ("bar", "1m"),
                    ("after", "1700000000000")
                ]
            ),
            "/api/v5/market/candles?instId=BTC-USDT&bar=1m&after=1700000000000"
        );
        assert_eq!(
            path_with_query("/p", &[("q", "a b&c=d/é")]),
            "/p?q=a%20b%26c%3Dd%2F%C3%A9"
        );
        assert_eq!(path_with_query("/p", &[]), "/p");
    }

    #[test]
    fn headers_show_fingerprint_and_redact_passphrase() {
        let creds = Credentials {
            api_key: "a1b2c3d4-0000-1111-2222-333344445555".into(),
            secret_key: Secret::new("SECRET"),
            passphrase: Secret::new("PASS"),
        };
        let r = sign_request(
            &creds,
            Method::Get,
            "/api/v5/x".into(),
            String::new(),
            "T".into(),
            true,
        );
        let shown: Vec<String> = r
            .headers
            .iter()
            .map(|h| format!("{}={}", h.name, h.display_value()))
            .collect();
        assert_eq!(
            shown,
            [
                "OK-ACCESS-KEY=a1b2…5555".to_string(),
                format!("OK-ACCESS-SIGN={}", r.signature),
                "OK-ACCESS-TIMESTAMP=T".to_string(),
                "OK-ACCESS-PASSPHRASE=(redacted)".to_string(),
                "x-simulated-trading=1".to_string(),
            ]
        );
        assert_eq!(r.prehash, "TGET/api/v5/x");
    }

    #[test]
    fn envelope_tolerates_numeric_code_and_missing_data() {
        let e = parse_envelope(r#"{"msg":"Requests too frequent.","code":50011}"#).unwrap();
        assert_eq!((e.code.as_str(), e.data.len()), ("50011", 0));
        let e = parse_envelope(r#"{"code":"0","msg":"","data":[{"ts":"1"}],"extra":1}"#).unwrap();
        assert_eq!(e.data.len(), 1);
        assert!(parse_envelope("<html>502 Bad Gateway</html>")
            .unwrap_err()
            .contains("not JSON"));
        assert!(parse_envelope("").unwrap_err().contains("empty body"));
        assert!(parse_envelope("[1]").is_err());
        assert!(parse_envelope(r#"{"data":[]}"#).is_err());
    }

    #[test]
    fn pacer_waits_for_the_answer_limit_requests_back() {
        let mut p = Pacer::default();
        let t0 = Instant::now();
        let path = "/api/v5/public/time"; // 10 per 2 s
        for i in 0..10 {
            assert_eq!(p.wait_needed(path, t0), Duration::ZERO);
            p.record(path, t0 + Duration::from_millis(i));
        }
        let wait = p.wait_needed(path, t0 + Duration::from_millis(100));
        assert_eq!(wait, WINDOW + PACING_MARGIN - Duration::from_millis(100));
        assert_eq!(p.wait_needed("/api/v5/market/books", t0), Duration::ZERO);
    }
}
