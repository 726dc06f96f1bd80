//! The thin blocking HTTP layer. The path+query string and the body are built **once**, those
//! exact strings are signed, and those exact strings are sent.
//!
//! Every response body is parsed as OKX's `{code,msg,data}` envelope whatever the HTTP status.
//! Only read-only requests are retried (jittered exponential back-off, bounded), never a POST.
//! Requests are paced under OKX's per-endpoint limits, and a 50102/50112 triggers one clock
//! resync against `/api/v5/public/time`.

mod audit;
mod envelope;
mod pacing;
pub(crate) mod proxy;
mod request;

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::Value;
use time::OffsetDateTime;

use crate::codes;
use crate::config::Credentials;
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::Stderr;
use crate::sign;
use audit::{audit_line, intent_line, open_audit_log};
pub use envelope::{parse_envelope, Envelope};
use pacing::Pacer;
pub(crate) use request::{
    common_headers, sign_request, ApiRequest, Header, HeaderValue, Method, SignedRequest,
};
pub use request::{path_with_query, percent_decode};

/// Settings for the HTTP layer, taken from the configuration and global flags.
pub(crate) struct ClientOptions {
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
pub(crate) enum Delivery {
    /// OKX answered with an envelope.
    Answered(u16, Envelope),
    /// The request never left: the connection could not be made.
    NotSent(String),
    /// It was sent, but no usable answer came back: it may or may not have been processed.
    Lost(String),
}

pub(crate) struct Client {
    http: reqwest::blocking::Client,
    /// The proxy requests go through, if any (see `proxy`).
    proxy: proxy::Route,
    opts: ClientOptions,
    /// Server time minus local time, learnt from `/public/time` (or a recent cached copy).
    clock_offset_ms: Cell<Option<i64>>,
    /// The `expTime` deadline of the last request that carried one.
    last_deadline_ms: Cell<Option<i64>>,
    pacer: RefCell<Pacer>,
}

impl Client {
    pub(crate) fn new(opts: ClientOptions) -> anyhow::Result<Client> {
        if let Some(path) = &opts.audit_log {
            // Refuse to trade with an audit log that cannot be written, before sending anything.
            open_audit_log(path).map_err(|why| audit_refusal(path, &why, "nothing was sent"))?;
        }
        // No proxy from reqwest's defaults (HTTP_PROXY would get plain-http requests, passphrase
        // and all, in clear): only the route `proxy::route` chose, an https CONNECT tunnel.
        let proxy = proxy::route(&opts.base_url, &|name| {
            std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
        })?;
        let mut builder = reqwest::blocking::Client::builder()
            .no_proxy()
            .user_agent(concat!("okx/", env!("CARGO_PKG_VERSION")))
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(5)))
            // A redirect would carry the signed headers (passphrase included) to another host,
            // and resend a POST out of sight of `deliver`'s send-once rule.
            .redirect(reqwest::redirect::Policy::none());
        if let Some(p) = proxy.reqwest_proxy()? {
            builder = builder.proxy(p);
        }
        let http = builder
            .build()
            .map_err(|e| Failure::Config(format!("cannot set up the HTTP client: {e}")))?;
        let cached_offset = load_clock(&opts.base_url);
        let pacer = RefCell::new(Pacer::new(&opts.base_url, opts.timeout));
        Ok(Client {
            http,
            proxy,
            opts,
            clock_offset_ms: Cell::new(cached_offset),
            last_deadline_ms: Cell::new(None),
            pacer,
        })
    }

    pub(crate) fn base_url(&self) -> &str {
        &self.opts.base_url
    }

    /// A name for the account behind the key, for caches of its settings: a digest of the API
    /// key (never the key), and whether it trades on demo. `None` without credentials.
    pub(crate) fn account_id(&self) -> Option<String> {
        use sha2::{Digest, Sha256};
        let key = &self.opts.credentials.as_ref()?.api_key;
        let digest = Sha256::digest(key.as_bytes());
        let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        Some(format!(
            "{hex}{}",
            if self.opts.demo { "-demo" } else { "" }
        ))
    }

    pub(crate) fn demo(&self) -> bool {
        self.opts.demo
    }

    /// The proxy requests go through (a CONNECT tunnel), its password shown as `***`; `None`
    /// when they go straight to the base URL.
    pub(crate) fn proxy_description(&self) -> Option<String> {
        self.proxy.description()
    }

    /// OKX's clock as far as this client knows it: local time plus any learnt offset.
    pub(crate) fn server_now_ms(&self) -> i64 {
        now_ms() + self.clock_offset_ms.get().unwrap_or(0)
    }

    /// OKX's clock minus this machine's, when known (learnt this run or cached recently).
    pub(crate) fn clock_offset_ms(&self) -> Option<i64> {
        self.clock_offset_ms.get()
    }

    /// Whether the offset to OKX's clock is known (learnt this run or cached recently).
    pub(crate) fn knows_clock(&self) -> bool {
        self.clock_offset_ms.get().is_some()
    }

    /// The `expTime` deadline (OKX's clock, ms) of the last request sent with `expire`.
    pub(crate) fn last_deadline_ms(&self) -> Option<i64> {
        self.last_deadline_ms.get()
    }

    /// Sends a request and returns OKX's envelope when `code` is `"0"`; any other outcome is an
    /// error whose kind decides the exit code.
    pub(crate) fn send(&self, req: &ApiRequest) -> anyhow::Result<Envelope> {
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
    pub(crate) fn send_raw(&self, req: &ApiRequest) -> anyhow::Result<(u16, Envelope)> {
        self.check_credentials(req)?;
        let (path_with_query, body) = req.wire();
        // Only read-only requests are retried: a repeated POST could place an order twice.
        let retry_safe = req.method == Method::Get;
        let mut resynced = false;
        let mut attempt = 1;
        loop {
            let can_retry = retry_safe && attempt < MAX_TRIES;
            self.audit_intent(req, &path_with_query, &body)?; // a POST (okx api): write-ahead
            let retry_reason = match self.attempt(req, &path_with_query, &body) {
                Ok((_, env)) if req.signed && !resynced && is_clock_rejection(&env) => {
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
                // A gateway page, or a 200 whose body was garbled: reading again is safe. A 3xx/4xx
                // page (a redirect, a firewall) would come back the same.
                Err(SendError::BadAnswer { status, why })
                    if can_retry && (status >= 500 || status == 429 || status == 200) =>
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
                // Sent without a usable answer: a read-only request is merely failed, but a POST
                // may have taken effect, so say so (exit 7) rather than invite a resend.
                Err(e @ (SendError::NoAnswer(_) | SendError::BadAnswer { .. })) if !retry_safe => {
                    return Err(Failure::UnknownOutcome(format!(
                        "{} got no usable answer ({}); it may or may not have taken effect",
                        req.describe(),
                        e.why()
                    ))
                    .into())
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

    /// Write-ahead audit: for a request that changes something (any POST), records the intent
    /// in the audit log and waits until it is on disk, before the request is sent. A log that
    /// cannot take it is a configuration error, and the request must then not be sent.
    pub(crate) fn audit_intent(
        &self,
        req: &ApiRequest,
        path_with_query: &str,
        body: &str,
    ) -> Result<(), Failure> {
        match &self.opts.audit_log {
            Some(path) if req.method != Method::Get => {
                audit::append(path, &intent_line(req, path_with_query, body), true).map_err(|why| {
                    audit_refusal(path, &why, &format!("{} was not sent", req.describe()))
                })
            }
            _ => Ok(()),
        }
    }

    /// Sends an order-changing request at most once (twice only after a timestamp rejection,
    /// which OKX answers before doing anything) and says what became of it.
    pub(crate) fn deliver(&self, req: &ApiRequest) -> anyhow::Result<Delivery> {
        self.check_credentials(req)?;
        let (path_with_query, body) = req.wire();
        let mut resynced = false;
        loop {
            self.audit_intent(req, &path_with_query, &body)?; // write-ahead: on disk before sent
            return Ok(match self.attempt(req, &path_with_query, &body) {
                Ok((_, env)) if req.signed && !resynced && is_clock_rejection(&env) => {
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
        let ticket = self.pacer.borrow_mut().acquire(req);
        let started = Instant::now();
        let outcome = self.send_once(req, path_with_query, body);
        self.pacer.borrow_mut().release(ticket);
        if let Some(path) = &self.opts.audit_log {
            let line = audit_line(req, path_with_query, body, &outcome, started.elapsed());
            // Sent already: a line that cannot be written is worth a warning, not a failure.
            let sync = req.method != Method::Get;
            if let Err(why) = audit::append(path, &line, sync) {
                Stderr::warn(&format!(
                    "cannot write the audit log {}: {why}",
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
        // One deadline for the whole exchange, body included: the client's own timeout restarts
        // when the headers arrive, so a trickling body could otherwise take twice --timeout.
        let resp = rb.timeout(self.opts.timeout).send().map_err(classify)?;
        let status = resp.status().as_u16();
        let text = read_body(resp, status)?;
        parse_envelope(&text)
            .map(|env| (status, env))
            .map_err(|why| SendError::BadAnswer { status, why })
    }

    /// A private endpoint with a client made without credentials is okx's own mistake, caught
    /// before anything is sent, as the configuration error a user would otherwise see.
    fn check_credentials(&self, req: &ApiRequest) -> Result<(), Failure> {
        if req.signed && self.opts.credentials.is_none() {
            return Err(Failure::Config(format!(
                "{} needs credentials: set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE (see okx config)",
                req.describe()
            )));
        }
        Ok(())
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
            // The offset is bounded (a week) wherever it is learnt or loaded.
            let now =
                local_now() + time::Duration::milliseconds(self.clock_offset_ms.get().unwrap_or(0));
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
        if let Some(expire) = req.expire {
            // Computed now, on OKX's clock, so a resend after a clock resync carries a fresh one.
            let deadline = self.server_now_ms() + expire.as_millis() as i64;
            self.last_deadline_ms.set(Some(deadline));
            headers.push(Header {
                name: "expTime",
                value: HeaderValue::Plain(deadline.to_string()),
            });
        }
        Ok(headers)
    }

    /// The URL, body and headers `send` would use for `req`, signed now, for `--dry-run`.
    pub(crate) fn preview(
        &self,
        req: &ApiRequest,
    ) -> anyhow::Result<(String, String, Vec<Header>)> {
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

    /// OKX's clock as it answers `/api/v5/public/time`: `(ts, offset, round trip)`, where the
    /// offset takes the midpoint of the round trip as the moment the server read its clock
    /// (saturating: `okx time` shows even an absurd answer). Only `ts` missing or not an integer
    /// is an error; [`Client::plausible_server_time`] is what okx relies on.
    pub(crate) fn server_time(&self) -> anyhow::Result<(i64, i64, i64)> {
        let before = now_ms();
        let env = self.send(&endpoints::TIME.request())?;
        let after = now_ms();
        let ts = env
            .data
            .first()
            .and_then(|d| d.get("ts"))
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<i64>().ok())
            .ok_or_else(|| {
                Failure::Network(format!("{} answered without a ts", endpoints::TIME.path))
            })?;
        let rtt = after.saturating_sub(before).max(0);
        let midpoint = before.saturating_add(rtt / 2);
        Ok((ts, ts.saturating_sub(midpoint), rtt))
    }

    /// [`Client::server_time`] when `ts` is a plausible time (2015 to 2100); anything else is
    /// an error, never an offset or a verdict.
    pub(crate) fn plausible_server_time(&self) -> anyhow::Result<(i64, i64, i64)> {
        let (ts, offset, rtt) = self.server_time()?;
        if !(PLAUSIBLE_FROM_MS..PLAUSIBLE_UNTIL_MS).contains(&ts) {
            return Err(Failure::Network(format!(
                "{} answered {ts}, which is not a plausible time in epoch milliseconds",
                endpoints::TIME.path
            ))
            .into());
        }
        Ok((ts, offset, rtt))
    }

    /// OKX's clock read now (not estimated from an offset): a time OKX's clock has surely reached.
    pub(crate) fn read_server_clock(&self) -> anyhow::Result<i64> {
        Ok(self.plausible_server_time()?.0)
    }

    /// Learns the offset to OKX's clock and keeps it for the run. An offset measured over a slow
    /// round trip can be wrong by half of it, so okx measures once more and keeps the
    /// quickest; only a quick one is cached for later runs.
    pub(crate) fn learn_clock(&self) -> anyhow::Result<()> {
        let mut best: Option<(i64, i64)> = None;
        for _ in 0..2 {
            let (ts, offset, rtt) = self.plausible_server_time()?;
            if offset.unsigned_abs() > MAX_OFFSET_MS as u64 {
                return Err(Failure::Network(format!(
                        "OKX's clock reads {} while this machine's reads {}: more than 7 days apart; set this machine's clock (e.g. timedatectl set-ntp true)",
                        crate::output::iso_ms(&ts.to_string()),
                        crate::output::iso_ms(&now_ms().to_string())
                ))
                .into());
            }
            if best.is_none_or(|(_, r)| rtt < r) {
                best = Some((offset, rtt));
            }
            if rtt <= MAX_CACHED_RTT_MS {
                break;
            }
        }
        let Some((offset, rtt)) = best else {
            return Ok(());
        };
        self.clock_offset_ms.set(Some(offset));
        if let Some(path) = crate::cache::file(&self.opts.base_url, "clock") {
            if rtt <= MAX_CACHED_RTT_MS {
                crate::cache::write(
                    &path,
                    &serde_json::json!({ "offset_ms": offset, "at_ms": now_ms(), "rtt_ms": rtt }),
                );
            } else {
                // A stale cached offset must not outlive the one just measured.
                let _ = std::fs::remove_file(&path);
            }
        }
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

    /// The pause before retry `attempt` of a request: see [`backoff`].
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        backoff(BACKOFF_BASE, attempt)
    }
}

/// Refusing an unusable audit log: which file, what is wrong and how to fix it, what was not sent.
fn audit_refusal(path: &std::path::Path, why: &str, not_sent: &str) -> Failure {
    Failure::Config(format!(
        "cannot write the audit log {} (--audit-log / OKX_AUDIT_LOG): {why}; {not_sent}",
        path.display()
    ))
}

/// Clocks drift slowly: a learnt offset is reused for a few minutes, across runs.
const CLOCK_FRESH_MS: i64 = 300_000;
/// An offset is cached only when measured over a round trip this quick (its error is at most
/// half the round trip).
const MAX_CACHED_RTT_MS: i64 = 1_000;
/// An offset beyond a week is a broken clock or a broken answer, never trusted.
const MAX_OFFSET_MS: i64 = 7 * 86_400_000;
/// OKX's clock must read between 2015 and 2100.
const PLAUSIBLE_FROM_MS: i64 = 1_420_070_400_000;
const PLAUSIBLE_UNTIL_MS: i64 = 4_102_444_800_000;

/// The cached offset when it is recent, was measured over a quick round trip, and is sane.
fn load_clock(base_url: &str) -> Option<i64> {
    let v = crate::cache::read(&crate::cache::file(base_url, "clock")?)?;
    let at = v.get("at_ms")?.as_i64()?;
    let offset = v.get("offset_ms")?.as_i64()?;
    let rtt = v.get("rtt_ms")?.as_i64()?;
    let now = now_ms();
    (at <= now
        && now.saturating_sub(at) < CLOCK_FRESH_MS
        && (0..=MAX_CACHED_RTT_MS).contains(&rtt)
        && offset.unsigned_abs() <= MAX_OFFSET_MS as u64)
        .then_some(offset)
}

/// 50102/50112: OKX refused the timestamp before doing anything.
fn is_clock_rejection(env: &Envelope) -> bool {
    // An item naming an order, or saying it succeeded, contradicts "refused before doing
    // anything": such an answer is not resent, whatever its code.
    matches!(env.code.as_str(), "50102" | "50112")
        && env.data.iter().all(|i| {
            crate::parse::field(i, "ordId").is_empty() && crate::parse::field(i, "sCode") != "0"
        })
}

/// "2.3 s behind" / "120.0 s ahead of".
pub(crate) fn describe_offset(server_minus_local_ms: i64) -> String {
    let secs = server_minus_local_ms.unsigned_abs() as f64 / 1000.0;
    if server_minus_local_ms > 0 {
        format!("{secs:.1} s behind")
    } else {
        format!("{secs:.1} s ahead of")
    }
}

/// Exponential back-off with jitter, the one formula for every retry and reconnect: a random
/// delay between half and all of `base * 2^(attempt-1)` (capped at 32 × base), so processes
/// that failed together do not retry together.
pub(crate) fn backoff(base: Duration, attempt: u32) -> Duration {
    let step = base * 2u32.pow(attempt.clamp(1, 6) - 1);
    step.mul_f64(rand::random_range(0.5..=1.0))
}

pub(crate) fn now_ms() -> i64 {
    (local_now().unix_timestamp_nanos() / 1_000_000) as i64
}

/// This machine's clock. In debug builds (the ones the tests run) `OKX_TEST_CLOCK_STEP_MS`
/// shifts it, so a test can step okx's clock without touching the machine's; release builds
/// never read it.
pub(crate) fn local_now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    #[cfg(debug_assertions)]
    {
        if let Some(step) = std::env::var("OKX_TEST_CLOCK_STEP_MS")
            .ok()
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|ms| ms.unsigned_abs() <= MAX_OFFSET_MS as u64)
        {
            return now + time::Duration::milliseconds(step);
        }
    }
    now
}

/// The most okx reads of one answer. OKX's largest answers to what okx asks are instrument
/// lists (all SPOT instruments are about 1 MB, all SWAP a few hundred KB); a candle page is 300
/// rows (about 30 KB); `okx api` reaches the same endpoints. 16 MiB leaves room to grow and
/// stops an endless or absurd answer before it costs memory (one took 2.4 GB).
const MAX_BODY: u64 = 16 << 20;

/// The body of `resp`, at most [`MAX_BODY`] bytes, within the request's deadline. A longer one
/// is a bad answer: sent, and answered with something that cannot be OKX's.
fn read_body(resp: reqwest::blocking::Response, status: u16) -> Result<String, SendError> {
    use std::io::Read as _;
    let too_long = || SendError::BadAnswer {
        status,
        why: format!(
            "an answer longer than {} MiB, which okx does not read",
            MAX_BODY >> 20
        ),
    };
    if resp.content_length().is_some_and(|n| n > MAX_BODY) {
        return Err(too_long());
    }
    let mut body = Vec::new();
    resp.take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .map_err(|e| {
            // reqwest's own error inside: a timeout, a reset, a short body.
            let kind = e.kind();
            match e.into_inner().map(|i| i.downcast::<reqwest::Error>()) {
                Some(Ok(e)) => classify(*e),
                _ if kind == std::io::ErrorKind::TimedOut => SendError::Timeout,
                Some(Err(e)) => SendError::NoAnswer(e.to_string()),
                None => SendError::NoAnswer(kind.to_string()),
            }
        })?;
    if body.len() as u64 > MAX_BODY {
        return Err(too_long());
    }
    // As `Response::text` did: OKX sends UTF-8, and anything else is replaced, not refused here.
    Ok(String::from_utf8(body)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

pub(crate) enum SendError {
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
    if e.is_builder() {
        // The request could not even be built (a header value with a line break): not sent.
        SendError::Final(format!("the request could not be built: {why}"))
    } else if e.is_connect() {
        SendError::NotSent(why)
    } else {
        SendError::NoAnswer(why)
    }
}
