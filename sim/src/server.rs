//! The accept loop, one thread per connection, and the pipeline of an API request: log it on
//! arrival, take a pending fault, answer with the fault's canned response or dispatch it, apply
//! the fault to the result, record the outcome in the log, write (or reset). Control requests
//! (`/__sim/…`) skip the log, faults and rate limits.

use std::net::{IpAddr, Ipv4Addr, TcpListener, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use crate::control;
use crate::faults::{self, Canned};
use crate::http::{self, Conn, ReadError, Request};
use crate::routes::{self, Reply};
use crate::state::Shared;
use crate::{Fault, LogEntry};

pub(crate) fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let shared = Arc::clone(&shared);
        // If the thread cannot be spawned the stream is dropped: the client sees a closed
        // connection, as under overload.
        let _ = std::thread::Builder::new()
            .name("okx-sim-conn".into())
            .spawn(move || serve_connection(stream, &shared));
    }
}

/// What to do with the connection after handling a request.
enum Action {
    Respond {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
        announced_len: Option<usize>,
        delay: Option<Duration>,
    },
    Reset,
    /// The `Endless` fault: a body that never ends.
    Endless {
        chunk: usize,
        pause: Duration,
    },
}

fn serve_connection(stream: TcpStream, shared: &Shared) {
    let peer = stream
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |a| a.ip());
    let Ok(mut conn) = Conn::new(stream) else {
        return;
    };
    loop {
        let req = match conn.read_request(&shared.stopping) {
            Ok(req) => req,
            Err(ReadError::Bad(status, msg)) => {
                let body = json!({"msg": msg, "code": status.to_string()});
                let _ = http::write_response(
                    &mut conn.stream,
                    status,
                    "application/json",
                    body.to_string().as_bytes(),
                    None,
                    true,
                );
                http::close(conn.stream);
                return;
            }
            Err(ReadError::Closed | ReadError::Io) => return,
        };
        let close = req.wants_close();
        let action = if req.path().starts_with("/__sim/") {
            let (status, body) = control::handle(shared, &req);
            Action::Respond {
                status,
                content_type: "application/json",
                body: body.into_bytes(),
                announced_len: None,
                delay: None,
            }
        } else {
            handle_api(shared, &req, peer)
        };
        match action {
            Action::Reset => {
                http::reset(conn.stream);
                return;
            }
            Action::Endless { chunk, pause } => {
                http::write_endless(&mut conn.stream, chunk, pause, &shared.stopping);
                http::close(conn.stream);
                return;
            }
            Action::Respond {
                status,
                content_type,
                body,
                announced_len,
                delay,
            } => {
                if let Some(d) = delay {
                    std::thread::sleep(d);
                }
                // A short body cannot be followed by another response on the same connection.
                let close = close || announced_len.is_some();
                let written = http::write_response(
                    &mut conn.stream,
                    status,
                    content_type,
                    &body,
                    announced_len,
                    close,
                );
                if written.is_err() || close {
                    http::close(conn.stream);
                    return;
                }
            }
        }
    }
}

fn handle_api(shared: &Shared, req: &Request, peer: IpAddr) -> Action {
    let at_ms = shared.now_ms();
    let fault = shared.faults().take(&req.method, req.path());
    let id = shared.log_arrival(LogEntry {
        method: req.method.clone(),
        path: req.path().to_string(),
        target: req.target.clone(),
        body: String::from_utf8_lossy(&req.body).into_owned(),
        headers: req.headers.clone(),
        status: 0,
        code: None,
        fault: fault.as_ref().map(|f| f.name().to_string()),
        at_ms,
    });
    if let Some(f) = &fault {
        if *f == Fault::ResetBeforeProcessing {
            return Action::Reset;
        }
        if let Fault::Endless { chunk, pause } = *f {
            shared.log_response(id, 200, None);
            return Action::Endless { chunk, pause };
        }
        if let Some(Canned {
            status,
            content_type,
            body,
            announced_len,
            code,
        }) = faults::canned(f)
        {
            shared.log_response(id, status, code);
            return Action::Respond {
                status,
                content_type,
                body: body.into_bytes(),
                announced_len,
                delay: None,
            };
        }
    }
    if let Some(Fault::ResetAfterItems(n)) = &fault {
        // The body stays as signed; the batch handler stops after `n` items.
        let mut first = req.clone();
        first
            .headers
            .push((crate::batch::PROCESS_ITEMS.to_string(), n.to_string()));
        routes::dispatch(shared, &first, peer, at_ms);
        return Action::Reset;
    }
    let mut reply = routes::dispatch(shared, req, peer, at_ms);
    let mut delay = None;
    match &fault {
        Some(Fault::ResetAfterProcessing) => return Action::Reset,
        Some(Fault::Slow(d)) => delay = Some(*d),
        // `Answer` with `process: true`: the request's effects stay, its answer is replaced.
        Some(Fault::Answer {
            status, code, msg, ..
        }) => reply = Reply::error(*status, code, msg),
        // `Raw` with `process: true`: the effects stay, the answer is the given body.
        Some(Fault::Raw { status, body, .. }) => {
            let ord_id = reply.body["data"][0]["ordId"].as_str().unwrap_or("");
            let body = body.replace("{{ordId}}", ord_id);
            let code = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| {
                    v.get("code")
                        .map(|c| c.to_string().trim_matches('"').to_string())
                });
            shared.log_response(id, *status, code);
            return Action::Respond {
                status: *status,
                content_type: "application/json",
                body: body.into_bytes(),
                announced_len: None,
                delay: None,
            };
        }
        Some(f) => faults::rewrite(f, &mut reply.body),
        None => {}
    }
    shared.log_response(id, reply.status, routes::code(&reply.body));
    Action::Respond {
        status: reply.status,
        content_type: "application/json",
        body: reply.to_json().into_bytes(),
        announced_len: None,
        delay,
    }
}
