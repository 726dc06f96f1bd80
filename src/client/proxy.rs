//! Which proxy, if any, carries okx's requests, decided here rather than left to reqwest's
//! defaults. reqwest would honour `HTTP_PROXY`/`ALL_PROXY` for a plain-http base URL and send
//! the signed request, `OK-ACCESS-PASSPHRASE` included, in clear to the proxy. So the HTTP client
//! is built with no proxy at all, and only this choice is added back:
//!
//! - a plain-http base URL (allowed only to loopback, i.e. a local stand-in) is never proxied;
//! - an https base URL may go through an `http://` or `https://` proxy from `HTTPS_PROXY`,
//!   `https_proxy`, `ALL_PROXY` or `all_proxy` (first non-empty, reqwest's order), as a CONNECT
//!   tunnel, so the proxy sees only the host name and TLS bytes; `NO_PROXY`/`no_proxy` is
//!   honoured with the very matcher reqwest uses, so what okx says is what reqwest does;
//! - any other proxy scheme (socks5 needs a feature this build leaves out) is a configuration
//!   error naming the variable, never silently bypassed or used.

use crate::error::Failure;

/// The variables an https request's proxy may come from, in the order reqwest reads them.
pub(crate) const PROXY_VARIABLES: &[&str] =
    &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];

/// Where requests to the base URL go.
#[derive(Debug, Clone)]
pub(crate) enum Route {
    /// Straight to the host: no proxy variable is set.
    Direct,
    /// A proxy variable is set but does not apply to this base URL, and why.
    Bypassed { var: &'static str, why: String },
    /// Through a CONNECT tunnel at `url`, taken from `var`.
    Tunnel {
        var: &'static str,
        url: reqwest::Url,
    },
}

impl Route {
    /// The proxy in use, its password (if any) replaced by `***`; `None` when going direct.
    pub(crate) fn description(&self) -> Option<String> {
        match self {
            Route::Tunnel { url, .. } => Some(redacted(url)),
            Route::Direct | Route::Bypassed { .. } => None,
        }
    }

    /// The reqwest proxy for this route, if any.
    pub(super) fn reqwest_proxy(&self) -> Result<Option<reqwest::Proxy>, Failure> {
        let Route::Tunnel { var, url } = self else {
            return Ok(None);
        };
        // `https` only: a plain-http request never goes to this proxy, whatever happens.
        let proxy = reqwest::Proxy::https(url.as_str()).map_err(|e| {
            Failure::Config(format!(
                "{var} value {} cannot be used as a proxy: {e}",
                redacted(url)
            ))
        })?;
        Ok(Some(proxy.no_proxy(reqwest::NoProxy::from_env())))
    }
}

/// Decides the route to `base_url` (already validated: https, or plain http to loopback) from the
/// proxy variables in `env`.
pub(crate) fn route(
    base_url: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Route, Failure> {
    let set = PROXY_VARIABLES
        .iter()
        .find_map(|var| env(var).filter(|v| !v.trim().is_empty()).map(|v| (*var, v)));
    let Some((var, raw)) = set else {
        return Ok(Route::Direct);
    };
    let base = reqwest::Url::parse(base_url)
        .map_err(|e| Failure::Config(format!("bad base URL {base_url}: {e}")))?;
    if base.scheme() == "http" {
        return Ok(Route::Bypassed {
            var,
            why: "the base URL is plain http to loopback, which is never proxied".into(),
        });
    }
    let url = parse_proxy(var, &raw)?;
    let no_proxy = ["NO_PROXY", "no_proxy"]
        .iter()
        .find_map(|n| env(n).map(|v| (*n, v)));
    if let Some((no_var, list)) = &no_proxy {
        // reqwest's own matcher (hyper-util), fed the same strings, so the two cannot disagree.
        let matcher = hyper_util::client::proxy::matcher::Matcher::builder()
            .https(url.as_str())
            .no(list.as_str())
            .build();
        let dst: http::Uri = base_url
            .parse()
            .map_err(|e| Failure::Config(format!("bad base URL {base_url}: {e}")))?;
        if matcher.intercept(&dst).is_none() {
            return Ok(Route::Bypassed {
                var,
                why: format!(
                    "{} is excluded by {no_var}",
                    base.host_str().unwrap_or_default()
                ),
            });
        }
    }
    Ok(Route::Tunnel { var, url })
}

/// An `http://` or `https://` proxy URL with a host, or a configuration error naming `var`.
fn parse_proxy(var: &str, raw: &str) -> Result<reqwest::Url, Failure> {
    let fix = format!("write it as http://host:port (or https://), or unset {var}");
    // A value that is not even a URL is not echoed: it may hold a password.
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| Failure::Config(format!("{var} is not a proxy URL ({e}); {fix}")))?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some_and(|h| !h.is_empty()) => Ok(url),
        "http" | "https" => Err(Failure::Config(format!(
            "{var} value {} has no host; {fix}",
            redacted(&url)
        ))),
        // `proxy.corp:3128` parses as scheme "proxy.corp" with no host.
        _ if !url.has_host() => Err(Failure::Config(format!("{var} is not a proxy URL; {fix}"))),
        other => Err(Failure::Config(format!(
            "{var} value {} uses scheme {other:?}, which okx does not support (only HTTP CONNECT \
             proxies: http:// or https://); {fix}",
            redacted(&url)
        ))),
    }
}

/// `scheme://user:***@host:port`: the URL without its password, path or query.
pub(crate) fn redacted(url: &reqwest::Url) -> String {
    let mut shown = format!("{}://", url.scheme());
    if !url.username().is_empty() || url.password().is_some() {
        shown.push_str(url.username());
        if url.password().is_some() {
            shown.push_str(":***");
        }
        shown.push('@');
    }
    shown.push_str(url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        shown.push_str(&format!(":{port}"));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn plain_http_to_loopback_is_never_proxied() {
        let env = env_of(&[
            ("HTTPS_PROXY", "http://127.0.0.1:9"),
            ("ALL_PROXY", "socks5://127.0.0.1:9"),
        ]);
        let r = route("http://127.0.0.1:8080", &env).unwrap();
        assert!(matches!(r, Route::Bypassed { .. }), "{r:?}");
        assert_eq!(r.description(), None);
    }

    #[test]
    fn https_uses_the_first_set_variable_and_redacts_the_password() {
        let env = env_of(&[
            ("HTTP_PROXY", "http://127.0.0.1:1"),
            ("https_proxy", ""),
            ("ALL_PROXY", "http://u:s3cr%40t@proxy.example:3128/x"),
        ]);
        let r = route("https://www.okx.com", &env).unwrap();
        assert_eq!(
            r.description().as_deref(),
            Some("http://u:***@proxy.example:3128")
        );
        assert!(matches!(
            r,
            Route::Tunnel {
                var: "ALL_PROXY",
                ..
            }
        ));
        assert!(route(
            "https://www.okx.com",
            &env_of(&[("HTTP_PROXY", "http://p:1")])
        )
        .unwrap()
        .description()
        .is_none());
    }

    #[test]
    fn no_proxy_is_honoured_as_reqwest_does() {
        for list in ["okx.com", ".okx.com", "*", "example.org, www.okx.com"] {
            let env = env_of(&[("HTTPS_PROXY", "http://p:3128"), ("no_proxy", list)]);
            let r = route("https://www.okx.com", &env).unwrap();
            assert!(matches!(r, Route::Bypassed { .. }), "{list}: {r:?}");
        }
        let env = env_of(&[("HTTPS_PROXY", "http://p:3128"), ("NO_PROXY", "notokx.com")]);
        assert!(route("https://www.okx.com", &env)
            .unwrap()
            .description()
            .is_some());
    }

    #[test]
    fn other_schemes_are_configuration_errors_naming_the_variable() {
        for (var, value) in [
            ("ALL_PROXY", "socks5://u:hunter2@127.0.0.1:1080"),
            ("https_proxy", "socks5h://127.0.0.1:1080"),
            ("HTTPS_PROXY", "proxy.corp:3128"),
            ("HTTPS_PROXY", "127.0.0.1:3128"),
        ] {
            let err = route("https://www.okx.com", &env_of(&[(var, value)]))
                .unwrap_err()
                .to_string();
            assert!(err.contains(var) && !err.contains("hunter2"), "{err}");
        }
    }
}
