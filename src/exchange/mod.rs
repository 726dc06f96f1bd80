//! The OKX domain layer, between the commands and the HTTP client: the endpoint table, what
//! names an instrument, what an order is, how an order-changing request is sent once and its fate
//! established, and how that fate is told.
//! Commands turn their arguments into the types here and hand the result to the output layer;
//! they never talk to the order endpoints themselves.

pub(crate) mod account;
pub(crate) mod asset;
pub(crate) mod contracts;
pub(crate) mod endpoints;
pub mod funding;
pub(crate) mod instrument;
pub mod market;
pub(crate) mod order;
pub(crate) mod pages;
pub(crate) mod position;
