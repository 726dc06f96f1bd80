//! The WebSocket API v5 transport: a second loopback listener, the handshake (only
//! `/ws/v5/public`, `/ws/v5/private` and `/ws/v5/business`; anything else gets HTTP 404), and one
//! thread per connection that reads frames, hands text to its [`Session`], pushes on a timer and
//! carries out the hub's commands (notice, close, REST changes). The [`WsHub`] is what the rest of
//! the sim sees: the registry of open connections, the message log and the test switches.
//!
//! A connection thread polls: reads wait at most [`POLL`], so commands and pushes go out within
//! about that long, and every thread notices within it that the sim is stopping.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::ErrorKind;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tungstenite::handshake::HandshakeError;
use tungstenite::http::{header, HeaderValue, StatusCode};
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::CloseFrame;
use tungstenite::{Message, WebSocket};

use crate::algo_ws::AlgoPush;
use crate::positions::PositionEvent;
use crate::state::{lock, Shared};
use crate::walk::mix;
use crate::ws_session::{Endpoint, OrderEvent, Session};
use crate::WsLogEntry;

/// How long a read waits before the thread looks at its commands, timers and the stop flag.
const POLL: Duration = Duration::from_millis(10);
/// A client that does not take a frame within this long is dropped.
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// After sending a close frame, how long to wait for the client's.
const CLOSE_WAIT: Duration = Duration::from_secs(1);
/// How long `ws_close_all` and `ws_notice` wait for the connections to act.
const COMMAND_WAIT: Duration = Duration::from_secs(2);
/// OKX closes a connection with no subscription, or that nothing was pushed on, for 30 s (docs
/// #overview-websocket-connect: "The connection will break automatically if the subscription is
/// not established or data has not been pushed for more than 30 seconds").
pub(crate) const IDLE_CLOSE_MS: u64 = 30_000;
/// The close code of that: "no data received in 30 s" (fact sheet §2.3).
const IDLE_CLOSE_CODE: u16 = 4004;

const NOTICE_MSG: &str =
    "The connection will soon be closed for a service upgrade. Please reconnect.";

/// What the hub asks of a connection thread.
enum Cmd {
    /// Send a close frame with this code, then close; acknowledge once the frame is out.
    Close(u16, Sender<()>),
    /// Send the 64008 notice; acknowledge once it is out.
    Notice(Sender<()>),
    /// An order changed through REST.
    Order(Arc<OrderEvent>),
    /// The balances of this uid changed.
    Balance(Arc<str>),
    /// A position changed (fill, margin or leverage).
    Position(Arc<PositionEvent>),
    /// An algo order changed.
    Algo(Arc<AlgoPush>),
}

struct Registered {
    conn: u64,
    /// A handle on the socket, to drop the connection from outside its thread.
    stream: TcpStream,
    commands: Sender<Cmd>,
}

/// The WebSocket state every thread shares.
pub(crate) struct WsHub {
    push_interval_ms: u64,
    pongs: AtomicBool,
    /// A connection with no subscription, or with nothing sent on it, for this long is closed.
    pub(crate) idle_close_ms: AtomicU64,
    next_conn: AtomicU64,
    conns: Mutex<Vec<Registered>>,
    log: Mutex<Vec<WsLogEntry>>,
    /// Per instrument, how many `books` updates are still to skip a sequence number.
    book_gaps: Mutex<HashMap<String, usize>>,
    /// Per instrument, how many quiet-period `books` updates were asked for, ever.
    book_quiets: Mutex<HashMap<String, u64>>,
}

impl WsHub {
    pub(crate) fn new(push_interval_ms: u64, idle_close_ms: u64) -> WsHub {
        WsHub {
            push_interval_ms: push_interval_ms.max(1),
            pongs: AtomicBool::new(true),
            idle_close_ms: AtomicU64::new(idle_close_ms.max(1)),
            next_conn: AtomicU64::new(1),
            conns: Mutex::new(Vec::new()),
            log: Mutex::new(Vec::new()),
            book_gaps: Mutex::new(HashMap::new()),
            book_quiets: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn set_pongs(&self, on: bool) {
        self.pongs.store(on, Ordering::SeqCst);
    }

    pub(crate) fn set_idle_close_ms(&self, ms: u64) {
        self.idle_close_ms.store(ms.max(1), Ordering::SeqCst);
    }

    pub(crate) fn log_entries(&self) -> Vec<WsLogEntry> {
        lock(&self.log).clone()
    }

    pub(crate) fn connections(&self) -> usize {
        lock(&self.conns).len()
    }

    /// Shuts every connection's socket down (no close frame) and forgets them.
    pub(crate) fn drop_all(&self) {
        for c in lock(&self.conns).drain(..) {
            let _ = c.stream.shutdown(Shutdown::Both);
        }
    }

    /// Sends a close frame with `code` on every connection and closes them.
    pub(crate) fn close_all(&self, code: u16) {
        self.command_all(|ack| Cmd::Close(code, ack));
    }

    /// Sends the 64008 "service upgrade" notice on every connection.
    pub(crate) fn notice_all(&self) {
        self.command_all(Cmd::Notice);
    }

    /// Sends a command to every connection and waits (up to [`COMMAND_WAIT`]) until each has
    /// carried it out, so a test sees the effect as soon as the call returns.
    fn command_all(&self, cmd: impl Fn(Sender<()>) -> Cmd) {
        let acks: Vec<Receiver<()>> = lock(&self.conns)
            .iter()
            .filter_map(|c| {
                let (ack, done) = mpsc::channel();
                c.commands.send(cmd(ack)).ok().map(|()| done)
            })
            .collect();
        let deadline = Instant::now() + COMMAND_WAIT;
        for done in acks {
            let _ = done.recv_timeout(deadline.saturating_duration_since(Instant::now()));
        }
    }

    /// The next `books` update of `inst_id` skips a sequence number.
    pub(crate) fn book_gap(&self, inst_id: &str) {
        *lock(&self.book_gaps)
            .entry(inst_id.to_string())
            .or_default() += 1;
    }

    /// Every `books` subscription of `inst_id` sends one quiet-period update next.
    pub(crate) fn book_quiet(&self, inst_id: &str) {
        *lock(&self.book_quiets)
            .entry(inst_id.to_string())
            .or_default() += 1;
    }

    /// How many quiet-period updates of `inst_id` were asked for so far.
    pub(crate) fn book_quiets(&self, inst_id: &str) -> u64 {
        lock(&self.book_quiets).get(inst_id).copied().unwrap_or(0)
    }

    /// Takes one pending gap of `inst_id`, if any.
    pub(crate) fn take_book_gap(&self, inst_id: &str) -> bool {
        let mut gaps = lock(&self.book_gaps);
        match gaps.get_mut(inst_id) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }

    /// Tells every connection that an order changed (each pushes it if it should).
    pub(crate) fn order_changed(&self, event: OrderEvent) {
        let event = Arc::new(event);
        self.broadcast(|| Cmd::Order(Arc::clone(&event)));
    }

    /// Tells every connection that a position changed (each pushes it if it should).
    pub(crate) fn position_changed(&self, event: PositionEvent) {
        let event = Arc::new(event);
        self.broadcast(|| Cmd::Position(Arc::clone(&event)));
    }

    /// Tells every connection that an algo order changed (each pushes it if it should).
    pub(crate) fn algo_changed(&self, push: AlgoPush) {
        let push = Arc::new(push);
        self.broadcast(|| Cmd::Algo(Arc::clone(&push)));
    }

    /// Tells every connection that the balances of `uid` changed.
    pub(crate) fn balance_changed(&self, uid: &str) {
        let uid: Arc<str> = Arc::from(uid);
        self.broadcast(|| Cmd::Balance(Arc::clone(&uid)));
    }

    fn broadcast(&self, cmd: impl Fn() -> Cmd) {
        for c in lock(&self.conns).iter() {
            let _ = c.commands.send(cmd());
        }
    }

    fn register(&self, stream: TcpStream, commands: Sender<Cmd>) -> u64 {
        let mut conns = lock(&self.conns);
        let conn = self.next_conn.fetch_add(1, Ordering::SeqCst);
        conns.push(Registered {
            conn,
            stream,
            commands,
        });
        conn
    }

    fn unregister(&self, conn: u64) {
        lock(&self.conns).retain(|c| c.conn != conn);
    }
}

pub(crate) fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let shared = Arc::clone(&shared);
        let _ = std::thread::Builder::new()
            .name("okx-sim-ws".into())
            .spawn(move || serve(stream, &shared));
    }
}

/// The handshake's answer to a path the sim does not serve.
fn not_found() -> ErrorResponse {
    let body = json!({"msg": "Not Found", "code": "404"}).to_string();
    let mut response = ErrorResponse::new(None);
    *response.status_mut() = StatusCode::NOT_FOUND;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    *response.body_mut() = Some(body);
    response
}

/// Completes the opening handshake: the socket and the endpoint, or `None` (refused, broken, or
/// the sim is stopping).
fn handshake(
    stream: TcpStream,
    shared: &Shared,
) -> Option<(WebSocket<TcpStream>, Endpoint, String)> {
    stream.set_read_timeout(Some(POLL)).ok()?;
    stream.set_write_timeout(Some(WRITE_TIMEOUT)).ok()?;
    stream.set_nodelay(true).ok()?;
    let target: Cell<Option<(Endpoint, String)>> = Cell::new(None);
    // The callback's type is tungstenite's, large error response included.
    #[allow(clippy::result_large_err)]
    let check = |req: &Request, resp: Response| {
        let path = req.uri().path();
        match Endpoint::from_path(path) {
            Some(endpoint) => {
                target.set(Some((endpoint, path.to_string())));
                Ok(resp)
            }
            None => Err(not_found()),
        }
    };
    let deadline = Instant::now() + HANDSHAKE_TIMEOUT;
    let mut attempt = tungstenite::accept_hdr(stream, check);
    loop {
        match attempt {
            Ok(ws) => {
                let (endpoint, path) = target.take()?;
                return Some((ws, endpoint, path));
            }
            Err(HandshakeError::Interrupted(mid))
                if Instant::now() < deadline && !shared.stopping.load(Ordering::SeqCst) =>
            {
                attempt = mid.handshake();
            }
            Err(_) => return None,
        }
    }
}

fn would_block(e: &tungstenite::Error) -> bool {
    matches!(e, tungstenite::Error::Io(io)
        if matches!(io.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted))
}

/// `connId`: eight hex digits, different for each connection.
fn conn_id(conn: u64) -> String {
    format!("{:08x}", mix(conn ^ 0x636f_6e6e_4964) >> 32)
}

/// Sends texts in order, noting when something was last sent; `false` if the connection is gone.
fn send_all(ws: &mut WebSocket<TcpStream>, texts: Vec<String>, last_sent: &mut Instant) -> bool {
    for text in texts {
        if ws.send(Message::text(text)).is_err() {
            return false;
        }
        *last_sent = Instant::now();
    }
    true
}

/// Sends a close frame (the socket stays open for the client's reply: [`finish_close`]).
fn send_close(ws: &mut WebSocket<TcpStream>, code: u16, reason: &str) {
    let _ = ws.close(Some(CloseFrame {
        code: CloseCode::from(code),
        reason: reason.into(),
    }));
}

/// Waits briefly for the client's close frame, then closes the socket.
fn finish_close(mut ws: WebSocket<TcpStream>) {
    let deadline = Instant::now() + CLOSE_WAIT;
    while Instant::now() < deadline {
        match ws.read() {
            Ok(_) => {}
            Err(e) if would_block(&e) => {}
            Err(_) => break,
        }
    }
    let _ = ws.get_ref().shutdown(Shutdown::Both);
}

/// How a connection ended.
enum End {
    /// The socket is gone (peer closed, dropped, error, sim stopping).
    Gone,
    /// The sim sent a close frame.
    Closed,
}

fn serve(stream: TcpStream, shared: &Shared) {
    let Some((mut ws, endpoint, path)) = handshake(stream, shared) else {
        return;
    };
    let Ok(handle) = ws.get_ref().try_clone() else {
        return;
    };
    let hub = &shared.ws;
    let (commands, inbox) = mpsc::channel();
    let conn = hub.register(handle, commands);
    let mut session = Session::new(shared, endpoint, conn_id(conn));
    let interval = Duration::from_millis(hub.push_interval_ms);
    let mut next_push = Instant::now() + interval;
    let mut unsubscribed_since = Some(Instant::now());
    // Data, pongs and answers all count: a client keeps a quiet subscription alive with pings.
    let mut last_sent = Instant::now();
    let end = 'conn: loop {
        if shared.stopping.load(Ordering::SeqCst) {
            break End::Gone;
        }
        match ws.read() {
            Ok(Message::Text(text)) => {
                lock(&hub.log).push(WsLogEntry {
                    conn,
                    path: path.clone(),
                    text: text.as_str().to_string(),
                    at_ms: shared.now_ms(),
                });
                let replies = session.handle(text.as_str(), hub.pongs.load(Ordering::SeqCst));
                if !send_all(&mut ws, replies, &mut last_sent) {
                    break End::Gone;
                }
            }
            // Binary frames are ignored; tungstenite answers protocol pings itself.
            Ok(_) => {}
            Err(e) if would_block(&e) => {}
            Err(_) => break End::Gone,
        }
        loop {
            let cmd = match inbox.try_recv() {
                Ok(cmd) => cmd,
                Err(TryRecvError::Empty) => break,
                // Dropped by `drop_all`: the socket is already shut down.
                Err(TryRecvError::Disconnected) => break 'conn End::Gone,
            };
            let texts = match cmd {
                Cmd::Close(code, ack) => {
                    send_close(&mut ws, code, "");
                    hub.unregister(conn);
                    let _ = ack.send(());
                    break 'conn End::Closed;
                }
                Cmd::Notice(ack) => {
                    let notice = json!({
                        "event": "notice",
                        "code": "64008",
                        "msg": NOTICE_MSG,
                        "connId": conn_id(conn),
                    });
                    let sent = send_all(&mut ws, vec![notice.to_string()], &mut last_sent);
                    let _ = ack.send(());
                    if !sent {
                        break 'conn End::Gone;
                    }
                    continue;
                }
                Cmd::Order(event) => session.order_event(&event),
                Cmd::Balance(uid) => session.balance_event(&uid),
                Cmd::Position(event) => session.position_event(&event),
                Cmd::Algo(push) => session.algo_event(&push),
            };
            if !send_all(&mut ws, texts, &mut last_sent) {
                break 'conn End::Gone;
            }
        }
        let now = Instant::now();
        if now >= next_push {
            if !send_all(&mut ws, session.tick(shared.now_ms()), &mut last_sent) {
                break End::Gone;
            }
            next_push = (next_push + interval).max(now);
        }
        let idle = Duration::from_millis(hub.idle_close_ms.load(Ordering::SeqCst));
        if session.has_subscriptions() {
            unsubscribed_since = None;
            if now.duration_since(last_sent) >= idle {
                send_close(&mut ws, IDLE_CLOSE_CODE, "No data received in 30s");
                break End::Closed;
            }
        } else {
            let since = *unsubscribed_since.get_or_insert(now);
            if now.duration_since(since) >= idle {
                send_close(&mut ws, IDLE_CLOSE_CODE, "No subscription within 30s");
                break End::Closed;
            }
        }
    };
    hub.unregister(conn);
    match end {
        End::Closed => finish_close(ws),
        End::Gone => {
            let _ = ws.get_ref().shutdown(Shutdown::Both);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Sim, SimConfig};
    use tungstenite::stream::MaybeTlsStream;

    type Client = WebSocket<MaybeTlsStream<TcpStream>>;

    fn connect(sim: &Sim) -> Client {
        let (mut ws, _) = tungstenite::connect(format!("{}/ws/v5/public", sim.ws_url())).unwrap();
        if let MaybeTlsStream::Plain(s) = ws.get_mut() {
            s.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        }
        ws
    }

    /// Reads until the server closes (the close code) or `within` passes (`None`).
    fn closed_within(ws: &mut Client, within: Duration) -> Option<u16> {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            match ws.read() {
                Ok(Message::Close(frame)) => return frame.map(|f| u16::from(f.code)),
                Ok(_) => {}
                Err(e) if would_block(&e) => {}
                Err(e) => panic!("{e}"),
            }
        }
        None
    }

    #[test]
    fn connections_without_subscriptions_are_closed() {
        let sim = Sim::start(SimConfig::default()).unwrap();
        assert_eq!(sim.shared.ws.idle_close_ms.load(Ordering::SeqCst), 30_000);
        sim.shared.ws.idle_close_ms.store(300, Ordering::SeqCst);
        let mut idle = connect(&sim);
        let start = Instant::now();
        // Pings do not count as a subscription.
        idle.send(Message::text("ping")).unwrap();
        assert_eq!(closed_within(&mut idle, Duration::from_secs(3)), Some(4004));
        assert!(start.elapsed() >= Duration::from_millis(280));

        let mut busy = connect(&sim);
        let sub = r#"{"op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}"#;
        busy.send(Message::text(sub)).unwrap();
        assert_eq!(closed_within(&mut busy, Duration::from_millis(800)), None);
        let unsub = sub.replace("\"subscribe\"", "\"unsubscribe\"");
        busy.send(Message::text(unsub)).unwrap();
        assert_eq!(closed_within(&mut busy, Duration::from_secs(3)), Some(4004));
    }

    #[test]
    fn connection_ids_are_eight_hex_digits() {
        let ids: Vec<String> = (1..100).map(conn_id).collect();
        assert!(ids
            .iter()
            .all(|id| id.len() == 8 && id.bytes().all(|b| b.is_ascii_hexdigit())));
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
    }
}
