//! `gemba import pairwise` on any input.
#![no_main]

mod common;


use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    common::check(gemba::import::pairwise::plan(common::sample(), text));
});
