//! A position's whole life through the real binary (issue 14's acceptance): open, add to,
//! reduce, flip (net mode) and close a long and a short, in net mode (linear BTC-USDT-SWAP and
//! inverse BTC-USD-SWAP) and in long/short mode. After every step `okx positions --json` is the
//! stand-in's state unchanged, the CSV shows the side, the size in contracts and in coin and the
//! average entry worked out by hand, and the cash balance moved by exactly the realised PnL less
//! the fees, all in decimals.
//!
//! Exact fill prices come from resting limit orders away from the market that `Sim::trade_at`
//! fills (as a maker, at the order's price); closes are `okx position close` at the market (as
//! a taker), whose price is read from the closing order. The hand arithmetic rounds where the
//! stand-in documents that it does (sim/src/positions.rs: every quotient toward zero at the 18th
//! decimal); OKX does not publish its rounding. Sizes are chosen so that linear averages are
//! exact (the position after an add is 4 contracts).

use std::str::FromStr;

use okx_sim::{Account, Sim};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

use crate::support::*;
use crate::trade::place;

/// The stand-in's regular swap fee tier (`okx fees` shows it): maker 0.02 %, taker 0.05 %.
const MAKER: &str = "0.0002";
const TAKER: &str = "0.0005";

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("not a decimal: {s:?}"))
}

/// A decimal field of an OKX object.
fn dec(v: &Value, k: &str) -> Decimal {
    d(v[k].as_str().unwrap_or_else(|| panic!("{k} in {v}")))
}

/// Toward zero at the 18th decimal: how the stand-in rounds a product or a quotient.
fn t18(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(18, RoundingStrategy::ToZero)
}

#[derive(Clone)]
struct Contract {
    inst: &'static str,
    ct_val: Decimal,
    inverse: bool,
    /// Settlement currency: margin, PnL and fees.
    ccy: &'static str,
}

fn linear() -> Contract {
    Contract {
        inst: "BTC-USDT-SWAP",
        ct_val: d("0.01"),
        inverse: false,
        ccy: "USDT",
    }
}

fn inverse() -> Contract {
    Contract {
        inst: "BTC-USD-SWAP",
        ct_val: d("100"),
        inverse: true,
        ccy: "BTC",
    }
}

impl Contract {
    /// What `q` contracts are worth at `px`, in the settlement currency: linear
    /// `q × ctVal × px` USDT, inverse `q × ctVal / px` BTC.
    fn value(&self, q: Decimal, px: Decimal) -> Decimal {
        if self.inverse {
            t18(q * self.ct_val / px)
        } else {
            q * self.ct_val * px
        }
    }

    fn fee(&self, q: Decimal, px: Decimal, rate: &str) -> Decimal {
        t18(self.value(q, px) * d(rate))
    }

    /// Realised PnL of closing `q` contracts of a position entered at `avg`, at `px`: linear
    /// `(px − avg) × q × ctVal` USDT, inverse `q × ctVal × (1/avg − 1/px)` BTC (each quotient
    /// on its own); a short's is the negative.
    fn pnl(&self, long: bool, avg: Decimal, px: Decimal, q: Decimal) -> Decimal {
        let face = q * self.ct_val;
        let gain = if self.inverse {
            t18(face / avg) - t18(face / px)
        } else {
            (px - avg) * face
        };
        if long {
            gain
        } else {
            -gain
        }
    }

    /// The average entry after adding `q` at `px` to `pos` entered at `avg`: linear weighted by
    /// contracts, inverse harmonic (`(pos + q) / (pos/avg + q/px)`, as one quotient).
    fn avg_after(&self, avg: Decimal, pos: Decimal, px: Decimal, q: Decimal) -> Decimal {
        if pos.is_zero() {
            return px;
        }
        if self.inverse {
            t18((pos + q) * avg * px / (pos * px + q * avg))
        } else {
            let avg = (pos * avg + q * px) / (pos + q);
            assert!(
                avg.scale() <= 18,
                "choose sizes that average exactly: {avg}"
            );
            avg
        }
    }
}

/// One position slot as worked out by hand: `net`, `long` or `short`.
#[derive(Clone, Debug, Default)]
struct Slot {
    /// Contracts: signed in net mode, never negative for a long/short side.
    pos: Decimal,
    avg: Decimal,
    /// This lifecycle's realised PnL and fees charged (positive), opening fees included.
    pnl: Decimal,
    fee: Decimal,
}

/// A closed lifecycle, for `okx positions history`.
#[derive(Debug)]
struct Closed {
    pos_side: &'static str,
    direction: &'static str,
    pnl: Decimal,
    fee: Decimal,
}

/// How a fill's price comes about.
enum How {
    /// A limit order resting at this price, then filled there by the market (maker).
    Rest(Decimal),
    /// `okx position close` at the market (taker).
    Close,
}

/// One scenario's stand-in, contract, margin mode and hand-kept books.
struct Life<'a> {
    sb: &'a Sandbox,
    sim: &'a Sim,
    c: Contract,
    td: &'static str,
    slots: Vec<(&'static str, Slot)>,
    closed: Vec<Closed>,
    /// Cash balance of the settlement currency before the scenario, and what it has gained
    /// (realised PnL) and paid (fees) since.
    cash0: Decimal,
    realised: Decimal,
    fees: Decimal,
}

/// The stand-in's cash balance of `ccy`: available plus frozen.
fn sim_cash(sim: &Sim, ccy: &str) -> Decimal {
    let (avail, frozen) = sim.balance(&Account::live().api_key, ccy).unwrap();
    d(&avail) + d(&frozen)
}

impl<'a> Life<'a> {
    fn new(sb: &'a Sandbox, sim: &'a Sim, c: Contract, td: &'static str) -> Life<'a> {
        let cash0 = sim_cash(sim, c.ccy);
        Life {
            sb,
            sim,
            c,
            td,
            slots: Vec::new(),
            closed: Vec::new(),
            cash0,
            realised: Decimal::ZERO,
            fees: Decimal::ZERO,
        }
    }

    fn last(&self) -> Decimal {
        dec(
            &sim_data(
                self.sim,
                &format!("/api/v5/market/ticker?instId={}", self.c.inst),
            )[0],
            "last",
        )
    }

    /// A whole price `pct` % below the market: a buy there rests.
    fn below(&self, pct: &str) -> Decimal {
        (self.last() * (Decimal::ONE - d(pct) / d("100"))).floor()
    }

    /// A whole price `pct` % above the market: a sell there rests.
    fn above(&self, pct: &str) -> Decimal {
        (self.last() * (Decimal::ONE + d(pct) / d("100"))).ceil()
    }

    /// A price where an order on `side` rests: a buy below the market, a sell above.
    fn resting(&self, side: &str, pct: &str) -> Decimal {
        if side == "buy" {
            self.below(pct)
        } else {
            self.above(pct)
        }
    }

    /// `side` `sz` contracts resting `pct` % away from the market on their side, filled there;
    /// then everything checked.
    fn rest(
        &mut self,
        side: &str,
        sz: &str,
        pct: &str,
        pos_side: Option<&'static str>,
        step: &str,
    ) {
        let px = self.resting(side, pct);
        self.fill(side, sz, How::Rest(px), pos_side);
        self.check(&format!("{side} {sz} at {px}: {step}"));
    }

    /// `okx position close`, which `side`s `sz` contracts at the market; then everything
    /// checked.
    fn close(&mut self, side: &str, sz: &str, pos_side: Option<&'static str>, step: &str) {
        self.fill(side, sz, How::Close, pos_side);
        self.check(&format!("okx position close: {step}"));
    }

    fn slot(&mut self, key: &'static str) -> &mut Slot {
        if let Some(i) = self.slots.iter().position(|(k, _)| *k == key) {
            return &mut self.slots[i].1;
        }
        self.slots.push((key, Slot::default()));
        &mut self.slots.last_mut().unwrap().1
    }

    /// `side` `sz` contracts (`pos_side` in long/short mode), filled as `how` says; the order
    /// record checked against the hand computation, and the books updated.
    fn fill(&mut self, side: &str, sz: &str, how: How, pos_side: Option<&'static str>) {
        let (order, maker) = match how {
            How::Rest(px) => {
                let px_text = px.to_string();
                let mut args = vec![
                    self.c.inst,
                    side,
                    sz,
                    "--price",
                    &px_text,
                    "--td-mode",
                    self.td,
                ];
                if let Some(p) = pos_side {
                    args.extend(["--pos-side", p]);
                }
                let (code, v, err) = place(self.sb, self.sim, &args);
                assert_eq!(code, 0, "{args:?}: {v} {err}");
                assert_eq!(v["state"], "live", "rests away from the market: {v}");
                let fills = self.sim.trade_at(self.c.inst, &px_text, Some(sz));
                assert_eq!(fills, 1, "{side} {sz} at {px}");
                (self.order(&v), true)
            }
            How::Close => {
                let mut args = vec!["position", "close", self.c.inst];
                if let Some(p) = pos_side {
                    args.extend(["--pos-side", p]);
                }
                let (code, out, err) = run(self.sb.okx_signed(self.sim).args(&args).arg("--json"));
                assert_eq!(code, 0, "{args:?}: {out}{err}");
                let v = json(&out);
                // The banner names the side in words and the size without a sign.
                let held = self.held(pos_side.unwrap_or("net"));
                let banner = format!(
                    "closing the {} {} position of {} contracts in {}",
                    self.td, held.0, held.1, self.c.inst
                );
                assert!(err.contains(&banner), "{banner:?} not in {err}");
                assert_eq!(
                    (&v["result"], &v["mgnMode"]),
                    (&"closed".into(), &self.td.into()),
                    "{v}"
                );
                let order = self.order(&v);
                assert_eq!(order["side"], side, "{order}");
                assert_eq!(order["accFillSz"], sz, "the whole position: {order}");
                (order, false)
            }
        };
        assert_eq!(order["state"], "filled", "{order}");
        let px = dec(&order, "avgPx");
        if let How::Rest(want) = how {
            assert_eq!(px, want, "a maker fills at its own price");
        }
        let q = d(sz);
        let buy = side == "buy";
        let key = pos_side.unwrap_or("net");
        let c = self.c.clone();
        let rate = if maker { MAKER } else { TAKER };
        let slot = self.slot(key).clone();
        let size = slot.pos.abs();
        let long = match key {
            "net" => slot.pos.is_sign_positive() && !slot.pos.is_zero(),
            k => k == "long",
        };
        let closes = match key {
            "net" => !size.is_zero() && buy != long,
            "long" => !buy,
            _ => buy,
        };
        let close_q = if closes { q.min(size) } else { Decimal::ZERO };
        let open_q = q - close_q;
        assert!(
            key == "net" || open_q.is_zero() || !closes,
            "a long/short side never flips"
        );
        let pnl = if close_q.is_zero() {
            Decimal::ZERO
        } else {
            c.pnl(long, slot.avg, px, close_q)
        };
        // OKX charges a fill's fee on the fill: a flip's close and open are parts of one fill.
        let fee = c.fee(q, px, rate);
        assert_eq!(
            dec(&order, "fee"),
            -fee,
            "fee, {rate} of the fill's value: {order}"
        );
        assert_eq!(order["feeCcy"], c.ccy);
        assert_eq!(dec(&order, "pnl"), pnl, "realised PnL by hand: {order}");
        self.realised += pnl;
        self.fees += fee;

        let (fee_close, fee_open) = if open_q.is_zero() {
            (fee, Decimal::ZERO)
        } else if close_q.is_zero() {
            (Decimal::ZERO, fee)
        } else {
            // The closing part's fee goes to the closed lifecycle, the rest to the new one.
            let fc = c.fee(close_q, px, rate);
            (fc, fee - fc)
        };
        let mut s = slot;
        if !close_q.is_zero() {
            s.pnl += pnl;
            s.fee += fee_close;
            s.pos = if s.pos.is_sign_negative() {
                s.pos + close_q
            } else {
                s.pos - close_q
            };
            if s.pos.is_zero() {
                self.closed.push(Closed {
                    pos_side: key,
                    direction: if long { "long" } else { "short" },
                    pnl: s.pnl,
                    fee: s.fee,
                });
                s = Slot::default();
            }
        }
        if !open_q.is_zero() {
            s.avg = c.avg_after(s.avg, s.pos.abs(), px, open_q);
            s.fee += fee_open;
            s.pos = if buy || key != "net" {
                s.pos + open_q
            } else {
                s.pos - open_q
            };
        }
        *self.slot(key) = s;
    }

    /// The side of a slot's position in words and its size in contracts, unsigned.
    fn held(&self, key: &str) -> (&'static str, Decimal) {
        let s = &self
            .slots
            .iter()
            .find(|(k, _)| *k == key)
            .expect("a position")
            .1;
        let side = match key {
            "long" => "long",
            "short" => "short",
            _ if s.pos.is_sign_negative() => "short",
            _ => "long",
        };
        (side, s.pos.abs())
    }

    /// The stand-in's record of the order okx reported (by `ordId`).
    fn order(&self, v: &Value) -> Value {
        let id = v["ordId"].as_str().unwrap_or_else(|| panic!("ordId: {v}"));
        self.sim
            .orders()
            .into_iter()
            .find(|o| o["ordId"] == id)
            .unwrap_or_else(|| panic!("order {id} on the stand-in"))
    }

    /// Everything okx shows against the stand-in and the hand-kept books.
    fn check(&self, step: &str) {
        let open: Vec<(&str, &Slot)> = self
            .slots
            .iter()
            .filter(|(_, s)| !s.pos.is_zero())
            .map(|(k, s)| (*k, s))
            .collect();

        // JSON: OKX's objects unchanged. The mark moves every second, so the stand-in's state
        // is read before and after okx; when both agree, okx must have seen exactly that.
        let mut want = None;
        for _ in 0..10 {
            let before = self.sim_positions();
            let (code, out, err) = run(self.sb.okx_signed(self.sim).args(["positions", "--json"]));
            assert_eq!(code, 0, "{step}: {err}");
            if before == self.sim_positions() {
                let got = json(&out);
                assert_eq!(
                    got.as_array().unwrap(),
                    &before,
                    "{step}: okx positions --json is OKX's data, in OKX's order"
                );
                want = Some(before);
                break;
            }
        }
        let sim_pos = want.expect("the mark held still for one okx positions");
        assert_eq!(sim_pos.len(), open.len(), "{step}: {sim_pos:?}");
        for (key, s) in &open {
            let p = sim_pos
                .iter()
                .find(|p| p["posSide"] == *key)
                .unwrap_or_else(|| panic!("{step}: no {key} position: {sim_pos:?}"));
            assert_eq!(p["instId"], self.c.inst);
            assert_eq!(p["mgnMode"], self.td);
            assert_eq!(p["ccy"], self.c.ccy);
            assert_eq!(dec(p, "pos"), s.pos, "{step}: {key} pos");
            assert_eq!(dec(p, "avgPx"), s.avg, "{step}: {key} average entry");
            assert_eq!(dec(p, "pnl"), s.pnl, "{step}: {key} realised PnL");
            assert_eq!(dec(p, "fee"), -s.fee, "{step}: {key} fees");
            assert_eq!(
                dec(p, "realizedPnl"),
                s.pnl - s.fee,
                "{step}: {key} realizedPnl = pnl + fee"
            );
        }

        // CSV: the side, contracts, coin and average entry of each position.
        let (code, out, err) = run(self
            .sb
            .okx_signed(self.sim)
            .args(["positions", "-o", "csv"]));
        assert_eq!(code, 0, "{step}: {err}");
        let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split(',').collect()).collect();
        assert_eq!(
            rows[0][..5],
            [
                "instrument",
                "side",
                "contracts",
                "size (coin)",
                "avg entry"
            ],
            "{step}: the header, with or without rows:\n{out}"
        );
        assert_eq!(rows.len(), open.len() + 1, "{step}: {out}");
        if open.is_empty() {
            assert!(err.contains("no open positions"), "{step}: {err}");
        }
        for (key, s) in &open {
            let (side, size) = self.held(key);
            let row = rows[1..]
                .iter()
                .find(|r| r[1] == side)
                .unwrap_or_else(|| panic!("{step}: no {side} row:\n{out}"));
            assert_eq!(row[0], self.c.inst);
            assert_eq!(d(row[2]), size, "{step}: contracts, unsigned:\n{out}");
            let coin = if self.c.inverse {
                (size * self.c.ct_val / d(row[5]))
                    .round_dp_with_strategy(8, RoundingStrategy::MidpointAwayFromZero)
            } else {
                size * self.c.ct_val
            };
            assert_eq!(d(row[3]), coin, "{step}: size in coin:\n{out}");
            assert_eq!(d(row[4]), s.avg, "{step}: average entry:\n{out}");
            assert_eq!(row[8], self.c.ccy);
            assert_eq!(row[10], self.td);
        }

        // The cash balance moved by the realised PnL less the fees, to the last digit.
        let cash = self.cash0 + self.realised - self.fees;
        assert_eq!(
            sim_cash(self.sim, self.c.ccy),
            cash,
            "{step}: stand-in cash"
        );
        let (code, out, err) = run(self
            .sb
            .okx_signed(self.sim)
            .args(["balance", "--ccy", self.c.ccy, "--json"]));
        assert_eq!(code, 0, "{step}: {err}");
        let details = &json(&out)[0]["details"];
        assert_eq!(details[0]["ccy"], self.c.ccy);
        assert_eq!(dec(&details[0], "cashBal"), cash, "{step}: cashBal");
    }

    /// The stand-in's positions as OKX sends them: without the stand-in's own `uid`, newest
    /// first by `cTime` (fact sheet §3.1).
    fn sim_positions(&self) -> Vec<Value> {
        let mut all: Vec<Value> = self
            .sim
            .positions()
            .into_iter()
            .map(|mut p| {
                p.as_object_mut().unwrap().remove("uid");
                p
            })
            .collect();
        let key = |p: &Value, k: &str| p[k].as_str().unwrap().parse::<i64>().unwrap();
        all.sort_by_key(|p| std::cmp::Reverse((key(p, "cTime"), key(p, "posId"))));
        all
    }

    /// `okx positions history` holds each closed lifecycle, oldest first, with its PnL and fees.
    fn check_history(&self) {
        let (code, out, err) =
            run(self
                .sb
                .okx_signed(self.sim)
                .args(["positions", "history", self.c.inst, "--json"]));
        assert_eq!(code, 0, "{err}");
        let got = json(&out);
        let got = got.as_array().unwrap();
        assert_eq!(got.len(), self.closed.len(), "{out}");
        for (g, w) in got.iter().zip(&self.closed) {
            assert_eq!(g["type"], "2", "closed in full: {g}");
            assert_eq!(g["posSide"], w.pos_side, "{g}");
            assert_eq!(g["direction"], w.direction, "{g}");
            assert_eq!(dec(g, "pnl"), w.pnl, "{g}");
            assert_eq!(dec(g, "fee"), -w.fee, "{g}");
            assert_eq!(dec(g, "realizedPnl"), w.pnl - w.fee, "{g}");
        }
    }
}

/// Net mode: a long opened, added to, reduced, flipped into a short and closed; then a short
/// the same way round.
fn net_lifecycle(c: Contract, td: &'static str) {
    let sim = sim();
    let sb = Sandbox::new();
    let mut life = Life::new(&sb, &sim, c, td);
    for (open, close) in [("buy", "sell"), ("sell", "buy")] {
        life.rest(open, "2", "1.5", None, "opened");
        life.rest(open, "2", "0.7", None, "added to: average entry");
        life.rest(close, "1", "0.9", None, "reduced: PnL realised");
        // 5 against 3: the 3 close, the position becomes 2 the other way at the flip price.
        life.rest(close, "5", "1.2", None, "flipped");
        life.close(open, "2", None, "closed: flat");
    }
    assert_eq!(life.closed.len(), 4, "two lifecycles per round");
    life.check_history();
}

#[test]
fn net_mode_linear_long_and_short_open_add_reduce_flip_close() {
    net_lifecycle(linear(), "cross");
}

#[test]
fn net_mode_inverse_long_and_short_open_add_reduce_flip_close() {
    net_lifecycle(inverse(), "isolated");
}

#[test]
fn long_short_mode_long_and_short_side_by_side() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["account", "set-position-mode", "long-short", "--json"]));
    assert_eq!(code, 0, "{out}{err}");
    let mut life = Life::new(&sb, &sim, linear(), "cross");
    let (long, short) = (Some("long"), Some("short"));
    // Both sides open at once; closing orders name the side they close (a sell closes the
    // long, a buy the short).
    life.rest("buy", "2", "1.5", long, "long opened");
    life.rest("sell", "2", "1.5", short, "short opened beside it");
    life.rest("buy", "2", "0.7", long, "long added to");
    life.rest("sell", "2", "0.7", short, "short added to");
    life.rest("sell", "1", "0.9", long, "long reduced");
    life.rest("buy", "3", "0.9", short, "short reduced");
    life.close("sell", "3", long, "long closed, short still open");
    life.close("buy", "1", short, "both closed");
    assert_eq!(life.closed.len(), 2);
    life.check_history();
}
