//! Moving money between the funding and the trading account (`POST /api/v5/asset/transfer`,
//! derivatives sheet §7.2, §7.3) through the order core.
//!
//! OKX says a transfer's answer "does not necessarily reflect the actual transfer result", so an
//! accepted answer is confirmed by reading the transfer's state (`transfer-state` by `transId`):
//! `success` is done, `failed` is not done, `pending` (still so after a few looks) is reported as
//! `pending` with exit 7.
//!
//! OKX's 58124 "Your transfer is being processed, transfer id: N" says OKX has the transfer: it
//! is followed by that `transId` (by the `clientId` when the message names none) and is never
//! called not transferred: not listed yet, it is `unknown` (exit 7).
//!
//! A lost or otherwise ambiguous answer is settled by `transfer-state` by the `clientId` every
//! transfer is sent with: found, it is what its state says; not found after a few looks, it is
//! `not_transferred`. A transfer carries no deadline, so the first may still arrive late: sending
//! it again is safe only with the same `--client-id`, which OKX refuses once it has it (58404),
//! and okx prints that exact command. It never sends anything twice itself.
//!
//! 58404 "ClientId already exists" is therefore no plain refusal: it is what that resend gets
//! when the first transfer did arrive. It is settled by the client ID too: the transfer found is
//! this one (currency, amount, accounts) and is what its state says, or another transfer owns
//! the ID and this one is refused, naming it.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::{Amount, Change, OrderRef, Outcome};
use crate::client::{ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::asset::{self, Wallet};
use crate::exchange::endpoints;
use crate::output::{sanitize, Output, Stderr};
use crate::parse::{change_answer, field, Envelope, OrderAnswer};

/// Reads of the transfer's state, with growing pauses between them (3 s in all).
const LOOKS: u32 = 4;
const LOOK_PAUSE: Duration = Duration::from_millis(500);

/// The most decimal places okx sends in a transfer's amount, unless OKX writes the source
/// account's available balance with more: OKX documents no transfer precision per currency
/// (`/asset/currencies` gives the withdrawal precision only) and answers 51000 past its own.
const MAX_DECIMALS: u32 = 8;

/// `POST /api/v5/asset/transfer`'s body (type 0: within the account).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Transfer {
    #[serde(rename = "type")]
    kind: &'static str,
    ccy: String,
    amt: Amount,
    from: &'static str,
    to: &'static str,
    client_id: String,
    #[serde(skip)]
    wallets: (Wallet, Wallet),
    /// What OKX's answer said of the transfer besides taking it (read by `resolve`).
    #[serde(skip)]
    said: RefCell<Said>,
    /// OKX holds the client ID for a transfer that failed: a new one is needed to send again.
    #[serde(skip)]
    id_spent: Cell<bool>,
}

/// What an answer that is neither acceptance nor refusal said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Said {
    /// Nothing: the answer was lost or could not be read.
    #[default]
    Nothing,
    /// 58124: OKX has the transfer and is processing it, under this `transId` if it named one.
    Processing(Option<String>),
    /// 58404: OKX has a transfer under this client ID already.
    IdTaken,
}

/// The transfer ID in 58124's "Your transfer is being processed, transfer id: 300000042. …".
fn processing_id(msg: &str) -> Option<String> {
    let lower = msg.to_ascii_lowercase();
    let at = lower.find("transfer id")? + "transfer id".len();
    let rest = msg[at..].trim_start_matches([':', ' ']);
    let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!id.is_empty() && id.len() <= 32).then_some(id)
}

/// What the user asked.
pub(crate) struct TransferWish {
    pub ccy: String,
    pub amt: Amount,
    pub from: Wallet,
    pub to: Wallet,
    /// `--client-id`; generated when absent.
    pub client_id: Option<String>,
}

/// What `transfer-state` says of a transfer: its item, or that OKX has none under that ID.
fn state_of(client: &Client, key: &str, id: &str) -> Result<Option<Value>> {
    let req = endpoints::TRANSFER_STATE
        .request()
        .query(key, id.to_string());
    match client.send(&req) {
        Ok(env) => Ok(env.data.into_iter().find(Value::is_object)),
        // Not documented; 58129 (and earlier 51000) is what OKX answers for an ID it does not
        // know, as GaloyMoney/stablesats-rs reads it (sim/src/asset.rs).
        Err(e) => match e.downcast_ref::<Failure>() {
            Some(Failure::Api { code, .. }) if code == "58129" || code == "51000" => Ok(None),
            _ => Err(e),
        },
    }
}

/// What `follow` may conclude from a transfer it does not find, or finds to be another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    /// Nothing says OKX has it: not found after a few looks is not done.
    No,
    /// OKX named it (its answer's `transId`, 58124): not found is unknown.
    Yes,
    /// OKX refused its client ID as taken (58404): not found is unknown, and another transfer
    /// under the ID refuses this one.
    IdTaken,
}

impl Transfer {
    /// The record found is this transfer: same currency, amount and accounts, and the
    /// `transId` OKX gave it when it gave one.
    fn matches(&self, found: &Value, trans_id: Option<&str>) -> bool {
        field(found, "ccy") == self.ccy
            && asset::dec(found, "amt") == Some(self.amt.value())
            && field(found, "from") == self.from
            && field(found, "to") == self.to
            && trans_id.is_none_or(|t| field(found, "transId") == t)
    }

    fn pending_outcome(&self, item: Value) -> Outcome {
        let why = format!(
            "OKX still reports the transfer as pending after {LOOKS} looks; do not transfer it \
             again before checking with: {}",
            self.check_command()
        );
        Outcome::Done {
            result: "pending",
            order: item,
            problem: Some(Failure::UnknownOutcome(why)),
        }
    }

    /// Follows the transfer under `key`=`id` until its state is final, or `LOOKS` reads.
    fn follow(&self, client: &Client, key: &str, id: &str, why: &str, known: Known) -> Outcome {
        let trans_id = (key == "transId").then_some(id);
        let mut last = None;
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match state_of(client, key, id) {
                Ok(Some(item)) if !self.matches(&item, trans_id) => {
                    let other = format!(
                        "transfer {} ({} {} from {} to {}, {})",
                        sanitize(field(&item, "transId")),
                        sanitize(field(&item, "amt")),
                        sanitize(field(&item, "ccy")),
                        sanitize(field(&item, "from")),
                        sanitize(field(&item, "to")),
                        sanitize(field(&item, "state")),
                    );
                    if known == Known::IdTaken {
                        return Outcome::Rejected(Failure::Api {
                            code: "58404".into(),
                            msg: "ClientId already exists".into(),
                            http_status: None,
                            hint: Some(format!(
                                "client ID {} belongs to {other}, not to this transfer; nothing \
                                 was transferred for this one: send it with another --client-id",
                                self.client_id
                            )),
                        });
                    }
                    return Outcome::Unknown(format!(
                        "{why}; what OKX has under {key} {} is not this transfer but {other}",
                        sanitize(id),
                    ));
                }
                Ok(Some(item)) => match field(&item, "state") {
                    "success" => {
                        return Outcome::Done {
                            result: "transferred",
                            order: item,
                            problem: None,
                        }
                    }
                    "failed" => {
                        self.id_spent.set(true);
                        return Outcome::NotDone(format!(
                            "OKX reports transfer {} failed",
                            sanitize(field(&item, "transId"))
                        ));
                    }
                    _ => last = Some(Ok(item)),
                },
                Ok(None) => last = None,
                Err(e) => last = Some(Err(e)),
            }
        }
        match (last, known) {
            (Some(Ok(item)), _) => self.pending_outcome(item),
            (Some(Err(e)), _) => Outcome::Unknown(format!(
                "{why}; reading the transfer's state failed ({e:#})"
            )),
            (None, Known::Yes) => Outcome::Unknown(format!(
                "{why}; OKX has no state for transfer {} yet after {LOOKS} looks",
                sanitize(id)
            )),
            (None, Known::IdTaken) => Outcome::Unknown(format!(
                "{why}; OKX has a transfer under client ID {}, yet transfer-state does not list \
                 it after {LOOKS} looks (it lists the last 2 weeks)",
                self.client_id
            )),
            (None, Known::No) => Outcome::NotDone(format!(
                "{why}; OKX has no transfer under clientId {} after {LOOKS} looks",
                self.client_id
            )),
        }
    }

    /// The command that sends this transfer again: with its client ID unless OKX spent it.
    fn again_command(&self) -> String {
        let base = format!(
            "okx transfer {} {} --from {} --to {}",
            self.ccy,
            self.amt.text(),
            self.wallets.0.name(),
            self.wallets.1.name()
        );
        if self.id_spent.get() {
            base
        } else {
            format!("{base} --client-id {}", self.client_id)
        }
    }
}

impl Change for Transfer {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::TRANSFER.post(serde_json::to_string(self).context("encoding the transfer")?))
    }
    fn inst_id(&self) -> &str {
        &self.ccy
    }
    fn places(&self) -> bool {
        false
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        format!(
            "okx api GET {} -f clientId={}",
            endpoints::TRANSFER_STATE.path,
            self.client_id
        )
    }
    fn not_done_result(&self) -> &'static str {
        "not_transferred"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the transfer was not made"
    }
    fn again_phrase(&self) -> &'static str {
        "transfer it again"
    }
    /// A transfer has no deadline, so one not found may still arrive: only a resend under the
    /// same client ID, which OKX refuses once it has it (58404), cannot double it.
    fn again_advice(&self) -> String {
        if self.id_spent.get() {
            format!(
                "it is safe to transfer it again with a new client ID (OKX keeps {} for the \
                 failed transfer): {}",
                self.client_id,
                self.again_command()
            )
        } else {
            format!(
                "it is safe to transfer it again ONLY with the same client ID, which OKX refuses \
                 once it has a transfer under it (58404), so a first transfer that arrives late \
                 cannot be doubled: {}",
                self.again_command()
            )
        }
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("ccy".into(), json!(self.ccy));
        m.insert("amt".into(), json!(self.amt.text()));
        m.insert("from".into(), json!(self.wallets.0.name()));
        m.insert("to".into(), json!(self.wallets.1.name()));
        m.insert("clientId".into(), json!(self.client_id));
        m
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        // 58124: "Your transfer is being processed": OKX has it, neither done nor refused.
        if env.code == "58124" {
            *self.said.borrow_mut() = Said::Processing(processing_id(&env.msg));
            return OrderAnswer::Ambiguous(format!("OKX 58124 {}", sanitize(&env.msg)));
        }
        // 58404: "ClientId already exists": the money may have moved under this ID (a resend
        // whose first transfer arrived late), so it is settled by the ID, not taken as a refusal.
        if env.code == "58404" {
            *self.said.borrow_mut() = Said::IdTaken;
            return OrderAnswer::Ambiguous(format!("OKX 58404 {}", sanitize(&env.msg)));
        }
        match change_answer(status, env) {
            OrderAnswer::Accepted(item)
                if field(&item, "transId").is_empty()
                    || field(&item, "ccy") != self.ccy
                    || !["", self.client_id.as_str()].contains(&field(&item, "clientId"))
                    || asset::dec(&item, "amt") != Some(self.amt.value()) =>
            {
                OrderAnswer::Ambiguous(format!(
                    "OKX answered for {} {} (transId {:?}) instead",
                    sanitize(field(&item, "amt")),
                    sanitize(field(&item, "ccy")),
                    sanitize(field(&item, "transId"))
                ))
            }
            // OKX's hint for 51000 is about orders (posSide): say what a transfer's can be.
            OrderAnswer::Rejected(Failure::Api {
                code,
                msg,
                http_status,
                hint: None,
            }) if code == "51000" => OrderAnswer::Rejected(Failure::Api {
                code,
                msg,
                http_status,
                hint: Some(format!(
                    "for a transfer, OKX's message names the parameter: usually amt, with more \
                     decimals than OKX takes for {}, or ccy, a currency it does not list",
                    self.ccy
                )),
            }),
            a => a,
        }
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        &["transId"]
    }
    fn confirm(&self, client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        let id = field(&item, "transId").to_string();
        self.follow(
            client,
            "transId",
            &id,
            &format!("OKX accepted it as transfer {}", sanitize(&id)),
            Known::Yes,
        )
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        let said = self.said.borrow().clone();
        match said {
            Said::Nothing => self.follow(client, "clientId", &self.client_id, why, Known::No),
            Said::Processing(Some(id)) => self.follow(client, "transId", &id, why, Known::Yes),
            Said::Processing(None) => {
                self.follow(client, "clientId", &self.client_id, why, Known::Yes)
            }
            Said::IdTaken => self.follow(client, "clientId", &self.client_id, why, Known::IdTaken),
        }
    }
}

/// Checks a transfer before anything is sent: two different accounts, a currency the source
/// account holds and an amount within what it may move now (read from OKX: `availBal`, and out
/// of the trading account `maxWd` too), a client ID not used yet; then sends it once and reports
/// what became of it.
pub(crate) fn transfer(
    out: &Output,
    client: &Client,
    wish: TransferWish,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    let TransferWish {
        ccy,
        amt,
        from,
        to,
        client_id,
    } = wish;
    if from == to {
        return Err(Failure::Usage(format!(
            "--from and --to are both {}: a transfer moves money between the funding and the \
             trading account (OKX would answer 58123)",
            from.name()
        ))
        .into());
    }
    let Some(avail) = asset::available(client, from, &ccy)? else {
        return Err(Failure::Usage(format!(
            "the {} account holds no {ccy}; nothing sent (see {})",
            from.name(),
            from.balance_command()
        ))
        .into());
    };
    let allowed = MAX_DECIMALS.max(avail.scale());
    // OKX lets less than `availBal` leave the trading account while open positions need part of
    // it (`maxWd`), and refuses more with 58350.
    let max_wd = match from {
        Wallet::Trading => asset::max_withdrawal(client, &ccy)?,
        Wallet::Funding => None,
    };
    // The most that may be sent, in decimals okx sends: never more than either figure.
    let most = max_wd
        .map_or(avail, |m| m.min(avail))
        .max(Decimal::ZERO)
        .round_dp_with_strategy(allowed, RoundingStrategy::ToZero)
        .normalize();
    let give = if most.is_zero() {
        format!("no {ccy} can leave the {} account now", from.name())
    } else {
        format!("give at most {most}")
    };
    if amt.value() > avail {
        return Err(Failure::Usage(format!(
            "{} {ccy} is more than the {} account's available {} {ccy}; nothing sent ({give})",
            amt.text(),
            from.name(),
            avail.normalize(),
        ))
        .into());
    }
    if let Some(m) = max_wd.filter(|m| amt.value() > *m) {
        return Err(Failure::Usage(format!(
            "{} {ccy} is more than the {} {ccy} OKX lets leave the trading account now (maxWd: \
             open positions need part of the available {} {ccy}, and OKX would answer 58350); \
             nothing sent ({give})",
            amt.text(),
            m.normalize(),
            avail.normalize(),
        ))
        .into());
    }
    if amt.value().normalize().scale() > allowed {
        return Err(Failure::Usage(format!(
            "{} {ccy} has more than {allowed} decimal places; nothing sent (OKX publishes no \
             transfer precision per currency, so okx takes at most {MAX_DECIMALS}, or as many as \
             OKX writes the {} account's balance with; OKX would answer 51000)",
            amt.text(),
            from.name(),
        ))
        .into());
    }
    let given = client_id.is_some();
    let client_id = client_id.unwrap_or_else(super::NewOrder::generate_cl_ord_id);
    if given {
        if let Some(found) = state_of(client, "clientId", &client_id)? {
            return Err(Failure::Usage(format!(
                "--client-id {client_id} already names transfer {} ({} {} from {} to {}, {}): \
                 OKX refuses a client ID twice; nothing sent",
                sanitize(field(&found, "transId")),
                sanitize(field(&found, "amt")),
                sanitize(field(&found, "ccy")),
                sanitize(field(&found, "from")),
                sanitize(field(&found, "to")),
                sanitize(field(&found, "state")),
            ))
            .into());
        }
    }
    let change = Transfer {
        kind: "0",
        ccy,
        amt,
        from: from.code(),
        to: to.code(),
        client_id,
        wallets: (from, to),
        said: RefCell::default(),
        id_spent: Cell::new(false),
    };
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &change.request()?);
    }
    Stderr::note(&format!(
        "transferring {} {} from the {} account to the {} account (clientId {})",
        change.amt.text(),
        change.ccy,
        from.name(),
        to.name(),
        change.client_id
    ));
    super::run(out, client, &change)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change() -> Transfer {
        Transfer {
            kind: "0",
            ccy: "USDT".into(),
            amt: Amount::parse("100.5", "AMOUNT").unwrap(),
            from: "6",
            to: "18",
            client_id: "okxabc".into(),
            wallets: (Wallet::Funding, Wallet::Trading),
            said: RefCell::default(),
            id_spent: Cell::new(false),
        }
    }

    #[test]
    fn the_body_is_okx_spelling() {
        assert_eq!(
            serde_json::to_string(&change()).unwrap(),
            r#"{"type":"0","ccy":"USDT","amt":"100.5","from":"6","to":"18","clientId":"okxabc"}"#
        );
    }

    #[test]
    fn answers_are_read_strictly() {
        let env = |body: &str| crate::parse::parse_envelope(body).unwrap();
        let t = change();
        let ok = r#"{"code":"0","msg":"","data":[{"transId":"754147","ccy":"USDT","clientId":"okxabc","from":"6","amt":"100.50","to":"18"}]}"#;
        assert!(matches!(t.answer(200, &env(ok)), OrderAnswer::Accepted(_)));
        for other in [
            ok.replace("754147", ""),
            ok.replace("100.50", "10.5"),
            ok.replace("\"okxabc\"", "\"other\""),
        ] {
            assert!(matches!(
                t.answer(200, &env(&other)),
                OrderAnswer::Ambiguous(_)
            ));
        }
        let busy = r#"{"code":"58124","msg":"Your transfer is being processed","data":[]}"#;
        assert!(matches!(
            t.answer(200, &env(busy)),
            OrderAnswer::Ambiguous(_)
        ));
        assert_eq!(*t.said.borrow(), Said::Processing(None));
        let taken = r#"{"code":"58404","msg":"ClientId already exists","data":[]}"#;
        assert!(matches!(
            t.answer(200, &env(taken)),
            OrderAnswer::Ambiguous(_)
        ));
        assert_eq!(*t.said.borrow(), Said::IdTaken);
        let poor = r#"{"code":"58350","msg":"Insufficient balance","data":[]}"#;
        assert!(matches!(
            t.answer(200, &env(poor)),
            OrderAnswer::Rejected(_)
        ));
        let found = json!({"ccy":"USDT","amt":"100.50","from":"6","to":"18","state":"success"});
        assert!(t.matches(&found, None));
        let mut other = found.clone();
        other["to"] = json!("6");
        assert!(!t.matches(&other, None));
        let mut with_id = found.clone();
        with_id["transId"] = json!("754147");
        assert!(t.matches(&with_id, Some("754147")));
        assert!(!t.matches(&with_id, Some("754148")), "another transId");
    }

    #[test]
    fn the_transfer_id_is_read_from_58124() {
        let id = |m: &str| processing_id(m);
        assert_eq!(
            id("Your transfer is being processed, transfer id: 300000042. Please check transfer-state")
                .as_deref(),
            Some("300000042")
        );
        assert_eq!(id("Transfer ID:7 ok").as_deref(), Some("7"));
        assert_eq!(id("Your transfer is being processed"), None);
        assert_eq!(id("transfer id: abc"), None);
    }
}
