//! OKX's WebSocket API v5 as a long-running stream (fact sheet §5): connect, log in for private
//! channels (epoch-seconds timestamp, `GET` + `/users/self/verify`), subscribe, keep the
//! connection alive with text `ping`s, and reconnect with jittered back-off after a drop, a
//! close frame, a missing `pong` or a 64008 maintenance notice, logging in and subscribing again.
//!
//! Errors that another attempt cannot fix (a refused login, a refused subscription) end the
//! stream at once with OKX's code, so bad credentials never loop.

use std::io::ErrorKind;
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};
use zeroize::Zeroizing;

use crate::config::Credentials;
use crate::error::Failure;
use crate::output::Stderr;
use crate::sign::{self, Prehash};

/// Set by Ctrl-C (or the end of `--duration`): the stream closes cleanly and okx exits 0.
pub(crate) static STOP: AtomicBool = AtomicBool::new(false);

/// How often the read loop wakes to check timers and Ctrl-C.
const TICK: Duration = Duration::from_millis(200);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Failed connection attempts in a row before giving up.
const MAX_ATTEMPTS: u32 = 8;

/// Which of OKX's three WebSocket endpoints (§5.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    Public,
    Private,
    Business,
}

impl Endpoint {
    pub(crate) fn path(self) -> &'static str {
        match self {
            Endpoint::Public => "/ws/v5/public",
            Endpoint::Private => "/ws/v5/private",
            Endpoint::Business => "/ws/v5/business",
        }
    }
}

/// What the consumer of pushed data wants next.
pub(crate) enum Flow {
    Continue,
    Stop,
    /// Subscribe again to get a fresh snapshot (an order book whose sequence broke).
    Resubscribe(String),
}

pub(crate) struct StreamSpec<'a> {
    pub base_url: String,
    pub endpoint: Endpoint,
    pub args: Vec<Value>,
    pub login: Option<&'a Credentials>,
    /// Send `ping` after this much silence; reconnect if no `pong` follows within it.
    pub ping_interval: Duration,
    /// OKX's clock minus this machine's, for the login timestamp.
    pub clock_offset_ms: i64,
}

/// How one connection ended.
enum End {
    Stop,
    /// Worth reconnecting; `got_data` tells whether the connection was healthy for a while.
    Lost {
        why: String,
        got_data: bool,
    },
}

/// Streams until the consumer stops, Ctrl-C, or an error no reconnect can fix.
pub(crate) fn stream(
    spec: &StreamSpec,
    on_data: &mut dyn FnMut(&Value) -> Flow,
) -> anyhow::Result<()> {
    let mut failures = 0u32;
    loop {
        if STOP.load(Ordering::SeqCst) {
            return Ok(());
        }
        match session(spec, on_data)? {
            End::Stop => return Ok(()),
            // Ctrl-C interrupts a read: that is the stop asked for, not a lost connection.
            End::Lost { .. } if STOP.load(Ordering::SeqCst) => return Ok(()),
            End::Lost { why, got_data } => {
                failures = if got_data { 1 } else { failures + 1 };
                if failures > MAX_ATTEMPTS {
                    return Err(Failure::Network(format!(
                        "gave up on {}{} after {MAX_ATTEMPTS} failed attempts in a row: {why}",
                        spec.base_url,
                        spec.endpoint.path()
                    ))
                    .into());
                }
                let delay = crate::client::backoff(Duration::from_millis(500), failures);
                Stderr::note(&format!(
                    "{why}; reconnecting in {:.1} s ({failures}/{MAX_ATTEMPTS})",
                    delay.as_secs_f64()
                ));
                sleep_unless_stopped(delay);
            }
        }
    }
}

fn sleep_unless_stopped(d: Duration) {
    let until = Instant::now() + d;
    while Instant::now() < until && !STOP.load(Ordering::SeqCst) {
        std::thread::sleep(TICK.min(until.saturating_duration_since(Instant::now())));
    }
}

type Socket = WebSocket<MaybeTlsStream<TcpStream>>;

fn connect(url: &str) -> Result<Socket, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("bad WebSocket URL {url}: {e}"))?;
    let host = parsed.host_str().unwrap_or_default().to_string();
    let port = parsed.port_or_known_default().unwrap_or(443);
    let addr = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {host}: {e}"))?
        .next()
        .ok_or_else(|| format!("cannot resolve {host}"))?;
    let tcp = TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT)
        .map_err(|e| format!("cannot connect to {host}:{port}: {e}"))?;
    tcp.set_read_timeout(Some(CONNECT_TIMEOUT)).ok();
    tcp.set_nodelay(true).ok();
    let (ws, _) = tungstenite::client_tls_with_config(url, tcp, None, None)
        .map_err(|e| format!("WebSocket handshake with {url} failed: {e}"))?;
    // From here the loop polls: short reads let it keep time (pings, Ctrl-C, --duration).
    let tcp = match ws.get_ref() {
        MaybeTlsStream::Plain(s) => s,
        MaybeTlsStream::Rustls(s) => s.get_ref(),
        _ => return Ok(ws),
    };
    tcp.set_read_timeout(Some(TICK)).ok();
    Ok(ws)
}

/// Why a stream ended on OKX's close frame: its code and reason, which is the server's text,
/// sanitised and bounded.
fn closed_why(code: u16, reason: &str) -> String {
    if reason.is_empty() {
        format!("OKX closed the connection (code {code})")
    } else {
        format!(
            "OKX closed the connection (code {code}: {})",
            crate::output::shown(reason, 200)
        )
    }
}

/// The login request: timestamp in epoch *seconds*, sign over `ts + GET + /users/self/verify`.
/// It holds the passphrase, so it is written straight into storage that is wiped when dropped,
/// reserved up front so that growing it never leaves a copy behind (no `Value` in between).
pub(crate) fn login_message(creds: &Credentials, epoch_secs: i64) -> Zeroizing<String> {
    let ts = epoch_secs.to_string();
    let prehash = Prehash {
        timestamp: &ts,
        method: "GET",
        request_path: "/users/self/verify",
        body: "",
    }
    .text();
    let signature = sign::sign(creds.secret_key.expose().as_bytes(), &prehash);
    let fields = [
        ("apiKey", creds.api_key.as_str()),
        ("passphrase", creds.passphrase.expose()),
        ("timestamp", &ts),
        ("sign", &signature),
    ];
    // JSON escapes a character into at most 6 bytes.
    let room = 64
        + fields
            .iter()
            .map(|(k, v)| k.len() + 6 * v.len() + 6)
            .sum::<usize>();
    let mut out = Zeroizing::new(Vec::with_capacity(room));
    let reserved = out.capacity();
    out.extend_from_slice(br#"{"op":"login","args":[{"#);
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Writing a str into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, k);
        out.push(b':');
        let _ = serde_json::to_writer(&mut *out, v);
    }
    out.extend_from_slice(b"}]}");
    debug_assert_eq!(
        out.capacity(),
        reserved,
        "the login message outgrew its storage"
    );
    // serde_json writes valid UTF-8; the bytes move into the String, not copied.
    Zeroizing::new(String::from_utf8(std::mem::take(&mut *out)).unwrap_or_default())
}

fn send(ws: &mut Socket, v: &Value) -> Result<(), String> {
    ws.send(Message::text(v.to_string()))
        .map_err(|e| format!("sending failed: {e}"))
}

/// A read that ended without data: its time-out passed, or a signal (Ctrl-C) interrupted it
/// (a socket read with a time-out is never restarted, whatever the handler's flags); either
/// way the loop checks its timers and `STOP` and reads again.
fn is_timeout(e: &tungstenite::Error) -> bool {
    matches!(e, tungstenite::Error::Io(io) if matches!(io.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted))
}

/// An OKX error event as a failure with the code's real meaning.
fn event_failure(v: &Value) -> Failure {
    let s = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Failure::Api {
        code: s("code"),
        msg: s("msg"),
        http_status: None,
        hint: None,
    }
}

/// One connection: connect, log in, subscribe, stream.
fn session(spec: &StreamSpec, on_data: &mut dyn FnMut(&Value) -> Flow) -> anyhow::Result<End> {
    let url = format!("{}{}", spec.base_url, spec.endpoint.path());
    let lost = |why: String| {
        Ok(End::Lost {
            why,
            got_data: false,
        })
    };
    let mut ws = match connect(&url) {
        Ok(ws) => ws,
        Err(why) => return lost(why),
    };
    let mut got_data = false;
    let mut last_rx = Instant::now();
    let mut ping_sent: Option<Instant> = None;
    let mut logged_in = spec.login.is_none();
    let mut subscribed = false;
    if let Some(creds) = spec.login {
        let secs = crate::client::now_ms()
            .saturating_add(spec.clock_offset_ms)
            .div_euclid(1000);
        let login = login_message(creds, secs);
        if let Err(why) = ws
            .send(Message::text(login.as_str()))
            .map_err(|e| format!("sending failed: {e}"))
        {
            return lost(why);
        }
    } else if let Err(why) = send(&mut ws, &json!({"op": "subscribe", "args": spec.args})) {
        return lost(why);
    } else {
        subscribed = true;
    }
    loop {
        if STOP.load(Ordering::SeqCst) {
            let _ = ws.close(None);
            let _ = ws.flush();
            return Ok(End::Stop);
        }
        let msg = match ws.read() {
            Ok(m) => m,
            Err(e) if is_timeout(&e) => {
                if let Some(sent) = ping_sent {
                    if sent.elapsed() >= spec.ping_interval {
                        return Ok(End::Lost {
                            why: format!(
                                "no pong within {} s of a ping",
                                spec.ping_interval.as_secs_f64()
                            ),
                            got_data,
                        });
                    }
                } else if last_rx.elapsed() >= spec.ping_interval {
                    if let Err(why) = ws.send(Message::text("ping")) {
                        return Ok(End::Lost {
                            why: format!("ping failed: {why}"),
                            got_data,
                        });
                    }
                    ping_sent = Some(Instant::now());
                }
                continue;
            }
            Err(e) => {
                return Ok(End::Lost {
                    why: format!("connection lost: {e}"),
                    got_data,
                })
            }
        };
        last_rx = Instant::now();
        ping_sent = None;
        let text = match msg {
            Message::Text(t) => t.to_string(),
            Message::Close(frame) => {
                let why = frame
                    .map(|f| closed_why(u16::from(f.code), &f.reason))
                    .unwrap_or_else(|| "OKX closed the connection".to_string());
                return Ok(End::Lost { why, got_data });
            }
            _ => continue,
        };
        if text == "pong" {
            continue;
        }
        let v: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(_) => {
                Stderr::warn(&format!(
                    "ignored a message that is not JSON: {}",
                    crate::output::sanitize(&text)
                ));
                continue;
            }
        };
        match v.get("event").and_then(Value::as_str) {
            Some("login") if v.get("code").and_then(Value::as_str) == Some("0") => {
                logged_in = true;
                if let Err(why) = send(&mut ws, &json!({"op": "subscribe", "args": spec.args})) {
                    return lost(why);
                }
                subscribed = true;
            }
            Some("error") | Some("login") => {
                // A refused login or subscription: another attempt would be refused the same way.
                let _ = ws.close(None);
                let what = if logged_in { "subscription" } else { "login" };
                return Err(anyhow::Error::new(event_failure(&v))
                    .context(format!("WebSocket {what} refused")));
            }
            Some("notice") => {
                let code = crate::output::shown(
                    v.get("code").and_then(Value::as_str).unwrap_or_default(),
                    16,
                );
                return Ok(End::Lost {
                    why: format!(
                        "OKX notice {code} (service upgrade): reconnecting before it closes"
                    ),
                    got_data,
                });
            }
            Some(_) => {}
            None if v.get("data").is_some() && subscribed => {
                got_data = true;
                match on_data(&v) {
                    Flow::Continue => {}
                    Flow::Stop => {
                        let _ = ws.close(None);
                        let _ = ws.flush();
                        return Ok(End::Stop);
                    }
                    Flow::Resubscribe(why) => {
                        Stderr::note(&format!("{why}; subscribing again for a fresh snapshot"));
                        let arg = v.get("arg").cloned().unwrap_or(Value::Null);
                        for op in ["unsubscribe", "subscribe"] {
                            if let Err(why) =
                                send(&mut ws, &json!({"op": op, "args": [arg.clone()]}))
                            {
                                return Ok(End::Lost { why, got_data });
                            }
                        }
                    }
                }
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_close_reason_is_shown_safely() {
        let why = closed_why(
            4004,
            &format!("bye\u{1b}]0;pwned\u{7}\u{202e}{}", "x".repeat(500)),
        );
        assert!(
            !why.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{why:?}"
        );
        assert!(why.len() < 300, "{why}");
        assert_eq!(
            closed_why(1000, ""),
            "OKX closed the connection (code 1000)"
        );
    }
    use crate::config::Secret;

    #[test]
    fn login_signs_epoch_seconds_get_users_self_verify() {
        let creds = Credentials {
            api_key: "k".into(),
            secret_key: Secret::new("22582BD0CFF14C41EDBF1AB98506286D"),
            passphrase: Secret::new("p"),
        };
        let m: Value = serde_json::from_str(&login_message(&creds, 1_704_876_947)).unwrap();
        assert_eq!(m["op"], "login");
        let a = &m["args"][0];
        assert_eq!(a["apiKey"], "k");
        assert_eq!(a["passphrase"], "p");
        assert_eq!(a["timestamp"], "1704876947");
        // python3: base64.b64encode(hmac.new(b"22582BD0CFF14C41EDBF1AB98506286D",
        //          b"1704876947GET/users/self/verify", hashlib.sha256).digest())
        assert_eq!(a["sign"], "5/36BgGV6m/6pmdc20zdqk0mzF5ZalmzzPD2fo3wavU=");
    }

    /// A passphrase that needs escaping (quotes, a backslash, a control character, non-ASCII)
    /// still makes valid JSON and fits the storage reserved for it.
    #[test]
    fn login_message_escapes_the_passphrase() {
        let tricky = "p\"a\\s\u{1}s\u{2028}é\u{1F600}";
        let creds = Credentials {
            api_key: "k\"".into(),
            secret_key: Secret::new("s"),
            passphrase: Secret::new(tricky),
        };
        let m: Value = serde_json::from_str(&login_message(&creds, 1)).unwrap();
        assert_eq!(m["args"][0]["passphrase"], tricky);
        assert_eq!(m["args"][0]["apiKey"], "k\"");
    }
}
