//! Proxies: a plain-http (loopback) base URL is never proxied, so no proxy can read the signed
//! headers in clear; an https base URL goes through an http(s) proxy only as a CONNECT tunnel;
//! `okx config` shows the proxy with its password redacted; an unsupported proxy scheme is a
//! configuration error.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use okx_sim::Account;

use crate::support::*;

/// A "proxy" on 127.0.0.1 that records every connection and every byte it receives. With
/// `refuse_connect` it answers the first request with 403 and closes, like a proxy that denies
/// the tunnel; otherwise it never answers.
struct Listener {
    url: String,
    seen: Arc<Mutex<(usize, Vec<u8>)>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Listener {
    fn start(refuse_connect: bool) -> Listener {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.set_nonblocking(true).expect("nonblocking");
        let url = format!("http://{}", l.local_addr().unwrap());
        let seen = Arc::new(Mutex::new((0usize, Vec::new())));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (seen2, stop2) = (seen.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            // Bounded, so a test cannot hang on it.
            let deadline = Instant::now() + Duration::from_secs(60);
            while !stop2.load(std::sync::atomic::Ordering::SeqCst) && Instant::now() < deadline {
                match l.accept() {
                    Ok((mut s, _)) => {
                        seen2.lock().unwrap().0 += 1;
                        s.set_nonblocking(false).unwrap();
                        s.set_read_timeout(Some(Duration::from_millis(500)))
                            .unwrap();
                        let mut buf = [0u8; 4096];
                        while let Ok(n) = s.read(&mut buf) {
                            if n == 0 {
                                break;
                            }
                            seen2.lock().unwrap().1.extend_from_slice(&buf[..n]);
                            if refuse_connect && seen2.lock().unwrap().1.ends_with(b"\r\n\r\n") {
                                let _ = s.write_all(
                                    b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                                );
                                break;
                            }
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Listener {
            url,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    /// Stops accepting and returns (connections, bytes received).
    fn finish(mut self) -> (usize, String) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap();
        let seen = self.seen.lock().unwrap();
        (seen.0, String::from_utf8_lossy(&seen.1).into_owned())
    }
}

/// Every proxy variable, upper- and lower-case, pointing at `url`.
fn all_proxy_vars(cmd: &mut assert_cmd::Command, url: &str) {
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env(var, url);
    }
}

#[test]
fn a_plain_http_base_url_never_goes_through_a_proxy() {
    let sim = sim();
    let sb = Sandbox::new();
    let proxy = Listener::start(false);

    let mut cmd = sb.okx_signed(&sim);
    all_proxy_vars(&mut cmd, &proxy.url);
    let (code, out, err) = run(cmd.args(["balance", "--json", "--timeout", "3"]));
    assert_eq!(
        code, 0,
        "balance through the stand-in, not the proxy: {err}"
    );
    assert!(json(&out).is_array() || json(&out).is_object(), "{out}");

    let mut cmd = sb.okx_signed(&sim);
    all_proxy_vars(&mut cmd, &proxy.url);
    let (code, out, err) = run(cmd.args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.001",
        "--type",
        "market",
        "--json",
        "--timeout",
        "3",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["result"], "placed", "{out}");
    assert_eq!(
        requests_to(&sim, "/api/v5/trade/order")
            .iter()
            .filter(|e| e.method == "POST")
            .count(),
        1,
        "the order reached the stand-in"
    );

    let (connections, bytes) = proxy.finish();
    assert_eq!(connections, 0, "the proxy was connected to: {bytes}");
    assert!(bytes.is_empty(), "the proxy received: {bytes}");
}

#[test]
fn an_https_base_url_goes_through_the_proxy_only_as_a_connect_tunnel() {
    let sb = Sandbox::new();
    let proxy = Listener::start(true);
    let a = Account::live();
    let mut cmd = sb.okx();
    cmd.env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", &a.secret_key)
        .env("OKX_PASSPHRASE", &a.passphrase)
        .env("HTTPS_PROXY", &proxy.url)
        // Never consulted for an https request.
        .env("HTTP_PROXY", "http://127.0.0.1:9");
    let (code, _, err) = run(cmd
        .args(["balance", "--timeout", "5"])
        .timeout(Duration::from_secs(60)));
    assert_ne!(code, 0, "the proxy refused the tunnel: {err}");
    let (connections, bytes) = proxy.finish();
    assert!(connections >= 1, "the proxy was not used: {err}");
    assert!(
        bytes.starts_with("CONNECT www.okx.com:443 HTTP/1.1\r\n"),
        "only a tunnel request reaches the proxy: {bytes:?}"
    );
    assert!(
        !bytes.contains("OK-ACCESS") && !bytes.to_lowercase().contains("ok-access"),
        "{bytes}"
    );
    assert_no_secrets(&[&bytes]);

    // An order names the proxy in its LIVE/DEMO banner, before anything is sent. The
    // instrument rules come from the cache (copied from the stand-in's), as the proxy refuses.
    let sim = sim();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.001",
        "--type",
        "market",
        "--dry-run",
    ]));
    assert_eq!(code, 0, "{err}");
    let cache = sb.path().join(".cache/okx");
    std::fs::copy(
        cache.join(format!("instruments-SPOT-127.0.0.1_{}.json", sim.port())),
        cache.join("instruments-SPOT-www.okx.com.json"),
    )
    .expect("the stand-in's rules, cached");
    let proxy = Listener::start(true);
    let url = proxy.url.clone();
    let mut cmd = sb.okx();
    cmd.env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", &a.secret_key)
        .env("OKX_PASSPHRASE", &a.passphrase)
        .env("HTTPS_PROXY", &url);
    let (_, _, err) = run(cmd
        .args([
            "order", "place", "BTC-USDT", "buy", "0.001", "--type", "market",
        ])
        .args(["--timeout", "5"])
        .timeout(Duration::from_secs(60)));
    proxy.finish();
    let banner = err.lines().next().unwrap_or_default();
    assert!(
        banner.starts_with("okx: LIVE trading on https://www.okx.com via proxy ")
            && banner.contains(url.trim_start_matches("http://").trim_end_matches('/')),
        "{err}"
    );
}

#[test]
fn okx_config_shows_the_proxy_with_its_password_redacted() {
    let sb = Sandbox::new();
    let pw = "Pr0xy-Canary-pw";
    let proxy = format!("http://u:{pw}@127.0.0.1:3128");
    for format in ["table", "json"] {
        let (code, out, err) = run(sb
            .okx()
            .env("HTTPS_PROXY", &proxy)
            .args(["config", "-o", format]));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("http://u:***@127.0.0.1:3128"), "{out}");
        assert!(out.contains("HTTPS_PROXY"), "{out}");
        assert!(!out.contains(pw) && !err.contains(pw), "{out}{err}");
    }
    let (_, out, _) = run(sb
        .okx()
        .env("HTTPS_PROXY", &proxy)
        .args(["config", "--json"]));
    assert_eq!(json(&out)["proxy"]["value"], "http://u:***@127.0.0.1:3128");

    // Excluded by NO_PROXY, or nothing set: none.
    let (_, out, _) = run(sb
        .okx()
        .env("HTTPS_PROXY", &proxy)
        .env("NO_PROXY", "okx.com")
        .args(["config", "--json"]));
    let v = json(&out);
    assert_eq!(v["proxy"]["value"], "none", "{v}");
    assert!(
        v["proxy"]["source"].as_str().unwrap().contains("NO_PROXY"),
        "{v}"
    );
    let (_, out, _) = run(sb.okx().args(["config", "--json"]));
    assert_eq!(json(&out)["proxy"]["value"], "none");
}

#[test]
fn an_unsupported_proxy_scheme_is_a_configuration_error() {
    let sb = Sandbox::new();
    let proxy = Listener::start(false);
    // socks5 on the very port a proxy listens on: nothing may connect to it.
    let socks = proxy.url.replace("http://", "socks5://u:Socks-Canary@");
    for (var, args) in [
        ("ALL_PROXY", &["ticker", "BTC-USDT"][..]),
        ("all_proxy", &["balance"][..]),
        (
            "HTTPS_PROXY",
            &[
                "order", "place", "BTC-USDT", "buy", "0.001", "--type", "market",
            ][..],
        ),
    ] {
        let (code, _, err) = run(sb
            .okx_with_creds()
            .env(var, &socks)
            .args(args)
            .timeout(Duration::from_secs(60)));
        assert_eq!(code, 3, "{var}: {err}");
        assert!(err.contains(var) && err.contains("socks5"), "{err}");
        assert!(!err.contains("Socks-Canary"), "{err}");
    }
    let (connections, bytes) = proxy.finish();
    assert_eq!(connections, 0, "{bytes}");
}
