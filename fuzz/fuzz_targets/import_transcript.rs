//! `gemba import transcript` on any input, with and without a named customer.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let lines = text.split(['\n', '\r']).count() as u64;
    for speaker in [None, Some("A"), Some("受访者")] {
        let planned = gemba::import::transcript::plan(common::sample(), text, speaker, None);
        if let Ok((_, cut)) = &planned {
            for c in &cut.candidates {
                assert!(c.line >= 1 && c.line <= lines, "line {} of {lines}", c.line);
                assert!(!c.text.trim().is_empty(), "an empty candidate");
            }
        }
        common::check(planned.map(|(plan, _)| plan));
    }
});
