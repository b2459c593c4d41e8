//! What every importer target checks: a plan applies or is refused as a whole, and every
//! problem in a refusal names its line unless it concerns the whole file.

use std::path::Path;
use std::sync::OnceLock;

use gemba::import::{Plan, RowError};
use gemba::model::Project;

/// The English sample project, the importers' target.
pub fn sample() -> &'static Project {
    static SAMPLE: OnceLock<Project> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        gemba::store::from_ron(
            include_str!("../../projects/bike-light.en.ron"),
            Path::new("bike-light.en.ron"),
        )
        .expect("the sample loads")
    })
}

/// Input as text: the importers read UTF-8 (the command line refuses other bytes first).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

pub fn check(plan: Result<Plan, Vec<RowError>>) {
    match plan {
        Ok(plan) => {
            let mut after = sample().clone();
            let before = after.clone();
            if after.apply(plan.edit).is_err() {
                assert_eq!(after, before, "a refused edit changed the project");
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a refusal without a reason");
            for e in &errors {
                assert!(
                    e.line.is_some() || e.column.is_none(),
                    "a problem of a column names no line: {e}"
                );
            }
        }
    }
}
