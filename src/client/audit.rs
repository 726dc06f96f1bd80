//! The audit log: one JSON line per request, appended to a file only its owner can read. It
//! records what was sent and what came back, never a header, so never a credential.

use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use time::OffsetDateTime;

use super::{ApiRequest, Envelope, SendError};
use crate::sign;

/// Opens the audit log for appending, creating it readable by its owner only.
pub(super) fn open_audit_log(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
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
