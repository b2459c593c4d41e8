//! `gemba import remarks` on any input.
#![no_main]

mod common;

use gemba::model::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    common::check(gemba::import::remarks::plan_csv(common::sample(), text, Source::Other));
    common::check(gemba::import::remarks::plan_text(common::sample(), text, Source::Other));
});
