//! Injected failures: the queue `Sim::inject` fills, the snake_case names used by the log and by
//! `POST /__sim/fault`, and the canned responses of the faults that answer without processing.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};

use crate::routes::{self, Reply};
use crate::Fault;

/// The arguments some faults take, as `POST /__sim/fault` body fields: `slow_ms` for `slow`;
/// `status`, `code`, `msg` and `process` for `answer`.
#[derive(Clone, Debug, Default, Deserialize)]
pub(crate) struct FaultArgs {
    #[serde(default)]
    pub(crate) slow_ms: u64,
    #[serde(default)]
    pub(crate) status: Option<u16>,
    #[serde(default)]
    pub(crate) code: Option<String>,
    #[serde(default)]
    pub(crate) msg: String,
    #[serde(default)]
    pub(crate) process: bool,
    /// How many items of a batch `reset_after_items` processes.
    #[serde(default)]
    pub(crate) items: usize,
    /// The exact body for `raw`.
    #[serde(default)]
    pub(crate) body: Option<String>,
    /// Bytes per write for `endless` (default 65536), and the pause between writes.
    #[serde(default)]
    pub(crate) chunk: Option<usize>,
    #[serde(default)]
    pub(crate) pause_ms: u64,
}

impl Fault {
    /// The snake_case name used in the log and by `POST /__sim/fault`.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Fault::Http500 => "http500",
            Fault::Http502Html => "http502_html",
            Fault::Http429 => "http429",
            Fault::Busy => "busy",
            Fault::Slow(_) => "slow",
            Fault::ResetBeforeProcessing => "reset_before_processing",
            Fault::ResetAfterProcessing => "reset_after_processing",
            Fault::ResetAfterItems(_) => "reset_after_items",
            Fault::MalformedJson => "malformed_json",
            Fault::TruncatedBody => "truncated_body",
            Fault::EmptyData => "empty_data",
            Fault::CodeAsNumber => "code_as_number",
            Fault::ExtraFields => "extra_fields",
            Fault::Answer { .. } => "answer",
            Fault::Raw { .. } => "raw",
            Fault::Endless { .. } => "endless",
        }
    }

    /// The fault named `name` with its arguments; `answer` needs a `status` (100–599) and a
    /// `code`.
    pub(crate) fn from_name(name: &str, args: &FaultArgs) -> Result<Fault, String> {
        Ok(match name {
            "http500" => Fault::Http500,
            "http502_html" => Fault::Http502Html,
            "http429" => Fault::Http429,
            "busy" => Fault::Busy,
            "slow" => Fault::Slow(Duration::from_millis(args.slow_ms)),
            "answer" => match (args.status, &args.code) {
                (Some(status @ 100..=599), Some(code)) => Fault::Answer {
                    status,
                    code: code.clone(),
                    msg: args.msg.clone(),
                    process: args.process,
                },
                _ => return Err("answer needs a status (100-599) and a code".into()),
            },
            "raw" => match (args.status, &args.body) {
                (Some(status @ 100..=599), Some(body)) => Fault::Raw {
                    status,
                    body: body.clone(),
                    process: args.process,
                },
                _ => return Err("raw needs a status (100-599) and a body".into()),
            },
            "reset_before_processing" => Fault::ResetBeforeProcessing,
            "reset_after_processing" => Fault::ResetAfterProcessing,
            "reset_after_items" => Fault::ResetAfterItems(args.items),
            "malformed_json" => Fault::MalformedJson,
            "truncated_body" => Fault::TruncatedBody,
            "empty_data" => Fault::EmptyData,
            "code_as_number" => Fault::CodeAsNumber,
            "extra_fields" => Fault::ExtraFields,
            "endless" => Fault::Endless {
                chunk: args.chunk.unwrap_or(65_536).max(1),
                pause: Duration::from_millis(args.pause_ms),
            },
            _ => return Err(format!("unknown fault {name:?}")),
        })
    }
}

struct Pending {
    path: String,
    fault: Fault,
    remaining: usize,
}

/// Faults waiting for requests, oldest first.
#[derive(Default)]
pub(crate) struct FaultQueue {
    pending: Vec<Pending>,
}

impl FaultQueue {
    pub(crate) fn inject(&mut self, path: &str, fault: Fault, times: usize) {
        if times > 0 {
            self.pending.push(Pending {
                path: path.to_string(),
                fault,
                remaining: times,
            });
        }
    }

    pub(crate) fn clear(&mut self) {
        self.pending.clear();
    }

    /// The fault for a `method` request to `path`, if one is pending (the oldest matching
    /// injection). An injection's path may name the method too: `POST /api/v5/trade/order`
    /// faults the order and not the look-ups that share its path.
    pub(crate) fn take(&mut self, method: &str, path: &str) -> Option<Fault> {
        let matches = |p: &str| match p.split_once(' ') {
            Some((m, p)) => m == method && p == path,
            None => p == "*" || p == path,
        };
        let i = self.pending.iter().position(|p| matches(&p.path))?;
        let fault = self.pending[i].fault.clone();
        self.pending[i].remaining -= 1;
        if self.pending[i].remaining == 0 {
            self.pending.remove(i);
        }
        Some(fault)
    }
}

/// A canned response: HTTP status, content type, body, and for `TruncatedBody` the larger
/// Content-Length to announce.
pub(crate) struct Canned {
    pub(crate) status: u16,
    pub(crate) content_type: &'static str,
    pub(crate) body: String,
    pub(crate) announced_len: Option<usize>,
    /// The OKX code of the body, for the log.
    pub(crate) code: Option<String>,
}

/// nginx's stock error page, as a CDN or load balancer in front of OKX would send it.
const NGINX_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// The response of a fault that answers without processing the request; `None` for faults that
/// let the request be processed (or reset the connection).
pub(crate) fn canned(fault: &Fault) -> Option<Canned> {
    let envelope = |reply: Reply| Canned {
        status: reply.status,
        content_type: "application/json",
        code: routes::code(&reply.body),
        body: reply.to_json(),
        announced_len: None,
    };
    Some(match fault {
        Fault::Http500 => envelope(Reply::error(500, "50026", "System error")),
        Fault::Http429 => envelope(Reply::new(429, too_many_requests())),
        Fault::Busy => envelope(Reply::error(
            429,
            "50013",
            "System is busy, please try again later",
        )),
        Fault::EmptyData => envelope(Reply::error(200, "0", "")),
        Fault::Answer {
            status,
            code,
            msg,
            process: false,
        } => envelope(Reply::error(*status, code, msg)),
        Fault::Raw {
            status,
            body,
            process: false,
        } => Canned {
            status: *status,
            content_type: "application/json",
            code: serde_json::from_str::<Value>(body)
                .ok()
                .and_then(|v| routes::code(&v)),
            body: body.clone(),
            announced_len: None,
        },
        Fault::Http502Html => Canned {
            status: 502,
            content_type: "text/html",
            body: NGINX_502.to_string(),
            announced_len: None,
            code: None,
        },
        Fault::MalformedJson => Canned {
            status: 200,
            content_type: "application/json",
            body: r#"{"code":"0","msg":"","data":[{"instId":"#.to_string(),
            announced_len: None,
            code: None,
        },
        Fault::TruncatedBody => {
            let body =
                r#"{"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","last":"6"#;
            Canned {
                status: 200,
                content_type: "application/json",
                announced_len: Some(body.len() + 512),
                body: body.to_string(),
                code: None,
            }
        }
        Fault::Slow(_)
        | Fault::ResetBeforeProcessing
        | Fault::ResetAfterProcessing
        | Fault::ResetAfterItems(_)
        | Fault::CodeAsNumber
        | Fault::ExtraFields
        | Fault::Answer { process: true, .. }
        | Fault::Raw { process: true, .. }
        | Fault::Endless { .. } => return None,
    })
}

/// OKX's observed rate-limit body (fact sheet §4.1).
pub(crate) fn too_many_requests() -> Value {
    json!({"msg": "Too Many Requests", "code": "50011"})
}

/// Rewrites a processed response for `CodeAsNumber` and `ExtraFields`.
pub(crate) fn rewrite(fault: &Fault, body: &mut Value) {
    match fault {
        Fault::CodeAsNumber => {
            if let Some(code) = body.get_mut("code") {
                if let Some(n) = code.as_str().and_then(|text| text.parse::<i64>().ok()) {
                    *code = n.into();
                }
            }
        }
        Fault::ExtraFields => {
            if let Some(Value::Array(items)) = body.get_mut("data") {
                for item in items {
                    if let Value::Object(fields) = item {
                        fields.insert("simFutureField".into(), "added by okx-sim".into());
                        fields.insert("simFutureNum".into(), 7.into());
                    }
                }
            }
            if let Value::Object(fields) = body {
                fields.insert("simTraceId".into(), "0f5e2d1c".into());
                fields.insert("simExtra".into(), json!({"nested": [true, null], "n": 1}));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let args = FaultArgs {
            slow_ms: 250,
            status: Some(500),
            code: Some("51149".into()),
            msg: "Order timed out".into(),
            process: true,
            body: Some("{}".into()),
            chunk: Some(7),
            pause_ms: 1_000,
            items: 3,
        };
        let all = [
            Fault::Raw {
                status: 500,
                body: "{}".into(),
                process: true,
            },
            Fault::Answer {
                status: 500,
                code: "51149".into(),
                msg: "Order timed out".into(),
                process: true,
            },
            Fault::Http500,
            Fault::Http502Html,
            Fault::Http429,
            Fault::Busy,
            Fault::Slow(Duration::from_millis(250)),
            Fault::ResetBeforeProcessing,
            Fault::ResetAfterProcessing,
            Fault::ResetAfterItems(3),
            Fault::MalformedJson,
            Fault::TruncatedBody,
            Fault::EmptyData,
            Fault::CodeAsNumber,
            Fault::ExtraFields,
            Fault::Endless {
                chunk: 7,
                pause: Duration::from_secs(1),
            },
        ];
        for f in all {
            assert_eq!(Fault::from_name(f.name(), &args), Ok(f));
        }
        assert!(Fault::from_name("nope", &args).is_err());
        let no_code = FaultArgs {
            code: None,
            ..args.clone()
        };
        assert!(Fault::from_name("answer", &no_code).is_err());
        let bad_status = FaultArgs {
            status: Some(99),
            ..args
        };
        assert!(Fault::from_name("answer", &bad_status).is_err());
        let unprocessed = Fault::Answer {
            status: 400,
            code: "50004".into(),
            msg: "Endpoint request timeout.".into(),
            process: false,
        };
        let c = canned(&unprocessed).unwrap();
        assert_eq!(c.status, 400);
        assert_eq!(
            c.body,
            r#"{"code":"50004","msg":"Endpoint request timeout.","data":[]}"#
        );
        assert_eq!(c.code.as_deref(), Some("50004"));
    }

    #[test]
    fn queue_applies_in_order_and_counts_down() {
        let mut q = FaultQueue::default();
        q.inject("/a", Fault::Http500, 2);
        q.inject("*", Fault::Busy, 1);
        assert_eq!(q.take("GET", "/b"), Some(Fault::Busy));
        assert_eq!(q.take("GET", "/b"), None);
        assert_eq!(q.take("GET", "/a"), Some(Fault::Http500));
        assert_eq!(q.take("POST", "/a"), Some(Fault::Http500));
        assert_eq!(q.take("GET", "/a"), None);
        q.inject("/a", Fault::EmptyData, 0);
        assert_eq!(q.take("GET", "/a"), None);
        q.inject("/a", Fault::EmptyData, 5);
        q.clear();
        assert_eq!(q.take("GET", "/a"), None);
        q.inject("POST /a", Fault::Http500, 1);
        assert_eq!(q.take("GET", "/a"), None);
        assert_eq!(q.take("POST", "/b"), None);
        assert_eq!(q.take("POST", "/a"), Some(Fault::Http500));
    }

    #[test]
    fn rewrites() {
        let mut body = json!({"code": "0", "msg": "", "data": [{"ts": "1"}, []]});
        rewrite(&Fault::CodeAsNumber, &mut body);
        assert!(body.to_string().starts_with(r#"{"code":0,"#));
        rewrite(&Fault::ExtraFields, &mut body);
        assert_eq!(
            body.to_string(),
            r#"{"code":0,"msg":"","data":[{"ts":"1","simFutureField":"added by okx-sim","simFutureNum":7},[]],"simTraceId":"0f5e2d1c","simExtra":{"nested":[true,null],"n":1}}"#
        );
        let malformed = canned(&Fault::MalformedJson).unwrap();
        assert!(serde_json::from_str::<serde_json::Value>(&malformed.body).is_err());
    }
}
