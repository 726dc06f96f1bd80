//! Moving money between the funding and the trading account (`POST /api/v5/asset/transfer`,
//! derivatives sheet §7.2, §7.3) through the order core.
//!
//! OKX says a transfer's answer "does not necessarily reflect the actual transfer result", so an
//! accepted answer is confirmed by reading the transfer's state (`transfer-state` by `transId`):
//! `success` is done, `failed` is not done, `pending` (still so after a few looks) is reported as
//! `pending` with exit 7. A lost or ambiguous answer (and OKX's 58124 "being processed") is
//! settled by `transfer-state` by the `clientId` every transfer is sent with: found, it is what
//! its state says; not found after a few looks, it is `not_transferred`. That is safe to say
//! although a transfer carries no deadline, because OKX refuses a `clientId` it already has
//! (58404): sent again with the same `--client-id`, a first transfer that arrives late cannot be
//! doubled. okx says so, and never sends anything twice itself.

use std::time::Duration;

use anyhow::{Context, Result};
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

impl Transfer {
    /// The record found is this transfer: same currency, amount and accounts.
    fn matches(&self, found: &Value) -> bool {
        field(found, "ccy") == self.ccy
            && asset::dec(found, "amt") == Some(self.amt.value())
            && field(found, "from") == self.from
            && field(found, "to") == self.to
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
    /// `known` is true when OKX already answered with its `transId`, so "not found" is not
    /// evidence that it was never made.
    fn follow(&self, client: &Client, key: &str, id: &str, why: &str, known: bool) -> Outcome {
        let mut last = None;
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match state_of(client, key, id) {
                Ok(Some(item)) if !self.matches(&item) => {
                    return Outcome::Unknown(format!(
                        "{why}; the transfer OKX has under {key} {} is not this one ({} {} from \
                         {} to {})",
                        sanitize(id),
                        sanitize(field(&item, "amt")),
                        sanitize(field(&item, "ccy")),
                        sanitize(field(&item, "from")),
                        sanitize(field(&item, "to")),
                    ))
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
                        return Outcome::NotDone(format!(
                            "OKX reports transfer {} failed; send it again with a new client ID",
                            sanitize(field(&item, "transId"))
                        ))
                    }
                    _ => last = Some(Ok(item)),
                },
                Ok(None) => last = None,
                Err(e) => last = Some(Err(e)),
            }
        }
        match last {
            Some(Ok(item)) => self.pending_outcome(item),
            Some(Err(e)) => Outcome::Unknown(format!(
                "{why}; reading the transfer's state failed ({e:#})"
            )),
            None if known => Outcome::Unknown(format!(
                "{why}; OKX answered with transfer ID {}, yet has no state for it",
                sanitize(id)
            )),
            None => Outcome::NotDone(format!(
                "{why}; OKX has no transfer under clientId {} after {LOOKS} looks. Send it again \
                 with --client-id {}: OKX refuses a client ID it already has, so a first transfer \
                 that arrives late cannot be doubled",
                self.client_id, self.client_id
            )),
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
        // 58124: "Your transfer is being processed": neither done nor refused.
        if env.code == "58124" {
            return OrderAnswer::Ambiguous(format!("OKX 58124 {}", sanitize(&env.msg)));
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
            true,
        )
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        self.follow(client, "clientId", &self.client_id, why, false)
    }
}

/// Checks a transfer before anything is sent: two different accounts, a currency the source
/// account holds and an amount within what it may move now (read from OKX), a client ID not
/// used yet; then sends it once and reports what became of it.
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
    let available = asset::available(client, from, &ccy)?;
    match available {
        None => {
            return Err(Failure::Usage(format!(
                "the {} account holds no {ccy}; nothing sent (see {})",
                from.name(),
                from.balance_command()
            ))
            .into())
        }
        Some(a) if amt.value() > a => {
            return Err(Failure::Usage(format!(
                "{} {ccy} is more than the {} account's available {} {ccy}; nothing sent (give at \
                 most {})",
                amt.text(),
                from.name(),
                a.normalize(),
                a.normalize()
            ))
            .into())
        }
        Some(_) => {}
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
        let poor = r#"{"code":"58350","msg":"Insufficient balance","data":[]}"#;
        assert!(matches!(
            t.answer(200, &env(poor)),
            OrderAnswer::Rejected(_)
        ));
        let found = json!({"ccy":"USDT","amt":"100.50","from":"6","to":"18","state":"success"});
        assert!(t.matches(&found));
        let mut other = found.clone();
        other["to"] = json!("6");
        assert!(!t.matches(&other));
    }
}
