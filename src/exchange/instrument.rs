//! What names an instrument: `InstType` (OKX's instrument types) and `InstId` (an instrument ID
//! checked against OKX's form). The command line parses into these, so a command holds a valid
//! ID or type and never checks one itself.

use std::fmt;

use crate::error::Failure;
use crate::output::sanitize;

/// OKX's instrument types (docs #public-data-rest-api-get-instruments), spelled as OKX spells
/// them; the command line takes them in lower case too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum InstType {
    #[value(name = "SPOT", alias = "spot")]
    Spot,
    #[value(name = "MARGIN", alias = "margin")]
    Margin,
    #[value(name = "SWAP", alias = "swap")]
    Swap,
    #[value(name = "FUTURES", alias = "futures")]
    Futures,
    #[value(name = "OPTION", alias = "option")]
    Option,
}

impl InstType {
    pub(crate) const ALL: [InstType; 5] = [
        InstType::Spot,
        InstType::Margin,
        InstType::Swap,
        InstType::Futures,
        InstType::Option,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            InstType::Spot => "SPOT",
            InstType::Margin => "MARGIN",
            InstType::Swap => "SWAP",
            InstType::Futures => "FUTURES",
            InstType::Option => "OPTION",
        }
    }

    /// One of OKX's names, in any case.
    pub(crate) fn parse(s: &str) -> Result<InstType, Failure> {
        InstType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                Failure::Usage(format!(
                    "instrument type {s:?} is not one of {}",
                    InstType::ALL.map(InstType::as_str).join(", ")
                ))
            })
    }

    /// The type an ID implies: `-SWAP` swaps, a date part futures, a strike and C/P options,
    /// otherwise spot.
    pub(crate) fn of_id(inst_id: &str) -> InstType {
        let parts: Vec<&str> = inst_id.split('-').collect();
        match parts.as_slice() {
            [.., "SWAP"] => InstType::Swap,
            [_, _, _, _, cp] if *cp == "C" || *cp == "P" => InstType::Option,
            [_, _, date] if date.len() == 6 && date.bytes().all(|b| b.is_ascii_digit()) => {
                InstType::Futures
            }
            _ => InstType::Spot,
        }
    }
}

impl fmt::Display for InstType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<InstType> for String {
    fn from(t: InstType) -> String {
        t.as_str().to_string()
    }
}

/// An instrument ID in OKX's form: upper-case ASCII letters and digits in dash-separated parts
/// (`BTC-USDT`, `BTC-USDT-SWAP`, `BTC-USD-250328`, `BTC-USD-250328-100000-C`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstId(String);

impl InstId {
    /// Checks `s` against OKX's form; the refusal names the value and, where one can be guessed,
    /// the ID meant (`btc/usdt` → BTC-USDT).
    pub(crate) fn parse(s: &str) -> Result<InstId, Failure> {
        let bad = |why: &str| Err(Failure::Usage(format!("instrument ID {s:?} {why}")));
        if s.is_empty() {
            return bad("is empty; give one like BTC-USDT");
        }
        if !s.is_ascii() {
            return bad(
                "contains non-ASCII characters (a look-alike letter or dash?); type it as BTC-USDT",
            );
        }
        let suggestion = sanitize(&s.to_ascii_uppercase().replace(['/', '_', ' ', ':'], "-"));
        if s.contains(['/', '_', ' ', ':']) {
            return bad(&format!(
                "is not in OKX's form BASE-QUOTE; use {suggestion}"
            ));
        }
        if s.bytes().any(|b| b.is_ascii_lowercase()) {
            return bad(&format!(
                "must be upper case (OKX IDs are case-sensitive); use {suggestion}"
            ));
        }
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() < 2
            || parts.iter().any(|p| {
                p.is_empty()
                    || !p
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
        {
            return bad(
                "is not an OKX instrument ID; use the form BTC-USDT (list them with okx instruments)",
            );
        }
        Ok(InstId(s.to_string()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// The instrument type this ID implies.
    pub(crate) fn inst_type(&self) -> InstType {
        InstType::of_id(&self.0)
    }

    /// The instrument family the ID begins with (`BTC-USD` for `BTC-USD-261211-90000-C`): OKX
    /// lists options only by family.
    pub(crate) fn family(&self) -> String {
        family_of(&self.0)
    }
}

/// The first two parts of an ID: a derivative's family (`BTC-USDT` for `BTC-USDT-SWAP`).
pub(crate) fn family_of(inst_id: &str) -> String {
    inst_id.splitn(3, '-').take(2).collect::<Vec<_>>().join("-")
}

impl fmt::Display for InstId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<InstId> for String {
    fn from(id: InstId) -> String {
        id.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_parse_in_any_case_and_print_as_okx_spells_them() {
        assert_eq!(InstType::parse("swap").unwrap(), InstType::Swap);
        assert_eq!(InstType::parse("SPOT").unwrap().to_string(), "SPOT");
        let msg = InstType::parse("BONDS").unwrap_err().to_string();
        assert_eq!(
            msg,
            "instrument type \"BONDS\" is not one of SPOT, MARGIN, SWAP, FUTURES, OPTION"
        );
    }

    #[test]
    fn types_of_ids() {
        assert_eq!(InstType::of_id("BTC-USDT"), InstType::Spot);
        assert_eq!(InstType::of_id("BTC-USDT-SWAP"), InstType::Swap);
        assert_eq!(InstType::of_id("BTC-USD-250328"), InstType::Futures);
        assert_eq!(InstType::of_id("BTC-USD-250328-100000-C"), InstType::Option);
    }
}
