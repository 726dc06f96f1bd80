//! `okx::client::path_with_query` (what is signed is what is sent) and `percent_decode`
//! (`okx api` and `okx sign --verify` decode queries with it).
//!
//! Invariants: the built string is the path, then `?k=v&k=v` with every key and value encoded
//! to unreserved characters, ',' and %XX only, so the URL parser has nothing to re-encode;
//! `percent_decode` of each encoded key and value gives it back; and `percent_decode` of any
//! text agrees with its documentation ("%" and two hex digits is that byte; any other "%"
//! stays as it is; None when the result is not UTF-8), as an independent decoder states it.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use okx::client::{path_with_query, percent_decode};
use okx_fuzz::reference_percent_decode;

#[derive(Arbitrary, Debug)]
struct Input {
    path: String,
    query: Vec<(String, String)>,
    raw: String,
}

fuzz_target!(|i: Input| {
    let pairs: Vec<(&str, &str)> = i
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let built = path_with_query(&i.path, &pairs);
    let rest = built
        .strip_prefix(i.path.as_str())
        .expect("the path comes first");
    if pairs.is_empty() {
        assert_eq!(rest, "");
    } else {
        let q = rest.strip_prefix('?').expect("a query starts with ?");
        assert!(
            q.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~,%=&".contains(&b)),
            "{q:?}"
        );
        let parts: Vec<&str> = q.split('&').collect();
        assert_eq!(parts.len(), pairs.len(), "{q:?}");
        for (part, (k, v)) in parts.iter().zip(&pairs) {
            let (ek, ev) = part.split_once('=').expect("k=v");
            assert!(!ev.contains('='));
            assert_eq!(percent_decode(ek).as_deref(), Some(*k), "{ek:?}");
            assert_eq!(percent_decode(ev).as_deref(), Some(*v), "{ev:?}");
        }
    }
    assert_eq!(
        percent_decode(&i.raw),
        reference_percent_decode(&i.raw),
        "percent_decode({:?})",
        i.raw
    );
});
