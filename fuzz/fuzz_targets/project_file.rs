//! Any bytes as a project file: loaded or refused with file:line:column, never a panic; whatever
//! loads can be validated, built into a tree and saved to the same bytes twice.
#![no_main]

use std::path::Path;

use gemba::store::{StoreError, from_ron, to_ron};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The loader reports bytes that are not UTF-8 before parsing; the parser sees text.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match from_ron(text, Path::new("fuzz.ron")) {
        Ok(project) => {
            let _ = gemba::model::validate::validate(&project);
            let _ = gemba::model::tree::Tree::build(&project);
            let saved = to_ron(&project).expect("a loaded project saves");
            let again = from_ron(&saved, Path::new("fuzz.ron")).expect("a saved project loads");
            assert_eq!(to_ron(&again).unwrap(), saved, "saving is not deterministic");
        }
        Err(StoreError::Syntax { line, .. }) => assert!(line >= 1),
        Err(StoreError::TooNew { .. } | StoreError::UnknownFormat { .. }) => {}
        Err(e) => panic!("unexpected error: {e}"),
    }
});
