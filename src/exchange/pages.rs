//! Walking OKX's newest-first listings by ID cursor (`after=<last ID>`, 100 a page) until a page
//! comes back empty or repeats the cursor: a page may hold fewer than 100 rows without being the
//! last. Orders page by `ordId`, algo orders by `algoId`.

use anyhow::Result;
use serde_json::Value;

use crate::client::{ApiRequest, Client};
use crate::output::Stderr;
use crate::parse::field;

/// Every page of `base`, newest first, following `after=<cursor of the last row>`; at most
/// `max_pages` pages (said on stderr when cut short).
pub(crate) fn all_pages(
    client: &Client,
    base: ApiRequest,
    cursor: &str,
    max_pages: usize,
) -> Result<Vec<Value>> {
    pages_until(client, base, cursor, max_pages, &|_| false)
}

/// The pages of `base` as [`all_pages`] reads them, stopping after the first page whose last
/// (oldest) row is `past` the point the caller wants to go back to: the pages after it hold
/// only older rows. The rows of that last page are all returned; the caller filters them.
pub(crate) fn pages_until(
    client: &Client,
    base: ApiRequest,
    cursor: &str,
    max_pages: usize,
    past: &dyn Fn(&Value) -> bool,
) -> Result<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..max_pages {
        let mut req = base.clone();
        if let Some(a) = &after {
            req = req.query("after", a.clone());
        }
        let page = client.send(&req.query("limit", "100"))?.data;
        let last = page.last().map(|o| field(o, cursor).to_string());
        let done = page.last().is_some_and(past);
        let fresh = page.len();
        out.extend(page);
        match last {
            Some(id) if !done && fresh > 0 && Some(&id) != after.as_ref() => after = Some(id),
            _ => return Ok(out),
        }
    }
    Stderr::warn(&format!("stopped after {max_pages} pages"));
    Ok(out)
}
