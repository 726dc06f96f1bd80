//! Private-endpoint authentication, checked the way OKX does (docs #overview-rest-authentication,
//! fact sheet §1 and §2.3) with this crate's own HMAC code, so a signing bug in `okx` is caught
//! rather than mirrored. The signature is recomputed over the request-target and body bytes as
//! received: nothing is decoded, re-encoded or re-serialized before hashing.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use crate::account::AccountState;
use crate::calendar::parse_okx_timestamp;
use crate::http::Request;
use crate::routes::Reply;
use crate::state::Shared;

/// The largest accepted difference between the request timestamp and the sim clock.
const MAX_SKEW_MS: i64 = 30_000;

/// An authentication failure: OKX code and message, always HTTP 401.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct AuthError {
    pub(crate) code: &'static str,
    pub(crate) msg: &'static str,
}

impl AuthError {
    /// The REST answer: HTTP 401 with `{"code","msg","data":[]}`, except 50119, which OKX has
    /// been seen answering as `{"msg":"API key doesn't exist","code":"50119"}`.
    pub(crate) fn reply(&self) -> Reply {
        if self.code == "50119" {
            return Reply::new(401, json!({"msg": self.msg, "code": self.code}));
        }
        Reply::error(401, self.code, self.msg)
    }
}

const fn fail(code: &'static str, msg: &'static str) -> AuthError {
    AuthError { code, msg }
}

/// `base64(HMAC-SHA256(secret, timestamp + method + target + body))`.
pub(crate) fn signature(
    secret: &str,
    timestamp: &str,
    method: &str,
    target: &str,
    body: &[u8],
) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.as_bytes());
    mac.update(method.as_bytes());
    mac.update(target.as_bytes());
    mac.update(body);
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Authenticates a private request; checks run in OKX's order, first failure wins.
pub(crate) fn authenticate<'a>(
    shared: &'a Shared,
    req: &Request,
) -> Result<&'a AccountState, AuthError> {
    let header = |name: &str| req.header(name).filter(|v| !v.is_empty());
    let key = header("ok-access-key").ok_or(fail(
        "50103",
        "Request header \"OK-ACCESS-KEY\" cannot be empty",
    ))?;
    let passphrase = header("ok-access-passphrase").ok_or(fail(
        "50104",
        "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty",
    ))?;
    let sign = header("ok-access-sign").ok_or(fail(
        "50106",
        "Request header \"OK-ACCESS-SIGN\" cannot be empty",
    ))?;
    let timestamp = header("ok-access-timestamp").ok_or(fail(
        "50107",
        "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty",
    ))?;
    let expired = fail("50102", "Timestamp request expired");
    let sent_ms = match parse_okx_timestamp(timestamp) {
        Some(ms) => ms,
        // An epoch number is reported as expired, not as malformed (python-okx issue #55).
        None if timestamp.bytes().all(|b| b.is_ascii_digit()) => return Err(expired),
        None => return Err(fail("50112", "Invalid OK-ACCESS-TIMESTAMP")),
    };
    if (sent_ms - shared.now_ms()).abs() > MAX_SKEW_MS {
        return Err(expired);
    }
    // A key shaped like OKX's (a UUID) that no account has is 50119, as OKX answers it (for a
    // deleted key, or one of another region's host); anything else is not a key at all: 50111.
    let account = shared.account_by_key(key).ok_or(if is_key_shaped(key) {
        fail("50119", "API key doesn't exist")
    } else {
        fail("50111", "Invalid OK-ACCESS-KEY")
    })?;
    let demo_request = req.header("x-simulated-trading") == Some("1");
    if account.account.demo != demo_request {
        return Err(fail("50101", "APIKey does not match current environment"));
    }
    if account.account.passphrase != passphrase {
        return Err(fail(
            "50105",
            "Request header \"OK-ACCESS-PASSPHRASE\" incorrect",
        ));
    }
    let expected = signature(
        &account.account.secret_key,
        timestamp,
        &req.method,
        &req.target,
        &req.body,
    );
    if expected != sign {
        return Err(fail("50113", "Invalid Sign"));
    }
    Ok(account)
}

/// Whether `key` has the shape of an OKX API key: a UUID, 8-4-4-4-12 hex digits.
fn is_key_shaped(key: &str) -> bool {
    let groups: Vec<&str> = key.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The prehash path of a WebSocket login: `timestamp + "GET" + "/users/self/verify"`.
const WS_LOGIN_PATH: &str = "/users/self/verify";

/// A WebSocket `login` (fact sheet §5.3): `timestamp` is Unix epoch seconds (digits, optionally
/// with a fraction) within 30 s of the sim clock, and `sign` is
/// `base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify"))`. Checks run in this
/// order, first failure wins: timestamp shape (60004), skew (60006), key (60005 malformed, 60032
/// unknown), passphrase
/// (60024), signature (60007). Live and demo keys are both accepted: OKX tells them apart by
/// host, which the sim cannot see.
pub(crate) fn ws_login<'a>(
    shared: &'a Shared,
    api_key: &str,
    passphrase: &str,
    timestamp: &str,
    sign: &str,
) -> Result<&'a AccountState, AuthError> {
    let sent_ms = epoch_seconds_ms(timestamp).ok_or(fail("60004", "Invalid timestamp"))?;
    if (sent_ms - i128::from(shared.now_ms())).abs() > i128::from(MAX_SKEW_MS) {
        return Err(fail("60006", "Timestamp request expired"));
    }
    // As on REST: a well-formed key no account has is "API key doesn't exist".
    let account = shared
        .account_by_key(api_key)
        .ok_or(if is_key_shaped(api_key) {
            fail("60032", "API key doesn't exist")
        } else {
            fail("60005", "Invalid apiKey")
        })?;
    if account.account.passphrase != passphrase {
        return Err(fail("60024", "Wrong passphrase"));
    }
    let expected = signature(
        &account.account.secret_key,
        timestamp,
        "GET",
        WS_LOGIN_PATH,
        b"",
    );
    if expected != sign {
        return Err(fail("60007", "Invalid sign"));
    }
    Ok(account)
}

/// Epoch seconds written as digits with an optional fraction (`"1704876947"`,
/// `"1704876947.123"`), in ms (the fraction cut to ms).
fn epoch_seconds_ms(text: &str) -> Option<i128> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 20 || !digits(whole) || !digits(frac) {
        return None;
    }
    if text.contains('.') && frac.is_empty() {
        return None;
    }
    let ms: String = frac.chars().chain("000".chars()).take(3).collect();
    Some(whole.parse::<i128>().ok()? * 1000 + ms.parse::<i128>().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_vectors_from_python_hmac() {
        // python3: base64.b64encode(hmac.new(b"22582BD0CFF14C41EDBF1AB98506286D", msg, "sha256").digest())
        assert_eq!(
            signature(
                "22582BD0CFF14C41EDBF1AB98506286D",
                "2020-12-08T09:08:57.715Z",
                "GET",
                "/api/v5/account/balance?ccy=BTC,ETH",
                b""
            ),
            "oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE="
        );
        assert_eq!(
            signature(
                "22582BD0CFF14C41EDBF1AB98506286D",
                "2020-12-08T09:08:57.715Z",
                "POST",
                "/api/v5/trade/order",
                br#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}"#
            ),
            "iwrdSpN7pm4G4u8+fswZUyH6mOM48+sBF6WvKpj4Dvk="
        );
    }

    #[test]
    fn websocket_login_timestamps() {
        assert_eq!(epoch_seconds_ms("1704876947"), Some(1_704_876_947_000));
        assert_eq!(epoch_seconds_ms("1704876947.5"), Some(1_704_876_947_500));
        assert_eq!(
            epoch_seconds_ms("1704876947.123456"),
            Some(1_704_876_947_123)
        );
        for bad in [
            "",
            ".5",
            "1.",
            "1e9",
            "-1",
            "2020-12-08T09:08:57.715Z",
            " 1",
            "1.2.3",
        ] {
            assert_eq!(epoch_seconds_ms(bad), None, "{bad:?}");
        }
    }
}
