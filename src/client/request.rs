//! Requests as they are signed and sent: the method, the path+query built once with one
//! encoding, the headers okx adds, and `sign_request`, which both the HTTP layer and `okx sign`
//! use, so the headers `okx sign` shows are the ones a real request carries.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::config::{fingerprint, Credentials, Secret};
use crate::error::Failure;
use crate::sign::{self, Prehash};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Post,
}

impl Method {
    /// GET or POST in any case; OKX v5 REST uses no other method.
    pub(crate) fn parse(given: &str) -> Result<Method, Failure> {
        match given.to_ascii_uppercase().as_str() {
            "GET" => Ok(Method::Get),
            "POST" => Ok(Method::Post),
            _ => Err(Failure::Usage(format!(
                "method {given:?} is not used by OKX v5 REST; use GET or POST"
            ))),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// Builds `/api/v5/...?...` from a path and query pairs in the given order. Values are
/// percent-encoded except for unreserved characters and `,` (OKX's own example signs
/// `ccy=BTC,ETH` raw), so the URL parser leaves the string alone and what is signed is sent.
pub fn path_with_query(path: &str, query: &[(&str, &str)]) -> String {
    let mut s = String::from(path);
    for (i, (k, v)) in query.iter().enumerate() {
        s.push(if i == 0 { '?' } else { '&' });
        encode_into(&mut s, k);
        s.push('=');
        encode_into(&mut s, v);
    }
    s
}

/// What stays raw in a query: RFC 3986's unreserved characters and `,`.
const QUERY_ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b',');

fn encode_into(out: &mut String, s: &str) {
    out.extend(utf8_percent_encode(s, QUERY_ESCAPED));
}

/// Decodes `%XX` escapes; `None` when the result is not UTF-8. A `%` not followed by two hex
/// digits stays as it is.
pub fn percent_decode(s: &str) -> Option<String> {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|c| c.into_owned())
}

/// A header value as sent, and how it may be shown to a person. Its `Debug` shows what
/// `display_value` shows, so no formatting reveals a credential.
#[derive(Clone)]
pub(crate) enum HeaderValue {
    Plain(String),
    /// Shown as a fingerprint.
    ApiKey(String),
    /// Never shown.
    Secret(Secret),
}

impl std::fmt::Debug for HeaderValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = Header {
            name: "",
            value: self.clone(),
        }
        .display_value();
        write!(f, "{shown:?}")
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Header {
    pub name: &'static str,
    pub value: HeaderValue,
}

impl Header {
    /// The value as it goes on the wire. Only the sender calls this.
    pub(crate) fn wire_value(&self) -> &str {
        match &self.value {
            HeaderValue::Plain(v) | HeaderValue::ApiKey(v) => v,
            HeaderValue::Secret(s) => s.expose(),
        }
    }

    /// The value as a person may see it: the key as a fingerprint, secrets redacted.
    pub(crate) fn display_value(&self) -> String {
        match &self.value {
            HeaderValue::Plain(v) => v.clone(),
            HeaderValue::ApiKey(k) if k.is_empty() => "(empty)".to_string(),
            HeaderValue::ApiKey(k) => fingerprint(k),
            HeaderValue::Secret(s) if s.expose().is_empty() => "(empty)".to_string(),
            HeaderValue::Secret(_) => "(redacted)".to_string(),
        }
    }
}

/// A request ready to send: exact path+query and body, the timestamp and signature over them,
/// and every header `okx` adds for OKX.
#[derive(Debug, Clone)]
pub(crate) struct SignedRequest {
    pub method: Method,
    pub path_with_query: String,
    pub body: String,
    pub timestamp: String,
    pub prehash: String,
    pub signature: String,
    pub headers: Vec<Header>,
}

/// Headers every request carries, signed or not: the JSON content type when there is a body, and
/// the demo flag when demo trading is on.
pub(crate) fn common_headers(body: &str, demo: bool) -> Vec<Header> {
    let mut h = Vec::new();
    if !body.is_empty() {
        h.push(Header {
            name: "Content-Type",
            value: HeaderValue::Plain("application/json".into()),
        });
    }
    if demo {
        h.push(Header {
            name: "x-simulated-trading",
            value: HeaderValue::Plain("1".into()),
        });
    }
    h
}

/// Signs `timestamp + METHOD + path_with_query + body` and returns the request with its OKX
/// authentication headers (docs #overview-rest-authentication-making-requests).
pub(crate) fn sign_request(
    creds: &Credentials,
    method: Method,
    path_with_query: String,
    body: String,
    timestamp: String,
    demo: bool,
) -> SignedRequest {
    let prehash = Prehash {
        timestamp: &timestamp,
        method: method.as_str(),
        request_path: &path_with_query,
        body: &body,
    }
    .text();
    let signature = sign::sign(creds.secret_key.expose().as_bytes(), &prehash);
    let mut headers = vec![
        Header {
            name: "OK-ACCESS-KEY",
            value: HeaderValue::ApiKey(creds.api_key.clone()),
        },
        Header {
            name: "OK-ACCESS-SIGN",
            value: HeaderValue::Plain(signature.clone()),
        },
        Header {
            name: "OK-ACCESS-TIMESTAMP",
            value: HeaderValue::Plain(timestamp.clone()),
        },
        Header {
            name: "OK-ACCESS-PASSPHRASE",
            value: HeaderValue::Secret(creds.passphrase.clone()),
        },
    ];
    headers.extend(common_headers(&body, demo));
    SignedRequest {
        method,
        path_with_query,
        body,
        timestamp,
        prehash,
        signature,
        headers,
    }
}

/// A request to send: the path, its query pairs in order, an optional exact JSON body.
#[derive(Debug, Clone)]
pub(crate) struct ApiRequest {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<String>,
    /// Sign it (private endpoints; `okx api` with credentials).
    pub signed: bool,
    /// Extra headers.
    pub headers: Vec<Header>,
    /// Send OKX's `expTime` header: the request is void if OKX has not processed it this long
    /// after sending (fact sheet §1.1).
    pub expire: Option<std::time::Duration>,
}

impl ApiRequest {
    pub(crate) fn get(path: &str) -> ApiRequest {
        ApiRequest {
            method: Method::Get,
            path: path.to_string(),
            query: Vec::new(),
            body: None,
            signed: false,
            headers: Vec::new(),
            expire: None,
        }
    }

    pub(crate) fn post(path: &str, body: String) -> ApiRequest {
        ApiRequest {
            method: Method::Post,
            body: Some(body),
            ..ApiRequest::get(path)
        }
    }

    /// The exact path+query and body that are signed and sent, built once.
    pub(crate) fn wire(&self) -> (String, String) {
        let query: Vec<(&str, &str)> = self
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        (
            path_with_query(&self.path, &query),
            self.body.clone().unwrap_or_default(),
        )
    }

    pub(crate) fn query(mut self, key: &str, value: impl Into<String>) -> Self {
        self.query.push((key.to_string(), value.into()));
        self
    }

    pub(crate) fn signed(mut self) -> Self {
        self.signed = true;
        self
    }

    pub(crate) fn describe(&self) -> String {
        format!("{} {}", self.method.as_str(), self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_built_in_order_and_encoded_once() {
        assert_eq!(
            path_with_query("/api/v5/account/balance", &[("ccy", "BTC,ETH")]),
            "/api/v5/account/balance?ccy=BTC,ETH"
        );
        assert_eq!(
            path_with_query(
                "/api/v5/market/candles",
                &[
                    ("instId", "BTC-USDT"),
                    ("bar", "1m"),
                    ("after", "1700000000000")
                ]
            ),
            "/api/v5/market/candles?instId=BTC-USDT&bar=1m&after=1700000000000"
        );
        assert_eq!(
            path_with_query("/p", &[("q", "a b&c=d/é")]),
            "/p?q=a%20b%26c%3Dd%2F%C3%A9"
        );
        assert_eq!(path_with_query("/p", &[]), "/p");
    }

    #[test]
    fn headers_show_fingerprint_and_redact_passphrase() {
        let creds = Credentials {
            api_key: "a1b2c3d4-0000-1111-2222-333344445555".into(),
            secret_key: Secret::new("SECRET"),
            passphrase: Secret::new("PASS"),
        };
        let r = sign_request(
            &creds,
            Method::Get,
            "/api/v5/x".into(),
            String::new(),
            "T".into(),
            true,
        );
        let shown: Vec<String> = r
            .headers
            .iter()
            .map(|h| format!("{}={}", h.name, h.display_value()))
            .collect();
        assert_eq!(
            shown,
            [
                "OK-ACCESS-KEY=a1b2…5555".to_string(),
                format!("OK-ACCESS-SIGN={}", r.signature),
                "OK-ACCESS-TIMESTAMP=T".to_string(),
                "OK-ACCESS-PASSPHRASE=(redacted)".to_string(),
                "x-simulated-trading=1".to_string(),
            ]
        );
        assert_eq!(r.prehash, "TGET/api/v5/x");
    }

    #[test]
    fn percent_decode_handles_edges() {
        assert_eq!(percent_decode("a%2Cb").as_deref(), Some("a,b"));
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
    }

    /// Found by `fuzz/run`'s query target: `u8::from_str_radix` takes a leading `+`, so `%+d`
    /// was decoded to a carriage return although `+d` is not two hex digits.
    #[test]
    fn percent_without_two_hex_digits_stays() {
        assert_eq!(percent_decode("ddd%+d").as_deref(), Some("ddd%+d"));
        assert_eq!(percent_decode("100%+5").as_deref(), Some("100%+5"));
        assert_eq!(percent_decode("%-1%+").as_deref(), Some("%-1%+"));
    }
}
