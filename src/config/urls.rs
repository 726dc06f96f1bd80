//! The REST and WebSocket base URLs: what okx accepts (https, or plain http/ws only to a loopback
//! stand-in; no path, query or user info) and which WebSocket host goes with a REST host.

use super::Config;
use crate::error::Failure;

pub(crate) const DEFAULT_BASE_URL: &str = "https://www.okx.com";

/// OKX's WebSocket hosts for a REST host (fact sheet §5.1, §6), live and demo.
const WS_HOSTS: &[(&[&str], &str, &str)] = &[
    (
        &["www.okx.com", "okx.com", "openapi.okx.com"],
        "wss://ws.okx.com:8443",
        "wss://wspap.okx.com:8443",
    ),
    (
        &["aws.okx.com"],
        "wss://wsaws.okx.com:8443",
        "wss://wspap.okx.com:8443",
    ),
    (
        &["eea.okx.com", "my.okx.com"],
        "wss://wseea.okx.com:8443",
        "wss://wseeapap.okx.com:8443",
    ),
    (
        &["us.okx.com", "app.okx.com"],
        "wss://wsus.okx.com:8443",
        "wss://wsuspap.okx.com:8443",
    ),
];

impl Config {
    /// The WebSocket base URL (`…/ws/v5/public` etc. are appended): `OKX_WS_URL` if set, else
    /// the host matching the REST host, live or demo.
    pub(crate) fn ws_base_url(&self) -> Result<String, Failure> {
        if let Some(s) = &self.ws_url {
            return validate_ws_url(&s.value).map_err(|why| {
                Failure::Config(format!(
                    "OKX_WS_URL value {} (from {}) {why}",
                    shown_url(&s.value),
                    s.source
                ))
            });
        }
        let host = reqwest::Url::parse(&self.base_url.value)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        WS_HOSTS
            .iter()
            .find(|(hosts, _, _)| hosts.contains(&host.as_str()))
            .map(|(_, live, demo)| if self.demo.value { demo } else { live }.to_string())
            .ok_or_else(|| {
                Failure::Config(format!(
                    "no WebSocket host is known for OKX_BASE_URL {}; set OKX_WS_URL (or --ws-url), e.g. wss://ws.okx.com:8443, or the ws:// URL okx-sim prints",
                    self.base_url.value
                ))
            })
    }
}

/// `wss://host[:port]`, or `ws://` to a loopback stand-in; no path (okx adds `/ws/v5/…`).
pub(crate) fn validate_ws_url(raw: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| format!("is not a URL ({e}); use e.g. wss://ws.okx.com:8443"))?;
    let host = url.host_str().unwrap_or_default();
    match url.scheme() {
        "wss" => {}
        "ws" if is_loopback(host) => {}
        "ws" => return Err(format!("uses plain ws to a remote host; use wss://{host}")),
        other => {
            return Err(format!(
                "has scheme {other:?}; use wss, e.g. wss://ws.okx.com:8443"
            ))
        }
    }
    if !(url.path().is_empty() || url.path() == "/") || url.query().is_some() {
        return Err(
            "has a path or query; give only scheme, host and port (okx adds /ws/v5/…)".into(),
        );
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("contains user info; give only scheme, host and port".to_string());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A URL as a message may show it: never its user info, which may hold a password.
pub(crate) fn shown_url(raw: &str) -> String {
    if raw.contains('@') {
        "(not shown: it contains user info)".to_string()
    } else {
        format!("{:?}", crate::output::sanitize(raw))
    }
}

/// Checks a base URL and returns it without a trailing slash. The reason, on error, completes
/// the sentence "OKX_BASE_URL value X ...".
pub(crate) fn validate_base_url(raw: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| format!("is not a URL ({e}); use a full URL such as {DEFAULT_BASE_URL}"))?;
    let host = url.host_str().unwrap_or_default();
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(format!(
                "uses plain http to a remote host, which would send credentials unencrypted; use https://{host}"
            ))
        }
        other => {
            return Err(format!(
                "has scheme {other:?}; use https, e.g. {DEFAULT_BASE_URL}"
            ))
        }
    }
    if host.is_empty() {
        return Err(format!(
            "has no host; use a full URL such as {DEFAULT_BASE_URL}"
        ));
    }
    if url.path().starts_with("/api") {
        return Err(format!(
            "includes the API path {:?}; give only scheme and host, e.g. {}://{}",
            url.path(),
            url.scheme(),
            url.host_str().unwrap_or_default()
        ));
    }
    if !(url.path().is_empty() || url.path() == "/")
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(format!(
            "has a path, query or fragment; give only scheme, host and port, e.g. {DEFAULT_BASE_URL}"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("contains user info; give only scheme, host and port".to_string());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host == "[::1]"
        || host
            .parse::<std::net::Ipv4Addr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}
