//! `okx::parse::parse_envelope` on any body, then the per-order parsers on what it accepts.
//!
//! Invariants: an accepted body is a JSON object whose `code` (string, or number kept as its
//! text) and `msg` are what the envelope reports, and whose `data` is the envelope's data (an
//! array as is, absent or null as empty, anything else as one item); a refused body really is no
//! envelope, and the reason is one printable line; the per-order checks of `check_order` hold
//! for every HTTP status.
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::parse::parse_envelope;
use okx_fuzz::{assert_printable, check_order};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let direct = serde_json::from_str::<Value>(body);
    match parse_envelope(body) {
        Ok(env) => {
            let raw = direct.expect("accepted a body serde_json refuses");
            assert_eq!(env.raw, raw);
            let obj = raw.as_object().expect("accepted a non-object");
            match obj.get("code") {
                Some(Value::String(s)) => assert_eq!(&env.code, s),
                Some(Value::Number(n)) => assert_eq!(env.code, n.to_string()),
                other => panic!("accepted code {other:?}"),
            }
            assert_eq!(
                env.msg,
                obj.get("msg").and_then(Value::as_str).unwrap_or_default()
            );
            match obj.get("data") {
                Some(Value::Array(a)) => assert_eq!(&env.data, a),
                None | Some(Value::Null) => assert!(env.data.is_empty()),
                Some(other) => assert_eq!(env.data, vec![other.clone()]),
            }
            for status in [200, 400, 401, 429, 500, 502, 503] {
                check_order(status, &env);
            }
        }
        Err(e) => {
            assert!(!e.is_empty());
            assert_printable("parse_envelope's error", body, &e);
            if let Ok(v) = direct {
                let code = v.as_object().and_then(|o| o.get("code"));
                assert!(
                    !matches!(code, Some(Value::String(_) | Value::Number(_))),
                    "refused an envelope: {e}"
                );
            }
        }
    }
});
