//! What the stand-in's test files share: OKX's timestamp shape and its HMAC signature, computed
//! here independently of the stand-in's own code, and a signed request on its own connection.

use std::io::{Read, Write};
use std::net::TcpStream;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use okx_sim::{Account, Sim};
use serde_json::Value;
use sha2::Sha256;

/// OKX's REST timestamp shape for Unix ms (`2020-12-08T09:08:57.715Z`).
pub fn iso(ms: i64) -> String {
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// Base64 of HMAC-SHA256 of `prehash` with `secret`: OKX's signature.
pub fn sign(secret: &str, prehash: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(prehash.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// One HTTP request on its own connection; the status and the JSON body (`Null` if none).
#[allow(dead_code)]
pub fn http(
    sim: &Sim,
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: &str,
) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
    let mut req = format!(
        "{method} {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    // A reset connection (a fault) reads as an error: the caller sees status 0.
    if s.read_to_string(&mut out).is_err() || out.is_empty() {
        return (0, Value::Null);
    }
    let (head, body) = out.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// A request signed with `a`'s key (JSON body), on its own connection: the status and body.
#[allow(dead_code)]
pub fn signed(sim: &Sim, a: &Account, method: &str, target: &str, body: &str) -> (u16, Value) {
    let ts = iso(sim.now_ms());
    let mut h = vec![
        ("OK-ACCESS-KEY".to_string(), a.api_key.clone()),
        (
            "OK-ACCESS-SIGN".to_string(),
            sign(&a.secret_key, &format!("{ts}{method}{target}{body}")),
        ),
        ("OK-ACCESS-TIMESTAMP".to_string(), ts),
        ("OK-ACCESS-PASSPHRASE".to_string(), a.passphrase.clone()),
        ("Content-Type".to_string(), "application/json".to_string()),
    ];
    if a.demo {
        h.push(("x-simulated-trading".to_string(), "1".to_string()));
    }
    http(sim, method, target, &h, body)
}

/// The last price of `inst_id` from the public ticker, in whole units (cut down).
#[allow(dead_code)]
pub fn last_whole(sim: &Sim, inst_id: &str) -> i64 {
    let v = http(
        sim,
        "GET",
        &format!("/api/v5/market/ticker?instId={inst_id}"),
        &[],
        "",
    )
    .1;
    v["data"][0]["last"]
        .as_str()
        .unwrap()
        .parse::<f64>()
        .unwrap() as i64
}
