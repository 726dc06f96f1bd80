//! OKX v5 REST request signing as pure functions: no clock, no I/O.
//!
//! `prehash = timestamp + METHOD + requestPath(+query) + body` and
//! `sign = base64(HMAC-SHA256(secret_utf8, prehash_utf8))` (docs #overview-rest-authentication-signature,
//! fact sheet §1.2). Everything that signs a request, the HTTP layer and `okx sign` alike, goes through
//! these functions, so what `okx sign` shows is what `okx` sends.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use time::OffsetDateTime;

/// The four parts of a prehash, kept apart so `okx sign --debug` can label them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prehash<'a> {
    pub timestamp: &'a str,
    pub method: &'a str,
    pub request_path: &'a str,
    pub body: &'a str,
}

impl Prehash<'_> {
    /// The exact string that is fed to HMAC. Nothing is normalised here: signing is byte-exact.
    pub fn text(&self) -> String {
        let mut s = String::with_capacity(
            self.timestamp.len() + self.method.len() + self.request_path.len() + self.body.len(),
        );
        s.push_str(self.timestamp);
        s.push_str(self.method);
        s.push_str(self.request_path);
        s.push_str(self.body);
        s
    }
}

/// `base64(HMAC-SHA256(secret, message))`. The secret is used as its UTF-8 bytes; OKX does not
/// base64-decode it first (unlike Coinbase).
pub fn sign(secret: &[u8], message: &str) -> String {
    BASE64.encode(hmac_sha256(secret, message.as_bytes()))
}

pub(crate) fn hmac_sha256(secret: &[u8], message: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// OKX's REST timestamp: ISO-8601 UTC with exactly three millisecond digits and `Z`,
/// e.g. `2020-12-08T09:08:57.715Z`.
pub fn format_timestamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.millisecond()
    )
}

/// How a timestamp string is shaped, for the checks in `okx sign --debug`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampShape {
    /// `2020-12-08T09:08:57.715Z`: what OKX REST wants.
    Okx,
    EpochSeconds,
    EpochMillis,
    /// ISO-8601 without a fractional part.
    IsoNoMillis,
    /// ISO-8601 with a fractional part of other than three digits.
    IsoOtherFraction,
    /// ISO-8601 with `+00:00` or another offset instead of `Z`, or none at all.
    IsoNotZ,
    Other,
}

pub fn timestamp_shape(ts: &str) -> TimestampShape {
    // Everything below indexes bytes; a valid timestamp is ASCII anyway.
    if !ts.is_ascii() {
        return TimestampShape::Other;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(ts) {
        return match ts.len() {
            9..=11 => TimestampShape::EpochSeconds,
            12..=14 => TimestampShape::EpochMillis,
            _ => TimestampShape::Other,
        };
    }
    // Fractional epoch seconds, as JavaScript's Date.now()/1000 produces.
    if let Some((a, b)) = ts.split_once('.') {
        if digits(a) && digits(b) && (9..=11).contains(&a.len()) {
            return TimestampShape::EpochSeconds;
        }
    }
    let b = ts.as_bytes();
    let date_time_prefix = b.len() >= 19
        && digits(&ts[0..4])
        && b[4] == b'-'
        && digits(&ts[5..7])
        && b[7] == b'-'
        && digits(&ts[8..10])
        && (b[10] == b'T' || b[10] == b' ')
        && digits(&ts[11..13])
        && b[13] == b':'
        && digits(&ts[14..16])
        && b[16] == b':'
        && digits(&ts[17..19]);
    if !date_time_prefix {
        return TimestampShape::Other;
    }
    let rest = &ts[19..];
    let (fraction, zone) = match rest.strip_prefix('.') {
        Some(r) => {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            (Some(&r[..n]), &r[n..])
        }
        None => (None, rest),
    };
    if zone != "Z" {
        return TimestampShape::IsoNotZ;
    }
    if b[10] != b'T' {
        return TimestampShape::Other;
    }
    match fraction {
        None => TimestampShape::IsoNoMillis,
        Some(f) if f.len() == 3 => TimestampShape::Okx,
        Some(_) => TimestampShape::IsoOtherFraction,
    }
}

/// Parses any of the shapes above into an instant, so `--verify` can try the other formats of the
/// same moment. Returns `None` for shapes it cannot place in time.
pub fn parse_timestamp(ts: &str) -> Option<OffsetDateTime> {
    match timestamp_shape(ts) {
        TimestampShape::EpochSeconds => {
            // Integer arithmetic: `1607418537.715` must stay .715, which f64 cannot promise.
            let (secs, frac) = ts.split_once('.').unwrap_or((ts, ""));
            let mut nanos: i128 = secs.parse::<i128>().ok()? * 1_000_000_000;
            let frac9: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            nanos += frac9.parse::<i128>().ok()?;
            OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
        }
        TimestampShape::EpochMillis => {
            let ms: i128 = ts.parse().ok()?;
            OffsetDateTime::from_unix_timestamp_nanos(ms * 1_000_000).ok()
        }
        TimestampShape::Okx | TimestampShape::IsoNoMillis | TimestampShape::IsoOtherFraction => {
            OffsetDateTime::parse(ts, &time::format_description::well_known::Rfc3339).ok()
        }
        TimestampShape::IsoNotZ => {
            OffsetDateTime::parse(ts, &time::format_description::well_known::Rfc3339)
                .ok()
                .or_else(|| {
                    // No zone at all: read it as UTC, the way naive `utcnow()` code means it.
                    OffsetDateTime::parse(
                        &format!("{ts}Z"),
                        &time::format_description::well_known::Rfc3339,
                    )
                    .ok()
                })
        }
        TimestampShape::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    // Expected values computed independently with Python's standard library:
    //   base64.b64encode(hmac.new(b"<secret>", b"<prehash>", hashlib.sha256).digest())
    // (python-okx's own `sign()` does exactly this). See tests/sign.rs for the full set.
    #[test]
    fn rfc4231_style_vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn prehash_concatenates_without_separators() {
        let p = Prehash {
            timestamp: "2020-12-08T09:08:57.715Z",
            method: "GET",
            request_path: "/api/v5/account/balance?ccy=BTC",
            body: "",
        };
        assert_eq!(
            p.text(),
            "2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC"
        );
    }

    #[test]
    fn timestamp_has_three_millisecond_digits_and_z() {
        assert_eq!(
            format_timestamp(datetime!(2020-12-08 09:08:57.715 UTC)),
            "2020-12-08T09:08:57.715Z"
        );
        assert_eq!(
            format_timestamp(datetime!(2021-01-02 03:04:05 UTC)),
            "2021-01-02T03:04:05.000Z"
        );
        // A non-UTC instant is converted, not relabelled.
        assert_eq!(
            format_timestamp(datetime!(2021-01-02 11:04:05.001 +08:00)),
            "2021-01-02T03:04:05.001Z"
        );
    }

    #[test]
    fn timestamp_shapes() {
        use TimestampShape::*;
        assert_eq!(timestamp_shape("2020-12-08T09:08:57.715Z"), Okx);
        assert_eq!(timestamp_shape("1607418537"), EpochSeconds);
        assert_eq!(timestamp_shape("1607418537.715"), EpochSeconds);
        assert_eq!(timestamp_shape("1607418537715"), EpochMillis);
        assert_eq!(timestamp_shape("2020-12-08T09:08:57Z"), IsoNoMillis);
        assert_eq!(
            timestamp_shape("2020-12-08T09:08:57.715123Z"),
            IsoOtherFraction
        );
        assert_eq!(timestamp_shape("2020-12-08T09:08:57.715+00:00"), IsoNotZ);
        assert_eq!(timestamp_shape("2020-12-08T09:08:57.715"), IsoNotZ);
        assert_eq!(timestamp_shape("yesterday"), Other);
        assert_eq!(timestamp_shape("2020-12-08T09:08:5é.715Z"), Other);
        assert_eq!(timestamp_shape("é"), Other);
    }

    #[test]
    fn parse_timestamp_round_trips_every_shape() {
        let at = datetime!(2020-12-08 09:08:57.715 UTC);
        for ts in [
            "2020-12-08T09:08:57.715Z",
            "1607418537715",
            "2020-12-08T09:08:57.715+00:00",
            "2020-12-08T09:08:57.715",
        ] {
            assert_eq!(parse_timestamp(ts), Some(at), "{ts}");
        }
        assert_eq!(
            parse_timestamp("1607418537"),
            Some(datetime!(2020-12-08 09:08:57 UTC))
        );
        assert_eq!(parse_timestamp("1607418537.715"), Some(at));
    }
}
