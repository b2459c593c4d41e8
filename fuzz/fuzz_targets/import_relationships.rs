//! `gemba import relationships` on any input.
#![no_main]

mod common;


use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let scale = common::sample().meta.relation_scale;
    common::check(gemba::import::hoq::plan_relationships(common::sample(), text, scale));
});
