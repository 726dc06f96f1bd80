//! Reading every page of an order listing (`orders-pending`, `orders-history`): shared by
//! `okx order list|history` and by `okx order cancel-all`, which must see every pending order.

use anyhow::Result;
use serde_json::Value;

use crate::client::{ApiRequest, Client};
use crate::exchange::endpoints;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::Stderr;
use crate::parse::field;

/// Pages of a listing, at most (100 orders a page).
const MAX_PAGES: usize = 500;

/// Every page of a listing endpoint, newest first, following `after=<last ordId>` until a page
/// comes back empty (a page may hold fewer than 100 orders without being the last).
pub(crate) fn all_pages(client: &Client, base: ApiRequest) -> Result<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut req = base.clone();
        if let Some(a) = &after {
            req = req.query("after", a.clone());
        }
        let page = client.send(&req.query("limit", "100"))?.data;
        let last = page.last().map(|o| field(o, "ordId").to_string());
        let fresh = page.len();
        out.extend(page);
        match last {
            Some(id) if fresh > 0 && Some(&id) != after.as_ref() => after = Some(id),
            _ => return Ok(out),
        }
    }
    Stderr::warn(&format!("stopped after {MAX_PAGES} pages"));
    Ok(out)
}

/// Every pending order of the scope: one instrument, one type, or the whole account.
pub(crate) fn pending(
    client: &Client,
    inst_type: Option<InstType>,
    inst_id: Option<&InstId>,
) -> Result<Vec<Value>> {
    let mut req = endpoints::ORDERS_PENDING.request();
    if let Some(t) = inst_type {
        req = req.query("instType", t);
    }
    if let Some(id) = inst_id {
        req = req.query("instId", id.clone());
    }
    all_pages(client, req)
}
