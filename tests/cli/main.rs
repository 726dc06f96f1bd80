//! Integration tests: every test runs the real `okx` binary in a hermetic environment (no
//! inherited OKX_* variables, HOME or .env) and checks what a user or a script would see.

mod support;

mod algo;
mod algo_watch;
mod amend;
mod answer_limits;
mod api;
mod audit;
mod bad_input;
mod batch;
mod batch_hostile;
mod cancel_all;
mod candles;
mod change_answers;
mod completions;
mod config;
mod deadman;
mod derivatives;
mod errors;
mod fault_matrix;
mod fidelity;
mod funding;
mod honest;
mod hostile;
mod http;
mod lifecycle;
mod margin;
mod mark;
mod market;
mod memory;
mod order_core;
mod position_close;
mod positions;
mod proxy;
mod shared_cache;
mod sign;
mod statements;
mod swap_orders;
mod terminal;
mod trade;
mod trades;
mod typed_args;
mod watch;
