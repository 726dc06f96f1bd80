//! Reading every page of an order listing (`orders-pending`, `orders-history`): shared by
//! `okx order list|history` and by `okx order cancel-all`, which must see every pending order.

use anyhow::Result;
use serde_json::Value;

use crate::client::{ApiRequest, Client};
use crate::exchange::endpoints;
use crate::exchange::instrument::{InstId, InstType};

/// Pages of a listing, at most (100 orders a page).
const MAX_PAGES: usize = 500;

/// Every page of an order listing, newest first (by `ordId` cursor).
pub(crate) fn all_pages(client: &Client, base: ApiRequest) -> Result<Vec<Value>> {
    crate::exchange::pages::all_pages(client, base, "ordId", MAX_PAGES)
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
