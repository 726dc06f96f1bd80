//! Hand-written HTTP/1.1 over `std::net`, just enough for OKX clients: keep-alive (reqwest reuses
//! connections), pipelined requests, Content-Length bodies, `Expect: 100-continue` (curl), and
//! `Connection: close`. The request-target and body are kept as the exact bytes received, since
//! signatures are checked over them. Owning the socket is what makes faults such as a TCP reset
//! or a short body possible.

use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 8 * 1024 * 1024;
/// How often a blocked read wakes up to notice that the sim is stopping.
const POLL: Duration = Duration::from_millis(100);

#[derive(Clone)]
pub(crate) struct Request {
    pub(crate) method: String,
    /// The request-target exactly as received.
    pub(crate) target: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
    http10: bool,
}

impl Request {
    /// The first header named `name` (case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The target without its query.
    pub(crate) fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    /// The raw query (without `?`), empty if none.
    pub(crate) fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// Whether the connection should close after the response.
    pub(crate) fn wants_close(&self) -> bool {
        let conn = self.header("connection").unwrap_or("");
        let has = |token: &str| {
            conn.split(',')
                .any(|t| t.trim().eq_ignore_ascii_case(token))
        };
        if self.http10 {
            !has("keep-alive")
        } else {
            has("close")
        }
    }
}

pub(crate) enum ReadError {
    /// The peer closed the connection (or the sim is stopping) between requests.
    Closed,
    /// A malformed or unsupported request: answer with this status and message, then close.
    Bad(u16, &'static str),
    Io,
}

/// One client connection and the bytes read past the current request.
pub(crate) struct Conn {
    pub(crate) stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    pub(crate) fn new(stream: TcpStream) -> io::Result<Conn> {
        stream.set_read_timeout(Some(POLL))?;
        stream.set_nodelay(true)?;
        Ok(Conn {
            stream,
            buf: Vec::new(),
        })
    }

    /// Reads more bytes into the buffer; `Ok(false)` on EOF.
    fn fill(&mut self, stop: &AtomicBool) -> Result<bool, ReadError> {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if stop.load(Ordering::SeqCst) {
                return Err(ReadError::Closed);
            }
            match self.stream.read(&mut chunk) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(true);
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted
                    ) => {}
                Err(_) => return Err(ReadError::Io),
            }
        }
    }

    /// Reads the next request.
    pub(crate) fn read_request(&mut self, stop: &AtomicBool) -> Result<Request, ReadError> {
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i;
            }
            if self.buf.len() > MAX_HEAD {
                return Err(ReadError::Bad(431, "Request Header Fields Too Large"));
            }
            if !self.fill(stop)? {
                return Err(if self.buf.is_empty() {
                    ReadError::Closed
                } else {
                    ReadError::Io
                });
            }
        };
        let head = std::str::from_utf8(&self.buf[..head_end])
            .map_err(|_| ReadError::Bad(400, "Bad Request"))?
            .to_string();
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap_or("");
        let mut parts = request_line.split(' ');
        let (method, target, version) =
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(m), Some(t), Some(v), None) if !m.is_empty() && t.starts_with('/') => {
                    (m, t, v)
                }
                _ => return Err(ReadError::Bad(400, "Bad Request")),
            };
        let http10 = match version {
            "HTTP/1.1" => false,
            "HTTP/1.0" => true,
            _ => return Err(ReadError::Bad(505, "HTTP Version Not Supported")),
        };
        let mut headers = Vec::new();
        for line in lines {
            let (name, value) = line
                .split_once(':')
                .ok_or(ReadError::Bad(400, "Bad Request"))?;
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        let mut req = Request {
            method: method.to_string(),
            target: target.to_string(),
            headers,
            body: Vec::new(),
            http10,
        };
        if req.header("transfer-encoding").is_some() {
            return Err(ReadError::Bad(501, "Not Implemented"));
        }
        let len = match req.header("content-length") {
            None => 0,
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| ReadError::Bad(400, "Bad Request"))?,
        };
        if len > MAX_BODY {
            return Err(ReadError::Bad(413, "Payload Too Large"));
        }
        self.buf.drain(..head_end + 4);
        if len > 0
            && self.buf.len() < len
            && req
                .header("expect")
                .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
        {
            self.stream
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .map_err(|_| ReadError::Io)?;
        }
        while self.buf.len() < len {
            if !self.fill(stop)? {
                return Err(ReadError::Io);
            }
        }
        req.body = self.buf.drain(..len).collect();
        Ok(req)
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        410 => "Gone",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

/// Writes a response. `announced_len` overrides Content-Length (the truncated-body fault).
pub(crate) fn write_response(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    announced_len: Option<usize>,
    close: bool,
) -> io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n",
        reason(status),
        announced_len.unwrap_or(body.len())
    )
    .into_bytes();
    if close {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    stream.write_all(&out)?;
    stream.flush()
}

/// Writes a 200 whose chunked body never ends: after `pause`, the headers and an envelope's
/// opening, then `chunk` spaces every `pause`, until a write fails (the client closed) or the sim
/// stops.
pub(crate) fn write_endless(
    stream: &mut TcpStream,
    chunk: usize,
    pause: Duration,
    stopping: &AtomicBool,
) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    let opening = r#"{"code":"0","msg":"","data":["#;
    let piece = |body: &[u8]| {
        let mut out = format!("{:x}\r\n", body.len()).into_bytes();
        out.extend_from_slice(body);
        out.extend_from_slice(b"\r\n");
        out
    };
    std::thread::sleep(pause);
    let mut out = head.as_bytes().to_vec();
    out.extend(piece(opening.as_bytes()));
    if stream
        .write_all(&out)
        .and_then(|()| stream.flush())
        .is_err()
    {
        return;
    }
    let spaces = piece(&vec![b' '; chunk]);
    while !stopping.load(Ordering::SeqCst) {
        std::thread::sleep(pause);
        if stream
            .write_all(&spaces)
            .and_then(|()| stream.flush())
            .is_err()
        {
            return;
        }
    }
}

/// Closes the connection with a TCP RST instead of a FIN: SO_LINGER with a zero timeout makes
/// close() discard unsent data and reset, which clients see as "connection reset by peer".
pub(crate) fn reset(stream: TcpStream) {
    let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
    drop(stream);
}

/// Closes the connection normally after the last write has been sent.
pub(crate) fn close(stream: TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
}
