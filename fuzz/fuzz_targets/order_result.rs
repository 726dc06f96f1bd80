//! The per-order answer reader (`okx::parse::order_answer`) on
//! structured place/cancel answers: codes drawn from the ones that matter (0, 1, 2, 50004,
//! 51054, 51149, a few rejections) or arbitrary, codes as strings or numbers, zero or more items
//! with or without sCode, any HTTP status. Invariants: see `okx_fuzz::check_order`.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use okx::parse::parse_envelope;
use okx_fuzz::check_order;
use serde_json::{json, Map, Value};

const CODES: &[&str] = &[
    "0", "1", "2", "50004", "51054", "51149", "51008", "50001", "50011", "50113", "",
];

#[derive(Arbitrary, Debug)]
enum Code {
    Known(u8),
    Text(String),
    Number(i64),
}

impl Code {
    fn json(&self) -> Value {
        match self {
            Code::Known(i) => json!(CODES[*i as usize % CODES.len()]),
            Code::Text(s) => json!(s),
            Code::Number(n) => json!(n),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Item {
    Order {
        s_code: Option<Code>,
        s_msg: Option<String>,
        ord_id: Option<String>,
    },
    Other(i8),
}

#[derive(Arbitrary, Debug)]
enum Data {
    Missing,
    Null,
    Items(Vec<Item>),
    One(Item),
}

#[derive(Arbitrary, Debug)]
struct Answer {
    status: u16,
    code: Code,
    msg: Option<String>,
    data: Data,
}

fn item(i: &Item) -> Value {
    match i {
        Item::Order {
            s_code,
            s_msg,
            ord_id,
        } => {
            let mut m = Map::new();
            if let Some(c) = s_code {
                m.insert("sCode".into(), c.json());
            }
            if let Some(s) = s_msg {
                m.insert("sMsg".into(), json!(s));
            }
            if let Some(s) = ord_id {
                m.insert("ordId".into(), json!(s));
            }
            Value::Object(m)
        }
        Item::Other(n) => json!(n),
    }
}

fuzz_target!(|a: Answer| {
    let mut body = Map::new();
    body.insert("code".into(), a.code.json());
    if let Some(m) = &a.msg {
        body.insert("msg".into(), json!(m));
    }
    match &a.data {
        Data::Missing => {}
        Data::Null => {
            body.insert("data".into(), Value::Null);
        }
        Data::Items(v) => {
            body.insert("data".into(), v.iter().map(item).collect());
        }
        Data::One(i) => {
            body.insert("data".into(), item(i));
        }
    }
    let text = Value::Object(body).to_string();
    let env = parse_envelope(&text).expect("an envelope with a code is accepted");
    check_order(a.status, &env);
});
