//! OKX error codes with their *real* meanings (docs #error-code-rest-api-public, fact sheet §2 and
//! §8) and the most likely cause for a CLI user. Popular tutorials get several of these wrong
//! (50111 is an unknown key, not a bad signature; 50113 is the bad signature), so every message
//! `okx` prints about an OKX code comes from this one table.

use crate::error::exit;

pub(crate) struct CodeInfo {
    pub code: &'static str,
    /// The HTTP status OKX documents for it, if one is.
    pub http: Option<u16>,
    /// OKX's meaning, in its own words where they are clear.
    pub meaning: &'static str,
    /// The likely cause and the fix, for the error line.
    pub cause: &'static str,
    /// A further hint line, where one helps.
    pub hint: Option<&'static str>,
}

macro_rules! code {
    ($code:literal, $http:expr, $meaning:literal, $cause:literal) => {
        CodeInfo {
            code: $code,
            http: $http,
            meaning: $meaning,
            cause: $cause,
            hint: None,
        }
    };
    ($code:literal, $http:expr, $meaning:literal, $cause:literal, $hint:literal) => {
        CodeInfo {
            code: $code,
            http: $http,
            meaning: $meaning,
            cause: $cause,
            hint: Some($hint),
        }
    };
}

pub(crate) const TABLE: &[CodeInfo] = &[
    code!("1", Some(200), "Operation failed", "every item failed; each item's sCode says why"),
    code!("2", Some(200), "Bulk operation partially succeeded", "some items failed; each item's sCode says why"),
    code!("50000", Some(400), "Body cannot be empty for POST request", "this endpoint needs a JSON body; pass one with --body"),
    code!("50001", Some(503), "Service temporarily unavailable", "OKX is overloaded or in maintenance; try again shortly"),
    code!("50002", Some(400), "JSON syntax error", "the request body is not valid JSON"),
    code!("50004", Some(400), "Endpoint request timeout", "OKX timed out internally, so the outcome is unknown: for an order, check its state before sending it again"),
    code!("50005", Some(410), "API is offline or unavailable", "this endpoint has been retired or is down"),
    code!("50006", Some(400), "Invalid Content-Type", "send Content-Type: application/json"),
    code!("50011", Some(429), "Rate limit reached", "too many requests to this endpoint within 2 s; other programs or okx processes using the same IP or account share the limit", "okx paces itself per endpoint; wait a few seconds and try again"),
    code!("50013", Some(429), "System is busy, please try again later", "OKX is overloaded; this is not necessarily your request rate"),
    code!("50014", Some(400), "Parameter can not be empty", "a required parameter is missing; OKX's message names it"),
    code!("50015", Some(400), "Either of two parameters is required", "give one of the two parameters OKX's message names"),
    code!("50016", Some(400), "Parameters do not match", "two parameters contradict each other; OKX's message names them"),
    code!("50024", Some(200), "Parameters can not exist at the same time", "drop one of the two parameters OKX's message names"),
    code!("50026", Some(500), "System error", "an internal OKX error; try again later"),
    code!("50027", Some(200), "The account is restricted from trading", "OKX has restricted this account; contact OKX support"),
    code!("50035", Some(403), "This endpoint requires that APIKey must be bound to IP", "bind the API key to this machine's IP on OKX"),
    code!("50036", Some(200), "expTime can't be earlier than the current system time", "the request deadline is already past; check the system clock"),
    code!("50037", Some(200), "Order expired", "the order's expTime deadline passed before OKX processed it; it was not placed"),
    code!("50038", Some(200), "This feature is unavailable in demo trading", "this endpoint does not exist in demo trading; drop --demo / OKX_DEMO to use it live"),
    code!("50061", Some(200), "Sub-account order rate limit reached", "more than 1000 new or amended orders per 2 s across this sub-account"),
    code!("50071", Some(200), "The value already exists", "for orders: a pending order already uses this clOrdId"),
    code!("50100", Some(400), "API frozen, please contact customer service", "the API key is frozen; contact OKX support or create a new key"),
    code!("50101", Some(401), "APIKey does not match current environment", "a demo-trading key was used against live trading, or a live key against demo", "demo keys are created under Trade > Demo Trading > Demo Trading API and need --demo (or OKX_DEMO=1); live keys must be used without it"),
    code!("50102", Some(401), "Timestamp request expired", "the request's timestamp differs from OKX's clock by more than 30 s: the system clock is wrong or unsynced (a wrong time zone is the classic cause)", "okx time shows the offset; sync the clock (e.g. timedatectl set-ntp true). okx itself resyncs once per run"),
    code!("50103", Some(401), "Request header OK-ACCESS-KEY can not be empty", "no API key was sent: OKX_API_KEY is empty"),
    code!("50104", Some(401), "Request header OK-ACCESS-PASSPHRASE can not be empty", "no passphrase was sent: OKX_PASSPHRASE is empty"),
    code!("50105", Some(401), "Request header OK-ACCESS-PASSPHRASE incorrect", "the passphrase is not the one chosen when this API key was created (it is not the account password)"),
    code!("50106", Some(401), "Request header OK-ACCESS-SIGN can not be empty", "no signature was sent"),
    code!("50107", Some(401), "Request header OK-ACCESS-TIMESTAMP can not be empty", "no timestamp was sent"),
    code!("50108", Some(401), "Exchange ID does not exist", "a broker-only setting; not used by ordinary keys"),
    code!("50109", Some(401), "Exchange domain does not exist", "a broker-only setting; not used by ordinary keys"),
    code!("50110", Some(401), "Your IP is not in the API key's IP whitelist", "this machine's public IP is not on the key's whitelist; add it on OKX or use another key"),
    code!("50111", Some(401), "Invalid OK-ACCESS-KEY", "OKX does not know this API key: a typo, a deleted key, or a key of another region (this is not a signature error; that is 50113)"),
    code!("50112", Some(401), "Invalid OK-ACCESS-TIMESTAMP", "the timestamp is not ISO-8601 UTC with milliseconds, like 2020-12-08T09:08:57.715Z (epoch seconds are only for WebSocket login)", "okx sign --debug checks a timestamp's shape"),
    code!("50113", Some(401), "Invalid signature", "the secret key is wrong, or the bytes signed differ from the bytes sent; run okx sign --debug", "okx sign --verify SIG names the usual mistake that reproduces another program's signature"),
    code!("50114", Some(401), "Invalid authorization", "the authentication headers are inconsistent; check key, secret and passphrase belong together"),
    code!("50115", Some(405), "Invalid request method", "this endpoint does not take that HTTP method"),
    code!("50119", Some(200), "API key doesn't exist", "the key is unknown to this host: most often an EEA or US account's key used on www.okx.com, or a deleted key", "EEA keys work on https://eea.okx.com and US keys on https://us.okx.com: set OKX_BASE_URL"),
    code!("50120", Some(200), "API key doesn't have permission", "the key lacks the permission (Read or Trade) this request needs; edit the key on OKX"),
    code!("50121", Some(200), "You can't access OKX with this IP address", "requests from this IP are not allowed for this key or region"),
    code!("51000", Some(400), "Parameter error", "OKX rejected a parameter's value; its message names the parameter", "for an order on a swap or future, posSide is the usual one: required in long/short position mode, refused in net mode (okx account shows the mode)"),
    code!("51001", Some(200), "Instrument ID or code does not exist", "no such instrument: OKX IDs are upper case BASE-QUOTE (BTC-USDT), and swaps and futures carry a suffix (BTC-USDT-SWAP)"),
    code!("51006", Some(200), "Order price is not within the price limit", "the price is outside the band OKX allows now; its message gives the limits"),
    code!("51008", Some(200), "Order failed. Insufficient balance", "not enough available balance or margin for this order: a limit buy needs price × size in the quote currency, a sell its size in the base currency; only a spot market buy also freezes a ~5% buffer of quote currency"),
    code!("51010", Some(200), "Request unsupported under current account mode", "the account is in spot mode (acctLv 1), where OKX refuses every SWAP and FUTURES order: switch the account mode to futures or a margin mode on OKX's website (okx account shows the mode)"),
    code!("51011", Some(200), "Duplicated order ID", "an order with this ordId already exists"),
    code!("51016", Some(200), "Duplicated client order ID", "a pending order already uses this clOrdId; choose another"),
    code!("51023", Some(200), "Position does not exist", "there is no such position to close: check the instrument, margin mode and side with okx positions"),
    code!("51043", Some(200), "This isolated position doesn't exist", "there is no isolated position to close: check with okx positions (perhaps it is cross)"),
    code!("51020", Some(200), "Your order should meet or exceed the minimum order amount", "the size is below the instrument's minimum (minSz)"),
    code!("51024", Some(200), "Trading account is blocked", "OKX has blocked trading on this account; contact OKX support"),
    code!("51116", Some(200), "Order price or trigger price exceeds the limit", "the price is beyond what OKX allows for this instrument"),
    code!("51119", None, "Insufficient balance (legacy code)", "not enough balance; newer OKX versions answer 51008"),
    code!("51054", Some(500), "Request timed out. Please try again later", "OKX timed out, so the outcome is unknown: check the order's state before sending it again"),
    code!("51121", Some(200), "Order quantity must be a multiple of the lot size", "the size is not a multiple of the instrument's lotSz"),
    code!("51112", Some(200), "Close order size exceeds available size", "a reduce-only or closing order is larger than the position: size it at most at the position (okx positions)"),
    code!("51115", Some(429), "Cancel all pending close-orders before liquidation", "the position has pending close orders: cancel them first, or close with --cancel-pending"),
    code!("51127", Some(200), "Available balance is 0", "nothing available in this currency"),
    code!("51131", Some(200), "Insufficient balance", "not enough available balance"),
    code!("51137", Some(200), "Buy order price exceeds the highest price limit", "the buy price is above the current price band"),
    code!("51138", Some(200), "Sell order price is below the lowest price limit", "the sell price is below the current price band"),
    code!("51174", Some(200), "The number of pending orders reached the upper limit", "OKX holds at most 500 pending orders per account and instrument (options aside): cancel some (okx order cancel-all INST_ID) or wait for fills before placing more"),
    code!("51149", Some(500), "Order timed out", "OKX timed out while placing the order, so the outcome is unknown: check its state before sending it again"),
    code!("51169", Some(200), "Order failed because you don't have any positions in this direction for this contract to reduce or close", "a reduce-only order with no position to reduce: check okx positions"),
    code!("51170", Some(200), "Failed to place order. A reduce-only order can't be the same direction as your existing position", "a reduce-only order must go against the position: sell to reduce a long, buy to reduce a short"),
    code!("51201", Some(200), "Value of per market order cannot exceed the maximum", "the market order is larger than OKX allows (maxMktAmt)"),
    code!("51202", Some(200), "Market order amount exceeds the maximum amount", "the market order size is above maxMktSz"),
    code!("51204", Some(200), "The price for the limit order cannot be empty", "a limit order needs a price"),
    code!("51400", Some(200), "Cancellation failed as the order has been filled, canceled or does not exist", "the order is no longer open, or the ID is wrong"),
    code!("51401", Some(200), "Cancellation failed as the order is already canceled", "nothing to cancel"),
    code!("51402", Some(200), "Cancellation failed as the order is already completed", "nothing to cancel"),
    code!("51410", Some(200), "Cancellation failed as the order is already under cancelling status", "a cancel is already in progress"),
    code!("51500", Some(200), "Nothing to amend: no new price, size or TP/SL", "give a new price or size that differs from the order's"),
    code!("51503", Some(200), "Order modification failed as the order has been filled, canceled or does not exist", "the order is no longer open, or the ID is wrong"),
    code!("51506", Some(200), "This order type can't be amended", "this kind of order cannot be amended: cancel it and place a new one"),
    code!("51511", Some(200), "The new price breaks the post-only rule", "the new price would take liquidity, which a post-only order may not: choose a price that rests on the book"),
    code!("51513", Some(200), "Number of modification requests in process exceeds the limit", "at most 3 amends may be in flight for one order"),
    code!("59000", Some(200), "Settings failed. Close any open positions or orders before modifying settings", "the position mode can change only with no open positions and no pending orders: close and cancel them first (okx positions, okx order list)"),
    code!("59101", Some(200), "Leverage can't be modified. Please cancel all pending isolated margin orders before adjusting the leverage", "cancel the instrument's pending isolated orders first"),
    code!("59102", Some(200), "Leverage exceeds the maximum limit", "the leverage is above the instrument's maximum (okx instruments --type SWAP shows it as max lever)"),
    code!("59103", Some(200), "Account margin is insufficient and leverage is too low", "the margin needed at this lower leverage exceeds what is available: add margin or choose a higher leverage"),
    code!("59105", Some(400), "Leverage can't be less than 1", "give a leverage of 1 or more"),
    code!("59107", Some(200), "Leverage can't be modified. Please cancel all pending cross-margin orders before adjusting the leverage", "cancel the instrument's pending cross orders first"),
    code!("59300", Some(200), "Margin call failed. Position does not exist", "there is no isolated position to add margin to or take it from"),
    code!("59301", Some(200), "Margin adjustment exceeds the maximum limit", "reduce by less: the position must keep its initial margin"),
    code!("51603", Some(200), "Order does not exist", "no order with that ID on this instrument", "orders canceled without fills leave the order history after 2 hours"),
    code!("52000", Some(200), "No market data found", "OKX has no data for this request"),
    code!("60004", None, "Invalid timestamp", "the WebSocket login timestamp is not Unix epoch seconds"),
    code!("60005", None, "Invalid apiKey", "OKX does not know this API key (WebSocket login)"),
    code!("60006", None, "Timestamp request expired", "the WebSocket login timestamp is more than 30 s from OKX's clock: sync this machine's clock"),
    code!("60007", None, "Invalid sign", "the WebSocket login signature is wrong: the secret key is wrong, or the prehash is not timestamp + GET + /users/self/verify"),
    code!("60008", None, "This endpoint does not support that channel", "subscribe to this channel on another WebSocket URL"),
    code!("60009", None, "Login failure", "the WebSocket login was refused; check key, secret and passphrase"),
    code!("60011", None, "Please log in", "private channels need a login first"),
    code!("60012", None, "Invalid request", "the subscription request is malformed"),
    code!("60013", None, "Invalid args", "a subscription argument is not valid"),
    code!("60014", None, "Requests too frequent", "too many WebSocket requests; at most 480 subscribe/login requests per hour per connection"),
    code!("60018", None, "Wrong URL or channel doesn't exist", "no such channel or instrument on this WebSocket URL"),
    code!("60019", None, "Invalid op", "the WebSocket operation is not one OKX knows"),
    code!("60024", None, "Wrong passphrase", "the passphrase is not the one chosen when this API key was created"),
    code!("60032", None, "API key doesn't exist", "the key is unknown to this host: an EEA or US account's key on the global host, or a deleted key"),
    code!("64001", None, "This channel has moved to the /business URL", "candle and some other channels live on /ws/v5/business"),
    code!("64002", None, "This channel is not supported on the /business URL", "subscribe to it on /ws/v5/public"),
    code!("64003", None, "Fee tier too low for this channel", "this channel needs VIP4 or higher"),
    code!("64008", None, "The connection will soon be closed for a service upgrade", "OKX is about to restart the server; reconnect"),
    code!("58350", Some(200), "Insufficient balance", "a funding-account code: a transfer or withdrawal above the available balance (okx transfer checks it first); order placement reports 51008 instead"),
    code!("58102", Some(429), "Too frequent transfer", "more than 2 transfers a second in one currency; okx paces under it, so another process is transferring too"),
    code!("58114", Some(200), "Transfer amount must be more than 0", "the transfer amount is zero or negative"),
    code!("58123", Some(200), "Parameter from cannot equal to parameter to", "a transfer from an account to itself: --from and --to must differ"),
    code!("58124", Some(200), "Your transfer is being processed", "OKX has the transfer but has not finished it: its state is read with transfer-state, never sent again"),
    code!("58127", Some(200), "Main account API key does not support current transfer type", "the transfer type does not fit this key (sub-account transfers need the right key)"),
    code!("58129", Some(200), "Parameter error (transfer)", "transfer-state knows no transfer under this transId or clientId (not documented; read so by GaloyMoney/stablesats-rs)"),
    code!("58404", Some(200), "ClientId already exists", "a transfer already used this client ID: OKX refuses it again, which is what makes re-sending a lost transfer with the same --client-id safe"),
];

/// Whether `s` has the form of an OKX code: digits, with an optional `_` and sub-code digits
/// (`51008_1000`).
pub(crate) fn looks_like_code(s: &str) -> bool {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    match s.split_once('_') {
        Some((base, sub)) => digits(base) && digits(sub),
        None => digits(s),
    }
}

pub(crate) fn lookup(code: &str) -> Option<&'static CodeInfo> {
    let base = code.split('_').next().unwrap_or(code);
    TABLE.iter().find(|c| c.code == base)
}

/// Codes that mean OKX refused the credentials rather than the request (50115, a wrong HTTP
/// method, is the request's fault).
fn is_auth(code: &str) -> bool {
    matches!(
        code,
        "50035"
            | "50119"
            | "50120"
            | "50121"
            | "60004"
            | "60005"
            | "60006"
            | "60007"
            | "60009"
            | "60024"
            | "60032"
    ) || code
        .parse::<u32>()
        .is_ok_and(|n| (50100..=50114).contains(&n))
}

/// Codes after which the request's outcome is unknown.
pub(crate) fn is_unknown_outcome(code: &str) -> bool {
    matches!(code, "50004" | "51054" | "51149")
}

/// Codes that are transient: trying again later may succeed.
pub(crate) fn is_transient(code: &str) -> bool {
    matches!(code, "50001" | "50011" | "50013" | "50026" | "50061")
}

pub(crate) fn exit_code_for(code: &str) -> u8 {
    let base = code.split('_').next().unwrap_or(code);
    if is_auth(base) {
        exit::AUTH
    } else if is_unknown_outcome(base) {
        exit::UNKNOWN_OUTCOME
    } else if is_transient(base) {
        exit::NETWORK
    } else {
        exit::API
    }
}

/// One line: `OKX 50113 Invalid signature — <cause>`, plus what the server said when it adds
/// something to the table's meaning.
pub(crate) fn describe(code: &str, server_msg: &str, http_status: Option<u16>) -> String {
    // Both are the server's text: no control characters, and a bounded length.
    let code = &crate::output::shown(code, 16);
    let server_msg = &crate::output::shown(server_msg, 300);
    let status = http_status
        .map(|s| format!(" (HTTP {s})"))
        .unwrap_or_default();
    match lookup(code) {
        Some(info) => {
            let said = if server_msg.is_empty() || same_words(server_msg, info.meaning) {
                String::new()
            } else {
                format!(" [OKX said: {server_msg}]")
            };
            format!("OKX {code} {}{status} — {}{said}", info.meaning, info.cause)
        }
        None => {
            let msg = if server_msg.is_empty() {
                "(no message)".to_string()
            } else {
                server_msg.clone()
            };
            format!("OKX {code}{status}: {msg}")
        }
    }
}

/// Equal but for case, punctuation and spacing ("can not" vs "cannot", quoted header names).
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_numeric() {
        for (i, a) in TABLE.iter().enumerate() {
            assert!(a.code.parse::<u32>().is_ok(), "{}", a.code);
            assert!(
                TABLE[i + 1..].iter().all(|b| b.code != a.code),
                "duplicate {}",
                a.code
            );
        }
    }

    #[test]
    fn tutorial_myths_are_corrected() {
        assert_eq!(lookup("50111").unwrap().meaning, "Invalid OK-ACCESS-KEY");
        assert_eq!(lookup("50113").unwrap().meaning, "Invalid signature");
        assert_eq!(
            lookup("50102").unwrap().meaning,
            "Timestamp request expired"
        );
        assert_eq!(lookup("50119").unwrap().meaning, "API key doesn't exist");
    }

    #[test]
    fn sub_codes_match_their_base() {
        assert_eq!(lookup("51008_1000").unwrap().code, "51008");
        assert_eq!(exit_code_for("51008_1000"), exit::API);
        assert_eq!(exit_code_for("50115"), exit::API);
    }

    #[test]
    fn describe_reads_as_one_line() {
        let line = describe("50113", "Invalid Sign", Some(401));
        assert!(
            line.starts_with("OKX 50113 Invalid signature (HTTP 401) — the secret key is wrong"),
            "{line}"
        );
        assert!(!line.contains('\n'));
        assert_eq!(describe("99999", "", None), "OKX 99999: (no message)");
        let quoted = describe(
            "50105",
            "Request header \"OK-ACCESS-PASSPHRASE\" incorrect",
            None,
        );
        assert!(!quoted.contains("OKX said"), "{quoted}");
    }
}
