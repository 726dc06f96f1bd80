//! Position and account changes through the order core: closing a position at the market
//! (`POST /trade/close-position`, derivatives sheet §4.8), setting leverage
//! (`POST /account/set-leverage`, §3.4) and the position mode (§3.6). Each is sent once; none
//! carries an `expTime` (OKX honours it only on order placement and amendment). OKX's answer to
//! them is not an order's (no `sCode`, no `ordId`): code 0 with one item naming the request is
//! read as accepted (`answer`); an item naming something else is ambiguous. Then:
//!
//! * a close, accepted or not, is settled by the market order it creates (it carries okx's
//!   client order ID) or by the position being gone: `closed`. A position still open with no
//!   such order after several looks is `unknown`, never "not closed": with no deadline, OKX may
//!   still apply the close later (and a second `okx position close` is then refused, 51023,
//!   since a close never opens or flips a position).
//! * leverage and the position mode are idempotent: accepted means set; after a lost answer the
//!   value read back decides set or not set (a late duplicate would set the same value).

use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::{lookup, Change, OrderRef, Outcome, PosSide};
use crate::client::{ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::account::{self, PosMode};
use crate::exchange::endpoints;
use crate::exchange::position::of_instrument as positions_of;
use crate::exchange::position::MgnMode;
use crate::output::{sanitize, Output, Stderr};
use crate::parse::{change_answer, field, Envelope, OrderAnswer};
use crate::validate;

/// Look-ups after a lost answer before okx says the close did not happen.
const LOOKS: u32 = 4;
const LOOK_PAUSE: Duration = Duration::from_millis(500);

/// `POST /api/v5/trade/close-position`'s body.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ClosePosition {
    pub inst_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos_side: Option<PosSide>,
    pub mgn_mode: MgnMode,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub auto_cxl: bool,
    pub cl_ord_id: String,
}

/// The position a close is for: its size (signed in net mode), or `None` when there is none.
fn open_position(client: &Client, close: &ClosePosition) -> Result<Option<Decimal>> {
    position_size(&positions_of(client, &close.inst_id)?, close)
}

/// The size of the position `close` is for among `positions`.
fn position_size(positions: &[Value], close: &ClosePosition) -> Result<Option<Decimal>> {
    let side = close.pos_side.map_or("net", PosSide::as_str);
    Ok(crate::exchange::position::open_one(
        positions,
        &close.inst_id,
        close.mgn_mode.as_str(),
        side,
    )?
    .map(|(_, size)| size))
}

impl Change for ClosePosition {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::CLOSE_POSITION
            .post(serde_json::to_string(self).context("encoding the close")?))
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        true
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        format!("okx positions {}", self.inst_id)
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        // OKX's answer names the position and the closing order's client ID; another is not ours.
        // okx always sends a clOrdId, so the answer must carry it back.
        let side = self.pos_side.map_or("net", PosSide::as_str);
        match change_answer(status, env) {
            OrderAnswer::Accepted(item)
                if field(&item, "instId") != self.inst_id
                    || field(&item, "clOrdId") != self.cl_ord_id
                    || !["", side].contains(&field(&item, "posSide")) =>
            {
                OrderAnswer::Ambiguous(format!(
                    "OKX's answer names {} {} {}, not this close",
                    sanitize(field(&item, "instId")),
                    sanitize(field(&item, "posSide")),
                    sanitize(field(&item, "clOrdId"))
                ))
            }
            other => other,
        }
    }
    fn not_done_result(&self) -> &'static str {
        "not_closed"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the position was not closed"
    }
    fn again_phrase(&self) -> &'static str {
        "close it again (a close never opens a position)"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert("mgnMode".into(), json!(self.mgn_mode.as_str()));
        m.insert("posSide".into(), json!(self.pos_side.map(PosSide::as_str)));
        m.insert("clOrdId".into(), json!(self.cl_ord_id));
        m
    }
    fn confirm(&self, client: &Client, _item: Value, deadline_ms: Option<i64>) -> Outcome {
        // An answer can lie; the closing order (or the position gone) settles it.
        self.resolve(client, deadline_ms, "OKX accepted the close")
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        let target = OrderRef::ClOrdId(self.cl_ord_id.clone());
        let mut last_error = None;
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match lookup(client, &self.inst_id, &target) {
                Ok(Some(order)) => {
                    return Outcome::Done {
                        result: "closed",
                        order,
                        problem: None,
                    }
                }
                Ok(None) => {}
                // The position may still settle it.
                Err(e) => last_error = Some(format!("{e:#}")),
            }
            match open_position(client, self) {
                Ok(None) => {
                    return Outcome::Done {
                        result: "closed",
                        order: Value::Null,
                        problem: None,
                    }
                }
                Ok(Some(_)) => {}
                Err(e) => last_error = Some(format!("{e:#}")),
            }
        }
        match last_error {
            Some(e) => Outcome::Unknown(format!("{why}, and the look-ups failed ({e})")),
            // close-position carries no deadline: OKX may still apply it, and then it would
            // close whatever position is open then. Not "not closed", which invites another way
            // of closing and reopening.
            None => Outcome::Unknown(format!(
                "{why}; the position is still open and no order {} exists after {LOOKS} looks, \
                 but OKX may still apply the close (it has no deadline); if it is still open \
                 later, okx position close again is safe",
                self.cl_ord_id
            )),
        }
    }
}

/// `--pos-side` names a position in long/short mode, where it is required, and is refused in net
/// mode (OKX: 51000); `which` says what it names, for the message.
pub(super) fn pos_side_rule(
    mode: PosMode,
    pos_side: Option<PosSide>,
    which: &str,
) -> Result<(), Failure> {
    match (mode, pos_side) {
        (PosMode::LongShort, None) => Err(Failure::Usage(format!(
            "the account is in long/short position mode: give --pos-side long or short ({which})"
        ))),
        (PosMode::Net, Some(p)) => Err(Failure::Usage(format!(
            "the account is in net position mode, with one position per instrument: leave out \
             --pos-side {}",
            p.as_str()
        ))),
        _ => Ok(()),
    }
}

/// What the user asked to close; the margin mode may be left to the open position.
pub(crate) struct CloseWish {
    pub inst_id: String,
    pub pos_side: Option<PosSide>,
    pub mgn_mode: Option<MgnMode>,
    pub auto_cxl: bool,
    pub cl_ord_id: Option<String>,
}

/// Closes a position at the market: checks that it exists (and the account's position mode
/// for `posSide`), sends the close once, and reports what became of it.
pub(crate) fn close(out: &Output, client: &Client, wish: CloseWish, dry_run: bool) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    account::checked(client, |c| {
        pos_side_rule(c.pos_mode, wish.pos_side, "the position to close")
    })?;
    // A client order ID that already names an order would make a lost answer undecidable.
    if let Some(id) = &wish.cl_ord_id {
        let id = validate::cl_ord_id(id)?;
        if lookup(client, &wish.inst_id, &OrderRef::ClOrdId(id.clone()))?.is_some() {
            return Err(Failure::Usage(format!(
                "--cl-ord-id {id} already names an order of {}: choose a new ID, or leave it out \
                 for a generated one",
                wish.inst_id
            ))
            .into());
        }
    }
    let mut candidates = Vec::new();
    let positions = positions_of(client, &wish.inst_id)?;
    for mode in [MgnMode::Cross, MgnMode::Isolated] {
        if wish.mgn_mode.is_some_and(|m| m != mode) {
            continue;
        }
        let close = ClosePosition {
            inst_id: wish.inst_id.clone(),
            pos_side: wish.pos_side,
            mgn_mode: mode,
            auto_cxl: wish.auto_cxl,
            cl_ord_id: match &wish.cl_ord_id {
                Some(id) => validate::cl_ord_id(id)?,
                None => super::NewOrder::generate_cl_ord_id(),
            },
        };
        if let Some(pos) = position_size(&positions, &close)? {
            candidates.push((close, pos));
        }
    }
    let side = wish
        .pos_side
        .map(|p| format!("{} ", p.as_str()))
        .unwrap_or_default();
    let (close, pos) = match candidates.len() {
        1 => candidates.remove(0),
        0 => {
            return Err(Failure::Usage(format!(
                "there is no open {}{side}position in {} to close (OKX would answer 51023); see \
                 okx positions {}",
                wish.mgn_mode
                    .map(|m| format!("{} ", m.as_str()))
                    .unwrap_or_default(),
                wish.inst_id,
                wish.inst_id
            ))
            .into())
        }
        _ => {
            return Err(Failure::Usage(format!(
                "{} has both a cross and an isolated {side}position: give --mgn-mode cross or \
                 isolated",
                wish.inst_id
            ))
            .into())
        }
    };
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &close.request()?);
    }
    // A net position's side is its sign (a short is negative): say it in words, the size
    // without the sign.
    let held = match (wish.pos_side, pos.is_sign_negative()) {
        (Some(p), _) => p.as_str(),
        (None, true) => "short",
        (None, false) => "long",
    };
    Stderr::note(&format!(
        "closing the {} {held} position of {} contracts in {} at the market (clOrdId {})",
        close.mgn_mode.as_str(),
        pos.abs().normalize(),
        close.inst_id,
        close.cl_ord_id
    ));
    super::run(out, client, &close)
}

/// `POST /api/v5/account/set-leverage`'s body.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetLeverage {
    pub inst_id: String,
    pub lever: super::Amount,
    pub mgn_mode: MgnMode,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos_side: Option<PosSide>,
}

impl SetLeverage {
    /// The leverage OKX has now for this instrument, margin mode and side.
    fn current(&self, client: &Client) -> Result<Option<Decimal>> {
        let env = client.send(
            &endpoints::LEVERAGE_INFO
                .request()
                .query("instId", self.inst_id.clone())
                .query("mgnMode", self.mgn_mode.as_str()),
        )?;
        let side = self.pos_side.map(PosSide::as_str);
        Ok(env
            .data
            .iter()
            .filter(|l| field(l, "instId") == self.inst_id)
            .find(|l| side.is_none_or(|s| field(l, "posSide") == s))
            .and_then(|l| field(l, "lever").parse::<Decimal>().ok()))
    }
}

impl Change for SetLeverage {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::SET_LEVERAGE
            .post(serde_json::to_string(self).context("encoding the leverage")?))
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        false
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        format!(
            "okx leverage {} --mgn-mode {}",
            self.inst_id,
            self.mgn_mode.as_str()
        )
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        match change_answer(status, env) {
            OrderAnswer::Accepted(item)
                if field(&item, "instId") != self.inst_id
                    || field(&item, "mgnMode") != self.mgn_mode.as_str()
                    || self
                        .pos_side
                        .is_some_and(|p| field(&item, "posSide") != p.as_str())
                    || field(&item, "lever").parse::<Decimal>().ok()
                        != Some(self.lever.value()) =>
            {
                OrderAnswer::Ambiguous(format!(
                    "OKX's answer names {} at leverage {}, not this change",
                    sanitize(field(&item, "instId")),
                    sanitize(field(&item, "lever"))
                ))
            }
            other => other,
        }
    }
    fn not_done_result(&self) -> &'static str {
        "not_set"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the leverage was not changed"
    }
    fn again_phrase(&self) -> &'static str {
        "set it again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert("lever".into(), json!(self.lever.text()));
        m.insert("mgnMode".into(), json!(self.mgn_mode.as_str()));
        m.insert("posSide".into(), json!(self.pos_side.map(PosSide::as_str)));
        m
    }
    fn confirm(&self, _client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        Outcome::Done {
            result: "set",
            order: item,
            problem: None,
        }
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        match self.current(client) {
            Ok(Some(l)) if l == self.lever.value() => Outcome::Done {
                result: "set",
                order: Value::Null,
                problem: None,
            },
            // Setting leverage is idempotent: "not changed" is safe to act on even if the lost
            // request is applied later, since it would set the same value.
            Ok(Some(l)) => {
                Outcome::NotDone(format!("{why}; OKX's leverage is still {}", l.normalize()))
            }
            Ok(None) => Outcome::Unknown(format!("{why}, and OKX listed no leverage to compare")),
            Err(e) => Outcome::Unknown(format!("{why}, and the look-up failed ({e:#})")),
        }
    }
}

/// Sets leverage: checks `posSide` against OKX's rules (only isolated FUTURES/SWAP in long/short
/// mode take one, and there it is required), sends once, reports.
pub(crate) fn set_leverage(
    out: &Output,
    client: &Client,
    set: SetLeverage,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    // Above the instrument's maximum OKX refuses with 59102: said before sending.
    let id_type = crate::rules::inst_type_of(&set.inst_id);
    let max = crate::rules::load(client, &set.inst_id, id_type)?.max_lever;
    if let Some(max) = max.filter(|m| set.lever.value() > *m) {
        return Err(Failure::Usage(format!(
            "leverage {} is above {}'s maximum, {} (OKX would refuse it with 59102): use at most {}",
            set.lever.text(),
            set.inst_id,
            max.normalize(),
            max.normalize()
        ))
        .into());
    }
    account::checked(client, |config| {
        let needs_side = config.pos_mode == PosMode::LongShort && set.mgn_mode == MgnMode::Isolated;
        match (needs_side, set.pos_side) {
            (true, None) => Err(Failure::Usage(
                "isolated leverage in long/short mode is set per side: give --pos-side long or \
                 short"
                    .into(),
            )),
            (false, Some(_)) => Err(Failure::Usage(format!(
                "--pos-side applies only to isolated margin in long/short mode (OKX refuses it \
                 elsewhere with 51000); the account is in {} mode and this is {} margin: leave \
                 it out",
                if config.pos_mode == PosMode::Net {
                    "net"
                } else {
                    "long/short"
                },
                set.mgn_mode.as_str()
            ))),
            _ => Ok(()),
        }
    })?;
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &set.request()?);
    }
    Stderr::note(&format!(
        "setting {} {} leverage to {}{}",
        set.inst_id,
        set.mgn_mode.as_str(),
        set.lever.text(),
        set.pos_side
            .map(|p| format!(" ({} side)", PosSide::as_str(p)))
            .unwrap_or_default()
    ));
    super::run(out, client, &set)
}

/// `POST /api/v5/account/set-position-mode`'s body (§3.6).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetPositionMode {
    pub pos_mode: &'static str,
}

impl Change for SetPositionMode {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::SET_POSITION_MODE
            .post(serde_json::to_string(self).context("encoding the position mode")?))
    }
    fn inst_id(&self) -> &str {
        ""
    }
    fn places(&self) -> bool {
        false
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        "okx account".into()
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        match change_answer(status, env) {
            OrderAnswer::Accepted(item) if field(&item, "posMode") != self.pos_mode => {
                OrderAnswer::Ambiguous(format!(
                    "OKX's answer names the mode {}, not {}",
                    sanitize(field(&item, "posMode")),
                    self.pos_mode
                ))
            }
            other => other,
        }
    }
    fn not_done_result(&self) -> &'static str {
        "not_set"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the position mode was not changed"
    }
    fn again_phrase(&self) -> &'static str {
        "set it again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("posMode".into(), json!(self.pos_mode));
        m
    }
    fn confirm(&self, client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        account::forget(client);
        Outcome::Done {
            result: "set",
            order: item,
            problem: None,
        }
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        account::forget(client);
        // Idempotent, like leverage: the mode read back decides.
        match account::config(client) {
            Ok(c) if c.pos_mode.okx_name() == self.pos_mode => Outcome::Done {
                result: "set",
                order: Value::Null,
                problem: None,
            },
            Ok(c) => Outcome::NotDone(format!(
                "{why}; the account is still in {}",
                c.pos_mode.okx_name()
            )),
            Err(e) => Outcome::Unknown(format!("{why}, and reading the mode failed ({e:#})")),
        }
    }
}

/// Switches the account's position mode; says so and sends nothing when it is already in it.
pub(crate) fn set_position_mode(
    out: &Output,
    client: &Client,
    mode: PosMode,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    let change = SetPositionMode {
        pos_mode: mode.okx_name(),
    };
    if !dry_run {
        account::forget(client);
        if account::config(client)?.pos_mode == mode {
            Stderr::note(&format!(
                "the account is in {} position mode already; nothing sent",
                mode.okx_name()
            ));
            return super::report::report(
                out,
                &change,
                Outcome::Done {
                    result: "unchanged",
                    order: Value::Null,
                    problem: None,
                },
            );
        }
    }
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &change.request()?);
    }
    Stderr::note(&format!("setting the position mode to {}", mode.okx_name()));
    super::run(out, client, &change)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::parse_envelope;

    fn answer(status: u16, body: &str, change: &dyn Change) -> bool {
        matches!(
            change.answer(status, &parse_envelope(body).unwrap()),
            OrderAnswer::Accepted(_)
        )
    }

    #[test]
    fn only_an_answer_naming_the_request_settles_it() {
        let close = ClosePosition {
            inst_id: "BTC-USDT-SWAP".into(),
            pos_side: None,
            mgn_mode: MgnMode::Cross,
            auto_cxl: false,
            cl_ord_id: "okx1".into(),
        };
        let ok = r#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","posSide":"net","clOrdId":"okx1","tag":""}]}"#;
        assert!(answer(200, ok, &close));
        assert!(
            answer(200, &ok.replace(r#""0""#, "0"), &close),
            "code as a number"
        );
        for (status, body) in [
            (500, ok.to_string()),
            (200, ok.replace("okx1", "okx2")),
            (200, ok.replace("BTC-USDT-SWAP", "ETH-USDT-SWAP")),
            (200, ok.replace(r#""code":"0""#, r#""code":"1""#)),
            (200, ok.replace(r#""tag":"""#, r#""sCode":"51000""#)),
            (200, r#"{"code":"0","msg":"","data":[{}]}"#.into()),
            (200, r#"{"code":"0","msg":"","data":[]}"#.into()),
            (
                200,
                ok.replace("}]}", r#"},{"instId":"BTC-USDT-SWAP","clOrdId":"okx1"}]}"#),
            ),
        ] {
            assert!(!answer(status, &body, &close), "{status} {body}");
        }

        let lever = SetLeverage {
            inst_id: "BTC-USDT-SWAP".into(),
            lever: super::super::Amount::parse("5", "N").unwrap(),
            mgn_mode: MgnMode::Isolated,
            pos_side: Some(PosSide::Long),
        };
        let ok = r#"{"code":"0","msg":"","data":[{"lever":"5.00","mgnMode":"isolated","instId":"BTC-USDT-SWAP","posSide":"long"}]}"#;
        assert!(answer(200, ok, &lever), "equal values in another spelling");
        for body in [
            ok.replace("5.00", "3"),
            ok.replace("isolated", "cross"),
            ok.replace("long", "short"),
        ] {
            assert!(!answer(200, &body, &lever), "{body}");
        }

        let mode = SetPositionMode {
            pos_mode: "long_short_mode",
        };
        let ok = r#"{"code":"0","msg":"","data":[{"posMode":"long_short_mode"}]}"#;
        assert!(answer(200, ok, &mode));
        assert!(!answer(200, &ok.replace("long_short", "net"), &mode));
    }
}
