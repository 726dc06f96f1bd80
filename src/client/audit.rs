//! The audit log, a write-ahead log: for an order-changing request, an `"event":"intent"` line is
//! written and flushed to disk (`sync_data`) before the request is sent, so a crash or a lost
//! answer still leaves a record of what may have reached OKX; an `"event":"answer"` line follows
//! each attempt, for every request. Lines hold what was sent and what came back, never a header,
//! so never a credential.
//!
//! The file must be a regular file okx can append to: it is opened without following a symlink
//! (`O_NOFOLLOW`) and without blocking (`O_NONBLOCK`, so a FIFO with no reader fails instead of
//! hanging okx), and a device, FIFO or directory is refused. A log that cannot take the intent
//! stops the order before anything is sent.

use std::io::Write as _;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use time::OffsetDateTime;

use super::{ApiRequest, Envelope, SendError};
use crate::sign;

/// Opens the audit log for appending, creating it readable by its owner only. The error says
/// what is wrong with the path and how to fix it.
pub(super) fn open_audit_log(path: &Path) -> Result<std::fs::File, String> {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = o.open(path).map_err(|e| {
        #[cfg(unix)]
        match e.raw_os_error() {
            Some(libc::ELOOP) => {
                return "it is a symbolic link, which okx does not follow; give the path of a regular file".to_string();
            }
            // O_NONBLOCK on a FIFO with no reader.
            Some(libc::ENXIO) => {
                return "it is a FIFO or device, not a regular file; give the path of a regular file".to_string();
            }
            _ => {}
        }
        format!("{e}; give the path of a regular file okx can create or append to")
    })?;
    match file.metadata() {
        Ok(m) if m.is_file() => Ok(file),
        Ok(_) => Err(
            "it is not a regular file (a device, FIFO or directory); give the path of a regular file"
                .to_string(),
        ),
        Err(e) => Err(format!("cannot inspect it: {e}")),
    }
}

/// Appends `line`; with `sync`, waits until it is on disk.
pub(super) fn append(path: &Path, line: &str, sync: bool) -> Result<(), String> {
    let mut f = open_audit_log(path)?;
    f.write_all(line.as_bytes())
        .and_then(|()| if sync { f.sync_data() } else { Ok(()) })
        .map_err(|e| format!("{e}; free space or give another file"))
}

/// A string field of the JSON body (`clOrdId`), if the body is an object that has it.
fn body_field(body: &str, k: &str) -> Option<String> {
    serde_json::from_str::<Value>(body)
        .ok()?
        .get(k)?
        .as_str()
        .map(str::to_string)
}

/// The write-ahead record of a request about to be sent.
pub(super) fn intent_line(req: &ApiRequest, path_with_query: &str, body: &str) -> String {
    let mut line = serde_json::json!({
        "event": "intent",
        "time": sign::format_timestamp(OffsetDateTime::now_utc()),
        "method": req.method.as_str(),
        "path": path_with_query,
        "body": body,
        "clOrdId": body_field(body, "clOrdId"),
    })
    .to_string();
    line.push('\n');
    line
}

/// One audit record: what was sent (never a header, so never a credential) and what came back.
pub(super) fn audit_line(
    req: &ApiRequest,
    path_with_query: &str,
    body: &str,
    outcome: &Result<(u16, Envelope), SendError>,
    took: Duration,
) -> String {
    let first = |env: &Envelope, k: &str| -> Option<String> {
        env.data.first()?.get(k)?.as_str().map(str::to_string)
    };
    let (status, code, ord_id, cl_ord_id, s_code, s_msg, error) = match outcome {
        Ok((status, env)) => (
            Some(*status),
            Some(env.code.clone()),
            first(env, "ordId").filter(|s| !s.is_empty()),
            first(env, "clOrdId")
                .filter(|s| !s.is_empty())
                .or_else(|| body_field(body, "clOrdId")),
            first(env, "sCode"),
            first(env, "sMsg"),
            None,
        ),
        Err(e) => (
            None,
            None,
            None,
            body_field(body, "clOrdId"),
            None,
            None,
            Some(e.why()),
        ),
    };
    let mut line = serde_json::json!({
        "event": "answer",
        "time": sign::format_timestamp(OffsetDateTime::now_utc()),
        "method": req.method.as_str(),
        "path": path_with_query,
        "body": body,
        "status": status,
        "code": code,
        "ordId": ord_id,
        "clOrdId": cl_ord_id,
        "sCode": s_code,
        "sMsg": s_msg,
        "duration_ms": took.as_millis() as u64,
        "error": error,
    })
    .to_string();
    line.push('\n');
    line
}
