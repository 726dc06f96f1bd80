//! Take-profit / stop-loss attached to an order (`attachAlgoOrds`, derivatives fact sheet §2)
//! and the algo orders they become when the parent order fills (§5.4 fields), kept in
//! [`crate::positions::Book::algos`] for the algo endpoints to list. Standalone algo orders
//! (`POST /trade/order-algo`) are kept in the same list with their own fields in
//! [`crate::algo_orders::Standalone`]; both kinds trigger (`algo_orders.rs`).

use serde_json::{json, Map, Value};

use crate::amount::Amount;
use crate::market::Market;
use crate::orders::{param_error, valid_id, Reject, Side};
use crate::positions::{MgnMode, PosSide};

/// One `attachAlgoOrds` item as accepted: prices as the client sent them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Attach {
    /// Assigned at placement; the generated algo order gets it as its `algoId`.
    pub(crate) attach_algo_id: u64,
    pub(crate) attach_algo_cl_ord_id: String,
    pub(crate) tp_trigger_px: String,
    pub(crate) tp_ord_px: String,
    pub(crate) tp_trigger_px_type: String,
    pub(crate) sl_trigger_px: String,
    pub(crate) sl_ord_px: String,
    pub(crate) sl_trigger_px_type: String,
    pub(crate) sz: String,
}

impl Attach {
    /// The item as `GET /trade/order` shows it.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "attachAlgoId": self.attach_algo_id.to_string(),
            "attachAlgoClOrdId": self.attach_algo_cl_ord_id.clone(),
            "tpOrdKind": if self.tp_trigger_px.is_empty() { "" } else { "condition" },
            "tpTriggerPx": self.tp_trigger_px.clone(),
            "tpTriggerPxType": self.tp_trigger_px_type.clone(),
            "tpOrdPx": self.tp_ord_px.clone(),
            "slTriggerPx": self.sl_trigger_px.clone(),
            "slTriggerPxType": self.sl_trigger_px_type.clone(),
            "slOrdPx": self.sl_ord_px.clone(),
            "sz": self.sz.clone(),
            "amendPxOnTriggerType": "0",
            "failCode": "",
            "failReason": "",
        })
    }

    pub(crate) fn has_tp(&self) -> bool {
        !self.tp_trigger_px.is_empty()
    }

    pub(crate) fn has_sl(&self) -> bool {
        !self.sl_trigger_px.is_empty()
    }
}

/// At most this many items (OKX: up to 10 take-profits and one stop-loss).
const MAX_ATTACH: usize = 11;

/// Checks the shape of `attachAlgoOrds`: an array of objects whose fields are strings; a
/// trigger price needs its order price and the reverse (`-1` is a market order); trigger
/// prices are positive decimals, order prices positive decimals or `-1`; trigger types `last`
/// (the default), `index` or `mark`; `attachAlgoClOrdId` 1–32 letters and digits and only with a
/// TP or SL (51178); `tpOrdKind` only `condition`. Algo ids are not assigned here.
pub(crate) fn parse_attach(v: &Value) -> Result<Vec<Attach>, Reject> {
    let Value::Array(items) = v else {
        return Err(param_error("attachAlgoOrds"));
    };
    if items.len() > MAX_ATTACH {
        return Err(param_error("attachAlgoOrds"));
    }
    items.iter().map(parse_item).collect()
}

fn parse_item(v: &Value) -> Result<Attach, Reject> {
    let Value::Object(obj) = v else {
        return Err(param_error("attachAlgoOrds"));
    };
    let text = |obj: &Map<String, Value>, name: &str| -> Result<String, Reject> {
        match obj.get(name) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(t)) => Ok(t.clone()),
            Some(_) => Err(param_error(name)),
        }
    };
    let trigger_ok = |t: &str| Amount::parse_positive(t).is_some();
    let ord_ok = |t: &str| t == "-1" || Amount::parse_positive(t).is_some();
    let mut a = Attach {
        attach_algo_cl_ord_id: text(obj, "attachAlgoClOrdId")?,
        tp_trigger_px: text(obj, "tpTriggerPx")?,
        tp_ord_px: text(obj, "tpOrdPx")?,
        tp_trigger_px_type: text(obj, "tpTriggerPxType")?,
        sl_trigger_px: text(obj, "slTriggerPx")?,
        sl_ord_px: text(obj, "slOrdPx")?,
        sl_trigger_px_type: text(obj, "slTriggerPxType")?,
        sz: text(obj, "sz")?,
        ..Attach::default()
    };
    for (trigger, ord, kind, t_name, o_name, k_name) in [
        (
            &a.tp_trigger_px,
            &a.tp_ord_px,
            &mut a.tp_trigger_px_type,
            "tpTriggerPx",
            "tpOrdPx",
            "tpTriggerPxType",
        ),
        (
            &a.sl_trigger_px,
            &a.sl_ord_px,
            &mut a.sl_trigger_px_type,
            "slTriggerPx",
            "slOrdPx",
            "slTriggerPxType",
        ),
    ] {
        match (trigger.is_empty(), ord.is_empty()) {
            (true, true) => {
                if !kind.is_empty() {
                    return Err(param_error(k_name));
                }
                continue;
            }
            (true, false) => return Err(param_error(t_name)),
            (false, true) => return Err(param_error(o_name)),
            (false, false) => {}
        }
        if !trigger_ok(trigger) {
            return Err(param_error(t_name));
        }
        if !ord_ok(ord) {
            return Err(param_error(o_name));
        }
        match kind.as_str() {
            "" => *kind = "last".to_string(),
            "last" | "index" | "mark" => {}
            _ => return Err(param_error(k_name)),
        }
    }
    match text(obj, "tpOrdKind")?.as_str() {
        "" | "condition" => {}
        _ => return Err(param_error("tpOrdKind")),
    }
    if !a.sz.is_empty() && Amount::parse_positive(&a.sz).is_none() {
        return Err(param_error("sz"));
    }
    let id = &a.attach_algo_cl_ord_id;
    if !id.is_empty() && !valid_id(id, 32) {
        return Err(param_error("attachAlgoClOrdId"));
    }
    if !a.has_tp() && !a.has_sl() {
        return Err(if id.is_empty() {
            param_error("attachAlgoOrds")
        } else {
            Reject {
                code: "51178",
                msg: "tpTriggerPx&tpOrdPx or slTriggerPx&slOrdPx can't be empty when using attachAlgoClOrdId.".into(),
            }
        });
    }
    Ok(a)
}

/// An algo order made from an attached TP/SL when its parent filled: `conditional` (TP or SL)
/// or `oco` (both), closing the parent's size on the other side, reduce-only, state `live`.
#[derive(Clone, Debug)]
pub(crate) struct Algo {
    pub(crate) uid: String,
    pub(crate) algo_id: u64,
    pub(crate) algo_cl_ord_id: String,
    pub(crate) inst: usize,
    pub(crate) side: Side,
    pub(crate) pos_side: PosSide,
    pub(crate) td_mode: MgnMode,
    pub(crate) sz: Amount,
    pub(crate) lever: Amount,
    pub(crate) attach: Attach,
    /// The parent order.
    pub(crate) ord_id: u64,
    pub(crate) tag: String,
    /// `live`, `effective`, `canceled` or `order_failed`.
    pub(crate) state: &'static str,
    pub(crate) c_time: i64,
    pub(crate) u_time: i64,
    /// What a standalone algo order (and a triggered one) has besides a TP/SL.
    pub(crate) ext: crate::algo_orders::Standalone,
}

impl Algo {
    pub(crate) fn ord_type(&self) -> &'static str {
        if let Some(kind) = self.ext.kind {
            return kind.as_str();
        }
        if self.attach.has_tp() && self.attach.has_sl() {
            "oco"
        } else {
            "conditional"
        }
    }

    /// The object `GET /trade/orders-algo-pending` lists (fact sheet §5.4); the history and
    /// the `orders-algo` push add to it.
    pub(crate) fn to_json(&self, market: &Market) -> Value {
        let inst = &market.series(self.inst).inst;
        let a = &self.attach;
        let x = &self.ext;
        let ord_id = match (x.kind, x.ord_ids.last()) {
            (None, _) => self.ord_id.to_string(),
            (Some(_), Some(id)) => id.to_string(),
            (Some(_), None) => String::new(),
        };
        json!({
            "activePx": x.active_px.clone(),
            "actualPx": x.actual_px.clone(),
            "actualSide": x.actual_side,
            "actualSz": if x.actual_sz.is_empty() { "0".to_string() } else { x.actual_sz.clone() },
            "advanceOrdType": x.advance_ord_type.clone(),
            "algoClOrdId": self.algo_cl_ord_id.clone(),
            "algoId": self.algo_id.to_string(),
            "amendPxOnTriggerType": "0",
            "attachAlgoOrds": [],
            "cTime": self.c_time.to_string(),
            "callbackRatio": x.callback_ratio.clone(),
            "callbackSpread": x.callback_spread.clone(),
            "ccy": "",
            "clOrdId": "",
            "closeFraction": if x.close_fraction { "1" } else { "" },
            "failCode": x.fail_code,
            "instId": inst.inst_id,
            "instType": inst.inst_type,
            "isTradeBorrowMode": "",
            "last": x.last.clone(),
            "lever": if inst.deriv.is_some() { self.lever.to_string() } else { String::new() },
            "linkedOrd": {"ordId": ""},
            "moveTriggerPx": x.move_trigger_px(inst, self.side),
            "ordId": ord_id,
            "ordIdList": x.ord_ids.iter().map(u64::to_string).collect::<Vec<_>>(),
            "ordPx": x.ord_px.clone(),
            "ordType": self.ord_type(),
            "posSide": self.pos_side.as_str(),
            "pxLimit": "",
            "pxSpread": "",
            "pxVar": "",
            "quickMgnType": "",
            "reduceOnly": if x.kind.is_none() || x.reduce_only { "true" } else { "false" },
            "side": self.side.as_str(),
            "slOrdPx": a.sl_ord_px.clone(),
            "slTriggerPx": a.sl_trigger_px.clone(),
            "slTriggerPxType": a.sl_trigger_px_type.clone(),
            "state": self.state,
            "sz": if x.close_fraction { String::new() } else { self.sz.to_string() },
            "szLimit": "",
            "tag": self.tag.clone(),
            "tdMode": x.td_mode_text(self.td_mode),
            "tgtCcy": "",
            "timeInterval": "",
            "tpOrdPx": a.tp_ord_px.clone(),
            "tpTriggerPx": a.tp_trigger_px.clone(),
            "tpTriggerPxType": a.tp_trigger_px_type.clone(),
            "triggerPx": x.trigger_px.clone(),
            "triggerPxType": x.trigger_px_type.clone(),
            "triggerTime": x.trigger_time.map_or(String::new(), |t| t.to_string()),
            "uTime": self.u_time.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Attach>, &'static str> {
        parse_attach(&serde_json::from_str(text).unwrap()).map_err(|r| r.code)
    }

    #[test]
    fn shapes() {
        let ok = parse(r#"[{"tpTriggerPx":"70000","tpOrdPx":"-1","slTriggerPx":"60000","slOrdPx":"59900","slTriggerPxType":"mark","attachAlgoClOrdId":"tp1"}]"#).unwrap();
        assert_eq!(ok[0].tp_trigger_px_type, "last");
        assert_eq!(ok[0].sl_trigger_px_type, "mark");
        assert_eq!(ok[0].to_json()["tpOrdKind"], "condition");
        for (bad, code) in [
            (r#"{}"#, "51000"),
            (r#"[1]"#, "51000"),
            (r#"[{"tpTriggerPx":"70000"}]"#, "51000"),
            (r#"[{"slOrdPx":"-1"}]"#, "51000"),
            (r#"[{"tpTriggerPx":"-1","tpOrdPx":"-1"}]"#, "51000"),
            (r#"[{"tpTriggerPx":"7","tpOrdPx":"-2"}]"#, "51000"),
            (
                r#"[{"tpTriggerPx":"7","tpOrdPx":"-1","tpTriggerPxType":"bid"}]"#,
                "51000",
            ),
            (r#"[{"tpTriggerPx":7,"tpOrdPx":"-1"}]"#, "51000"),
            (r#"[{"attachAlgoClOrdId":"a1"}]"#, "51178"),
            (r#"[{}]"#, "51000"),
            (
                r#"[{"tpTriggerPx":"7","tpOrdPx":"-1","attachAlgoClOrdId":"a-1"}]"#,
                "51000",
            ),
        ] {
            assert_eq!(parse(bad).unwrap_err(), code, "{bad}");
        }
    }
}
