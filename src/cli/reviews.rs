//! `import reviews`: reviews and complaints from a shop's or a service desk's export, with the
//! near-duplicates among them named (and left out on request), and a dry run that shows what
//! would be added.

use anyhow::{Context, Result, anyhow};

use super::exchange::{apply_table, read_table};
use super::{ImportReviewsArgs, InputArgs, Outcome, load};
use crate::import::reviews::{self, Earlier};
use crate::import::{self, ImportError, Table};
use crate::model::{Edit, Entity, Source};

/// Duplicates shown on the terminal; the rest are counted.
const SHOWN: usize = 10;

pub(super) fn import_reviews(a: &ImportReviewsArgs, input: &InputArgs) -> Result<Outcome> {
    let (source, tag) = match a.source.trim() {
        "review" | "reviews" => (Source::Other, Some("review".to_string())),
        s => {
            let source = Source::parse(s).ok_or_else(|| {
                let valid: Vec<String> = Source::ALL.iter().map(|s| s.key()).collect();
                anyhow!(
                    "--source '{s}': use review, complaint or one of {}",
                    valid.join(", ")
                )
            })?;
            (source, None)
        }
    };
    let project = load(&a.path)?;
    let table = read_table(&a.from, input)?;
    let options = reviews::Options {
        source,
        tag,
        text_column: a.text_column.clone(),
        threshold: a.threshold,
        skip_duplicates: a.skip_duplicates,
    };
    let planned = reviews::plan(&project, &table, &options);
    if a.dry_run {
        sayln!("dry run: nothing is saved");
        sayln!(
            "{} read from {}",
            crate::model::count(table.rows.len(), "row", "rows"),
            a.from.display()
        );
    }
    let found = match planned {
        Ok(found) => found,
        Err(errors) => {
            let errors = import::located(&table, Err(errors))
                .err()
                .unwrap_or_default();
            return Err(ImportError::Rows(errors))
                .with_context(|| format!("{}: nothing was imported", a.from.display()));
        }
    };
    let columns: Vec<String> = found
        .columns
        .iter()
        .map(|(field, column)| format!("{} from '{column}'", field.name()))
        .collect();
    sayln!("{}", columns.join(", "));
    show_duplicates(&table, &found, a.threshold, a.skip_duplicates);
    if a.dry_run {
        show_first(&found.plan.edit);
        for line in &found.plan.summary {
            sayln!("{line}");
        }
        return Ok(Outcome::Ok);
    }
    apply_table(&a.path, &a.from, project, &table, Ok(found.plan))
}

fn show_duplicates(table: &Table, found: &reviews::Reviews, threshold: f64, skipped: bool) {
    if found.duplicates.is_empty() {
        return;
    }
    let what = if skipped { "left out" } else { "added" };
    sayln!(
        "{} (similarity ≥ {threshold}; {what}):",
        crate::model::count(found.duplicates.len(), "near-duplicate", "near-duplicates")
    );
    let unit = table.unit;
    for d in found.duplicates.iter().take(SHOWN) {
        let of = match &d.of {
            Earlier::Remark(id) => id.to_string(),
            Earlier::Row(at) => format!("{unit} {at}"),
        };
        sayln!(
            "  {unit} {} “{}” ≈ {of} “{}” ({:.2})",
            d.at,
            short(&d.text),
            short(&d.of_text),
            d.similarity
        );
    }
    if found.duplicates.len() > SHOWN {
        sayln!("  … and {} more", found.duplicates.len() - SHOWN);
    }
}

/// The first remarks the import would add, as they would be saved.
fn show_first(edit: &Edit) {
    let Edit::Batch(edits) = edit else { return };
    sayln!("first remarks:");
    for e in edits.iter().take(5) {
        if let Edit::Put(Entity::Remark(r)) = e {
            let when = r
                .scene
                .when
                .as_deref()
                .map(|w| format!(" when {w}"))
                .unwrap_or_default();
            sayln!(
                "  {} “{}” [{}]{when}",
                r.id,
                short(&r.text),
                r.tags.join(", ")
            );
        }
    }
}

/// A text cut to about 40 characters for one line of a report.
fn short(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = one_line.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
