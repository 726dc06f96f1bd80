//! OKX's `{code,msg,data}` response envelope, parsed whatever the HTTP status (fact sheet §2.1).

use serde_json::Value;

use crate::output::sanitize;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
