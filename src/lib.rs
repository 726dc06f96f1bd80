//! `okx`: a command-line client for the OKX v5 API. The binary in `main.rs` parses the command
//! line and calls `commands::run`; the modules are a library so tests, benchmarks and fuzz
//! targets can reach the pure parts (signing, parsing, validation) directly.

pub mod cache;
pub mod cli;
pub mod client;
pub mod codes;
pub mod commands;
pub mod config;
pub mod diagnose;
pub mod error;
pub mod exchange;
pub mod output;
pub mod parse;
pub mod rules;
pub mod sign;
pub mod validate;
pub mod ws;
